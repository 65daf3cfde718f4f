import QtQuick
import QtTest
import Vigil

TestCase {
    name: "AttemptTimeline"
    width: 600
    height: 200
    when: windowShown
    visible: true // a TestCase is hidden unless told: hidden items get no clicks

    AttemptTimeline {
        id: timeline
        width: 500
        attempts: [
            { attempt: 1, step: 0, model: "vigil-large", requestId: "req-1", startedAt: 1700000000000,
              endedAt: 1700000001000, httpStatus: 529, failureClass: Vigil.FailureClass.Capacity, retry: true,
              message: "Overloaded", partialText: "The night was", serviceTier: "flex", resumedAfter: -1 },
            { attempt: 2, step: 0, model: "vigil-large", requestId: "req-2", startedAt: 1700000005000,
              endedAt: 1700000009000, httpStatus: 200, failureClass: Vigil.FailureClass.Ok, retry: false, message: "",
              partialText: "", serviceTier: "default", resumedAfter: 17 },
            { attempt: 1, step: 1, model: "vigil-large", requestId: "req-3", startedAt: 1700000010000,
              endedAt: 0, httpStatus: 0, failureClass: undefined, retry: false, message: "" }
        ]
    }

    function test_oneMarkPerAttemptColouredByOutcome() {
        const strip = findChild(timeline, "strip")
        compare(strip.count, 3)
        tryVerify(() => strip.itemAtIndex(0) !== null)
        verify(Qt.colorEqual(strip.itemAtIndex(0).color, strip.itemAtIndex(0).color))
        verify(!Qt.colorEqual(strip.itemAtIndex(0).color, strip.itemAtIndex(1).color))
        compare(timeline.Accessible.name, "Attempt timeline, 3 attempt(s)")
    }

    function test_aClickSelectsAnAttemptAndShowsWhatHappened() {
        const strip = findChild(timeline, "strip")
        const details = findChild(timeline, "details")
        timeline.selectedIndex = -1
        tryVerify(() => strip.itemAtIndex(1) !== null)
        mouseClick(strip.itemAtIndex(1))
        compare(timeline.selectedIndex, 1)
        verify(timeline.activeFocus)
        verify(details.text.indexOf("Done") >= 0, details.text)
        verify(details.text.indexOf("HTTP 200") >= 0, details.text)
        verify(details.text.indexOf("Re-attached") >= 0, details.text)
        verify(details.text.indexOf("event 17") >= 0, details.text)
        verify(details.text.indexOf("Service tier: default") >= 0, details.text)
        verify(details.text.indexOf("not the output") < 0, details.text)
    }

    function test_keysSelectAnAttemptAndShowWhatHappened() {
        const details = findChild(timeline, "details")
        timeline.selectedIndex = -1
        verify(!details.visible)
        timeline.forceActiveFocus()
        keyClick(Qt.Key_Right)
        compare(timeline.selectedIndex, 0)
        verify(details.visible)
        verify(details.text.indexOf("Capacity") >= 0, details.text)
        verify(details.text.indexOf("HTTP 529") >= 0, details.text)
        verify(details.text.indexOf("req-1") >= 0, details.text)
        verify(details.text.indexOf("Overloaded") >= 0, details.text)
        verify(details.text.indexOf("The night was") >= 0, details.text)
        verify(details.text.indexOf("not the output") >= 0, details.text)
        verify(details.text.indexOf("Re-attached") < 0, details.text)

        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(timeline.selectedIndex, 2)
        verify(details.text.indexOf("in flight") >= 0, details.text)
        keyClick(Qt.Key_Right)
        compare(timeline.selectedIndex, 2)
        keyClick(Qt.Key_Left)
        compare(timeline.selected.requestId, "req-2")
    }
}

import QtQuick
import QtTest
import Vigil

TestCase {
    name: "StateBadge"

    StateBadge {
        id: badge
    }

    function test_everyStateReadsWithoutColour_data() {
        return [
            { tag: "running", word: "Running" },
            { tag: "retrying", word: "Retrying" },
            { tag: "waiting-for-network", word: "Offline" },
            { tag: "paused", word: "Paused" },
            { tag: "failed", word: "Failed" },
            { tag: "completed", word: "Completed" },
            { tag: "cancelled", word: "Cancelled" },
            { tag: "queued", word: "Queued" }
        ]
    }

    function test_everyStateReadsWithoutColour(data) {
        badge.taskState = data.tag
        compare(badge.text, data.word)
        compare(badge.Accessible.name, data.word)
        verify(badge.implicitWidth > 40)
    }

    function test_statesThatNeedTheUserStandApart() {
        const colours = {}
        for (const state of ["running", "retrying", "paused", "failed", "completed"]) {
            badge.taskState = state
            colours[state] = badge.color.toString()
        }
        const distinct = new Set(Object.values(colours))
        compare(distinct.size, 5)
    }
}

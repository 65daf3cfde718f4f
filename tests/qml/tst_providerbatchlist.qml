import QtQuick
import QtTest
import Vigil

// A task's provider batches as the page lists them: the provider's id and word, the counts
// and times, a repair's round, an abandoned batch's reason.
TestCase {
    name: "ProviderBatchList"
    width: 700
    height: 400
    when: windowShown
    visible: true

    readonly property var created: Date.UTC(2026, 11, 6, 22, 0)
    readonly property var hour: 3600 * 1000

    function n(count) {
        return Number(count).toLocaleString(Qt.locale(), "f", 0)
    }

    function batchOf(changes) {
        return Object.assign({
            batchId: "batch_0001", round: 0, chunk: 0, stage: "created", status: "in_progress",
            total: 1200, succeeded: 300, failed: 4, expired: 0, cancelled: 0,
            createdAt: created, expiresAt: created + 24 * hour, endedAt: 0, polledAt: created + hour,
            error: ""
        }, changes)
    }

    Component {
        id: listComponent
        ProviderBatchList {
            width: 600
        }
    }

    function listOf(batches) {
        const list = createTemporaryObject(listComponent, this, { batches: batches })
        verify(list)
        return list
    }

    function delegateAt(list, index) {
        const view = findChild(list, "batches")
        tryVerify(() => view.itemAtIndex(index) !== null)
        return view.itemAtIndex(index)
    }

    function test_eachBatchShowsItsIdStatusCountsAndTimes() {
        const list = listOf([batchOf({})])
        const row = delegateAt(list, 0)
        compare(findChild(row, "batchId").text, "batch_0001")
        compare(findChild(row, "status").text, "in_progress")
        const counts = findChild(row, "counts").text
        verify(counts.indexOf("300 of " + n(1200) + " done, 4 failed, 0 expired") === 0, counts)
        const expires = new Date(created + 24 * hour).toLocaleString(Qt.locale(), Locale.ShortFormat)
        verify(counts.indexOf("expires " + expires) > 0, counts)
        verify(!findChild(row, "error").visible)
    }

    function test_anEndedBatchSaysWhenItEndedNotWhenItWouldExpire() {
        const list = listOf([batchOf({ status: "expired", succeeded: 600, expired: 600, endedAt: created + 24 * hour })])
        const counts = findChild(delegateAt(list, 0), "counts").text
        verify(counts.indexOf("ended ") > 0, counts)
        verify(counts.indexOf("expires") < 0, counts)
        verify(counts.indexOf("600 expired") > 0, counts)
    }

    function test_theSummaryAddsUpEveryBatchIncludingRepairs() {
        const list = listOf([batchOf({ succeeded: 1190, failed: 10, status: "completed" }),
                             batchOf({ batchId: "batch_0002", round: 1, total: 10, succeeded: 10,
                                       status: "completed" })])
        compare(findChild(list, "summary").text,
                "Provider batches — " + n(1200) + " of " + n(1210) + " requests done in 2 batch(es)")
        compare(findChild(delegateAt(list, 1), "status").text, "completed · repair 1")
        compare(list.Accessible.name, "Provider batches: 1200 of 1210 requests done")
    }

    function test_aBatchNotCreatedYetOrRefusedSaysSo() {
        const list = listOf([batchOf({ batchId: "", stage: "intent", status: "", createdAt: 0, expiresAt: 0,
                                       succeeded: 0, failed: 0, total: 0 }),
                             batchOf({ batchId: "", stage: "abandoned", status: "", createdAt: 0, expiresAt: 0,
                                       error: "the request is too large" })])
        const first = delegateAt(list, 0)
        compare(findChild(first, "batchId").text, "—")
        compare(findChild(first, "status").text, "not created yet")
        compare(findChild(first, "counts").text, "0 of 0 done, 0 failed, 0 expired")
        const second = delegateAt(list, 1)
        compare(findChild(second, "status").text, "not created")
        const error = findChild(second, "error")
        verify(error.visible)
        compare(error.text, "the request is too large")
    }

    function test_theIdCanBeSelectedToCopy() {
        const list = listOf([batchOf({})])
        const id = findChild(delegateAt(list, 0), "batchId")
        verify(id.readOnly)
        id.selectAll()
        compare(id.selectedText, "batch_0001")
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Vigil

// A task's page: its chart from a real store (tst_qml.cpp's `night`), and a task paused at
// its spend cap one click from going on under a raised cap.
TestCase {
    name: "TaskDetailPage"
    width: 900
    height: 700
    when: windowShown
    visible: true

    Component {
        id: pageComponent
        TaskDetailPage {
            width: 900
            height: 700
        }
    }
    SignalSpy {
        id: raised
        signalName: "raiseCapRequested"
    }

    // What TaskDetailView gives the page, for a task paused at a $1 cap.
    function detailOf(changes) {
        return Object.assign({
            taskId: 7, name: "Digest", state: Vigil.TaskState.Paused,
            reason: "spend cap reached: $1.02 of $1.00 spent; raise the cap to go on",
            model: "m1", baseUrl: "http://127.0.0.1:1/v1", canPause: false, canRetryNow: true,
            canResume: true, canChange: true, steps: null, attempts: [], activity: night.digest(),
            heldBySpendCap: true, maxCostUsd: 1, maxTokens: 0, spentUsd: 1.02, spentTokens: 5100
        }, changes)
    }

    function pageFor(changes) {
        const page = createTemporaryObject(pageComponent, this, { detail: detailOf(changes) })
        verify(page)
        raised.target = page
        raised.clear()
        return page
    }

    function test_theChartIsOnThePageOfATaskThatSentSomething() {
        const page = pageFor({ heldBySpendCap: false })
        const loader = findChild(page, "activityChart")
        tryCompare(loader, "status", Loader.Ready)
        compare(loader.item.activity, page.detail.activity)
        verify(!findChild(page, "spendCap").visible)
    }

    function test_aTaskWithNothingSentHasNoChart() {
        const page = pageFor({ heldBySpendCap: false, activity: night.nothing() })
        compare(findChild(page, "activityChart").active, false)
    }

    function test_aCostCapIsRaisedAndTheTaskResumesInOneClick() {
        const page = pageFor({})
        verify(findChild(page, "spendCap").visible)
        const cost = findChild(page, "newCostCap")
        verify(cost.visible)
        verify(!findChild(page, "newTokenCap").visible)
        compare(page.newCostCap(), 2) // twice the old cap, to start with
        const button = findChild(page, "raiseCap")
        verify(button.enabled)
        mouseClick(button)
        compare(raised.count, 1)
        compare(raised.signalArguments[0][0], 2)
        compare(raised.signalArguments[0][1], 0) // no token cap: none is set

        // A cap at or below what was spent would pause the task again: refused.
        cost.text = Number(1.01).toLocaleString(Qt.locale(), "f", 2)
        verify(!button.enabled)
        cost.text = "not an amount"
        verify(!button.enabled)
        cost.text = Number(1.5).toLocaleString(Qt.locale(), "f", 2)
        verify(button.enabled)
        mouseClick(button)
        compare(raised.count, 2)
        compare(raised.signalArguments[1][0], 1.5)
    }

    function test_aTokenCapIsRaisedTheSameWay() {
        const page = pageFor({ maxCostUsd: 0, maxTokens: 5000 })
        verify(!findChild(page, "newCostCap").visible)
        const tokens = findChild(page, "newTokenCap")
        verify(tokens.visible)
        compare(page.newTokenCap(), 10000)
        tokens.text = "5000"
        verify(!findChild(page, "raiseCap").enabled)
        tokens.text = "8000"
        mouseClick(findChild(page, "raiseCap"))
        compare(raised.count, 1)
        compare(raised.signalArguments[0][0], 0)
        compare(raised.signalArguments[0][1], 8000)
    }

    function test_aTaskWithProviderBatchesListsThemAndOneWithoutDoesNot() {
        const without = pageFor({ heldBySpendCap: false })
        verify(!findChild(without, "providerBatches").visible)
        const page = pageFor({ heldBySpendCap: false, providerBatches: [
            { batchId: "msgbatch_01", round: 0, chunk: 0, stage: "created", status: "in_progress",
              total: 100, succeeded: 40, failed: 0, expired: 0, cancelled: 0, createdAt: 1765000000000,
              expiresAt: 1765086400000, endedAt: 0, polledAt: 1765000600000, error: "" }] })
        const list = findChild(page, "providerBatches")
        verify(list.visible)
        compare(list.batches.length, 1)
        compare(list.requestsDone, 40)
    }

    function test_theVigilsRunningASharedTaskAreNamed() {
        verify(!findChild(pageFor({ workers: "" }), "workers").visible)
        const page = pageFor({ workers: "lab-2 (process 4411), steps held: 12" })
        const workers = findChild(page, "workers")
        verify(workers.visible)
        verify(workers.text.indexOf("lab-2 (process 4411), steps held: 12") >= 0)
    }

    function test_aTaskPausedForAnotherReasonOffersNoCap() {
        const page = pageFor({ heldBySpendCap: false, reason: "quota exhausted" })
        verify(!findChild(page, "spendCap").visible)
    }
}

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
            { tag: "running", state: Vigil.TaskState.Running, word: "Running" },
            { tag: "retrying", state: Vigil.TaskState.Retrying, word: "Retrying" },
            { tag: "waiting-for-network", state: Vigil.TaskState.WaitingForNetwork, word: "Offline" },
            { tag: "paused", state: Vigil.TaskState.Paused, word: "Paused" },
            { tag: "failed", state: Vigil.TaskState.Failed, word: "Failed" },
            { tag: "completed", state: Vigil.TaskState.Completed, word: "Completed" },
            { tag: "cancelled", state: Vigil.TaskState.Cancelled, word: "Cancelled" },
            { tag: "queued", state: Vigil.TaskState.Queued, word: "Queued" }
        ]
    }

    function test_everyStateReadsWithoutColour(data) {
        badge.taskState = data.state
        compare(badge.text, data.word)
        compare(badge.Accessible.name, data.word)
        verify(badge.implicitWidth > 40)
    }

    function test_statesThatNeedTheUserStandApart() {
        const colours = {}
        for (const state of [Vigil.TaskState.Running, Vigil.TaskState.Retrying, Vigil.TaskState.Paused,
                             Vigil.TaskState.Failed, Vigil.TaskState.Completed]) {
            badge.taskState = state
            colours[state] = badge.color.toString()
        }
        const distinct = new Set(Object.values(colours))
        compare(distinct.size, 5)
    }
}

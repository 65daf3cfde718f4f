import QtQuick
import QtQuick.Controls
import QtTest
import Vigil

TestCase {
    name: "Dialogs"
    width: 800
    height: 600
    when: windowShown
    visible: true

    Item {
        id: root
        anchors.fill: parent

        SwitchModelDialog {
            id: switchDialog
            providers: ["backup"]
        }
        AwayDialog {
            id: away
            entries: [
                { taskId: 1, name: "Night reports", state: Vigil.TaskState.Completed, reason: "all 12 steps completed" },
                { taskId: 2, name: "Digest", state: Vigil.TaskState.Paused, reason: "step 3: 10 attempts failed (capacity)" },
                { taskId: 3, name: "Translations", state: Vigil.TaskState.Paused, reason: "quota exhausted" },
                { taskId: 4, name: "Summaries", state: Vigil.TaskState.Failed, reason: "invalid API key" }
            ]
        }
    }

    SignalSpy {
        id: asked
        target: switchDialog
        signalName: "modelsRequested"
    }
    SignalSpy {
        id: switched
        target: switchDialog
        signalName: "switchRequested"
    }
    SignalSpy {
        id: shown
        target: away
        signalName: "taskRequested"
    }

    function test_switchModelAsksForTheListAndSendsTheChoice() {
        switchDialog.open()
        tryCompare(switchDialog, "opened", true)
        compare(asked.count, 1)
        compare(asked.signalArguments[0][0], "")
        verify(switchDialog.fetching)
        switchDialog.setModels(["vigil-small", "vigil-large"], "")
        const modelBox = findChild(switchDialog, "modelBox")
        compare(modelBox.count, 2)
        modelBox.currentIndex = 0
        compare(switchDialog.chosenModel, "vigil-small")

        // Another provider: its list is asked for.
        const providerBox = findChild(switchDialog, "providerBox")
        compare(providerBox.count, 2)
        providerBox.currentIndex = 1
        providerBox.activated(1)
        compare(asked.count, 2)
        compare(asked.signalArguments[1][0], "backup")
        switchDialog.setModels([], "http://127.0.0.1:9/v1/models answered HTTP 404")
        modelBox.editText = "backup-model"

        switchDialog.accept()
        compare(switched.count, 1)
        compare(switched.signalArguments[0][0], "backup-model")
        compare(switched.signalArguments[0][1], "backup")
    }

    function test_awaySaysWhatFinishedPausedAndFailed() {
        compare(away.count(Vigil.TaskState.Completed), 1)
        compare(away.count(Vigil.TaskState.Paused), 2)
        compare(away.count(Vigil.TaskState.Failed), 1)
        away.open()
        tryCompare(away, "opened", true)
        const list = findChild(away, "awayList")
        compare(list.count, 4)
        away.close()
    }
}

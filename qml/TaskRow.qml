import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil

// One task in the dashboard's list: selection, state, name and why, progress with what it
// spent and when it should end ("late" past its deadline), attempt k of N with the countdown
// to the next try, model and the last error in one line.
ItemDelegate {
    id: row

    required property int index
    required property var taskId
    required property string name
    required property int taskState
    required property string reason
    required property string modelName
    required property int stepsTotal
    required property int stepsDone
    required property int stepsFailed
    required property int attempt
    required property int maxAttempts
    required property real nextTryAt
    required property real resumeAt
    required property var errorClass
    required property string lastMessage
    required property string spent
    required property real eta
    required property real deadline

    property bool selected: false
    property bool current: false
    signal toggled()
    signal opened()

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: current
    onClicked: opened()
    // The list hands the keyboard focus to its current row, so a screen reader says the
    // row as the arrows move; Space selects it.
    focus: ListView.isCurrentItem
    focusPolicy: Qt.ClickFocus
    Accessible.focusable: true
    Accessible.name: qsTr("%1, %2, %3 of %4 steps done").arg(name).arg(Legend.stateWord(taskState))
                     .arg(stepsDone).arg(stepsTotal)
    Accessible.selectable: true
    Accessible.selected: selected

    contentItem: RowLayout {
        spacing: 10

        ThemedCheckBox {
            checked: row.selected
            focusPolicy: Qt.NoFocus // Space on the row selects it
            onToggled: row.toggled()
            Accessible.name: qsTr("Select %1").arg(row.name)
        }
        StateBadge {
            taskState: row.taskState
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: row.name
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.lastMessage.length > 0 && row.taskState !== Vigil.TaskState.Completed
                      ? "[" + Legend.classLabel(row.errorClass) + "] " + row.lastMessage : row.reason
                elide: Text.ElideRight
                opacity: 0.75
                Layout.fillWidth: true
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 110
            spacing: 2
            ThemedProgressBar {
                from: 0
                to: Math.max(1, row.stepsTotal)
                value: row.stepsDone + row.stepsFailed
                Layout.fillWidth: true
                Accessible.name: qsTr("Progress")
            }
            Label {
                text: row.stepsFailed > 0
                      ? qsTr("%1/%2 steps, %3 failed").arg(row.stepsDone).arg(row.stepsTotal)
                            .arg(row.stepsFailed)
                      : qsTr("%1/%2 steps").arg(row.stepsDone).arg(row.stepsTotal)
                font.pointSize: Qt.application.font.pointSize * 0.9 // qmllint disable type
            }
            Label {
                visible: row.spent.length > 0
                text: row.spent
                elide: Text.ElideRight
                Layout.fillWidth: true
                font.pointSize: Qt.application.font.pointSize * 0.9 // qmllint disable type
            }
            Label {
                readonly property bool late: row.deadline > 0 && row.eta > row.deadline
                visible: row.eta > 0
                text: (late ? qsTr("ends about %1, late") : qsTr("ends about %1"))
                          .arg(new Date(row.eta).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
                font.bold: late
                font.pointSize: Qt.application.font.pointSize * 0.9 // qmllint disable type
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 120
            spacing: 2
            Label {
                text: row.attempt > 0 ? qsTr("attempt %1 of %2").arg(row.attempt).arg(row.maxAttempts)
                                      : ""
            }
            Countdown {
                target: row.taskState === Vigil.TaskState.Retrying ? row.nextTryAt
                        : row.taskState === Vigil.TaskState.Paused ? row.resumeAt : 0
            }
        }
        Label {
            text: row.modelName
            elide: Text.ElideMiddle
            Layout.preferredWidth: 100
        }
    }
}

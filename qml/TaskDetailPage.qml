import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil

// One task: its state and why, the actions that apply to it, the attempt timeline and its
// steps with their outputs (selectable, copyable).
Pane {
    id: page

    property var detail: null
    readonly property int taskState: detail ? detail.state : Vigil.TaskState.Queued

    signal resumeRequested()
    signal retryNowRequested()
    signal pauseRequested()
    signal cancelRequested()
    signal switchModelRequested()

    padding: 12

    Label {
        anchors.centerIn: parent
        visible: !page.detail || page.detail.taskId <= 0
        text: qsTr("Select a task to see its steps and attempts.")
        opacity: 0.7
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.detail !== null && page.detail.taskId > 0
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            StateBadge {
                taskState: page.taskState
            }
            Label {
                Layout.fillWidth: true
                text: page.detail ? page.detail.name : ""
                font.bold: true
                font.pointSize: Qt.application.font.pointSize * 1.3 // qmllint disable type
                elide: Text.ElideRight
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.detail ? qsTr("%1 on %2 — %3").arg(page.detail.model).arg(page.detail.baseUrl)
                                .arg(page.detail.reason) : ""
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Button {
                text: qsTr("Retry now")
                visible: page.detail !== null && page.detail.canRetryNow
                onClicked: page.retryNowRequested()
            }
            Button {
                text: page.taskState === Vigil.TaskState.Failed ? qsTr("Retry after fixing") : qsTr("Resume")
                visible: page.detail !== null && page.detail.canResume
                onClicked: page.resumeRequested()
            }
            Button {
                text: qsTr("Switch model…")
                visible: page.detail !== null && page.detail.canChange
                onClicked: page.switchModelRequested()
            }
            Button {
                text: qsTr("Pause")
                visible: page.detail !== null && page.detail.canPause
                onClicked: page.pauseRequested()
            }
            Button {
                text: qsTr("Cancel")
                visible: page.detail !== null && page.detail.canChange
                onClicked: page.cancelRequested()
            }
            Button {
                text: qsTr("Copy for support")
                onClicked: page.detail.copySupportReport()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Copies the task and its attempts, without keys, for a support request")
            }
        }
        Label {
            text: qsTr("Attempts")
            font.bold: true
        }
        AttemptTimeline {
            Layout.fillWidth: true
            attempts: page.detail ? page.detail.attempts : []
        }
        Label {
            text: qsTr("Steps")
            font.bold: true
        }
        ListView {
            id: steps
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: page.detail ? page.detail.steps : null
            ScrollBar.vertical: ScrollBar {}
            delegate: Frame {
                id: step
                required property int stepIndex
                required property string stepState
                required property string prompt
                required property string output
                required property string modelName
                required property string itemId
                required property int attempts
                required property string lastMessage
                width: ListView.view.width - 12

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        elide: Text.ElideRight
                        text: (step.itemId.length > 0 ? qsTr("Item %1").arg(step.itemId)
                                                      : qsTr("Step %1").arg(step.stepIndex + 1))
                              + " · " + step.stepState + " · " + qsTr("%n attempt(s)", "", step.attempts)
                              + (step.modelName.length > 0 ? " · " + step.modelName : "")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: step.prompt
                        elide: Text.ElideRight
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        opacity: 0.75
                    }
                    TextArea {
                        Layout.fillWidth: true
                        visible: step.output.length > 0 || step.lastMessage.length > 0
                        text: step.output.length > 0 ? step.output : step.lastMessage
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("Output of step %1").arg(step.stepIndex + 1)
                    }
                }
            }
        }
    }
}

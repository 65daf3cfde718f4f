import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One task: its state and why, the actions that apply to it, the attempt timeline and its
// steps with their outputs (selectable, copyable).
Pane {
    id: page

    property var detail: null
    readonly property string taskState: detail ? detail.state : ""
    readonly property bool working: ["running", "retrying", "waiting-for-network", "queued"].indexOf(taskState) >= 0

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
                font.pointSize: Qt.application.font.pointSize * 1.3
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
                visible: ["retrying", "paused", "failed"].indexOf(page.taskState) >= 0
                onClicked: page.retryNowRequested()
            }
            Button {
                text: page.taskState === "failed" ? qsTr("Retry after fixing") : qsTr("Resume")
                visible: ["paused", "failed", "cancelled"].indexOf(page.taskState) >= 0
                onClicked: page.resumeRequested()
            }
            Button {
                text: qsTr("Switch model…")
                visible: ["completed", "cancelled"].indexOf(page.taskState) < 0
                onClicked: page.switchModelRequested()
            }
            Button {
                text: qsTr("Pause")
                visible: page.working
                onClicked: page.pauseRequested()
            }
            Button {
                text: qsTr("Cancel")
                visible: ["completed", "cancelled"].indexOf(page.taskState) < 0
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
                required property int stepIndex
                required property string stepState
                required property string prompt
                required property string output
                required property string modelName
                required property string itemId
                required property int attempts
                required property string lastMessage
                width: steps.width - 12

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 4
                    Label {
                        Layout.fillWidth: true
                        font.bold: true
                        elide: Text.ElideRight
                        text: (itemId.length > 0 ? qsTr("Item %1").arg(itemId) : qsTr("Step %1").arg(stepIndex + 1))
                              + " · " + stepState + " · " + qsTr("%n attempt(s)", "", attempts)
                              + (modelName.length > 0 ? " · " + modelName : "")
                    }
                    Label {
                        Layout.fillWidth: true
                        text: prompt
                        elide: Text.ElideRight
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        opacity: 0.75
                    }
                    TextArea {
                        Layout.fillWidth: true
                        visible: output.length > 0 || lastMessage.length > 0
                        text: output.length > 0 ? output : lastMessage
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("Output of step %1").arg(stepIndex + 1)
                    }
                }
            }
        }
    }
}

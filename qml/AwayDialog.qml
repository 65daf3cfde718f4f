import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "While you were away": what finished, paused (and why) and failed since the window was
// last seen.
Dialog {
    id: dialog

    property var entries: []
    signal taskRequested(var taskId)

    function count(state) {
        return entries.filter(entry => entry.state === state).length
    }

    title: qsTr("While you were away")
    modal: true
    focus: true // keys go to the dialog while it is open
    standardButtons: Dialog.Ok

    ColumnLayout {
        spacing: 8

        Label {
            text: [qsTr("%n finished", "", dialog.count("completed")),
                   qsTr("%n paused", "", dialog.count("paused")),
                   qsTr("%n failed", "", dialog.count("failed"))].join(" · ")
            font.bold: true
        }
        ListView {
            objectName: "awayList"
            Layout.preferredWidth: 560
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            model: dialog.entries
            delegate: RowLayout {
                required property var modelData
                width: ListView.view.width
                spacing: 8
                StateBadge {
                    taskState: modelData.state
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: modelData.name + (modelData.state !== "completed" && modelData.reason.length > 0
                                            ? " — " + modelData.reason : "")
                }
                Button {
                    text: qsTr("Show")
                    onClicked: {
                        dialog.taskRequested(modelData.taskId)
                        dialog.close()
                    }
                }
            }
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil
import "Theme.js" as Theme

// "While you were away": what finished, paused (and why) and failed since the window was
// last seen, what it cost and how long backends held the work back, and the chart of that
// time.
Dialog {
    id: dialog

    property var entries: []
    property ActivityModel activity: null
    readonly property bool hasActivity: activity !== null && !activity.empty
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
            text: [qsTr("%n finished", "", dialog.count(Vigil.TaskState.Completed)),
                   qsTr("%n paused", "", dialog.count(Vigil.TaskState.Paused)),
                   qsTr("%n failed", "", dialog.count(Vigil.TaskState.Failed))].join(" · ") // qmllint disable type
            font.bold: true
        }
        Label {
            objectName: "awayTotals"
            visible: dialog.hasActivity
            text: dialog.hasActivity ? dialog.activity.summary : ""
        }
        Loader {
            objectName: "awayChart"
            Layout.preferredWidth: 560
            Layout.preferredHeight: 200
            active: dialog.visible && dialog.hasActivity
            visible: active
            sourceComponent: ActivityChart {
                activity: dialog.activity // qmllint disable unqualified
                dark: Theme.isDark(dialog.palette) // qmllint disable unqualified
            }
        }
        ListView {
            objectName: "awayList"
            Layout.preferredWidth: 560
            Layout.preferredHeight: Math.min(contentHeight, 320)
            clip: true
            model: dialog.entries
            delegate: RowLayout {
                id: entry
                required property var modelData
                width: ListView.view.width
                spacing: 8
                StateBadge {
                    taskState: entry.modelData.state
                }
                Label {
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: entry.modelData.name
                          + (entry.modelData.state !== Vigil.TaskState.Completed
                             && entry.modelData.reason.length > 0 ? " — " + entry.modelData.reason : "")
                }
                Button {
                    text: qsTr("Show")
                    onClicked: {
                        dialog.taskRequested(entry.modelData.taskId) // qmllint disable unqualified
                        dialog.close() // qmllint disable unqualified
                    }
                }
            }
        }
    }
}

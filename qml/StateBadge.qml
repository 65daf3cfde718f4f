import QtQuick
import QtQuick.Controls
import "Theme.js" as Theme

// A task's state as a coloured pill with an icon and a word, so that it reads without
// colour too.
Rectangle {
    id: badge

    property string taskState: "queued"
    readonly property string text: label(taskState)
    readonly property bool dark: Theme.isDark(palette)

    function label(state) {
        switch (state) {
        case "running": return qsTr("Running")
        case "retrying": return qsTr("Retrying")
        case "waiting-for-network": return qsTr("Offline")
        case "paused": return qsTr("Paused")
        case "failed": return qsTr("Failed")
        case "completed": return qsTr("Completed")
        case "cancelled": return qsTr("Cancelled")
        default: return qsTr("Queued")
        }
    }

    implicitWidth: content.implicitWidth + 14
    implicitHeight: content.implicitHeight + 6
    radius: height / 2
    color: Theme.stateColor(taskState, dark)

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Row {
        id: content
        anchors.centerIn: parent
        spacing: 4

        Text {
            text: Theme.stateIcon(badge.taskState)
            color: badge.dark ? "#0d1117" : "#ffffff"
            font.pixelSize: word.font.pixelSize
            Accessible.ignored: true
        }
        Text {
            id: word
            text: badge.text
            color: badge.dark ? "#0d1117" : "#ffffff"
            font.bold: true
        }
    }
}

import QtQuick
import QtQuick.Controls
import Vigil
import "Theme.js" as Theme

// A task's state as a coloured pill with an icon and a word, so that it reads without
// colour too.
Rectangle {
    id: badge

    property int taskState: Vigil.TaskState.Queued
    readonly property string text: Legend.stateWord(taskState)
    readonly property bool dark: Theme.isDark(palette)

    implicitWidth: content.implicitWidth + 14
    implicitHeight: content.implicitHeight + 6
    radius: height / 2
    color: Legend.stateColor(taskState, dark)

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Row {
        id: content
        anchors.centerIn: parent
        spacing: 4

        Text {
            text: Legend.stateIcon(badge.taskState)
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

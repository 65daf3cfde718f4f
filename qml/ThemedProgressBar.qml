import QtQuick
import QtQuick.Controls

// A progress bar whose groove is drawn from the palette's text colour, so the part still to
// do shows on the light and the dark palette alike.
ProgressBar {
    id: bar

    background: Rectangle {
        readonly property color ink: bar.palette.windowText

        implicitWidth: 100
        implicitHeight: 6
        radius: 3
        color: Qt.rgba(ink.r, ink.g, ink.b, 0.12)
        border.width: 1
        border.color: Qt.rgba(ink.r, ink.g, ink.b, 0.35)
    }
    contentItem: Item {
        implicitWidth: 100
        implicitHeight: 6

        Rectangle {
            width: bar.visualPosition * parent.width
            height: parent.height
            radius: 3
            color: bar.palette.highlight
        }
    }
}

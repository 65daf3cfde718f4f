import QtQuick
import QtQuick.Controls

// A check box drawn from the palette's text and highlight colours, so its box shows on the
// light and the dark palette alike (the style's own box fades into a dark window).
CheckBox {
    id: box

    indicator: Rectangle {
        readonly property color ink: box.palette.windowText

        implicitWidth: 16
        implicitHeight: 16
        x: box.text.length > 0
           ? (box.mirrored ? box.width - width - box.rightPadding : box.leftPadding)
           : box.leftPadding + (box.availableWidth - width) / 2
        y: box.topPadding + (box.availableHeight - height) / 2
        radius: 3
        color: box.checked ? box.palette.highlight : box.palette.base
        border.width: 1
        border.color: box.checked ? box.palette.highlight : Qt.rgba(ink.r, ink.g, ink.b, 0.65)
        opacity: box.enabled ? 1 : 0.5

        Text {
            anchors.centerIn: parent
            visible: box.checked
            text: "\u2713"
            color: box.palette.highlightedText
            font.pixelSize: parent.height - 3
            font.bold: true
        }
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            visible: box.visualFocus
            color: "transparent"
            radius: 5
            border.width: 2
            border.color: box.palette.highlight
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil
import "Theme.js" as Theme

// Every attempt of a task as a strip, oldest first, coloured by how it ended: where it
// failed, why, and when it came back can be seen at a glance. Hover or select a mark for
// its time, class, HTTP status, request id and the server's message.
FocusScope {
    id: timeline

    property var attempts: []
    property int selectedIndex: -1
    readonly property var selected: selectedIndex >= 0 && selectedIndex < attempts.length
                                    ? attempts[selectedIndex] : null
    readonly property bool dark: Theme.isDark(palette)

    function describe(a) {
        if (!a)
            return ""
        const when = new Date(a.startedAt).toLocaleString(Qt.locale(), Locale.ShortFormat)
        const outcome = a.failureClass !== undefined ? Legend.classLabel(a.failureClass) : qsTr("in flight")
        const status = a.httpStatus > 0 ? qsTr("HTTP %1").arg(a.httpStatus) : qsTr("no HTTP status")
        let text = qsTr("Step %1, attempt %2 — %3 — %4, %5").arg(a.step + 1).arg(a.attempt)
                       .arg(when).arg(outcome).arg(status)
        if (a.resumedAfter !== undefined && a.resumedAfter >= 0)
            text += "\n" + qsTr("Re-attached to the response the provider went on generating, after its event %1: not paid for again").arg(a.resumedAfter)
        if (a.serviceTier !== undefined && a.serviceTier.length > 0)
            text += "\n" + qsTr("Service tier: %1").arg(a.serviceTier)
        if (a.requestId.length > 0)
            text += "\n" + qsTr("Request %1").arg(a.requestId)
        if (a.message.length > 0)
            text += "\n" + a.message
        if (a.partialText !== undefined && a.partialText.length > 0)
            text += "\n" + qsTr("What arrived before the stream broke (kept for you to read; not the output): %1")
                                .arg(a.partialText.length > 400 ? a.partialText.substring(0, 400) + "…" : a.partialText)
        return text
    }

    implicitHeight: layout.implicitHeight
    implicitWidth: 400
    activeFocusOnTab: true
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Attempt timeline, %n attempt(s)", "", attempts.length)
    Accessible.description: describe(selected)

    Keys.onLeftPressed: selectedIndex = Math.max(0, selectedIndex - 1)
    Keys.onRightPressed: selectedIndex = Math.min(attempts.length - 1, selectedIndex + 1)

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 4

        ListView {
            id: strip
            objectName: "strip"
            orientation: ListView.Horizontal
            Layout.fillWidth: true
            Layout.preferredHeight: 24
            spacing: 2
            clip: true
            model: timeline.attempts
            currentIndex: timeline.selectedIndex
            onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)

            delegate: Rectangle {
                id: mark
                required property var modelData
                required property int index
                width: 10
                height: 22
                radius: 2
                color: Legend.classColor(mark.modelData.failureClass, timeline.dark)
                border.width: mark.index === timeline.selectedIndex ? 2 : (mark.modelData.failureClass === undefined ? 1 : 0) // qmllint disable unqualified
                border.color: timeline.palette.highlight // qmllint disable unqualified

                HoverHandler {
                    id: hover
                }
                TapHandler {
                    onTapped: {
                        timeline.selectedIndex = mark.index // qmllint disable unqualified
                        timeline.forceActiveFocus() // qmllint disable unqualified
                    }
                }
                ToolTip.visible: hover.hovered
                ToolTip.text: timeline.describe(mark.modelData) // qmllint disable unqualified
                ToolTip.delay: 300
            }
        }
        TextEdit {
            objectName: "details"
            Layout.fillWidth: true
            visible: timeline.selected !== null
            text: timeline.describe(timeline.selected)
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: palette.windowText
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A task's batches at the provider's batch service, oldest first: each with the provider's
// id (selectable, to quote to its support) and status, how many of its requests are done,
// failed and expired, and when it was created and expires, or ended. Repairs are the
// batches of round 1, 2…
ColumnLayout {
    id: list

    // TaskDetailView.providerBatches: one map per batch.
    property var batches: []
    readonly property int requestsTotal: batches.reduce((sum, b) => sum + b.total, 0)
    readonly property int requestsDone: batches.reduce((sum, b) => sum + b.succeeded, 0)

    function when(ms) {
        return new Date(ms).toLocaleString(Qt.locale(), Locale.ShortFormat)
    }
    function statusOf(b) {
        const status = b.status.length > 0 ? b.status
                       : b.stage === "abandoned" ? qsTr("not created")
                       : qsTr("not created yet")
        return b.round > 0 ? qsTr("%1 · repair %2").arg(status).arg(b.round) : status
    }
    function countsOf(b) {
        return qsTr("%1 of %2 done, %3 failed, %4 expired")
                   .arg(Number(b.succeeded).toLocaleString(Qt.locale(), "f", 0))
                   .arg(Number(b.total).toLocaleString(Qt.locale(), "f", 0))
                   .arg(Number(b.failed).toLocaleString(Qt.locale(), "f", 0))
                   .arg(Number(b.expired).toLocaleString(Qt.locale(), "f", 0))
    }
    function timesOf(b) {
        if (b.endedAt > 0)
            return qsTr("created %1, ended %2").arg(when(b.createdAt)).arg(when(b.endedAt))
        if (b.expiresAt > 0)
            return qsTr("created %1, expires %2").arg(when(b.createdAt)).arg(when(b.expiresAt))
        return ""
    }

    spacing: 4
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Provider batches: %1 of %2 requests done").arg(requestsDone).arg(requestsTotal)

    Label {
        objectName: "summary"
        text: qsTr("Provider batches — %1 of %2 requests done in %n batch(es)", "", list.batches.length)
                  .arg(Number(list.requestsDone).toLocaleString(Qt.locale(), "f", 0))
                  .arg(Number(list.requestsTotal).toLocaleString(Qt.locale(), "f", 0))
        font.bold: true
    }
    ListView {
        id: view
        objectName: "batches"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 200)
        clip: true
        spacing: 6
        model: list.batches
        ScrollBar.vertical: ScrollBar {}

        delegate: ColumnLayout {
            id: batch
            required property var modelData
            required property int index
            width: ListView.view.width - 12
            spacing: 2
            Accessible.role: Accessible.ListItem
            Accessible.name: (batch.modelData.batchId.length > 0 ? batch.modelData.batchId + ", " : "")
                             + list.statusOf(batch.modelData) + ", " + list.countsOf(batch.modelData)

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TextArea {
                    objectName: "batchId"
                    text: batch.modelData.batchId.length > 0 ? batch.modelData.batchId : "—"
                    readOnly: true
                    selectByMouse: true
                    background: null
                    padding: 0
                    font.family: "monospace"
                    Accessible.name: qsTr("Provider batch id")
                }
                Label {
                    objectName: "status"
                    Layout.fillWidth: true
                    text: list.statusOf(batch.modelData) // qmllint disable unqualified
                    elide: Text.ElideRight
                }
            }
            ThemedProgressBar {
                Layout.fillWidth: true
                from: 0
                to: Math.max(1, batch.modelData.total)
                value: batch.modelData.succeeded + batch.modelData.failed + batch.modelData.expired
                       + batch.modelData.cancelled
                Accessible.name: qsTr("Progress of the provider batch")
            }
            Label {
                objectName: "counts"
                Layout.fillWidth: true
                text: list.countsOf(batch.modelData) // qmllint disable unqualified
                      + (list.timesOf(batch.modelData).length > 0 ? " · " + list.timesOf(batch.modelData) : "")
                wrapMode: Text.Wrap
                opacity: 0.8
            }
            Label {
                objectName: "error"
                Layout.fillWidth: true
                visible: batch.modelData.error.length > 0
                text: batch.modelData.error
                wrapMode: Text.Wrap
                opacity: 0.8
            }
        }
    }
}

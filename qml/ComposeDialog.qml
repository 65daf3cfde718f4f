import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts

// A task composed in the window: a configured provider and a model, a system prompt, and
// either the turns of a conversation (one per line) or a batch (a JSONL file of items
// through a prompt template). `composeRequested` hands it over; `setResult` answers.
Dialog {
    id: dialog

    property var providers: []
    property var models: []
    property string error: ""

    signal modelsRequested(string provider)
    signal composeRequested(var task)

    function setModels(list) {
        models = list
    }
    function setResult(problem) {
        error = problem
        if (problem.length === 0)
            close()
    }
    function task() {
        const base = {
            name: nameField.text.trim(), provider: providerBox.currentText,
            model: modelBox.editText.trim(), system: systemArea.text
        }
        if (kind.currentIndex === 0)
            return Object.assign(base, { turns: turnsArea.text.split("\n").filter(t => t.trim().length > 0) })
        return Object.assign(base, {
            batchInput: inputField.text.length > 0 ? "file://" + inputField.text : "",
            template: templateField.text,
            output: "file://" + (outputField.text.length > 0 ? outputField.text : inputField.text + ".out.jsonl"),
            concurrency: concurrency.value
        })
    }

    title: qsTr("New task")
    modal: true
    focus: true
    width: Math.min(640, parent ? parent.width - 24 : 640)
    // Add stays open until the task is added, or says why not.
    footer: DialogButtonBox {
        Button {
            objectName: "addComposed"
            text: qsTr("Add task")
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole // qmllint disable type
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
        }
    }
    onApplied: composeRequested(task())
    onOpened: {
        error = ""
        if (providers.length > 0)
            modelsRequested(providers[Math.max(0, providerBox.currentIndex)])
        nameField.forceActiveFocus()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 8

        Label {
            visible: dialog.providers.length === 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Configure a provider in Settings first.")
        }
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            Label { text: qsTr("Name") }
            TextField { id: nameField; objectName: "composeName"; Layout.fillWidth: true; Accessible.name: qsTr("Task name") }
            Label { text: qsTr("Provider") }
            ComboBox {
                id: providerBox
                objectName: "composeProvider"
                Layout.fillWidth: true
                model: dialog.providers
                onActivated: dialog.modelsRequested(currentText)
                Accessible.name: qsTr("Provider")
            }
            Label { text: qsTr("Model") }
            ComboBox {
                id: modelBox
                objectName: "composeModel"
                Layout.fillWidth: true
                editable: true
                model: dialog.models
                Accessible.name: qsTr("Model")
            }
            Label { text: qsTr("System prompt") }
            TextField { id: systemArea; objectName: "composeSystem"; Layout.fillWidth: true; placeholderText: qsTr("optional"); Accessible.name: qsTr("System prompt") }
        }
        TabBar {
            id: kind
            objectName: "composeKind"
            Layout.fillWidth: true
            TabButton { text: qsTr("Conversation") }
            TabButton { text: qsTr("Batch") }
        }
        StackLayout {
            currentIndex: kind.currentIndex
            Layout.fillWidth: true
            Layout.preferredHeight: 170

            ScrollView {
                TextArea {
                    id: turnsArea
                    objectName: "composeTurns"
                    placeholderText: qsTr("One prompt per line; each is a turn of the conversation")
                    wrapMode: TextEdit.NoWrap
                    Accessible.name: qsTr("Turns")
                }
            }
            GridLayout {
                columns: 3
                Label { text: qsTr("Items (JSONL)") }
                TextField { id: inputField; objectName: "composeItems"; Layout.fillWidth: true; placeholderText: qsTr("a file of JSON lines"); Accessible.name: qsTr("Items file") }
                Button { text: qsTr("Choose…"); onClicked: inputDialog.open() }
                Label { text: qsTr("Template") }
                TextField { id: templateField; objectName: "composeTemplate"; Layout.fillWidth: true; Layout.columnSpan: 2; placeholderText: qsTr("Summarise: {{text}}"); Accessible.name: qsTr("Prompt template") }
                Label { text: qsTr("Results to") }
                TextField { id: outputField; Layout.fillWidth: true; Layout.columnSpan: 2; placeholderText: qsTr("beside the items, .out.jsonl"); Accessible.name: qsTr("Output file") }
                Label { text: qsTr("In flight") }
                SpinBox { id: concurrency; objectName: "composeConcurrency"; from: 1; to: 256; value: 8; editable: true; Accessible.name: qsTr("Requests in flight") }
            }
        }
        Label {
            objectName: "composeError"
            Layout.fillWidth: true
            visible: dialog.error.length > 0
            text: dialog.error
            wrapMode: Text.Wrap
            color: "#cf222e"
        }
    }

    FileDialog {
        id: inputDialog
        title: qsTr("Items of the batch")
        nameFilters: [qsTr("JSON lines (*.jsonl *.json)")]
        onAccepted: inputField.text = decodeURIComponent(selectedFile.toString().replace(/^file:\/\//, "")) // qmllint disable type
    }
}

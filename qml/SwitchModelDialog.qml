import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Switch model and resume: a model from the provider's list (or typed), and optionally
// another configured provider. The list is asked for by `modelsRequested` and given back
// through `setModels`.
Dialog {
    id: dialog

    property var providers: []
    property var models: []
    property string fetchError: ""
    property bool fetching: false
    readonly property string chosenModel: modelBox.editText.trim()
    readonly property string chosenProvider: providerBox.currentIndex > 0 ? providerBox.currentText : ""

    signal modelsRequested(string provider)
    signal switchRequested(string model, string provider)

    // What the user typed before the list arrived stays.
    property bool userTyped: false

    function setModels(list, error) {
        const typed = userTyped ? modelBox.editText : ""
        models = list
        if (typed.length > 0)
            modelBox.editText = typed
        fetchError = error
        fetching = false
    }
    function refresh() {
        fetching = true
        fetchError = ""
        modelsRequested(chosenProvider)
    }

    title: qsTr("Switch model")
    modal: true
    focus: true // keys go to the dialog while it is open
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: {
        userTyped = false
        providerBox.currentIndex = 0
        refresh()
        modelBox.contentItem.forceActiveFocus() // the text field, ready to type into
        modelBox.contentItem.selectAll() // qmllint disable type
    }
    onAccepted: if (chosenModel.length > 0) switchRequested(chosenModel, chosenProvider)

    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => chosenModel.length > 0)

    GridLayout {
        columns: 2
        columnSpacing: 12
        rowSpacing: 8

        Label {
            text: qsTr("Provider")
        }
        ComboBox {
            id: providerBox
            objectName: "providerBox"
            Layout.fillWidth: true
            model: [qsTr("The task's own")].concat(dialog.providers) // qmllint disable type
            onActivated: dialog.refresh()
            Accessible.name: qsTr("Provider")
        }
        Label {
            text: qsTr("Model")
        }
        ComboBox {
            id: modelBox
            objectName: "modelBox"
            Layout.fillWidth: true
            Layout.minimumWidth: 260
            editable: true
            model: dialog.models
            onAccepted: if (dialog.chosenModel.length > 0) dialog.accept() // Enter confirms
            Connections {
                target: modelBox.contentItem
                function onTextEdited() {
                    dialog.userTyped = true
                }
            }
            Accessible.name: qsTr("Model")
        }
        Label {
            Layout.columnSpan: 2
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: dialog.fetching ? qsTr("Asking the provider for its models…")
                  : dialog.fetchError.length > 0 ? qsTr("The provider's model list is not available: %1").arg(dialog.fetchError)
                  : dialog.models.length === 0 ? qsTr("The provider gives no model list; type the model's name.")
                  : qsTr("%n model(s) offered.", "", dialog.models.length)
            opacity: 0.8
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "Numbers.js" as Numbers

// Settings: providers (base URL, protocol, models, where the key is — with the key itself
// going into the keychain — their prices and a connection test), the retry figures every
// task starts from, the daily spend cap and the prices for every provider, notifications
// per kind, keep-awake, start with the session, start minimised.
Dialog {
    id: dialog

    property var settings: null
    // The providers as edited; written by Save.
    property var providers: []
    // {dailyCapUsd, prices} as edited; written by Save.
    property var spending: ({ dailyCapUsd: 0, prices: [] })
    property int current: -1
    property string testResult: ""

    signal testRequested(string provider)

    function load() {
        settings.reload()
        providers = JSON.parse(JSON.stringify(settings.providers))
        current = providers.length > 0 ? 0 : -1
        spending = JSON.parse(JSON.stringify(settings.spending))
        dailyCap.text = spending.dailyCapUsd > 0
                        ? Number(spending.dailyCapUsd).toLocaleString(Qt.locale(), "f", 2) : ""
        maxAttempts.value = settings.retry.maxAttempts || 10
        maxElapsed.value = settings.retry.maxElapsedMinutes || 60
        ttfb.value = settings.retry.ttfbSeconds || 90
        idle.value = settings.retry.idleSeconds || 120
        testResult = ""
    }
    function edit(field, value) {
        const copy = providers.slice()
        copy[current] = Object.assign({}, copy[current])
        copy[current][field] = value
        providers = copy
    }
    // What a field holds as an amount: 0 when empty, NaN when it is not one (Save says so).
    function amountOf(text) {
        return Numbers.amountOf(text)
    }
    function save() {
        return settings.save(providers, {
            maxAttempts: maxAttempts.value, maxElapsedMinutes: maxElapsed.value,
            ttfbSeconds: ttfb.value, idleSeconds: idle.value
        }, { dailyCapUsd: amountOf(dailyCap.text), prices: spending.prices })
    }
    function showTest(models, error) {
        testResult = error.length > 0 ? qsTr("Not reachable: %1").arg(error)
                   : models.length > 0 ? qsTr("Connected: %n model(s) offered", "", models.length)
                   : qsTr("Connected (the provider gives no model list)")
        // The provider's list fills an empty Models field; Save keeps it.
        if (error.length === 0 && models.length > 0 && entry && entry.models.length === 0)
            edit("models", models.join(", "))
    }

    Connections {
        target: dialog.settings
        function onKeyStored(keyName, error) {
            dialog.testResult = error.length > 0 ? qsTr("The keychain refused the key: %1").arg(error)
                                                 : qsTr("The key is in the keychain as “%1”; Save to use it.").arg(keyName)
        }
    }

    title: qsTr("Settings")
    modal: true
    focus: true
    // As large as the page wants, but never past the window: the buttons stay in reach and
    // the page scrolls.
    width: Math.min(760, parent ? parent.width - 24 : 760)
    height: Math.min(620, parent ? parent.height - 24 : 620)
    // Save closes only once the file took the settings; a refusal keeps every edit on view.
    footer: DialogButtonBox {
        Button {
            objectName: "saveSettings"
            text: qsTr("Save")
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole // qmllint disable type
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole // qmllint disable type
        }
    }
    onAboutToShow: load()
    onApplied: if (save()) close()

    readonly property var entry: current >= 0 && current < providers.length ? providers[current] : null

    ScrollView {
        anchors.fill: parent
        clip: true

        ColumnLayout {
            width: dialog.availableWidth - 20
            spacing: 10

            Label {
                text: qsTr("Providers")
                font.bold: true
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                ColumnLayout {
                    Layout.preferredWidth: 180
                    ListView {
                        id: providerList
                        objectName: "providerList"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 180
                        clip: true
                        model: dialog.providers
                        currentIndex: dialog.current
                        Accessible.name: qsTr("Providers")
                        delegate: ItemDelegate {
                            id: provider
                            required property var modelData
                            required property int index
                            width: ListView.view.width
                            text: provider.modelData.name.length > 0 ? provider.modelData.name
                                                                     : qsTr("(unnamed)")
                            highlighted: provider.index === dialog.current // qmllint disable unqualified
                            onClicked: dialog.current = provider.index // qmllint disable unqualified
                        }
                    }
                    RowLayout {
                        Button {
                            objectName: "addProvider"
                            text: qsTr("Add")
                            onClicked: {
                                dialog.providers = dialog.providers.concat([{
                                    name: qsTr("provider%1").arg(dialog.providers.length + 1),
                                    baseUrl: "https://", protocol: "openai-chat", models: "",
                                    keyName: "", keyEnv: "", prices: [] }])
                                dialog.current = dialog.providers.length - 1
                            }
                        }
                        Button {
                            text: qsTr("Remove")
                            enabled: dialog.entry !== null
                            onClicked: {
                                dialog.providers = dialog.providers.filter((p, i) => i !== dialog.current)
                                dialog.current = Math.min(dialog.current, dialog.providers.length - 1)
                            }
                        }
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    enabled: dialog.entry !== null
                    Label { text: qsTr("Name") }
                    TextField {
                        objectName: "providerName"
                        Layout.fillWidth: true
                        text: dialog.entry ? dialog.entry.name : ""
                        onEditingFinished: dialog.edit("name", text)
                        Accessible.name: qsTr("Provider name")
                    }
                    Label { text: qsTr("Base URL") }
                    TextField {
                        objectName: "providerUrl"
                        Layout.fillWidth: true
                        text: dialog.entry ? dialog.entry.baseUrl : ""
                        onEditingFinished: dialog.edit("baseUrl", text)
                        Accessible.name: qsTr("Base URL")
                    }
                    Label { text: qsTr("Protocol") }
                    ComboBox {
                        Layout.fillWidth: true
                        model: ["openai-chat", "openai-responses", "anthropic-messages"]
                        currentIndex: dialog.entry ? Math.max(0, model.indexOf(dialog.entry.protocol)) : 0
                        onActivated: dialog.edit("protocol", currentText)
                        Accessible.name: qsTr("Protocol")
                    }
                    Label { text: qsTr("Models") }
                    TextField {
                        objectName: "providerModels"
                        Layout.fillWidth: true
                        placeholderText: qsTr("model-a, model-b (optional)")
                        text: dialog.entry ? dialog.entry.models : ""
                        onEditingFinished: dialog.edit("models", text)
                        Accessible.name: qsTr("Models")
                    }
                    Label { text: qsTr("API key") }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField {
                            id: keyField
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            // Qt 6.4 gives a screen reader no name for a password field, only
                            // its placeholder as the description: the placeholder says what it is.
                            placeholderText: dialog.entry && dialog.entry.keyName.length > 0
                                             ? qsTr("API key, kept in the keychain as “%1”").arg(dialog.entry.keyName)
                                             : qsTr("API key: paste it to keep it in the keychain")
                            Accessible.name: qsTr("API key")
                        }
                        Button {
                            text: qsTr("Store in keychain")
                            enabled: keyField.text.length > 0
                            onClicked: {
                                const name = dialog.entry.keyName.length > 0 ? dialog.entry.keyName
                                                                            : dialog.entry.name
                                dialog.edit("keyName", name)
                                dialog.edit("keyEnv", "")
                                dialog.settings.storeKey(name, keyField.text)
                                keyField.text = ""
                            }
                        }
                    }
                    Label { text: qsTr("…or variable") }
                    TextField {
                        Layout.fillWidth: true
                        placeholderText: qsTr("an environment variable holding the key")
                        text: dialog.entry ? dialog.entry.keyEnv : ""
                        onEditingFinished: {
                            dialog.edit("keyEnv", text)
                            if (text.length > 0)
                                dialog.edit("keyName", "")
                        }
                        Accessible.name: qsTr("Environment variable with the key")
                    }
                    Label {
                        text: qsTr("Prices")
                        Layout.alignment: Qt.AlignTop
                    }
                    PriceEditor {
                        objectName: "providerPrices"
                        Layout.fillWidth: true
                        name: dialog.entry ? dialog.entry.name : ""
                        rows: dialog.entry && dialog.entry.prices ? dialog.entry.prices : []
                        onEdited: rows => dialog.edit("prices", rows)
                    }
                    Item { width: 1; height: 1 }
                    RowLayout {
                        Button {
                            objectName: "testConnection"
                            text: qsTr("Save and test connection")
                            onClicked: {
                                if (dialog.save()) {
                                    dialog.testResult = qsTr("Asking the provider…")
                                    dialog.testRequested(dialog.entry.name)
                                }
                            }
                        }
                        Label {
                            objectName: "testResult"
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: dialog.testResult
                        }
                    }
                }
            }

            Label {
                text: qsTr("Retry figures for every task")
                font.bold: true
            }
            GridLayout {
                columns: 4
                Label { text: qsTr("Attempts per step") }
                SpinBox { id: maxAttempts; objectName: "maxAttempts"; from: 1; to: 1000; editable: true; Accessible.name: qsTr("Attempts per step") }
                Label { text: qsTr("Minutes per step") }
                SpinBox { id: maxElapsed; from: 1; to: 10080; editable: true; Accessible.name: qsTr("Minutes per step") }
                Label { text: qsTr("First byte within (s)") }
                SpinBox { id: ttfb; from: 1; to: 3600; editable: true; Accessible.name: qsTr("Seconds to the first byte") }
                Label { text: qsTr("Silent stream cut after (s)") }
                SpinBox { id: idle; from: 1; to: 3600; editable: true; Accessible.name: qsTr("Seconds of silence in a stream") }
            }

            Label {
                text: qsTr("Spending")
                font.bold: true
            }
            RowLayout {
                Label { text: qsTr("Daily cap for all tasks, US dollars") }
                TextField {
                    id: dailyCap
                    objectName: "dailyCap"
                    Layout.preferredWidth: 100
                    placeholderText: qsTr("none")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    Accessible.name: qsTr("Daily spend cap for all tasks, in US dollars")
                }
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("Prices for every provider, in US dollars per million tokens. Vigil's own table, dated %1, prices the common models at OpenAI, Anthropic and Gemini's own hosts; a price here wins over it, and a provider's own over both. A model nobody priced has no cost: it reads “cost unknown”.")
                          .arg(dialog.settings ? dialog.settings.shippedPricesDate : "")
            }
            PriceEditor {
                objectName: "generalPrices"
                Layout.fillWidth: true
                name: qsTr("Every provider")
                rows: dialog.spending.prices
                onEdited: rows => dialog.spending = Object.assign({}, dialog.spending, { prices: rows })
            }

            Label {
                text: qsTr("Desktop")
                font.bold: true
            }
            RowLayout {
                Label { text: qsTr("Language") }
                ComboBox {
                    objectName: "language"
                    Layout.preferredWidth: 220
                    model: dialog.settings ? dialog.settings.languages : []
                    textRole: "name"
                    valueRole: "code"
                    currentIndex: dialog.settings ? Math.max(0, indexOfValue(dialog.settings.language)) : 0
                    onActivated: dialog.settings.language = currentValue
                    Accessible.name: qsTr("Language")
                }
            }
            ThemedCheckBox {
                text: qsTr("Notify when a task pauses")
                checked: dialog.settings ? dialog.settings.notifyPaused : true
                onToggled: dialog.settings.notifyPaused = checked
            }
            ThemedCheckBox {
                objectName: "notifyFailed"
                text: qsTr("Notify when a task fails")
                checked: dialog.settings ? dialog.settings.notifyFailed : true
                onToggled: dialog.settings.notifyFailed = checked
            }
            ThemedCheckBox {
                text: qsTr("Notify when a batch finishes")
                checked: dialog.settings ? dialog.settings.notifyFinished : true
                onToggled: dialog.settings.notifyFinished = checked
            }
            ThemedCheckBox {
                text: qsTr("Keep the computer awake while tasks run")
                checked: dialog.settings ? dialog.settings.keepAwake : true
                onToggled: dialog.settings.keepAwake = checked
            }
            ThemedCheckBox {
                text: qsTr("Start Vigil with the session")
                checked: dialog.settings ? dialog.settings.startWithSession : false
                onToggled: dialog.settings.startWithSession = checked
            }
            ThemedCheckBox {
                text: qsTr("Start minimised to the tray")
                checked: dialog.settings ? dialog.settings.startMinimized : false
                onToggled: dialog.settings.startMinimized = checked
            }
            RowLayout {
                Label { text: qsTr("Checkpoint store") }
                TextField {
                    objectName: "storeLocation"
                    Layout.fillWidth: true
                    text: dialog.settings ? dialog.settings.storeLocation : ""
                    placeholderText: dialog.settings ? dialog.settings.defaultStore : ""
                    onEditingFinished: {
                        dialog.settings.storeLocation = text
                        text = Qt.binding(() => dialog.settings ? dialog.settings.storeLocation : "")
                    }
                    Accessible.name: qsTr("Checkpoint store")
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A file, or a PostgreSQL database as postgresql://user@host:port/database (Vigils sharing it share a batch's items). Vigil opens it at its next start, unless started with --db.")
                opacity: 0.7
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "settingsError"
                Layout.fillWidth: true
                visible: dialog.settings && dialog.settings.error.length > 0
                text: dialog.settings ? dialog.settings.error : ""
                wrapMode: Text.Wrap
                color: "#cf222e"
            }
            Label {
                Layout.fillWidth: true
                text: dialog.settings ? qsTr("Saved in %1, which `vigil` reads too.").arg(dialog.settings.path) : ""
                opacity: 0.7
                wrapMode: Text.Wrap
            }
        }
    }
}

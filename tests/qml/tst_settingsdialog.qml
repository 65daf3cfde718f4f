import QtQuick
import QtQuick.Controls
import QtTest
import Vigil

TestCase {
    name: "SettingsDialog"
    width: 900
    height: 800
    when: windowShown
    visible: true

    // The settings file's side, as the dialog sees it: what it reads, and what a save
    // sends (refused when told to, as the engine's reader would).
    QtObject {
        id: fake

        property var providers: [{ name: "local", baseUrl: "http://127.0.0.1:8080/v1",
                                   protocol: "openai-chat", models: "", keyName: "", keyEnv: "",
                                   prices: [{ model: "llama", input: 0.2, cached: 0.1, output: 0.6 }] }]
        property var spending: ({ dailyCapUsd: 0,
                                  prices: [{ model: "gpt-4o", input: 2.5, cached: 1.25, output: 10 }] })
        property string shippedPricesDate: "2025-11-24"
        property var retry: ({ maxAttempts: 12, maxElapsedMinutes: 90, ttfbSeconds: 30,
                               idleSeconds: 60 })
        property string error: ""
        property string path: "/tmp/settings.json"
        property bool notifyPaused: true
        property bool notifyFailed: true
        property bool notifyFinished: true
        property bool keepAwake: true
        property bool startWithSession: false
        property bool startMinimized: false
        property string storeLocation: ""
        property string defaultStore: "/home/someone/.local/share/Vigil/vigil/vigil.db"
        property string refuse: ""
        property var saved: null
        property int reloads: 0

        signal keyStored(string keyName, string error)

        function reload() { ++reloads; return true }
        function save(list, figures, spent) {
            error = refuse
            if (refuse.length > 0)
                return false
            saved = { providers: list, retry: figures, spending: spent }
            return true
        }
        function storeKey(name, key) { keyStored(name, "") }
    }

    SettingsDialog {
        id: dialog
        settings: fake
    }

    SignalSpy {
        id: tested
        target: dialog
        signalName: "testRequested"
    }

    function openDialog() {
        dialog.open()
        tryCompare(dialog, "opened", true)
    }

    function type(objectName, text) {
        const field = findChild(dialog, objectName)
        verify(field, objectName)
        field.forceActiveFocus()
        field.selectAll()
        keySequence("Backspace")
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        keyClick(Qt.Key_Tab) // editing finished
    }

    function test_theStoreTypedInIsKeptAndTheDefaultShown() {
        openDialog()
        const field = findChild(dialog, "storeLocation")
        compare(field.text, "")
        compare(field.placeholderText, fake.defaultStore)
        type("storeLocation", "postgresql://vigil@db.example/vigil")
        compare(fake.storeLocation, "postgresql://vigil@db.example/vigil")
        fake.storeLocation = "" // refused or cleared by the editor: the field follows it
        compare(field.text, "")
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    function test_whatIsShownIsWhatTheFileSays() {
        openDialog()
        // Never larger than the window, so Save and Close stay in reach.
        verify(dialog.height <= dialog.parent.height && dialog.width <= dialog.parent.width)
        verify(fake.reloads > 0) // read afresh at each opening
        compare(findChild(dialog, "providerName").text, "local")
        compare(findChild(dialog, "providerUrl").text, "http://127.0.0.1:8080/v1")
        compare(findChild(dialog, "maxAttempts").value, 12)
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    function test_anAddedProviderAndTheFiguresAreSaved() {
        fake.refuse = ""
        openDialog()
        mouseClick(findChild(dialog, "addProvider"))
        compare(dialog.providers.length, 2)
        type("providerName", "backup")
        type("providerUrl", "https://api.example.test/v1")
        type("providerModels", "big, small")
        findChild(dialog, "maxAttempts").value = 20

        mouseClick(findChild(dialog, "saveSettings"))
        tryCompare(dialog, "visible", false)
        verify(fake.saved)
        compare(fake.saved.providers.length, 2)
        compare(fake.saved.providers[0].name, "local") // the first one kept as it was
        compare(fake.saved.providers[1].name, "backup")
        compare(fake.saved.providers[1].baseUrl, "https://api.example.test/v1")
        compare(fake.saved.providers[1].models, "big, small")
        compare(fake.saved.retry.maxAttempts, 20)
        compare(fake.saved.retry.ttfbSeconds, 30)
    }

    function test_aRefusedSaveStaysOpenAndSaysWhy() {
        fake.saved = null
        fake.refuse = "providers[0].base_url: not an http(s) URL"
        openDialog()
        type("providerUrl", "nowhere")
        mouseClick(findChild(dialog, "saveSettings"))
        wait(50)
        verify(dialog.visible)
        verify(fake.saved === null)
        compare(findChild(dialog, "providerUrl").text, "nowhere") // the edit is still there
        const error = findChild(dialog, "settingsError")
        verify(error.visible)
        compare(error.text, "providers[0].base_url: not an http(s) URL")
        fake.refuse = ""
        fake.error = ""
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    function test_aConnectionTestSavesAsksAndFillsTheModels() {
        fake.refuse = ""
        openDialog()
        const test = findChild(dialog, "testConnection")
        mouseClick(test)
        compare(tested.count, 1)
        compare(tested.signalArguments[0][0], "local")
        compare(findChild(dialog, "testResult").text, "Asking the provider…")
        dialog.showTest(["vigil-large", "vigil-small"], "")
        compare(findChild(dialog, "testResult").text, "Connected: 2 model(s) offered")
        compare(dialog.entry.models, "vigil-large, vigil-small") // an empty list is filled
        dialog.showTest([], "connection refused")
        compare(findChild(dialog, "testResult").text, "Not reachable: connection refused")
        dialog.close()
        tryCompare(dialog, "visible", false)
    }

    function test_aNotificationKindTurnedOffIsKept() {
        openDialog()
        const box = findChild(dialog, "notifyFailed")
        verify(box.checked)
        box.forceActiveFocus() // below the fold: the keyboard reaches it where it is
        keyClick(Qt.Key_Space)
        compare(fake.notifyFailed, false)
        dialog.close()
        tryCompare(dialog, "visible", false)
        fake.notifyFailed = true
    }

    // Every item under `item` called `name`, in order.
    function allNamed(item, name) {
        let found = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === name)
                found.push(child)
            found = found.concat(allNamed(child, name))
        }
        return found
    }

    function typeIn(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keySequence("Backspace")
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
        keyClick(Qt.Key_Tab) // editing finished
    }

    function test_pricesAndTheDailyCapAreEditedAndSaved() {
        openDialog()
        const general = findChild(dialog, "generalPrices")
        const atProvider = findChild(dialog, "providerPrices")
        compare(findChild(dialog, "dailyCap").text, "") // no cap
        compare(findChild(general, "priceModel").text, "gpt-4o")
        compare(dialog.amountOf(findChild(general, "price_output").text), 10)
        compare(findChild(atProvider, "priceModel").text, "llama")

        typeIn(findChild(dialog, "dailyCap"), "30")
        // The provider's price changes; a price for every provider is added.
        typeIn(findChild(atProvider, "price_output"), "0.8")
        findChild(general, "addPrice").forceActiveFocus()
        keyClick(Qt.Key_Space)
        tryCompare(dialog.spending.prices, "length", 2)
        const models = allNamed(general, "priceModel")
        compare(models.length, 2)
        typeIn(models[1], "claude-sonnet")
        typeIn(allNamed(general, "price_input")[1], "3")
        typeIn(allNamed(general, "price_output")[1], "15")

        mouseClick(findChild(dialog, "saveSettings"))
        tryCompare(dialog, "visible", false)
        compare(fake.saved.spending.dailyCapUsd, 30)
        compare(fake.saved.providers[0].prices[0].output, 0.8)
        const added = fake.saved.spending.prices[1]
        compare(added.model, "claude-sonnet")
        compare(added.input, 3)
        compare(added.cached, 0)
        compare(added.output, 15)
        compare(fake.saved.spending.prices[0].model, "gpt-4o")
    }

    function test_whatIsNotAnAmountReachesTheSaveAsSuch() {
        openDialog()
        const general = findChild(dialog, "generalPrices")
        typeIn(findChild(general, "price_input"), "a lot")
        typeIn(findChild(dialog, "dailyCap"), "soon")
        mouseClick(findChild(dialog, "saveSettings"))
        tryCompare(dialog, "visible", false)
        // The settings' side refuses NaN and says which (tst_settingseditor).
        verify(isNaN(fake.saved.spending.prices[0].input))
        verify(isNaN(fake.saved.spending.dailyCapUsd))
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Vigil

TestCase {
    name: "ComposeDialog"
    width: 800
    height: 700
    when: windowShown
    visible: true

    ComposeDialog {
        id: compose
        providers: ["local", "backup"]
    }

    SignalSpy {
        id: asked
        target: compose
        signalName: "modelsRequested"
    }
    SignalSpy {
        id: composed
        target: compose
        signalName: "composeRequested"
    }

    function init() {
        asked.clear()
        composed.clear()
    }

    function openDialog() {
        compose.open()
        tryCompare(compose, "opened", true)
    }

    function closeDialog() {
        compose.close()
        tryCompare(compose, "visible", false)
    }

    function type(objectName, text) {
        const field = findChild(compose, objectName)
        verify(field, objectName)
        field.forceActiveFocus()
        field.selectAll()
        keySequence("Backspace")
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i] === "\n" ? Qt.Key_Return : text[i])
    }

    function test_aConversationIsComposedFromWhatWasTyped() {
        openDialog()
        compare(asked.count, 1)
        compare(asked.signalArguments[0][0], "local")
        compose.setModels(["vigil-small", "vigil-large"])
        const model = findChild(compose, "composeModel")
        compare(model.count, 2)
        model.currentIndex = 1
        findChild(compose, "composeKind").currentIndex = 0
        // The name field has the keyboard when the dialog opens.
        verify(findChild(compose, "composeName").activeFocus)
        type("composeName", "Night")
        type("composeSystem", "Be brief")
        type("composeTurns", "one?\ntwo?\n\n")

        mouseClick(findChild(compose, "addComposed"))
        compare(composed.count, 1)
        const task = composed.signalArguments[0][0]
        compare(task.name, "Night")
        compare(task.provider, "local")
        compare(task.model, "vigil-large")
        compare(task.system, "Be brief")
        compare(task.turns, ["one?", "two?"]) // blank lines are no turns

        // Refused: it stays open and says why; accepted: it closes.
        compose.setResult("the task has no turns")
        verify(compose.visible)
        compare(findChild(compose, "composeError").text, "the task has no turns")
        compose.setResult("")
        tryCompare(compose, "visible", false)
    }

    function test_aBatchNamesItsItemsTemplateAndOutput() {
        openDialog()
        findChild(compose, "composeKind").currentIndex = 1
        type("composeName", "Reports")
        type("composeItems", "/data/items.jsonl")
        type("composeTemplate", "Summarise: {{text}}")
        findChild(compose, "composeConcurrency").value = 4

        const task = compose.task()
        compare(task.name, "Reports")
        compare(task.batchInput, "file:///data/items.jsonl")
        compare(task.template, "Summarise: {{text}}")
        compare(task.output, "file:///data/items.jsonl.out.jsonl") // beside the items
        compare(task.concurrency, 4)
        verify(task.turns === undefined)
        closeDialog()
    }

    function test_anotherProviderAsksForItsModels() {
        openDialog()
        const provider = findChild(compose, "composeProvider")
        provider.currentIndex = 1
        provider.activated(1)
        compare(asked.signalArguments[asked.count - 1][0], "backup")
        closeDialog()
    }
}

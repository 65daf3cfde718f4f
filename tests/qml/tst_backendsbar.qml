import QtQuick
import QtQuick.Controls
import QtTest
import Vigil

TestCase {
    name: "BackendsBar"
    width: 800
    height: 200
    when: windowShown
    visible: true

    ListModel {
        id: backends
        ListElement {
            name: "b1"; modelName: "vigil-large"; providerUrl: "http://127.0.0.1:1/v1"
            backendState: "open"; failureClass: Vigil.FailureClass.Capacity; nextProbeAt: 0; waiting: 3
            concurrencyLimit: 0
        }
    }

    Column {
        anchors.fill: parent
        TextField { id: before; objectName: "before" }
        BackendsBar {
            id: bar
            width: parent.width
            backends: backends
        }
    }

    SignalSpy {
        id: probed
        target: bar
        signalName: "probeRequested"
    }

    function test_probeNowTakesTheKeyboard() {
        before.forceActiveFocus()
        keyClick(Qt.Key_Tab)
        const focused = bar.Window.activeFocusItem
        verify(focused && focused.text === "Probe now", "Tab reached " + focused)
        keyClick(Qt.Key_Space)
        compare(probed.count, 1)
        compare(probed.signalArguments[0][0], "b1")
    }

    function init() {
        backends.setProperty(0, "backendState", "open")
        backends.setProperty(0, "failureClass", Vigil.FailureClass.Capacity)
        backends.setProperty(0, "concurrencyLimit", 0)
        backends.setProperty(0, "waiting", 3)
    }

    function shownTexts() {
        const shown = []
        function collect(item) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.text !== undefined && child.text !== "")
                    shown.push(child.text)
                collect(child)
            }
        }
        collect(bar)
        return shown
    }

    function test_aRateLimitedBackendSaysHowManyAtOnceAndOffersNoProbe() {
        backends.setProperty(0, "backendState", "closed")
        backends.setProperty(0, "failureClass", Vigil.FailureClass.RateLimited)
        backends.setProperty(0, "concurrencyLimit", 5)
        backends.setProperty(0, "waiting", 2)
        const shown = shownTexts()
        verify(shown.some(text => text.startsWith(
                   "vigil-large at http://127.0.0.1:1/v1: rate-limited; up to 5 request")),
               shown.join(" | "))
        verify(shown.indexOf("Probe now") < 0, shown.join(" | "))
        verify(shown.indexOf("next probe") < 0, shown.join(" | "))
    }

    function test_aBackendReadyToProbeSaysSoAndOffersNoDeadButton() {
        backends.setProperty(0, "backendState", "probing")
        const shown = []
        function collect(item) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (!child.visible)
                    continue
                if (child.text !== undefined)
                    shown.push(child.text)
                collect(child)
            }
        }
        collect(bar)
        verify(shown.indexOf("the next request tests it") >= 0, shown.join(" | "))
        verify(shown.indexOf("Probe now") < 0, shown.join(" | "))
        backends.setProperty(0, "backendState", "open")
        collect(bar)
        verify(shown.indexOf("Probe now") >= 0, shown.join(" | "))
    }
}

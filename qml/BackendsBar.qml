import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Vigil

// The backends that keep requests away right now — which model, why, when the next probe
// goes — each with a Probe now button; and those rate limits hold to fewer requests at once.
ColumnLayout {
    id: bar

    property var backends: null
    signal probeRequested(string backend)

    visible: backends !== null && backends.count > 0
    spacing: 2

    function why(failureClass, backendState, concurrencyLimit) {
        if (backendState === "closed" && concurrencyLimit > 0)
            return qsTr("rate-limited; up to %n request(s) at once", "", concurrencyLimit)
        if (backendState === "holding")
            return qsTr("waiting for its announced limit to reset")
        switch (failureClass) {
        case Vigil.FailureClass.Capacity: return qsTr("at capacity")
        case Vigil.FailureClass.RateLimited: return qsTr("rate-limited")
        case Vigil.FailureClass.Quota: return qsTr("quota exhausted")
        default: return qsTr("cooling down")
        }
    }

    Repeater {
        model: bar.backends
        delegate: RowLayout {
            id: backend
            required property string name
            required property string modelName
            required property string providerUrl
            required property string backendState
            required property int failureClass
            required property real nextProbeAt
            required property int waiting
            required property int concurrencyLimit
            Layout.fillWidth: true
            spacing: 8

            Label {
                text: "\u2744"
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: (backend.waiting > 0 ? qsTr("%1 at %2: %3; %n step(s) waiting", "", backend.waiting)
                                   : qsTr("%1 at %2: %3"))
                      .arg(backend.modelName).arg(backend.providerUrl)
                      .arg(bar.why(backend.failureClass, backend.backendState, backend.concurrencyLimit)) // qmllint disable unqualified
            }
            Label {
                visible: backend.backendState === "probing" || backend.nextProbeAt > 0
                text: backend.backendState === "probing" ? qsTr("the next request tests it")
                                                 : qsTr("next probe")
            }
            Countdown {
                visible: backend.backendState !== "probing" && backend.nextProbeAt > 0
                target: backend.nextProbeAt
            }
            Button {
                text: qsTr("Probe now")
                // Only a cool-down can be cut short; a shown but dead button helps nobody.
                visible: backend.backendState === "open" || backend.backendState === "holding"
                onClicked: bar.probeRequested(backend.name) // qmllint disable unqualified
                Accessible.name: qsTr("Probe %1 now").arg(backend.modelName)
            }
        }
    }
}

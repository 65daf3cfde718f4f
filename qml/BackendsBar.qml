import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

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
        case "capacity": return qsTr("at capacity")
        case "rate-limited": return qsTr("rate-limited")
        case "quota": return qsTr("quota exhausted")
        default: return qsTr("cooling down")
        }
    }

    Repeater {
        model: bar.backends
        delegate: RowLayout {
            required property string name
            required property string modelName
            required property string providerUrl
            required property string backendState
            required property string failureClass
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
                text: (waiting > 0 ? qsTr("%1 at %2: %3; %n step(s) waiting", "", waiting)
                                   : qsTr("%1 at %2: %3"))
                      .arg(modelName).arg(providerUrl)
                      .arg(bar.why(failureClass, backendState, concurrencyLimit))
            }
            Label {
                visible: backendState === "probing" || nextProbeAt > 0
                text: backendState === "probing" ? qsTr("the next request tests it")
                                                 : qsTr("next probe")
            }
            Countdown {
                visible: backendState !== "probing" && nextProbeAt > 0
                target: nextProbeAt
            }
            Button {
                text: qsTr("Probe now")
                // Only a cool-down can be cut short; a shown but dead button helps nobody.
                visible: backendState === "open" || backendState === "holding"
                onClicked: bar.probeRequested(name)
                Accessible.name: qsTr("Probe %1 now").arg(modelName)
            }
        }
    }
}

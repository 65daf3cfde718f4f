import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "Numbers.js" as Numbers

// A price table as Settings edits it: one row per model with its input, cached-input and
// output prices in US dollars per million tokens. `rows` is [{model, input, cached,
// output}]; every edit gives a new array through edited(). An amount that cannot be read
// is kept as NaN, so that Save refuses it and says which.
ColumnLayout {
    id: editor

    property var rows: []
    property string name: ""
    signal edited(var rows)

    function shown(value) {
        return isNaN(value) ? "" : Number(value).toLocaleString(Qt.locale(), "f", 2)
    }
    function set(index, field, value) {
        const copy = rows.slice()
        copy[index] = Object.assign({}, copy[index])
        copy[index][field] = value
        edited(copy)
    }

    spacing: 4

    RowLayout {
        visible: editor.rows.length > 0
        spacing: 6
        Label { text: qsTr("Model"); Layout.preferredWidth: 170 }
        Label { text: qsTr("Input"); Layout.preferredWidth: 80 }
        Label { text: qsTr("Cached input"); Layout.preferredWidth: 80 }
        Label { text: qsTr("Output"); Layout.preferredWidth: 80 }
    }
    Repeater {
        model: editor.rows.length
        delegate: RowLayout {
            id: line
            required property int index
            readonly property var price: editor.rows[index] // qmllint disable unqualified
            spacing: 6
            TextField {
                objectName: "priceModel"
                Layout.preferredWidth: 170
                text: line.price.model
                placeholderText: qsTr("model")
                onEditingFinished: if (text.trim() !== line.price.model) editor.set(line.index, "model", text.trim()) // qmllint disable unqualified
                Accessible.name: qsTr("%1: model of price %2").arg(editor.name).arg(line.index + 1) // qmllint disable unqualified
            }
            Repeater {
                model: ["input", "cached", "output"]
                delegate: TextField {
                    required property string modelData
                    objectName: "price_" + modelData
                    Layout.preferredWidth: 80
                    text: editor.shown(line.price[modelData]) // qmllint disable unqualified
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onEditingFinished: editor.set(line.index, modelData, Numbers.amountOf(text)) // qmllint disable unqualified
                    Accessible.name: qsTr("%1: %2 price of %3, US dollars per million tokens")
                                        .arg(editor.name).arg(modelData).arg(line.price.model) // qmllint disable unqualified
                }
            }
            Button {
                text: qsTr("Remove")
                onClicked: editor.edited(editor.rows.filter((r, i) => i !== line.index)) // qmllint disable unqualified
                Accessible.name: qsTr("Remove the price of %1").arg(line.price.model)
            }
        }
    }
    Button {
        objectName: "addPrice"
        text: qsTr("Add a price")
        onClicked: editor.edited(editor.rows.concat([{ model: "", input: 0, cached: 0, output: 0 }]))
    }
}

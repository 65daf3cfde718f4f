import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Vigil
// Qt Charts has a Legend of its own.
import Vigil as V

// The night at a glance: attempts over time stacked by how they ended (completions at the
// bottom), the spans when a backend held the work back shaded behind them, and the cost
// rising on the right-hand axis; under it a legend of what the chart holds. `activity` is
// an ActivityModel: a task's or every task's.
ColumnLayout {
    id: root

    property ActivityModel activity: null
    property bool dark: false
    readonly property bool hasData: activity !== null && !activity.empty
    readonly property real span: hasData ? activity.until - activity.since : 0
    readonly property alias view: chart
    readonly property color waitColor: dark ? "#40ffffff" : "#26000000"
    readonly property color costColor: dark ? "#f0f0f0" : "#202020"
    // Bumped when the activity changes: what the legend lists follows it.
    property int revision: 0

    // The series called `name`.
    function series(name) {
        return chart.series(name)
    }

    // What the chart shows, in words: for a screen reader.
    function describe() {
        if (!hasData)
            return qsTr("Nothing sent yet")
        let parts = []
        for (let kind = 0; kind < activity.kinds; ++kind) {
            const count = activity.attemptsOf(kind)
            if (count > 0)
                parts.push(qsTr("%1: %2").arg(activity.kindLabel(kind)).arg(count))
        }
        return qsTr("Attempts from %1 to %2 — %3; %4")
            .arg(new Date(activity.since).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
            .arg(new Date(activity.until).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
            .arg(parts.length > 0 ? parts.join(", ") : qsTr("none ended"))
            .arg(activity.summary)
    }
    // The legend: the kinds that happened, the waits if any, the cost.
    function legendEntries() {
        if (!hasData || revision < 0)
            return []
        let entries = []
        for (let kind = 0; kind < activity.kinds; ++kind) {
            if (activity.attemptsOf(kind) > 0)
                entries.push({ label: activity.kindLabel(kind), line: false,
                               color: V.Legend.classColor(activity.kindClass(kind), dark) })
        }
        if (activity.waitedMs > 0)
            entries.push({ label: qsTr("held back by a backend"), line: false, color: waitColor })
        entries.push({ label: qsTr("cost so far"), line: true, color: costColor })
        return entries
    }

    component KindArea: AreaSeries {
        id: area
        required property int kind
        required property ActivityModel source
        required property bool darkPalette
        name: source ? source.kindLabel(kind) : ""
        color: source ? V.Legend.classColor(source.kindClass(kind), darkPalette) : "transparent"
        borderColor: color
        borderWidth: 1
        upperSeries: LineSeries {
            VXYModelMapper {
                model: area.source // qmllint disable type
                xColumn: 0
                yColumn: area.kind + 2
            }
        }
        lowerSeries: LineSeries {
            VXYModelMapper {
                model: area.source // qmllint disable type
                xColumn: 0
                yColumn: area.kind + 1
            }
        }
    }

    spacing: 2
    implicitHeight: 240
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Attempts, waits and cost over time")
    Accessible.description: describe()

    Connections {
        target: root.activity // qmllint disable type
        function onChanged() {
            ++root.revision
        }
    }

    ChartView {
        id: chart
        Layout.fillWidth: true
        Layout.fillHeight: true
        antialiasing: true
        backgroundColor: "transparent"
        theme: root.dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
        legend.visible: false
        margins { top: 4; bottom: 4; left: 4; right: 4 }

        DateTimeAxis {
            id: timeAxis
            min: new Date(root.hasData ? root.activity.since : 0)
            max: new Date(root.hasData ? root.activity.until : 1000)
            format: root.span < 600000 ? "HH:mm:ss" : root.span < 86400000 ? "HH:mm" : "d MMM HH:mm"
            tickCount: 5
        }
        // ValuesAxis is ValueAxis by its older name, the one Qt 6.4's type information knows.
        ValuesAxis {
            id: countAxis
            min: 0
            max: root.hasData ? Math.max(4, Math.ceil(root.activity.highestStack * 1.15)) : 4
            labelFormat: "%d"
            titleText: qsTr("attempts")
        }
        ValuesAxis {
            id: costAxis
            min: 0
            max: root.hasData ? Math.max(0.01, root.activity.costUsd * 1.15) : 0.01
            labelFormat: !root.hasData || root.activity.costUsd < 1 ? "$%.3f" : root.activity.costUsd < 10 ? "$%.2f" : "$%.0f"
            titleText: qsTr("cost")
        }
        ValuesAxis {
            id: waitAxis
            min: 0
            max: 1
            visible: false
        }

        AreaSeries {
            name: qsTr("held back by a backend")
            axisX: timeAxis
            axisY: waitAxis
            color: root.waitColor
            borderWidth: 0
            upperSeries: LineSeries {
                VXYModelMapper {
                    model: root.activity ? root.activity.waits : null // qmllint disable type
                    xColumn: 0
                    yColumn: 1
                }
            }
        }
        KindArea { kind: 0; source: root.activity; darkPalette: root.dark; axisX: timeAxis; axisY: countAxis }
        KindArea { kind: 1; source: root.activity; darkPalette: root.dark; axisX: timeAxis; axisY: countAxis }
        KindArea { kind: 2; source: root.activity; darkPalette: root.dark; axisX: timeAxis; axisY: countAxis }
        KindArea { kind: 3; source: root.activity; darkPalette: root.dark; axisX: timeAxis; axisY: countAxis }
        KindArea { kind: 4; source: root.activity; darkPalette: root.dark; axisX: timeAxis; axisY: countAxis }
        KindArea { kind: 5; source: root.activity; darkPalette: root.dark; axisX: timeAxis; axisY: countAxis }
        LineSeries {
            name: qsTr("cost so far")
            axisX: timeAxis
            axisYRight: costAxis
            width: 2
            color: root.costColor
            VXYModelMapper {
                model: root.activity // qmllint disable type
                xColumn: 0
                yColumn: root.activity ? root.activity.costColumn : 0
            }
        }
    }

    Flow {
        objectName: "chartLegend"
        Layout.fillWidth: true
        Layout.leftMargin: 8
        spacing: 12
        Repeater {
            model: root.legendEntries()
            delegate: Row {
                id: entry
                required property var modelData
                spacing: 4
                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 12
                    height: entry.modelData.line ? 2 : 12
                    color: entry.modelData.color
                    border.width: entry.modelData.line ? 0 : 1
                    border.color: Qt.darker(entry.modelData.color, 1.3)
                }
                Label {
                    text: entry.modelData.label
                    font.pointSize: Qt.application.font.pointSize * 0.9 // qmllint disable type
                }
            }
        }
    }
}

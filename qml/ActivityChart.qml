import QtQuick
import QtCharts
import Vigil
// Qt Charts has a Legend of its own.
import Vigil as V

// The night at a glance: attempts over time stacked by how they ended (completions at the
// bottom), the spans when a backend held the work back shaded behind them, and the cost
// rising on the right-hand axis. `activity` is an ActivityModel: a task's or every task's.
ChartView {
    id: chart

    property ActivityModel activity: null
    property bool dark: false
    readonly property bool hasData: activity !== null && !activity.empty
    readonly property real span: hasData ? activity.until - activity.since : 0

    // What the chart shows, in words: for a screen reader, and as the chart's tooltip.
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

    implicitHeight: 240
    antialiasing: true
    backgroundColor: "transparent"
    theme: dark ? ChartView.ChartThemeDark : ChartView.ChartThemeLight
    legend.alignment: Qt.AlignBottom
    legend.font.pointSize: Qt.application.font.pointSize * 0.85 // qmllint disable type
    margins { top: 4; bottom: 4; left: 4; right: 4 }
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Attempts, waits and cost over time")
    Accessible.description: describe()

    // ValuesAxis is ValueAxis by its older name, the one Qt 6.4's type information knows.
    DateTimeAxis {
        id: timeAxis
        min: new Date(chart.hasData ? chart.activity.since : 0)
        max: new Date(chart.hasData ? chart.activity.until : 1000)
        format: chart.span < 600000 ? "HH:mm:ss" : chart.span < 86400000 ? "HH:mm" : "d MMM HH:mm"
        tickCount: 5
    }
    ValuesAxis {
        id: countAxis
        min: 0
        max: chart.hasData ? Math.max(4, Math.ceil(chart.activity.highestStack * 1.15)) : 4
        labelFormat: "%d"
        titleText: qsTr("attempts")
    }
    ValuesAxis {
        id: costAxis
        min: 0
        max: chart.hasData ? Math.max(0.01, chart.activity.costUsd * 1.15) : 0.01
        labelFormat: "$%.2f"
        titleText: qsTr("cost")
    }
    ValuesAxis {
        id: waitAxis
        min: 0
        max: 1
        visible: false
    }

    AreaSeries {
        objectName: "waits"
        name: qsTr("held back by a backend")
        axisX: timeAxis
        axisY: waitAxis
        color: chart.dark ? "#33ffffff" : "#22000000"
        borderWidth: 0
        upperSeries: LineSeries {
            VXYModelMapper {
                model: chart.activity ? chart.activity.waits : null // qmllint disable type
                xColumn: 0
                yColumn: 1
            }
        }
    }
    KindArea { kind: 0; source: chart.activity; darkPalette: chart.dark; axisX: timeAxis; axisY: countAxis }
    KindArea { kind: 1; source: chart.activity; darkPalette: chart.dark; axisX: timeAxis; axisY: countAxis }
    KindArea { kind: 2; source: chart.activity; darkPalette: chart.dark; axisX: timeAxis; axisY: countAxis }
    KindArea { kind: 3; source: chart.activity; darkPalette: chart.dark; axisX: timeAxis; axisY: countAxis }
    KindArea { kind: 4; source: chart.activity; darkPalette: chart.dark; axisX: timeAxis; axisY: countAxis }
    KindArea { kind: 5; source: chart.activity; darkPalette: chart.dark; axisX: timeAxis; axisY: countAxis }
    LineSeries {
        objectName: "cost"
        name: qsTr("cost so far")
        axisX: timeAxis
        axisYRight: costAxis
        width: 2
        color: chart.dark ? "#f0f0f0" : "#202020"
        VXYModelMapper {
            model: chart.activity // qmllint disable type
            xColumn: 0
            yColumn: chart.activity ? chart.activity.costColumn : 0
        }
    }
}

import QtQuick
import QtQuick.Controls
import QtTest
import Vigil

// The chart and the "while you were away" summary, fed from a real store (tst_qml.cpp's
// `night`: two tasks, a capacity window, a rate limit, known prices).
TestCase {
    name: "ActivityChart"
    width: 900
    height: 700
    when: windowShown
    visible: true

    Component {
        id: chartComponent
        ActivityChart {
            width: 700
            height: 260
        }
    }
    Component {
        id: awayComponent
        AwayDialog {
            entries: [
                { taskId: 1, name: "Digest", state: Vigil.TaskState.Completed, reason: "all 20 steps completed" },
                { taskId: 2, name: "Translations", state: Vigil.TaskState.Completed, reason: "all 4 steps completed" }
            ]
        }
    }

    function seriesNamed(chart, name) {
        const series = chart.series(name)
        verify(series !== null, "a series named " + name)
        return series
    }

    // The attempts of one kind: each bucket is drawn from two points at the same height.
    function sumOfBand(area) {
        let total = 0
        for (let i = 0; i < area.upperSeries.count; i += 2)
            total += area.upperSeries.at(i).y - area.lowerSeries.at(i).y
        return total
    }

    function test_aTaskChartStacksItsAttemptsShadesItsWaitsAndRisesWithItsCost() {
        const activity = night.digest()
        const chart = createTemporaryObject(chartComponent, this, { activity: activity })
        verify(chart)
        // Six kinds of attempt, the shaded waits and the cost.
        compare(chart.view.count, 8)
        compare(activity.rowCount(), 240) // two hours in minutes, each a step of two points

        const done = seriesNamed(chart, activity.kindLabel(0))
        compare(done.upperSeries.count, 240)
        compare(sumOfBand(done), 20)
        compare(done.color, Legend.classColor(activity.kindClass(0), false))
        verify(done.color !== seriesNamed(chart, activity.kindLabel(2)).color)
        compare(sumOfBand(seriesNamed(chart, activity.kindLabel(2))), 6) // capacity
        compare(sumOfBand(seriesNamed(chart, activity.kindLabel(1))), 1) // rate limit
        compare(sumOfBand(seriesNamed(chart, activity.kindLabel(5))), 0)
        verify(activity.highestStack >= 1)

        // The capacity window and the rate limit: two shaded spans, 35 minutes in all.
        const waits = seriesNamed(chart, "held back by a backend").upperSeries
        compare(waits.count, 8)
        compare(waits.at(0).x, night.start + 30 * 60000 + 1000)
        compare(waits.at(1).y, 1)
        compare(waits.at(3).x, night.start + 60 * 60000 + 1000)
        compare(waits.at(4).x, night.start + 70 * 60000 + 1000)
        compare(activity.waitedMs, 35 * 60000)

        // The cost rises to what the store says the task spent.
        const cost = seriesNamed(chart, "cost so far")
        compare(cost.count, 240)
        fuzzyCompare(cost.at(cost.count - 1).y, 0.20, 1e-9)
        fuzzyCompare(activity.costUsd, 0.20, 1e-9)
        verify(cost.at(10).y <= cost.at(100).y)
        compare(activity.tokens, 3000)

        const words = chart.describe()
        verify(words.indexOf(activity.kindLabel(0) + ": 20") >= 0, words)
        verify(words.indexOf("capacity: 6") >= 0, words)
        verify(words.indexOf("$0.200") >= 0, words)
        verify(words.indexOf("35 min lost to waits") >= 0, words)

        // The legend lists what happened: completions, capacity, rate limit, waits, cost.
        const legend = findChild(chart, "chartLegend")
        compare(chart.legendEntries().length, 5)
        compare(chart.legendEntries()[0].label, activity.kindLabel(0))
        verify(legend.visible)
    }

    function test_aTaskThatSentNothingHasNoChart() {
        const activity = night.nothing()
        verify(activity.empty)
        compare(activity.rowCount(), 0)
        const chart = createTemporaryObject(chartComponent, this, { activity: activity })
        compare(chart.describe(), "Nothing sent yet")
    }

    function test_awaySummaryTotalsEveryTaskSinceTheWindowWasSeen() {
        const activity = night.since(60)
        const dialog = createTemporaryObject(awayComponent, this, { activity: activity })
        dialog.open()
        tryCompare(dialog, "opened", true)
        // Digest's last 15 completions and all 4 of Translations; the capacity window is cut
        // to the second it overlaps; the rate limit is whole.
        compare(activity.attemptsOf(0), 19)
        compare(activity.attemptsOf(2), 0)
        fuzzyCompare(activity.costUsd, 0.35, 1e-9)
        compare(activity.waitedMs, 5 * 60000 + 1000)
        const totals = findChild(dialog, "awayTotals")
        verify(totals.visible)
        compare(totals.text, "2,850 tokens · $0.350 · 5 min lost to waits")
        const loader = findChild(dialog, "awayChart")
        tryCompare(loader, "status", Loader.Ready)
        const chart = loader.item
        compare(chart.activity, activity)
        fuzzyCompare(chart.series("cost so far").at(239).y, 0.35, 1e-9)
        dialog.close()
    }

    function test_awayWithoutActivityShowsNoChart() {
        const dialog = createTemporaryObject(awayComponent, this, { activity: night.nothing() })
        dialog.open()
        tryCompare(dialog, "opened", true)
        verify(!findChild(dialog, "awayTotals").visible)
        compare(findChild(dialog, "awayChart").active, false)
        dialog.close()
    }
}

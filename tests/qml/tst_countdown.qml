import QtQuick
import QtTest
import Vigil

TestCase {
    name: "Countdown"

    Countdown {
        id: fixed
        now: 1700000000000
    }
    Countdown {
        id: live
    }

    function test_format_data() {
        return [
            { tag: "no target", offset: null, text: "" },
            { tag: "past", offset: -5000, text: "now" },
            { tag: "seconds", offset: 42000, text: "in 42 s" },
            { tag: "part of a second", offset: 200, text: "in 1 s" },
            { tag: "whole minutes", offset: 180000, text: "in 3 min" },
            { tag: "minutes and seconds", offset: 185000, text: "in 3 min 5 s" }
        ]
    }

    function test_format(data) {
        fixed.target = data.offset === null ? 0 : fixed.now + data.offset
        compare(fixed.text, data.text)
    }

    function test_hoursAwayShowTheClockTime() {
        fixed.target = fixed.now + 3 * 3600 * 1000
        verify(fixed.text.startsWith("at "), fixed.text)
    }

    function test_followsTheSharedClockWhileItRuns() {
        Clock.running = true
        live.target = Clock.now + 10000
        const before = live.text
        tryVerify(() => live.text !== before, 3000)
        Clock.running = false
        const stopped = live.text
        wait(1200)
        compare(live.text, stopped)
    }
}

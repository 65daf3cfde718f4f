import QtQuick
import QtQuick.Controls
import Vigil

// The time left until `target` (ms since the epoch), from the one shared Clock: "in 42 s",
// "in 3 min 5 s", or the clock time when it is hours away. Empty without a target.
Label {
    id: countdown

    property real target: 0
    property real now: Clock.now

    function format(target, now) {
        if (target <= 0)
            return ""
        const seconds = Math.ceil((target - now) / 1000)
        if (seconds <= 0)
            return qsTr("now")
        if (seconds < 60)
            return qsTr("in %n s", "", seconds)
        if (seconds < 3600) {
            const minutes = Math.floor(seconds / 60)
            return seconds % 60 === 0 ? qsTr("in %n min", "", minutes)
                                      : qsTr("in %1 min %2 s").arg(minutes).arg(seconds % 60)
        }
        return qsTr("at %1").arg(new Date(target).toLocaleTimeString(Qt.locale(), Locale.ShortFormat))
    }

    text: format(target, now)
    Accessible.name: text
    Accessible.ignored: text.length === 0
}

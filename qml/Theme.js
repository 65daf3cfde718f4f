.pragma library

// Colours for states and failure classes, chosen to keep their text readable on both the
// light and the dark palette; every colour also comes with a text or an icon.

function isDark(palette) {
    return palette.window.hslLightness < 0.5
}

function stateColor(state, dark) {
    switch (state) {
    case "running": return dark ? "#5fa8e8" : "#1f6fb2"
    case "retrying": return dark ? "#e0b050" : "#9a6700"
    case "waiting-for-network": return dark ? "#9aa7b8" : "#57606a"
    case "paused": return dark ? "#f08a5d" : "#bc4c00"
    case "failed": return dark ? "#ff7b72" : "#cf222e"
    case "completed": return dark ? "#56d364" : "#1a7f37"
    case "cancelled": return dark ? "#8b949e" : "#6e7781"
    default: return dark ? "#8b949e" : "#6e7781" // queued
    }
}

function stateIcon(state) {
    switch (state) {
    case "running": return "\u25B6"
    case "retrying": return "\u21BB"
    case "waiting-for-network": return "\u2301"
    case "paused": return "\u2016"
    case "failed": return "\u2715"
    case "completed": return "\u2713"
    case "cancelled": return "\u2298"
    default: return "\u2026"
    }
}

function classColor(failureClass, dark) {
    switch (failureClass) {
    case "ok": return dark ? "#56d364" : "#1a7f37"
    case "capacity": return dark ? "#f0a040" : "#d1700a"
    case "rate-limited": return dark ? "#e3c35a" : "#b08800"
    case "quota": return dark ? "#d2a8ff" : "#8250df"
    case "server": return dark ? "#ff7b72" : "#cf222e"
    case "network": return dark ? "#79c0ff" : "#0969da"
    case "stall": return dark ? "#a5d6ff" : "#54aeff"
    case "cancelled": return dark ? "#8b949e" : "#8c959f"
    case "": return "transparent" // in flight
    default: return dark ? "#ffa198" : "#82071e" // request, auth, not-found, tls
    }
}

// A failure class as the user reads it, in their language ("capacity" → "Capacity").
function classLabel(failureClass) {
    switch (failureClass) {
    case "capacity": return qsTr("Capacity")
    case "rate-limited": return qsTr("Rate limit")
    case "quota": return qsTr("Quota")
    case "server": return qsTr("Server")
    case "network": return qsTr("Network")
    case "stall": return qsTr("Stall")
    case "request": return qsTr("Request")
    case "auth": return qsTr("Key")
    case "not-found": return qsTr("Not found")
    case "tls": return qsTr("TLS")
    case "cancelled": return qsTr("Cancelled")
    case "ok": return qsTr("Done")
    default: return failureClass
    }
}

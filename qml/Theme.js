.pragma library

// Which palette the window has, so that colours (Legend's for states and failure classes)
// keep their text readable on both.

function isDark(palette) {
    return palette.window.hslLightness < 0.5
}

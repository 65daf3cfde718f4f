.pragma library

// An amount typed in the user's locale ("1.50", "1,50", "10,000"): 0 when the field is
// empty, NaN when it is not an amount, so that a caller can refuse it and say so.
function amountOf(text) {
    if (text.trim().length === 0)
        return 0
    try {
        return Number.fromLocaleString(Qt.locale(), text.trim())
    } catch (error) {
        return NaN
    }
}

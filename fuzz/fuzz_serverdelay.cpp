// Everything a server may say about when to come back: Retry-After dates and seconds,
// Go-style durations, "try again in …" messages, RetryInfo and the rate-limit headers.
#include "httpinput.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const vigil::AttemptOutcome outcome = vigil::fuzz::parseAttempt(data, size);
    const QDateTime now = vigil::fuzz::fixedNow();
    const QString text = QString::fromUtf8(outcome.body);
    const QJsonObject errorObject = QJsonDocument::fromJson(outcome.body).object();
    const auto check = [](const std::optional<qint64> &delay) {
        if (delay && *delay < 0)
            __builtin_trap();
    };
    check(vigil::serverDelayMs(outcome.headers, text, errorObject, now));
    check(vigil::parseDelayFromMessage(text));
    check(vigil::parseCompactDuration(text));
    for (const auto &[name, value] : outcome.headers) {
        check(vigil::parseRetryAfterHeader(value, now));
        check(vigil::parseCompactDuration(QString::fromLatin1(value)));
    }
    if (const auto allowance = vigil::requestAllowance(outcome.headers, now))
        check(allowance->resetInMs);
    check(vigil::spentLimitResetMs(outcome.headers, now, true));
    check(vigil::spentLimitResetMs(outcome.headers, now, false));
    return 0;
}

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace vigil {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Returns the value of a header, matched case-insensitively; empty when absent.
QByteArray headerValue(const HeaderList &headers, QByteArrayView name);

// A delay a server gave in seconds, in milliseconds: none when negative or not a number, a
// year at most.
std::optional<qint64> secondsToMs(double seconds);

// "1.5", "120": seconds. "Wed, 21 Oct 2015 07:28:00 GMT": an HTTP date, relative to now.
std::optional<qint64> parseRetryAfterHeader(const QByteArray &value, const QDateTime &now);

// Go-style durations as OpenAI sends them in x-ratelimit-reset-*: "1s", "6m0s", "20ms", "1h2m3.5s".
std::optional<qint64> parseCompactDuration(QStringView text);

// "Please try again in 9m38s", "Please retry in 26.6s", "retry after 20 seconds".
std::optional<qint64> parseDelayFromMessage(const QString &message);

// Everything a server may say about when to come back, in milliseconds from now,
// in the order of trust: retry-after-ms, Retry-After, the message, Gemini's RetryInfo,
// then the rate-limit reset headers.
std::optional<qint64> serverDelayMs(const HeaderList &headers, const QString &message,
                                    const QJsonObject &errorObject, const QDateTime &now);

// What a response says of the requests still allowed before the provider's window resets
// (x-ratelimit-remaining-requests / -reset-requests, or Anthropic's equivalents).
struct RequestAllowance
{
    int remaining = 0;
    qint64 resetInMs = 0;
};
std::optional<RequestAllowance> requestAllowance(const HeaderList &headers, const QDateTime &now);

// When the rate-limit headers say a budget (requests or tokens) is spent, how long until it
// resets. On a success a missing "remaining" header means nothing is known; on a 429 it
// means the reset applies.
std::optional<qint64> spentLimitResetMs(const HeaderList &headers, const QDateTime &now,
                                        bool missingMeansSpent);

} // namespace vigil

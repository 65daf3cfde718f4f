#include "serverdelay.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace vigil {

QByteArray headerValue(const HeaderList &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.trimmed();
    }
    return {};
}

namespace {

// Anything beyond a year is a broken header, not a plan.
constexpr qint64 kLongestDelayMs = qint64(365) * 24 * 3600 * 1000;

// A delay until an instant the server named: none when it is past, at most a year.
qint64 delayUntil(qint64 ms)
{
    return std::clamp<qint64>(ms, 0, kLongestDelayMs);
}

std::optional<int> monthFromName(QStringView name)
{
    static const std::array<QStringView, 12> names{u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                   u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name.compare(names[i], Qt::CaseInsensitive) == 0)
            return static_cast<int>(i) + 1;
    }
    return std::nullopt;
}

std::optional<qint64> parseHttpDate(const QByteArray &value, const QDateTime &now)
{
    // IMF-fixdate, the obsolete RFC 850 form and asctime(), as RFC 9110 asks a recipient to
    // accept; all three are UTC. The weekday is redundant and, with two-digit years,
    // misleading: it is skipped. The fields are read by hand because Qt's date parser reads
    // them as local time first, and a UTC instant inside the local clock's spring-forward
    // gap would come out an hour wrong or not at all.
    static const QRegularExpression imf(
        QStringLiteral(R"(^(?:[A-Za-z]+,?\s+)?(\d{1,2})[\s-]([A-Za-z]{3})[\s-](\d{4}|\d{2})\s+)"
                       R"((\d{2}):(\d{2}):(\d{2})\s+GMT$)"));
    static const QRegularExpression asctime(QStringLiteral(
        R"(^[A-Za-z]+\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{2}):(\d{2}):(\d{2})\s+(\d{4})$)"));
    const QString text = QString::fromLatin1(value).trimmed();
    int day = 0;
    std::optional<int> month;
    int year = 0;
    QTime time;
    if (const auto match = imf.match(text); match.hasMatch()) {
        day = match.capturedView(1).toInt();
        month = monthFromName(match.capturedView(2));
        year = match.capturedView(3).toInt();
        if (match.capturedLength(3) == 2)
            year += year < 70 ? 2000 : 1900;
        time = QTime(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.capturedView(6).toInt());
    } else if (const auto match = asctime.match(text); match.hasMatch()) {
        month = monthFromName(match.capturedView(1));
        day = match.capturedView(2).toInt();
        time = QTime(match.capturedView(3).toInt(), match.capturedView(4).toInt(),
                     match.capturedView(5).toInt());
        year = match.capturedView(6).toInt();
    } else {
        return std::nullopt;
    }
    const QDate date = month ? QDate(year, *month, day) : QDate();
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return delayUntil(now.msecsTo(QDateTime(date, time, Qt::UTC)));
}

double unitToSeconds(QStringView unit)
{
    if (unit == u"ms" || unit.startsWith(u"millisecond"))
        return 0.001;
    if (unit == u"s" || unit.startsWith(u"sec"))
        return 1.0;
    if (unit == u"m" || unit.startsWith(u"min"))
        return 60.0;
    if (unit == u"h" || unit.startsWith(u"hour") || unit == u"hr" || unit == u"hrs")
        return 3600.0;
    if (unit == u"d" || unit.startsWith(u"day"))
        return 86400.0;
    return -1.0;
}

// Sums "<number><unit>" parts; the text must consist of nothing else but spaces.
std::optional<qint64> sumDurationParts(QStringView text)
{
    static const QRegularExpression part(
        QStringLiteral(
            R"((\d+(?:\.\d+)?)\s*(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)(?![a-z]))"),
        QRegularExpression::CaseInsensitiveOption);
    double seconds = 0;
    qsizetype consumed = 0;
    bool any = false;
    const QString owned = text.toString();
    auto it = part.globalMatch(owned);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!QStringView(owned)
                 .sliced(consumed, match.capturedStart() - consumed)
                 .trimmed()
                 .isEmpty())
            return std::nullopt;
        const double factor = unitToSeconds(match.captured(2).toLower());
        if (factor < 0)
            return std::nullopt;
        seconds += match.capturedView(1).toDouble() * factor;
        consumed = match.capturedEnd();
        any = true;
    }
    if (!any || !QStringView(owned).sliced(consumed).trimmed().isEmpty())
        return std::nullopt;
    return secondsToMs(seconds);
}

} // namespace

std::optional<qint64> secondsToMs(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    return static_cast<qint64>(
        std::llround(std::min(seconds * 1000.0, static_cast<double>(kLongestDelayMs))));
}

std::optional<qint64> parseRetryAfterHeader(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return secondsToMs(seconds);
    return parseHttpDate(trimmed, now);
}

std::optional<qint64> parseCompactDuration(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return secondsToMs(seconds);
    return sumDurationParts(trimmed);
}

std::optional<qint64> parseDelayFromMessage(const QString &message)
{
    static const QRegularExpression phrase(
        QStringLiteral(
            R"((?:try again|retry|retrying)\s+(?:in|after)\s+((?:\d+(?:\.\d+)?\s*[a-z]+[\s,]*(?:and\s+)?)+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = phrase.match(message);
    if (!match.hasMatch())
        return std::nullopt;
    QString duration = match.captured(1);
    duration.replace(QLatin1Char(','), QLatin1Char(' '));
    duration.replace(QRegularExpression(QStringLiteral(R"(\band\b)")), QStringLiteral(" "));
    // Trailing words such as "seconds." are part of the unit; anything after is not.
    static const QRegularExpression lead(
        QStringLiteral(
            R"(^((?:\s*\d+(?:\.\d+)?\s*(?:milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)(?![a-z]))+))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto durationMatch = lead.match(duration);
    if (!durationMatch.hasMatch())
        return std::nullopt;
    return sumDurationParts(durationMatch.captured(1));
}

namespace {

// Gemini: {"error": {"details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo",
// "retryDelay": "26s"}]}}
std::optional<qint64> retryInfoDelay(const QJsonObject &errorObject)
{
    const QJsonArray details = errorObject.value(QLatin1String("details")).toArray();
    for (const auto &detail : details) {
        const QJsonObject object = detail.toObject();
        if (!object.value(QLatin1String("@type")).toString().endsWith(QLatin1String("RetryInfo")))
            continue;
        if (auto delay = parseCompactDuration(object.value(QLatin1String("retryDelay")).toString()))
            return delay;
    }
    return std::nullopt;
}

// Anthropic sends RFC 3339 instants; OpenRouter and Groq send epoch milliseconds or durations.
std::optional<qint64> resetHeaderDelay(const QByteArray &value, const QDateTime &now)
{
    if (value.isEmpty())
        return std::nullopt;
    const QString text = QString::fromLatin1(value);
    // An instant without a zone is UTC, as every provider means it, not the local clock.
    static const QRegularExpression zone(
        QStringLiteral(R"(\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$)"));
    const QDateTime instant = QDateTime::fromString(
        zone.match(text).hasMatch() ? text : text + QLatin1Char('Z'), Qt::ISODateWithMs);
    if (instant.isValid())
        return delayUntil(now.msecsTo(instant));
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (ok && number > 1'000'000'000'000LL)
        return delayUntil(number - now.toMSecsSinceEpoch());
    if (ok && number > 1'000'000'000LL)
        return delayUntil(number * 1000 - now.toMSecsSinceEpoch());
    return parseCompactDuration(text);
}

} // namespace

std::optional<qint64> serverDelayMs(const HeaderList &headers, const QString &message,
                                    const QJsonObject &errorObject, const QDateTime &now)
{
    bool ok = false;
    const QByteArray retryAfterMs = headerValue(headers, "retry-after-ms");
    const double ms = retryAfterMs.toDouble(&ok);
    if (ok && ms >= 0)
        return secondsToMs(ms / 1000.0);
    if (auto delay = parseRetryAfterHeader(headerValue(headers, "retry-after"), now))
        return delay;
    if (auto delay = parseDelayFromMessage(message))
        return delay;
    if (auto delay = retryInfoDelay(errorObject))
        return delay;

    return spentLimitResetMs(headers, now, true);
}

std::optional<RequestAllowance> requestAllowance(const HeaderList &headers, const QDateTime &now)
{
    const std::pair<QByteArrayView, QByteArrayView> pairs[] = {
        {"x-ratelimit-remaining-requests", "x-ratelimit-reset-requests"},
        {"anthropic-ratelimit-requests-remaining", "anthropic-ratelimit-requests-reset"}};
    for (const auto &[remainingName, resetName] : pairs) {
        bool ok = false;
        const int remaining = headerValue(headers, remainingName).trimmed().toInt(&ok);
        if (!ok)
            continue;
        if (const auto reset = resetHeaderDelay(headerValue(headers, resetName), now))
            return RequestAllowance{std::max(0, remaining), *reset};
    }
    return std::nullopt;
}

std::optional<qint64> spentLimitResetMs(const HeaderList &headers, const QDateTime &now,
                                        bool missingMeansSpent)
{
    std::optional<qint64> longest;
    const auto consider = [&](std::optional<qint64> delay) {
        if (delay && (!longest || *delay > *longest))
            longest = delay;
    };
    // A reset header only matters for the budget that is spent.
    const auto spent = [&](QByteArrayView remainingName) {
        const QByteArray remaining = headerValue(headers, remainingName).trimmed();
        if (remaining.isEmpty())
            return missingMeansSpent;
        bool ok = false;
        const double left = remaining.toDouble(&ok);
        return ok ? left <= 0 : missingMeansSpent;
    };
    if (spent("x-ratelimit-remaining-requests"))
        consider(resetHeaderDelay(headerValue(headers, "x-ratelimit-reset-requests"), now));
    if (spent("x-ratelimit-remaining-tokens"))
        consider(resetHeaderDelay(headerValue(headers, "x-ratelimit-reset-tokens"), now));
    if (spent("anthropic-ratelimit-requests-remaining"))
        consider(resetHeaderDelay(headerValue(headers, "anthropic-ratelimit-requests-reset"), now));
    if (spent("anthropic-ratelimit-tokens-remaining"))
        consider(resetHeaderDelay(headerValue(headers, "anthropic-ratelimit-tokens-reset"), now));
    if (spent("x-ratelimit-remaining"))
        consider(resetHeaderDelay(headerValue(headers, "x-ratelimit-reset"), now));
    return longest;
}

} // namespace vigil

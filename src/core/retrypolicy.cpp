#include "retrypolicy.h"

#include "tr.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace vigil {

namespace {

struct Field
{
    const char *key;
    qint64 RetryPolicy::*member;
};

constexpr std::array kDurationFields{
    Field{"max_elapsed_ms", &RetryPolicy::maxElapsedMs},
    Field{"initial_delay_ms", &RetryPolicy::initialDelayMs},
    Field{"max_delay_ms", &RetryPolicy::maxDelayMs},
    Field{"capacity_initial_delay_ms", &RetryPolicy::capacityInitialDelayMs},
    Field{"capacity_max_delay_ms", &RetryPolicy::capacityMaxDelayMs},
    Field{"probe_initial_delay_ms", &RetryPolicy::probeInitialDelayMs},
    Field{"probe_max_delay_ms", &RetryPolicy::probeMaxDelayMs},
    Field{"ttfb_timeout_ms", &RetryPolicy::ttfbTimeoutMs},
    Field{"idle_timeout_ms", &RetryPolicy::idleTimeoutMs},
    Field{"attempt_timeout_ms", &RetryPolicy::attemptTimeoutMs},
};

constexpr qint64 kMaxFigure = qint64(366) * 24 * 3600 * 1000;

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    // Beyond 2^53 a double no longer tells whole numbers apart (and beyond 2^63 it does not
    // fit a qint64 at all); every figure Vigil takes is far smaller.
    constexpr double kLargestExact = 9007199254740992.0;
    const double number = value.toDouble();
    if (!(std::abs(number) <= kLargestExact) || number != std::trunc(number))
        return std::nullopt;
    return static_cast<qint64>(number);
}

} // namespace

QString RetryPolicy::applyJson(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const std::optional<qint64> number = wholeNumber(it.value());
        if (key == QLatin1String("max_attempts")) {
            if (!number || *number < 1 || *number > 1000)
                return key + QStringLiteral(": ") + Tr::tr("must be a whole number from 1 to 1000");
            maxAttempts = static_cast<int>(*number);
            continue;
        }
        const auto field =
            std::find_if(kDurationFields.begin(), kDurationFields.end(),
                         [&](const Field &f) { return key == QLatin1String(f.key); });
        if (field == kDurationFields.end())
            return key + QStringLiteral(": ") + Tr::tr("unknown retry setting");
        if (!number || *number < 1 || *number > kMaxFigure)
            return key + QStringLiteral(": ") +
                   Tr::tr("must be a whole number of milliseconds from 1 to %1").arg(kMaxFigure);
        this->*(field->member) = *number;
    }
    return validate();
}

QJsonObject RetryPolicy::toJson() const
{
    QJsonObject object{{QStringLiteral("max_attempts"), maxAttempts}};
    for (const Field &field : kDurationFields)
        object.insert(QLatin1String(field.key), this->*(field.member));
    return object;
}

QString RetryPolicy::validate() const
{
    if (initialDelayMs > maxDelayMs)
        return Tr::tr("initial_delay_ms must not exceed max_delay_ms");
    if (capacityInitialDelayMs > capacityMaxDelayMs)
        return Tr::tr("capacity_initial_delay_ms must not exceed capacity_max_delay_ms");
    if (probeInitialDelayMs > probeMaxDelayMs)
        return Tr::tr("probe_initial_delay_ms must not exceed probe_max_delay_ms");
    if (idleTimeoutMs > attemptTimeoutMs || ttfbTimeoutMs > attemptTimeoutMs)
        return Tr::tr("ttfb_timeout_ms and idle_timeout_ms must not exceed attempt_timeout_ms");
    return {};
}

BackoffWindow backoffWindow(const RetryPolicy &policy, FailureClass failureClass, int attempt)
{
    const bool capacity = usesCapacitySchedule(failureClass);
    const qint64 initial = capacity ? policy.capacityInitialDelayMs : policy.initialDelayMs;
    const qint64 cap = capacity ? policy.capacityMaxDelayMs : policy.maxDelayMs;
    const int exponent = std::clamp(attempt - 1, 0, 40);
    qint64 ceiling = initial;
    for (int i = 0; i < exponent && ceiling < cap; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, cap);
    const qint64 floor = std::min(std::max<qint64>(1, initial / 4), ceiling);
    return {floor, ceiling};
}

namespace {

qint64 drawFrom(const BackoffWindow &window, QRandomGenerator &random)
{
    if (window.ceilingMs <= window.floorMs)
        return window.floorMs;
    return window.floorMs + static_cast<qint64>(random.bounded(
                                static_cast<quint64>(window.ceilingMs - window.floorMs + 1)));
}

} // namespace

qint64 retryDelayMs(const RetryPolicy &policy, FailureClass failureClass, int attempt,
                    std::optional<qint64> serverDelayMs, QRandomGenerator &random)
{
    if (serverDelayMs)
        return std::max<qint64>(0, *serverDelayMs);
    return drawFrom(backoffWindow(policy, failureClass, attempt), random);
}

BackoffWindow probeWindow(const RetryPolicy &policy, qint64 outageMs)
{
    const qint64 ceiling =
        std::min(std::max(outageMs / 10, policy.probeInitialDelayMs), policy.probeMaxDelayMs);
    return {std::max<qint64>(1, ceiling / 2), ceiling};
}

qint64 probeDelayMs(const RetryPolicy &policy, qint64 outageMs, std::optional<qint64> serverDelayMs,
                    QRandomGenerator &random)
{
    if (serverDelayMs)
        return std::max<qint64>(0, *serverDelayMs);
    return drawFrom(probeWindow(policy, std::max<qint64>(0, outageMs)), random);
}

} // namespace vigil

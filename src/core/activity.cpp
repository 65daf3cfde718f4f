#include "activity.h"

#include "tr.h"

#include <algorithm>

namespace vigil {

ActivityKind activityKindOf(FailureClass failureClass)
{
    switch (failureClass) {
    case FailureClass::Ok:
        return ActivityKind::Done;
    case FailureClass::RateLimited:
    case FailureClass::Quota:
        return ActivityKind::RateLimit;
    case FailureClass::Capacity:
        return ActivityKind::Capacity;
    case FailureClass::Server:
        return ActivityKind::Server;
    case FailureClass::Network:
    case FailureClass::Stall:
        return ActivityKind::Network;
    case FailureClass::Request:
    case FailureClass::Auth:
    case FailureClass::NotFound:
    case FailureClass::Tls:
    case FailureClass::Cancelled:
        break;
    }
    return ActivityKind::Other;
}

QString activityKindLabel(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Done:
        return Tr::tr("completed");
    case ActivityKind::RateLimit:
        return Tr::tr("rate limit or quota");
    case ActivityKind::Capacity:
        return Tr::tr("capacity");
    case ActivityKind::Server:
        return Tr::tr("server error");
    case ActivityKind::Network:
        return Tr::tr("network or stall");
    case ActivityKind::Other:
        break;
    }
    return Tr::tr("other failures");
}

FailureClass activityKindClass(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Done:
        return FailureClass::Ok;
    case ActivityKind::RateLimit:
        return FailureClass::RateLimited;
    case ActivityKind::Capacity:
        return FailureClass::Capacity;
    case ActivityKind::Server:
        return FailureClass::Server;
    case ActivityKind::Network:
        return FailureClass::Network;
    case ActivityKind::Other:
        break;
    }
    return FailureClass::Request;
}

bool isBackendWait(FailureClass failureClass)
{
    return failureClass == FailureClass::RateLimited || failureClass == FailureClass::Quota ||
           failureClass == FailureClass::Capacity;
}

QList<TimeSpan> mergeSpans(QList<TimeSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.from < b.from; });
    QList<TimeSpan> merged;
    for (const TimeSpan &span : spans) {
        if (span.to <= span.from)
            continue;
        if (!merged.isEmpty() && span.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, span.to);
        else
            merged.append(span);
    }
    return merged;
}

qint64 activityBucketMs(qint64 spanMs)
{
    constexpr qint64 kSecond = 1000;
    constexpr qint64 kMinute = 60 * kSecond;
    constexpr qint64 kHour = 60 * kMinute;
    constexpr std::array<qint64, 17> kLengths{
        kSecond, 2 * kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
        kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
        kHour,   2 * kHour,   3 * kHour,   6 * kHour,    12 * kHour,
    };
    for (const qint64 length : kLengths) {
        if (spanMs <= length * kMaxActivityBuckets)
            return length;
    }
    constexpr qint64 kDay = 24 * kHour;
    return (spanMs / kMaxActivityBuckets / kDay + 1) * kDay;
}

qint64 Activity::waitedMs() const
{
    qint64 total = 0;
    for (const TimeSpan &span : waits)
        total += span.length();
    return total;
}

int Activity::attempts(ActivityKind kind) const
{
    int total = 0;
    for (const ActivityBucket &bucket : buckets)
        total += bucket.attempts.at(static_cast<std::size_t>(kind));
    return total;
}

} // namespace vigil

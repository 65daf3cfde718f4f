#pragma once

#include "enums.h"
#include "records.h"

#include <QList>
#include <QString>
#include <array>
#include <vector>

namespace vigil {

// How the chart of a night groups the failure classes: one colour each, the reader's
// question being "what held the work back".
enum class ActivityKind
{
    Done,      // ok: a step completed
    RateLimit, // rate limit or quota
    Capacity,
    Server,
    Network, // network or stall
    Other,   // the request, the key, not found, TLS, cancelled
};
constexpr int kActivityKinds = 6;

ActivityKind activityKindOf(FailureClass failureClass);
// The kind as a legend reads it, in the user's language.
QString activityKindLabel(ActivityKind kind);
// The class whose colour the kind is drawn in.
FailureClass activityKindClass(ActivityKind kind);

// Whether a wait after an attempt of this class is the backend holding the work (a
// cool-down, a rate limit, a quota reset) rather than a step's own backoff.
bool isBackendWait(FailureClass failureClass);

struct TimeSpan
{
    qint64 from = 0;
    qint64 to = 0;

    qint64 length() const { return to - from; }
    bool operator==(const TimeSpan &other) const { return from == other.from && to == other.to; }
};

// The spans sorted by their start; overlapping and touching spans become one.
QList<TimeSpan> mergeSpans(QList<TimeSpan> spans);

// A bucket length for a chart of `spanMs`: a round length (1 s, 5 s, 1 min, 15 min, 1 h…)
// that gives at most kMaxActivityBuckets buckets.
constexpr int kMaxActivityBuckets = 120;
qint64 activityBucketMs(qint64 spanMs);

struct ActivityBucket
{
    qint64 startMs = 0;
    std::array<int, kActivityKinds> attempts = {}; // attempts that ended in it, by kind
    double costUsd = 0;                            // what they cost, where the price is known
};

// What the attempts of one task, or of every task, did between two times: for the chart of
// a task and for "while you were away".
struct Activity
{
    qint64 since = 0; // the first bucket's start, a multiple of bucketMs
    qint64 until = 0;
    qint64 bucketMs = 0;
    std::vector<ActivityBucket> buckets; // every bucket from since to until, empty ones too
    // When a backend held work back, merged and cut to the time asked for: the shaded spans.
    QList<TimeSpan> waits;
    Spend spend; // of the attempts that started from the time asked for until `until`

    // How long, in all, work was held back by a backend: the length of the waits.
    qint64 waitedMs() const;
    int attempts(ActivityKind kind) const;
    bool isEmpty() const { return buckets.empty(); }
};

} // namespace vigil

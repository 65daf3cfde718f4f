#pragma once

#include "failureclass.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace vigil {

// The figures of DESIGN §4, all in milliseconds. Defaults are the product's defaults;
// a provider and a task may each override any of them.
struct RetryPolicy
{
    int maxAttempts = 10;
    qint64 maxElapsedMs = 60 * 60 * 1000;
    qint64 initialDelayMs = 1000;
    qint64 maxDelayMs = 60 * 1000;
    qint64 capacityInitialDelayMs = 5000;
    qint64 capacityMaxDelayMs = 2 * 60 * 1000;
    // The cadence of a refusing backend's probes: one cheap request, so short and bounded.
    qint64 probeInitialDelayMs = 2000;
    qint64 probeMaxDelayMs = 15 * 1000;
    qint64 ttfbTimeoutMs = 90 * 1000;
    qint64 idleTimeoutMs = 120 * 1000;
    qint64 attemptTimeoutMs = 30 * 60 * 1000;

    // Applies the keys present in a task file's "retry" object. Returns an error naming
    // the offending key (relative to the object) or an empty string.
    QString applyJson(const QJsonObject &object);
    QJsonObject toJson() const;
    // Both stream watchdogs must fire before the attempt ceiling, or they mean nothing.
    QString validate() const;
};

struct BackoffWindow
{
    qint64 floorMs;
    qint64 ceilingMs;
};

// The window that full jitter draws from before attempt number `attempt` + 1, where
// `attempt` failed attempts have been made (1-based): random(floor, min(cap, initial·2^(k-1))).
// The floor is a quarter of the schedule's initial delay, so jitter never yields an
// immediate hammer.
BackoffWindow backoffWindow(const RetryPolicy &policy, FailureClass failureClass, int attempt);

// The delay before the next attempt: the server's when it gave one, however long;
// otherwise full jitter over the backoff window.
qint64 retryDelayMs(const RetryPolicy &policy, FailureClass failureClass, int attempt,
                    std::optional<qint64> serverDelayMs, QRandomGenerator &random);

// The window the next probe of a backend that has refused for `outageMs` is drawn from:
// its ceiling a tenth of the outage so far, at least probe_initial_delay_ms and at most
// probe_max_delay_ms, its floor half the ceiling. A short outage is noticed to have ended
// within a tenth of its length; a long one within probe_max_delay_ms.
BackoffWindow probeWindow(const RetryPolicy &policy, qint64 outageMs);

// The delay before the next probe: the server's when it gave one, however long; otherwise
// drawn uniformly from the probe window.
qint64 probeDelayMs(const RetryPolicy &policy, qint64 outageMs, std::optional<qint64> serverDelayMs,
                    QRandomGenerator &random);

} // namespace vigil

#pragma once

#include "failureclass.h"
#include "retrypolicy.h"
#include "timesource.h"

#include <QObject>
#include <QRandomGenerator>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <utility>

namespace vigil {

// A task runner whose steps may wait behind a backend's circuit.
class BackendClient
{
public:
    virtual ~BackendClient() = default;
    // The circuit lets this step go now; the client sends it at once.
    virtual void backendReleased(int step) = 0;
};

struct BackendStatus;
class BackendCircuit;

// Whose turn it is to probe a backend shared with other Vigils, once a cool-down ends.
struct ProbeTurn
{
    enum class Kind
    {
        Probe,     // this Vigil sends the probe, for everyone
        Wait,      // another sends it, or a later cool-down began: wait `waitMs` at most
        Recovered, // another's probe found the backend serving since
    };
    Kind kind = Kind::Probe;
    qint64 waitMs = 0;
};

// The other Vigils sharing a backend's circuits (several Vigils on one server store): a
// cool-down one of them meets holds every one's steps, and one probe per cool-down goes
// for them all. A circuit without peers decides alone.
class BackendPeers
{
public:
    virtual ~BackendPeers() = default;
    // The circuit joins the others': it takes up a cool-down they are in, and from now on
    // hears of their cool-downs and recoveries (adoptCoolDown(), othersRecovered()).
    virtual void join(BackendCircuit &circuit) = 0;
    // This Vigil's circuit began or lengthened a cool-down, or a hold until a reset.
    virtual void coolingDown(const BackendCircuit &circuit) = 0;
    // The cool-down ended here and a step would probe: whether this Vigil may.
    virtual ProbeTurn probeTurn(const BackendCircuit &circuit) = 0;
    // This Vigil's probe found the backend serving.
    virtual void recovered(const BackendCircuit &circuit) = 0;
};

// The per-backend circuit of DESIGN §4. Capacity is a property of a (provider, model)
// backend, so a capacity answer to any attempt puts the whole backend into a cool-down
// that every step of every task bound to it waits out. When the cool-down ends one probe
// goes first; if it succeeds the waiting steps are released in staggered order (1, 2, 4,
// 8… per tick); if it meets capacity again the backend waits the probe cadence again — a
// tenth of the outage so far, within the policy's probe bounds, so that recovery is
// noticed within seconds. A rate limit is not an outage: a lone 429 with a short delay
// holds only its own step and lowers the backend's concurrency limit (multiplicative
// decrease), which successes raise again (additive increase) until it no longer binds;
// only a burst of 429s, or one with a long delay, makes the whole backend wait.
// Announced rate-limit resets hold the backend without a probe.
class BackendCircuit : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Closed,    // requests go straight through
        Open,      // cooling down until nextProbeAt(); no request goes
        Probing,   // one request is testing the backend
        Releasing, // the probe succeeded; waiting steps go out in staggered order
        Holding    // the provider announced its limit resets at nextProbeAt(); no probe needed
    };

    static constexpr int kStaggerMs = 250;
    // A rate limit whose server delay is at most this long (or that named none) is a lone
    // one: its step waits, the backend goes on with a lower limit.
    static constexpr qint64 kShortRateLimitMs = 5000;
    // At least this many rate limits within the window, and no fewer than successes there,
    // are a burst: the backend is over its limit, not unlucky.
    static constexpr qint64 kBurstWindowMs = 5000;
    static constexpr int kBurstRateLimits = 3;
    // A lone rate limit lowers the requests in flight by at least one and at most a
    // half, in proportion to the share of recent answers that were rate limits (as
    // DCTCP does with marked packets): a sporadic 429 costs little, a growing share more.
    // Every `limit / kLimitIncreasePerWindow` successes add one back.
    static constexpr double kLimitIncreasePerWindow = 4.0;

    BackendCircuit(QString name, QRandomGenerator &random, TimeSource &clock = TimeSource::system(),
                   QObject *parent = nullptr);

    QString name() const { return m_name; }
    State state() const { return m_state; }
    qint64 nextProbeAt() const { return m_until; } // ms since the epoch; 0 when not waiting
    int consecutiveFailures() const { return m_failures; }
    // What the backend answered last that kept requests away: capacity, rate-limited, quota.
    FailureClass lastFailure() const { return m_lastFailure; }
    BackendStatus status() const;
    int waiting() const { return static_cast<int>(m_waiters.size()); }
    // How long the waiting steps take to be let go once a cool-down or announced reset
    // ends, a step taking `stepMs`: a probe goes alone first after a cool-down, then the
    // rest go in doubling bursts kStaggerMs apart. 0 when the backend is not held.
    qint64 restartMs(qint64 stepMs) const;
    // How many requests may be in flight at once after rate limits; 0 when no limit binds.
    int concurrencyLimit() const { return m_limit.value_or(0); }

    // True when `step` may be sent now. Otherwise it waits in line and is handed to
    // client->backendReleased() when its turn comes.
    bool admit(BackendClient *client, int step);
    // Takes a client's waiting steps out of line (it stops, or goes offline).
    void withdraw(BackendClient *client);
    void withdraw(BackendClient *client, int step);

    // Every attempt sent through the circuit reports how it ended. A capacity answer opens
    // the circuit unless the backend has answered another request well since this one was
    // sent (a lone refusal from a backend that is serving is that request's bad luck, and
    // the step retries on its own). A rate limit lowers the concurrency limit, or opens the
    // circuit when it is part of a burst or its delay is long. Returns whether the step
    // now waits behind the circuit; a refused probe's step does not: it waits its own
    // backoff, so that a step alone behind a backend spends its budget at its own pace
    // while the backend's probes go at theirs.
    bool attemptEnded(BackendClient *client, int step, qint64 sentAt, FailureClass failureClass,
                      std::optional<qint64> serverDelayMs, const RetryPolicy &policy);
    // The provider said the requests or tokens left are zero until `until`.
    void holdUntil(qint64 until);
    // The provider said `remaining` more requests are allowed until `resetAt`. The requests
    // in flight are counted against it (some may not have reached the provider yet), and
    // when none is left the backend holds until the reset.
    void noteAllowance(int remaining, qint64 resetAt);
    int inFlight() const { return static_cast<int>(m_admitted.size()); }
    // The user asked to retry now: a cool-down ends at once and a probe goes.
    void probeNow();
    // Restores a cool-down found in the store after a restart.
    void restoreCoolDown(qint64 until, int failures);

    // Shares the circuit with other Vigils' (none: it decides alone). `peers` outlives it.
    void setPeers(BackendPeers *peers);
    // Another Vigil's circuit cools down (or holds) until `until`: this one waits as long,
    // unless a probe of its own is out.
    void adoptCoolDown(qint64 until, bool holding, int failures, FailureClass failureClass);
    // Another Vigil's probe found the backend serving: the waiting steps go in turn.
    void othersRecovered();

    static QString stateName(State state);

signals:
    // The state, the next probe time or the concurrency limit changed.
    void stateChanged();

private:
    struct Waiter
    {
        BackendClient *client;
        int step;
    };

    void setState(State state, qint64 until = 0);
    // setState() for a cool-down or hold this Vigil met itself: its peers hear of it.
    void coolDown(State state, qint64 until);
    // Whether this Vigil may send the probe now; when another does, or the backend
    // recovered meanwhile, the circuit waits or releases accordingly.
    bool takeProbeTurn();
    // Counts a request that goes out now against the allowance; false when there is none.
    bool spendAllowance();
    void letGo(const Waiter &waiter);
    void openFor(qint64 delayMs);
    void onTimer();
    void releaseNext(int count);
    bool isProbe(BackendClient *client, int step) const;
    bool belowLimit() const { return !m_limit || inFlight() < *m_limit; }
    // Releases waiting steps into the room the limit leaves, at the next turn.
    void releaseLater();
    // Keeps the answers of the last burst window: successes, and the short rate limits that
    // might be lone ones.
    void noteAnswer(qint64 now, bool rateLimited);
    // Whether the rate limits among those answers make a burst, which stops the backend.
    bool isBurst() const;
    void lowerLimit(qint64 sentAt, qint64 now);
    void raiseLimit();
    void limitChanged();
    // The probe found the backend serving: the waiting steps go out in staggered order.
    void recovered(bool probedHere = true);

    QString m_name;
    QRandomGenerator &m_random;
    State m_state = State::Closed;
    qint64 m_until = 0;
    int m_failures = 0;
    FailureClass m_lastFailure = FailureClass::Ok;
    int m_releaseBurst = 1;
    qint64 m_lastSuccessAt = 0;
    std::optional<Waiter> m_probe;
    std::deque<Waiter> m_waiters;
    std::set<std::pair<BackendClient *, int>> m_admitted; // sent through, not ended yet
    std::optional<int> m_allowance;
    qint64 m_allowanceUntil = 0;
    qint64 m_outageSince = 0;    // when the circuit last opened from serving
    std::optional<int> m_limit;  // adaptive concurrency after lone rate limits
    int m_limitCeiling = 0;      // the concurrency in use before the first decrease
    double m_increaseCredit = 0; // successes towards the next step up, in limits
    qint64 m_lastDecreaseAt = 0; // requests sent before it were answered for
    std::deque<std::pair<qint64, bool>> m_recentEnds; // (ended at, rate-limited) in the window
    BackendPeers *m_peers = nullptr;
    TimeSource &m_clock;
    std::unique_ptr<TimeSourceTimer> m_timer;
};

// A backend's circuit as the window and the event log show it.
struct BackendStatus
{
    QString name; // "<base URL> <model>"
    BackendCircuit::State state = BackendCircuit::State::Closed;
    // What keeps requests away while the circuit is not closed; Ok when nothing does.
    FailureClass failureClass = FailureClass::Ok;
    qint64 nextProbeAt = 0; // ms since the epoch, UTC; 0 when not waiting
    int failures = 0;
    int waiting = 0;
    int inFlight = 0;
    int concurrencyLimit = 0; // lowered after rate limits; 0 when no limit binds
};

} // namespace vigil

#include "backendcircuit.h"

#include "logging.h"

#include <QDateTime>
#include <algorithm>

namespace vigil {

BackendCircuit::BackendCircuit(QString name, QRandomGenerator &random, TimeSource &clock,
                               QObject *parent)
    : QObject(parent), m_name(std::move(name)), m_random(random), m_clock(clock),
      m_timer(clock.createTimer())
{
    connect(m_timer.get(), &TimeSourceTimer::timeout, this, &BackendCircuit::onTimer);
}

BackendStatus BackendCircuit::status() const
{
    BackendStatus status;
    status.name = m_name;
    status.state = m_state;
    if (m_state != State::Closed)
        status.failureClass = m_lastFailure;
    status.nextProbeAt = m_until;
    status.failures = m_failures;
    status.waiting = waiting();
    status.inFlight = inFlight();
    status.concurrencyLimit = concurrencyLimit();
    return status;
}

QString BackendCircuit::stateName(State state)
{
    switch (state) {
    case State::Closed:
        return QStringLiteral("closed");
    case State::Open:
        return QStringLiteral("open");
    case State::Probing:
        return QStringLiteral("probing");
    case State::Releasing:
        return QStringLiteral("releasing");
    case State::Holding:
        return QStringLiteral("holding");
    }
    return {};
}

bool BackendCircuit::isProbe(BackendClient *client, int step) const
{
    return m_probe && m_probe->client == client && m_probe->step == step;
}

bool BackendCircuit::admit(BackendClient *client, int step)
{
    if (m_state == State::Closed && belowLimit() && (!m_limit || m_waiters.empty()) &&
        spendAllowance()) {
        m_admitted.insert({client, step});
        return true;
    }
    if (m_state == State::Probing && !m_probe && takeProbeTurn()) {
        m_probe = Waiter{client, step};
        m_admitted.insert({client, step});
        return true;
    }
    const bool queued = std::any_of(m_waiters.begin(), m_waiters.end(), [&](const Waiter &w) {
        return w.client == client && w.step == step;
    });
    if (!queued)
        m_waiters.push_back({client, step});
    return false;
}

bool BackendCircuit::spendAllowance()
{
    if (!m_allowance)
        return true;
    if (m_clock.nowMs() >= m_allowanceUntil) {
        m_allowance.reset();
        return true;
    }
    if (*m_allowance <= 0) {
        coolDown(State::Holding, m_allowanceUntil);
        return false;
    }
    --*m_allowance;
    return true;
}

void BackendCircuit::letGo(const Waiter &waiter)
{
    m_admitted.insert({waiter.client, waiter.step});
    waiter.client->backendReleased(waiter.step);
}

void BackendCircuit::withdraw(BackendClient *client)
{
    m_waiters.erase(std::remove_if(m_waiters.begin(), m_waiters.end(),
                                   [&](const Waiter &w) { return w.client == client; }),
                    m_waiters.end());
    for (auto it = m_admitted.begin(); it != m_admitted.end();)
        it = it->first == client ? m_admitted.erase(it) : std::next(it);
    if (m_probe && m_probe->client == client) {
        m_probe.reset();
        m_timer->start(0);
    }
    releaseLater();
}

void BackendCircuit::withdraw(BackendClient *client, int step)
{
    m_waiters.erase(
        std::remove_if(m_waiters.begin(), m_waiters.end(),
                       [&](const Waiter &w) { return w.client == client && w.step == step; }),
        m_waiters.end());
    m_admitted.erase({client, step});
    if (isProbe(client, step)) {
        // The probe was never sent: the next one in line probes instead.
        m_probe.reset();
        m_timer->start(0);
    }
    releaseLater();
}

void BackendCircuit::releaseLater()
{
    if (m_state == State::Closed && !m_waiters.empty() && belowLimit() && !m_timer->isActive())
        m_timer->start(0);
}

void BackendCircuit::setState(State state, qint64 until)
{
    const bool changed = state != m_state || until != m_until;
    m_state = state;
    m_until = until;
    if (state == State::Open || state == State::Holding) {
        m_timer->start(until - m_clock.nowMs());
    }
    if (changed) {
        qCInfo(lcEngine).noquote()
            << "backend" << m_name << stateName(state)
            << (until ? QDateTime::fromMSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODateWithMs)
                      : QString())
            << "failures" << m_failures << "waiting" << m_waiters.size();
        emit stateChanged();
    }
}

void BackendCircuit::coolDown(State state, qint64 until)
{
    setState(state, until);
    if (m_peers)
        m_peers->coolingDown(*this);
}

void BackendCircuit::openFor(qint64 delayMs)
{
    coolDown(State::Open, m_clock.nowMs() + std::max<qint64>(0, delayMs));
}

bool BackendCircuit::takeProbeTurn()
{
    if (!m_peers)
        return true;
    const ProbeTurn turn = m_peers->probeTurn(*this);
    switch (turn.kind) {
    case ProbeTurn::Kind::Probe:
        return true;
    case ProbeTurn::Kind::Wait:
        setState(State::Open, m_clock.nowMs() + std::max<qint64>(1, turn.waitMs));
        return false;
    case ProbeTurn::Kind::Recovered:
        m_lastSuccessAt = m_clock.nowMs();
        recovered(false);
        return false;
    }
    return true;
}

bool BackendCircuit::attemptEnded(BackendClient *client, int step, qint64 sentAt,
                                  FailureClass failureClass, std::optional<qint64> serverDelayMs,
                                  const RetryPolicy &policy)
{
    m_admitted.erase({client, step});
    const bool probe = isProbe(client, step);
    if (probe)
        m_probe.reset();
    const qint64 now = m_clock.nowMs();
    const bool serving = m_state == State::Closed || m_state == State::Releasing;
    const bool shortRateLimit = failureClass == FailureClass::RateLimited &&
                                (!serverDelayMs || *serverDelayMs <= kShortRateLimitMs);
    // A rate limit is no capacity answer: the probe of an outage that meets one found the
    // backend serving again.
    const bool probeFoundServing = probe && m_lastFailure == FailureClass::Capacity;
    const bool maybeLone = shortRateLimit && (probeFoundServing || (!probe && serving));
    if (maybeLone)
        noteAnswer(now, true);
    if (maybeLone && !isBurst()) {
        // A lone rate limit: its step waits on its own, the backend takes fewer at once.
        m_lastFailure = failureClass;
        lowerLimit(sentAt, now);
        if (probeFoundServing)
            recovered();
        else
            releaseLater(); // its place is free, under whatever limit now holds
        return false;
    }
    if (usesCapacitySchedule(failureClass)) {
        m_lastFailure = failureClass;
        const bool answeredWell =
            failureClass == FailureClass::Capacity && m_lastSuccessAt > sentAt;
        if (probe || (serving && !answeredWell)) {
            if (!probe || m_outageSince == 0)
                m_outageSince = now;
            ++m_failures;
            openFor(probeDelayMs(policy, now - m_outageSince, serverDelayMs, m_random));
        } else if ((m_state == State::Open || m_state == State::Holding) && serverDelayMs &&
                   now + *serverDelayMs > m_until) {
            coolDown(m_state, now + *serverDelayMs);
        }
        releaseLater();
        // A refused probe's step waits its own backoff before it may probe again: the
        // probe cadence is the backend's, and each probe is an attempt of its step.
        return !probe && m_state != State::Closed;
    }
    if (failureClass == FailureClass::Ok) {
        m_lastSuccessAt = now;
        noteAnswer(now, false);
        raiseLimit();
    }
    releaseLater();
    if (!probe) {
        if (failureClass == FailureClass::Ok && m_state == State::Closed)
            m_failures = 0;
        return false;
    }
    if (failureClass == FailureClass::Ok) {
        recovered();
        return false;
    }
    // A probe that met something other than capacity proves nothing either way: the
    // next step in line probes.
    m_timer->start(0);
    return false;
}

void BackendCircuit::recovered(bool probedHere)
{
    m_failures = 0;
    m_outageSince = 0;
    m_releaseBurst = 1;
    setState(m_waiters.empty() ? State::Closed : State::Releasing);
    m_timer->start(0);
    if (probedHere && m_peers)
        m_peers->recovered(*this);
}

void BackendCircuit::noteAnswer(qint64 now, bool rateLimited)
{
    m_recentEnds.emplace_back(now, rateLimited);
    while (m_recentEnds.front().first < now - kBurstWindowMs)
        m_recentEnds.pop_front();
}

bool BackendCircuit::isBurst() const
{
    const auto limited = std::count_if(m_recentEnds.begin(), m_recentEnds.end(),
                                       [](const auto &end) { return end.second; });
    const auto total = static_cast<qint64>(m_recentEnds.size());
    return limited >= kBurstRateLimits && limited * 2 >= total;
}

void BackendCircuit::lowerLimit(qint64 sentAt, qint64 now)
{
    // Requests sent before the last decrease met the old load: one decrease answers for all.
    if (m_limit && sentAt <= m_lastDecreaseAt)
        return;
    const int current = m_limit.value_or(inFlight() + 1);
    const auto limited = std::count_if(m_recentEnds.begin(), m_recentEnds.end(),
                                       [](const auto &end) { return end.second; });
    const double share = double(limited) / double(std::max<size_t>(1, m_recentEnds.size()));
    const int lowered =
        std::max(1, std::min(current - 1, static_cast<int>(current * (1 - share / 2))));
    m_lastDecreaseAt = now;
    m_increaseCredit = 0;
    if (lowered >= current)
        return; // one at a time already
    m_limitCeiling = std::max(m_limitCeiling, current);
    m_limit = lowered;
    limitChanged();
}

void BackendCircuit::raiseLimit()
{
    if (!m_limit)
        return;
    m_increaseCredit += kLimitIncreasePerWindow / *m_limit;
    if (m_increaseCredit < 1)
        return;
    m_increaseCredit -= 1;
    if (++*m_limit >= m_limitCeiling) {
        m_limit.reset();
        m_limitCeiling = 0;
    }
    limitChanged();
}

void BackendCircuit::limitChanged()
{
    qCInfo(lcEngine).noquote() << "backend" << m_name << "concurrency limit"
                               << (m_limit ? QString::number(*m_limit) : QStringLiteral("none"))
                               << "in flight" << inFlight() << "waiting" << m_waiters.size();
    emit stateChanged();
}

void BackendCircuit::holdUntil(qint64 until)
{
    if (until <= m_clock.nowMs())
        return;
    switch (m_state) {
    case State::Closed:
    case State::Releasing:
        coolDown(State::Holding, until);
        break;
    case State::Open:
    case State::Holding:
        if (until > m_until)
            coolDown(m_state, until);
        break;
    case State::Probing:
        break;
    }
}

void BackendCircuit::noteAllowance(int remaining, qint64 resetAt)
{
    if (resetAt <= m_clock.nowMs())
        return;
    m_allowance = remaining - inFlight();
    m_allowanceUntil = resetAt;
    if (*m_allowance <= 0)
        holdUntil(resetAt);
}

void BackendCircuit::probeNow()
{
    if (m_state == State::Open || m_state == State::Holding)
        setState(m_state, m_clock.nowMs());
}

void BackendCircuit::restoreCoolDown(qint64 until, int failures)
{
    if (until <= m_clock.nowMs() || m_state != State::Closed)
        return;
    m_failures = std::max(m_failures, failures);
    m_outageSince = m_clock.nowMs();
    coolDown(State::Open, until);
}

void BackendCircuit::setPeers(BackendPeers *peers)
{
    m_peers = peers;
    if (m_peers)
        m_peers->join(*this);
}

void BackendCircuit::adoptCoolDown(qint64 until, bool holding, int failures,
                                   FailureClass failureClass)
{
    if (until <= m_clock.nowMs())
        return;
    m_failures = std::max(m_failures, failures);
    if (failureClass != FailureClass::Ok)
        m_lastFailure = failureClass;
    switch (m_state) {
    case State::Closed:
    case State::Releasing:
        m_outageSince = m_clock.nowMs();
        setState(holding ? State::Holding : State::Open, until);
        break;
    case State::Open:
    case State::Holding:
        if (until > m_until)
            setState(m_state, until);
        break;
    case State::Probing:
        // A probe of this Vigil's own that is out answers for itself.
        if (!m_probe)
            setState(State::Open, until);
        break;
    }
}

void BackendCircuit::othersRecovered()
{
    // Requests sent before now that come back refused do not open the circuit again.
    m_lastSuccessAt = m_clock.nowMs();
    if (m_state == State::Open || (m_state == State::Probing && !m_probe))
        recovered(false);
}

void BackendCircuit::releaseNext(int count)
{
    for (int i = 0; i < count && !m_waiters.empty() && belowLimit() && spendAllowance(); ++i) {
        const Waiter next = m_waiters.front();
        m_waiters.pop_front();
        letGo(next);
    }
}

void BackendCircuit::onTimer()
{
    switch (m_state) {
    case State::Closed:
        while (m_state == State::Closed && !m_waiters.empty() && belowLimit() && spendAllowance()) {
            const Waiter next = m_waiters.front();
            m_waiters.pop_front();
            letGo(next);
        }
        return;
    case State::Open:
    case State::Holding:
        if (m_clock.nowMs() < m_until) {
            setState(m_state, m_until);
            return;
        }
        {
            // The first steps go out before the change is announced, so that no one sees
            // a moment where the backend is free but nothing moves.
            const State after = m_state == State::Open ? State::Probing : State::Releasing;
            m_state = after;
            m_until = 0;
            m_releaseBurst = 1;
            onTimer();
            if (m_state == after) {
                m_state = State::Closed;
                setState(after);
            }
        }
        return;
    case State::Probing:
        if (!m_probe && !m_waiters.empty() && takeProbeTurn()) {
            m_probe = m_waiters.front();
            m_waiters.pop_front();
            letGo(*m_probe);
        }
        return;
    case State::Releasing:
        releaseNext(m_releaseBurst);
        if (m_state != State::Releasing)
            return; // the allowance ran out: holding until the reset
        m_releaseBurst = std::min(m_releaseBurst * 2, 1 << 16);
        if (m_waiters.empty() || !belowLimit())
            setState(State::Closed); // the rest go as the limit leaves room
        else
            m_timer->start(kStaggerMs);
        return;
    }
}

qint64 BackendCircuit::restartMs(qint64 stepMs) const
{
    if (m_state != State::Open && m_state != State::Holding)
        return 0;
    // After a cool-down the probe takes one waiter and its success starts the release one
    // stagger later; after a reset the first burst goes at once.
    qint64 restart = m_state == State::Open ? stepMs + kStaggerMs : 0;
    int left = static_cast<int>(m_waiters.size()) - (m_state == State::Open ? 1 : 0);
    for (int burst = 1; left > burst; burst *= 2) {
        left -= burst;
        restart += kStaggerMs;
    }
    return restart;
}

} // namespace vigil

#include "manualclock.h"

#include <QtGlobal>
#include <algorithm>

class ManualTimer : public vigil::TimeSourceTimer
{
public:
    explicit ManualTimer(ManualClock &clock) : m_clock(clock) { m_clock.m_timers.push_back(this); }
    ~ManualTimer() override
    {
        auto &timers = m_clock.m_timers;
        timers.erase(std::remove(timers.begin(), timers.end(), this), timers.end());
    }

    void start(qint64 delayMs) override
    {
        m_active = true;
        m_deadline = m_clock.nowMs() + std::max<qint64>(0, delayMs);
        const quint64 generation = ++m_generation;
        if (delayMs <= 0) {
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (m_active && m_generation == generation)
                        fire();
                },
                Qt::QueuedConnection);
        }
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    qint64 deadline() const { return m_deadline; }
    void fire()
    {
        m_active = false;
        emit timeout();
    }

private:
    ManualClock &m_clock;
    qint64 m_deadline = 0;
    quint64 m_generation = 0;
    bool m_active = false;
};

ManualClock::ManualClock(qint64 startMs) : m_now(startMs) {}

ManualClock::~ManualClock()
{
    Q_ASSERT(m_timers.empty()); // the clock outlives whatever reads it
}

std::unique_ptr<vigil::TimeSourceTimer> ManualClock::createTimer()
{
    return std::make_unique<ManualTimer>(*this);
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_now + std::max<qint64>(0, ms);
    // A timer that restarts itself with no delay would hold the time still for ever.
    for (int fired = 0;; ++fired) {
        ManualTimer *due = nullptr;
        for (ManualTimer *timer : m_timers) {
            if (timer->isActive() && timer->deadline() <= target &&
                (!due || timer->deadline() < due->deadline()))
                due = timer;
        }
        if (!due)
            break;
        if (fired > 1'000'000)
            qFatal("ManualClock: timers keep firing without the time moving on");
        m_now = std::max(m_now, due->deadline());
        due->fire();
    }
    m_now = target;
}

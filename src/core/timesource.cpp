#include "timesource.h"

#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace vigil {

namespace {

// Long waits are cut into hours, so that a machine that slept through its deadline fires
// soon after waking instead of an hour of suspended timer later.
constexpr qint64 kLongestWaitMs = 3'600'000;

class SystemTimer : public TimeSourceTimer
{
public:
    SystemTimer()
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (QDateTime::currentMSecsSinceEpoch() < m_deadline) {
                arm();
                return;
            }
            emit timeout();
        });
    }

    void start(qint64 delayMs) override
    {
        m_deadline = QDateTime::currentMSecsSinceEpoch() + std::max<qint64>(0, delayMs);
        arm();
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    void arm()
    {
        const qint64 remaining =
            std::clamp<qint64>(m_deadline - QDateTime::currentMSecsSinceEpoch(), 0, kLongestWaitMs);
        m_timer.setTimerType(remaining < 10'000 ? Qt::PreciseTimer : Qt::CoarseTimer);
        m_timer.start(static_cast<int>(remaining));
    }

    QTimer m_timer;
    qint64 m_deadline = 0;
};

class SystemTimeSource : public TimeSource
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    std::unique_ptr<TimeSourceTimer> createTimer() override
    {
        return std::make_unique<SystemTimer>();
    }
};

} // namespace

TimeSource &TimeSource::system()
{
    static SystemTimeSource clock;
    return clock;
}

} // namespace vigil

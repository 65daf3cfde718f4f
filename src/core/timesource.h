#pragma once

#include <QObject>
#include <memory>

namespace vigil {

// A one-shot timer on a TimeSource.
class TimeSourceTimer : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Fires timeout() once, `delayMs` from now on its clock (at the next turn of the event
    // loop when that is not in the future); starting it again moves it.
    virtual void start(qint64 delayMs) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

signals:
    void timeout();
};

// Where the engine reads the time and waits for it: the runner's schedule, the circuits'
// cool-downs and the store's timestamps. The system clock is the wall clock with the event
// loop's timers; tests give a clock of their own that they move on by hand, so that hours
// of backoff pass in no time and "nothing happens until then" needs no waiting.
class TimeSource
{
public:
    TimeSource() = default;
    virtual ~TimeSource() = default;
    TimeSource(const TimeSource &) = delete;
    TimeSource &operator=(const TimeSource &) = delete;

    // Milliseconds since the epoch, UTC.
    virtual qint64 nowMs() const = 0;
    virtual std::unique_ptr<TimeSourceTimer> createTimer() = 0;

    static TimeSource &system();
};

} // namespace vigil

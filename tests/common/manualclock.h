#pragma once

#include "timesource.h"

#include <vector>

class ManualTimer;

// A clock that moves only when a test moves it: hours of backoff pass in no time, and
// "nothing happens until then" is said without waiting. Its timers fire during advance(),
// each at its own time and in order; one started with no delay also fires at the next
// turn of the event loop, as a system timer would.
class ManualClock : public vigil::TimeSource
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000);
    ~ManualClock() override;

    qint64 nowMs() const override { return m_now; }
    std::unique_ptr<vigil::TimeSourceTimer> createTimer() override;

    // Moves the time on by `ms`, firing every timer that falls due on the way, including
    // those that the timers fired meanwhile start.
    void advance(qint64 ms);

private:
    friend class ManualTimer;
    qint64 m_now;
    std::vector<ManualTimer *> m_timers;
};

#pragma once

#include "pricing.h"

#include <QString>
#include <optional>

namespace vigil {

class TaskStore;
class TimeSource;

// What every task's attempts spend, as the engine keeps it: the prices they are charged
// at, and the cap on what all tasks together may spend in one day (the user's local day).
class Spending
{
public:
    Spending(TaskStore &store, TimeSource &clock);

    void setPrices(const PriceTable &prices) { m_prices = prices; }
    const PriceTable &prices() const { return m_prices; }

    // Empty: no daily cap.
    void setDailyCap(std::optional<double> usd) { m_dailyCap = usd; }
    std::optional<double> dailyCap() const { return m_dailyCap; }

    // An attempt ended having cost `usd`.
    void charge(double usd);
    // What the attempts started today cost; empty when the store cannot say.
    std::optional<double> spentToday();
    // Why no task may send more today, when the daily cap is reached; the day ends at
    // nextDayAt().
    std::optional<QString> dailyCapReached();
    qint64 nextDayAt();

private:
    // Starts the day's sum over when the day has changed since it was read.
    bool readDay();

    TaskStore &m_store;
    TimeSource &m_clock;
    PriceTable m_prices = PriceTable::shipped();
    std::optional<double> m_dailyCap;
    qint64 m_dayStart = 0; // ms since the epoch of the local midnight the sum starts at
    qint64 m_dayEnd = 0;
    double m_today = 0;
};

} // namespace vigil

#include "spending.h"

#include "taskstore.h"
#include "timesource.h"
#include "tr.h"

#include <QDateTime>

namespace vigil {

Spending::Spending(TaskStore &store, TimeSource &clock) : m_store(store), m_clock(clock) {}

bool Spending::readDay()
{
    const qint64 now = m_clock.nowMs();
    if (m_dayEnd > now && m_dayStart <= now)
        return true;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    const qint64 start = today.startOfDay().toMSecsSinceEpoch();
    const auto spent = m_store.spend(std::nullopt, start);
    if (!spent)
        return false;
    m_dayStart = start;
    m_dayEnd = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    m_today = spent->costUsd;
    return true;
}

void Spending::charge(double usd)
{
    // An attempt that began yesterday counts for the day it began, as the store sums it.
    if (readDay())
        m_today += usd;
}

std::optional<double> Spending::spentToday()
{
    if (!readDay())
        return std::nullopt;
    return m_today;
}

std::optional<QString> Spending::dailyCapReached()
{
    if (!m_dailyCap)
        return std::nullopt;
    const auto spent = spentToday();
    if (!spent || *spent < *m_dailyCap)
        return std::nullopt;
    return Tr::tr("daily spend cap reached: %1 of %2 spent today by all tasks; goes on "
                  "tomorrow, or raise daily_cap_usd in the settings and resume")
        .arg(formatCost(*spent), formatCost(*m_dailyCap));
}

qint64 Spending::nextDayAt()
{
    readDay();
    return m_dayEnd;
}

} // namespace vigil

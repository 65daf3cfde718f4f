#include "clock.h"

#include <QDateTime>

namespace vigil {

Clock::Clock(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Clock::tick);
    tick();
}

void Clock::setRunning(bool running)
{
    if (running == m_timer.isActive())
        return;
    if (running) {
        tick();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    emit runningChanged();
}

void Clock::tick()
{
    m_now = static_cast<double>(QDateTime::currentMSecsSinceEpoch());
    emit nowChanged();
}

} // namespace vigil

#include "keepawake.h"

#include "logging.h"

#include <algorithm>

namespace vigil {

KeepAwake::KeepAwake(const std::vector<SleepInhibitor *> &inhibitors, QObject *parent)
    : QObject(parent)
{
    m_holds.reserve(inhibitors.size());
    for (SleepInhibitor *inhibitor : inhibitors)
        m_holds.push_back(Hold{inhibitor, false, false, false, {}});
    // m_holds never grows again: each connection keeps its own entry.
    for (Hold &hold : m_holds) {
        connect(hold.inhibitor, &SleepInhibitor::held, this,
                [this, &hold](bool ok, const QString &error) { onHeld(hold, ok, error); });
    }
    m_retry.setSingleShot(true);
    m_retry.setInterval(std::chrono::minutes(1));
    connect(&m_retry, &QTimer::timeout, this, [this] {
        for (Hold &hold : m_holds)
            hold.refused = false;
        update();
    });
}

KeepAwake::~KeepAwake()
{
    for (Hold &hold : m_holds) {
        if (hold.holding)
            hold.inhibitor->release();
    }
}

void KeepAwake::setEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

void KeepAwake::setWorking(bool working)
{
    m_working = working;
    update();
}

void KeepAwake::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retry.setInterval(interval);
}

int KeepAwake::holding() const
{
    return static_cast<int>(std::count_if(m_holds.begin(), m_holds.end(),
                                          [](const Hold &hold) { return hold.holding; }));
}

void KeepAwake::update()
{
    const bool wanted = m_enabled && m_working;
    if (!wanted) {
        // Work that starts again later asks at once, whatever was refused before.
        m_retry.stop();
        for (Hold &hold : m_holds)
            hold.refused = false;
    }
    for (Hold &hold : m_holds) {
        if (wanted && !hold.holding && !hold.asking && !hold.refused) {
            hold.asking = true;
            hold.inhibitor->hold(
                tr("Tasks are running; Vigil keeps the computer awake until they end"));
        } else if (!wanted && hold.holding) {
            hold.holding = false;
            hold.inhibitor->release();
            qCInfo(lcEngine).noquote() << "keep-awake: released" << hold.inhibitor->name();
        }
    }
}

void KeepAwake::onHeld(Hold &hold, bool ok, const QString &error)
{
    hold.asking = false;
    if (!ok) {
        hold.refused = true;
        if (error != hold.error)
            qCInfo(lcEngine).noquote()
                << "keep-awake:" << hold.inhibitor->name() << "refused:" << error
                << "- asking again every" << m_retry.intervalAsDuration().count() << "ms";
        hold.error = error;
        if (m_enabled && m_working && !m_retry.isActive())
            m_retry.start();
        return;
    }
    hold.holding = true;
    hold.error.clear();
    qCInfo(lcEngine).noquote() << "keep-awake: holding" << hold.inhibitor->name();
    update(); // the work may have ended while we asked
}

} // namespace vigil

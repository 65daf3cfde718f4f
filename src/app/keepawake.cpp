#include "keepawake.h"

#include "logging.h"
#include "tasklistmodel.h"

namespace vigil {

KeepAwake::KeepAwake(const TaskListModel &tasks, SleepInhibitor &inhibitor, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_inhibitor(inhibitor)
{
    connect(&tasks, &TaskListModel::countsChanged, this, &KeepAwake::update);
    connect(&inhibitor, &SleepInhibitor::held, this, &KeepAwake::onHeld);
    update();
}

KeepAwake::~KeepAwake()
{
    if (m_holding)
        m_inhibitor.release();
}

void KeepAwake::setEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

void KeepAwake::update()
{
    const bool working = m_tasks.runningCount() + m_tasks.retryingCount() > 0;
    if (m_enabled && working) {
        if (m_holding || m_asking || m_unavailable)
            return;
        m_asking = true;
        m_inhibitor.hold(tr("Tasks are running; Vigil keeps the computer awake until they end"));
    } else if (m_holding) {
        m_holding = false;
        m_inhibitor.release();
        qCInfo(lcUi).noquote() << "keep-awake: released";
    }
}

void KeepAwake::onHeld(bool ok, const QString &error)
{
    m_asking = false;
    if (!ok) {
        m_unavailable = true;
        qCInfo(lcUi).noquote() << "keep-awake: not available:" << error;
        return;
    }
    m_holding = true;
    qCInfo(lcUi).noquote() << "keep-awake: holding";
    update(); // the tasks may have ended while we asked
}

} // namespace vigil

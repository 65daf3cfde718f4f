#pragma once

#include "sleepinhibitor.h"

#include <QObject>

namespace vigil {

class TaskListModel;

// Keeps the computer from going idle (and so from sleeping) while tasks work: the
// platform's inhibition is held when the first task starts working and released when none
// does. On by default; where the platform offers no way, nothing is held and the log says
// so once.
class KeepAwake : public QObject
{
    Q_OBJECT
public:
    KeepAwake(const TaskListModel &tasks, SleepInhibitor &inhibitor, QObject *parent = nullptr);
    ~KeepAwake() override;

    void setEnabled(bool enabled);
    bool holding() const { return m_holding; }

private:
    void update();
    void onHeld(bool ok, const QString &error);

    const TaskListModel &m_tasks;
    SleepInhibitor &m_inhibitor;
    bool m_enabled = true;
    bool m_asking = false;
    bool m_unavailable = false;
    bool m_holding = false;
};

} // namespace vigil

#pragma once

#include <QDBusConnection>
#include <QObject>

namespace vigil {

class TaskListModel;

// Keeps the computer from going idle (and so from sleeping) while tasks work: an
// org.freedesktop.ScreenSaver inhibition taken when the first task starts working and
// released when none does. On by default; where the desktop offers no such interface,
// nothing is held and the log says so once.
class KeepAwake : public QObject
{
    Q_OBJECT
public:
    KeepAwake(const TaskListModel &tasks, QDBusConnection bus, QObject *parent = nullptr);
    ~KeepAwake() override;

    void setEnabled(bool enabled);
    bool holding() const { return m_cookie != 0; }

private:
    void update();
    void inhibit();
    void release();

    const TaskListModel &m_tasks;
    QDBusConnection m_bus;
    bool m_enabled = true;
    bool m_asking = false;
    bool m_unavailable = false;
    uint m_cookie = 0;
};

} // namespace vigil

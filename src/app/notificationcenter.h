#pragma once

#include "records.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace vigil {

class Dashboard;
class Notifier;

// What Vigil tells the desktop, and what the answers do. A task that pauses needing the
// user, a task that fails and a batch that finishes each make a notice; tasks that pause
// or fail for one cause (the same error class on the same model) share one notice,
// updated in place as tasks join or leave and withdrawn when the last one leaves; a finished
// batch's notice goes when it is closed or clicked, or when the batch runs again. Resume
// resumes the notice's tasks, Switch model opens the window's switch-model dialog for them,
// a click opens the first. An early warning that a task will reach its spend cap or miss its
// deadline is a notice of its own, and so is a provider batch of a task that ended.
class NotificationCenter : public QObject
{
    Q_OBJECT
public:
    NotificationCenter(Dashboard &dashboard, Notifier &notifier, QObject *parent = nullptr);

    // The tasks a notice speaks for.
    QList<qint64> tasksOf(const QString &key) const { return m_groups.value(key); }

private:
    void onStateChanged(const TaskSummary &task, TaskState previous);
    // A task that will reach its spend cap or miss its deadline, or one of whose provider
    // batches ended: one notice per task and kind, which a click opens on the task.
    void onWarned(qint64 taskId, const QString &event, const QString &message);
    void onAction(const QString &key, const QString &action);
    void onClosed(const QString &key);
    QString join(const QString &key, qint64 taskId);
    // Shows a pause's or a failure's notice as its tasks now stand.
    void showGroup(const QString &key);
    void showPaused(const QString &key);
    void showFailed(const QString &key);

    Dashboard &m_dashboard;
    Notifier &m_notifier;
    QHash<QString, QList<qint64>> m_groups; // notice key to its tasks
};

} // namespace vigil

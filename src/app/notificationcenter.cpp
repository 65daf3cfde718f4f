#include "notificationcenter.h"

#include "dashboard.h"
#include "notifier.h"

namespace vigil {

namespace {

const QString kFinished = QStringLiteral("finished/");
const QString kWarned = QStringLiteral("warned/");

// One notice per cause: what happened, the error class and the model.
QString causeKey(const char *what, const TaskSummary &task)
{
    return QStringLiteral("%1/%2/%3").arg(QLatin1String(what), task.errorClass, task.model);
}

QString why(const QString &errorClass)
{
    if (errorClass == QLatin1String("capacity"))
        return NotificationCenter::tr("at capacity");
    if (errorClass == QLatin1String("rate-limited"))
        return NotificationCenter::tr("rate-limited");
    if (errorClass == QLatin1String("quota"))
        return NotificationCenter::tr("out of quota");
    if (errorClass == QLatin1String("auth"))
        return NotificationCenter::tr("refusing the API key");
    if (errorClass.isEmpty())
        return NotificationCenter::tr("paused");
    return NotificationCenter::tr("failing (%1)").arg(errorClass);
}

} // namespace

NotificationCenter::NotificationCenter(Dashboard &dashboard, Notifier &notifier, QObject *parent)
    : QObject(parent), m_dashboard(dashboard), m_notifier(notifier)
{
    connect(dashboard.allTasks(), &TaskListModel::stateChanged, this,
            &NotificationCenter::onStateChanged);
    connect(&dashboard, &Dashboard::taskWarned, this, &NotificationCenter::onWarned);
    connect(&notifier, &Notifier::actionInvoked, this, &NotificationCenter::onAction);
    connect(&notifier, &Notifier::closed, this, &NotificationCenter::onClosed);
}

void NotificationCenter::onStateChanged(const TaskSummary &task, TaskState previous)
{
    // A task that leaves a pause, a failure or its finish leaves its notice, which then
    // counts the tasks still in it; the last one out takes it away.
    if (previous == TaskState::Paused || previous == TaskState::Failed ||
        previous == TaskState::Completed) {
        QStringList shrunk;
        for (auto it = m_groups.begin(); it != m_groups.end();) {
            if (it->removeAll(task.id) == 0) {
                ++it;
            } else if (it->isEmpty()) {
                m_notifier.withdraw(it.key());
                it = m_groups.erase(it);
            } else {
                shrunk.append(it.key());
                ++it;
            }
        }
        for (const QString &key : std::as_const(shrunk))
            showGroup(key);
    }
    const SettingsEditor &settings = *m_dashboard.settings();
    switch (task.state) {
    case TaskState::Paused: {
        if (task.resumeAt > 0 || !settings.notifyPaused())
            return; // a quota with a known reset: it resumes by itself
        showPaused(join(causeKey("paused", task), task.id));
        return;
    }
    case TaskState::Failed: {
        if (settings.notifyFailed())
            showFailed(join(causeKey("failed", task), task.id));
        return;
    }
    case TaskState::Completed: {
        if (task.kind != QLatin1String("batch") || !settings.notifyFinished())
            return;
        const QString key = kFinished + QString::number(task.id);
        m_groups.insert(key, {task.id});
        m_notifier.show(key, tr("Batch “%1” finished").arg(task.name),
                        task.stepsFailed > 0 ? tr("%1 of %2 items done, %3 failed")
                                                   .arg(task.stepsDone)
                                                   .arg(task.stepsTotal)
                                                   .arg(task.stepsFailed)
                                             : tr("All %n item(s) done", "", task.stepsDone),
                        false);
        return;
    }
    default:
        return;
    }
}

void NotificationCenter::onWarned(qint64 taskId, const QString &event, const QString &message)
{
    const TaskSummary *task = m_dashboard.allTasks()->task(taskId);
    const bool batchEnded = event == QLatin1String("provider_batch_ended");
    // Warned of what would pause it: the same wish to be told; a provider batch that ended
    // is a finish.
    if (!task || !(batchEnded ? m_dashboard.settings()->notifyFinished()
                              : m_dashboard.settings()->notifyPaused()))
        return;
    const QString key = kWarned + event + QLatin1Char('/') + QString::number(taskId);
    m_groups.insert(key, {taskId});
    QString title = tr("“%1” will reach its spend cap").arg(task->name);
    if (event == QLatin1String("deadline_warning"))
        title = tr("“%1” will miss its deadline").arg(task->name);
    else if (batchEnded)
        title = tr("“%1”: a provider batch ended").arg(task->name);
    m_notifier.show(key, title, message, false);
}

QString NotificationCenter::join(const QString &key, qint64 taskId)
{
    QList<qint64> &tasks = m_groups[key];
    if (!tasks.contains(taskId))
        tasks.append(taskId);
    return key;
}

void NotificationCenter::showGroup(const QString &key)
{
    if (key.startsWith(QLatin1String("paused/")))
        showPaused(key);
    else if (key.startsWith(QLatin1String("failed/")))
        showFailed(key);
}

void NotificationCenter::showPaused(const QString &key)
{
    const QList<qint64> tasks = m_groups.value(key);
    const TaskSummary *first = m_dashboard.allTasks()->task(tasks.first());
    if (!first)
        return;
    if (tasks.size() == 1) {
        m_notifier.show(key, tr("“%1” is paused").arg(first->name),
                        tr("%1 is %2. %3 Completed steps are kept.")
                            .arg(first->model, why(first->errorClass), first->lastMessage),
                        true);
        return;
    }
    m_notifier.show(
        key, tr("%n task(s) paused", "", static_cast<int>(tasks.size())),
        tr("%1 is %2. Each keeps its completed steps.").arg(first->model, why(first->errorClass)),
        true);
}

void NotificationCenter::showFailed(const QString &key)
{
    const QList<qint64> tasks = m_groups.value(key);
    const TaskSummary *first = m_dashboard.allTasks()->task(tasks.first());
    if (!first)
        return;
    if (tasks.size() == 1) {
        m_notifier.show(key, tr("“%1” failed").arg(first->name), first->reason, false);
        return;
    }
    m_notifier.show(key, tr("%n task(s) failed", "", static_cast<int>(tasks.size())),
                    tr("%1 is %2. Each keeps its completed steps; fix the cause and retry.")
                        .arg(first->model, why(first->errorClass)),
                    false);
}

void NotificationCenter::onAction(const QString &key, const QString &action)
{
    const QList<qint64> tasks = m_groups.value(key);
    if (tasks.isEmpty())
        return;
    QVariantList ids;
    for (qint64 id : tasks)
        ids.append(id);
    if (action == QLatin1String("resume"))
        m_dashboard.resume(ids);
    else if (action == QLatin1String("switch-model"))
        m_dashboard.requestSwitchModel(ids);
    else
        m_dashboard.requestTask(tasks.first());
    if (key.startsWith(kFinished) || key.startsWith(kWarned)) {
        m_notifier.withdraw(key);
        m_groups.remove(key);
    }
}

void NotificationCenter::onClosed(const QString &key)
{
    // Tasks still paused or failed stay in their cause's notice: the next one to join shows
    // them all again. A finished batch or a warning, once seen, is done with.
    if (key.startsWith(kFinished) || key.startsWith(kWarned))
        m_groups.remove(key);
}

} // namespace vigil

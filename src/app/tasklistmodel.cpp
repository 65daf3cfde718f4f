#include "tasklistmodel.h"

#include "legend.h"
#include "pricing.h"

#include <QLocale>
#include <algorithm>

namespace vigil {

TaskListModel::TaskListModel(QObject *parent) : QAbstractListModel(parent) {}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskSummary &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return task.name;
    case TaskIdRole:
        return task.id;
    case KindRole:
        return task.kind;
    case StateRole:
        return QVariant::fromValue(task.state);
    case ReasonRole:
        return task.reason;
    case ModelRole:
        return task.model;
    case StepsTotalRole:
        return task.stepsTotal;
    case StepsDoneRole:
        return task.stepsDone;
    case StepsFailedRole:
        return task.stepsFailed;
    case AttemptRole:
        return task.attempt;
    case MaxAttemptsRole:
        return task.maxAttempts;
    case NextTryAtRole:
        return task.state == TaskState::Retrying ? task.nextTryAt : qint64(0);
    case ResumeAtRole:
        return task.resumeAt;
    case ErrorClassRole:
        return failureClassValue(task.errorClass);
    case LastMessageRole:
        return task.lastMessage;
    case UpdatedAtRole:
        return task.updatedAt;
    case SpentRole:
        return spentText(task.spend);
    case EtaRole:
        return task.eta;
    case DeadlineRole:
        return task.deadline;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskListModel::roleNames() const
{
    return {{TaskIdRole, "taskId"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {StateRole, "taskState"},
            {ReasonRole, "reason"},
            {ModelRole, "modelName"},
            {StepsTotalRole, "stepsTotal"},
            {StepsDoneRole, "stepsDone"},
            {StepsFailedRole, "stepsFailed"},
            {AttemptRole, "attempt"},
            {MaxAttemptsRole, "maxAttempts"},
            {NextTryAtRole, "nextTryAt"},
            {ResumeAtRole, "resumeAt"},
            {ErrorClassRole, "errorClass"},
            {LastMessageRole, "lastMessage"},
            {UpdatedAtRole, "updatedAt"},
            {SpentRole, "spent"},
            {EtaRole, "eta"},
            {DeadlineRole, "deadline"}};
}

const TaskSummary *TaskListModel::task(qint64 taskId) const
{
    const int row = rowOf(taskId);
    return row < 0 ? nullptr : &m_tasks.at(row);
}

QString TaskListModel::spentText(const Spend &spend)
{
    if (spend.usage.total() == 0)
        return {};
    return tr("%1 tokens · %2")
        .arg(QLocale().toString(spend.usage.total()),
             spend.costKnown() ? formatCost(spend.costUsd) : tr("cost unknown"));
}

QList<int> TaskListModel::changedRoles(const TaskSummary &before, const TaskSummary &after)
{
    QList<int> roles;
    const auto check = [&roles](bool differs, std::initializer_list<int> changed) {
        if (differs)
            roles.append(changed);
    };
    check(before.name != after.name, {NameRole, Qt::DisplayRole});
    check(before.kind != after.kind, {KindRole});
    check(before.state != after.state, {StateRole, NextTryAtRole});
    check(before.reason != after.reason, {ReasonRole});
    check(before.model != after.model, {ModelRole});
    check(before.stepsTotal != after.stepsTotal, {StepsTotalRole});
    check(before.stepsDone != after.stepsDone, {StepsDoneRole});
    check(before.stepsFailed != after.stepsFailed, {StepsFailedRole});
    check(before.attempt != after.attempt, {AttemptRole});
    check(before.maxAttempts != after.maxAttempts, {MaxAttemptsRole});
    check(before.nextTryAt != after.nextTryAt, {NextTryAtRole});
    check(before.resumeAt != after.resumeAt, {ResumeAtRole});
    check(before.errorClass != after.errorClass, {ErrorClassRole});
    check(before.lastMessage != after.lastMessage, {LastMessageRole});
    check(before.updatedAt != after.updatedAt, {UpdatedAtRole});
    check(before.spend.usage.total() != after.spend.usage.total() ||
              before.spend.costUsd != after.spend.costUsd ||
              before.spend.unpricedAttempts != after.spend.unpricedAttempts,
          {SpentRole});
    check(before.eta != after.eta, {EtaRole});
    check(before.deadline != after.deadline, {DeadlineRole});
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    return roles;
}

void TaskListModel::apply(const QList<TaskSummary> &tasks, bool news)
{
    QList<TaskSummary> added;
    for (const TaskSummary &task : tasks) {
        const int row = rowOf(task.id);
        if (row < 0) {
            added.append(task);
            continue;
        }
        const QList<int> roles = changedRoles(m_tasks.at(row), task);
        const TaskState previous = m_tasks.at(row).state;
        m_tasks[row] = task;
        if (!roles.isEmpty())
            emit dataChanged(index(row), index(row), roles);
        if (previous != task.state)
            emit stateChanged(task, previous);
    }
    // New tasks have higher ids than every row (ids only grow), so they go on top; one
    // insertion for the whole tick.
    if (!added.isEmpty()) {
        std::sort(added.begin(), added.end(),
                  [](const TaskSummary &a, const TaskSummary &b) { return a.id > b.id; });
        const bool onTop = m_tasks.isEmpty() || added.last().id > m_tasks.first().id;
        if (onTop) {
            beginInsertRows({}, 0, static_cast<int>(added.size()) - 1);
            m_tasks = added + m_tasks;
            endInsertRows();
        } else {
            // Ids out of order (a store opened afresh): place each where it belongs.
            for (const TaskSummary &task : std::as_const(added)) {
                const auto at =
                    std::find_if(m_tasks.begin(), m_tasks.end(),
                                 [&task](const TaskSummary &row) { return row.id < task.id; });
                const int row = static_cast<int>(at - m_tasks.begin());
                beginInsertRows({}, row, row);
                m_tasks.insert(row, task);
                endInsertRows();
            }
        }
        m_rows.clear();
        for (int row = 0; row < m_tasks.size(); ++row)
            m_rows.insert(m_tasks.at(row).id, row);
        for (const TaskSummary &task : std::as_const(added)) {
            if (news && task.state != TaskState::Queued)
                emit stateChanged(task, TaskState::Queued);
        }
    }
    recount();
}

void TaskListModel::recount()
{
    int running = 0;
    int retrying = 0;
    int attention = 0;
    for (const TaskSummary &task : std::as_const(m_tasks)) {
        switch (task.state) {
        case TaskState::Running:
        case TaskState::WaitingForNetwork:
            ++running;
            break;
        case TaskState::Retrying:
            ++retrying;
            break;
        case TaskState::Paused:
            attention += task.resumeAt > 0 ? 0 : 1; // a quota pause resumes by itself
            break;
        case TaskState::Failed:
            ++attention;
            break;
        default:
            break;
        }
    }
    const int count = static_cast<int>(m_tasks.size());
    if (count == m_count && running == m_running && retrying == m_retrying &&
        attention == m_attention)
        return;
    m_count = count;
    m_running = running;
    m_retrying = retrying;
    m_attention = attention;
    emit countsChanged();
}

} // namespace vigil

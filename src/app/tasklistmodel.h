#pragma once

#include "records.h"

#include <QAbstractListModel>
#include <QHash>
#include <QtQml/qqmlregistration.h>

namespace vigil {

// Every task as the engine last reported it, newest first. Rows are cached summaries:
// data() does no I/O and formats nothing; countdowns are computed in QML from the
// absolute nextTryAt. apply() takes one tick's worth of changes and names the roles that
// changed, one dataChanged per row.
class TaskListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard provides its task list")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int runningCount READ runningCount NOTIFY countsChanged)
    Q_PROPERTY(int retryingCount READ retryingCount NOTIFY countsChanged)
    Q_PROPERTY(int attentionCount READ attentionCount NOTIFY countsChanged)
public:
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        StateRole,
        ReasonRole,
        ModelRole,
        StepsTotalRole,
        StepsDoneRole,
        StepsFailedRole,
        AttemptRole,
        MaxAttemptsRole,
        NextTryAtRole,
        ResumeAtRole,
        ErrorClassRole,
        LastMessageRole,
        UpdatedAtRole,
        SpentRole,    // "12,345 tokens · $0.042", "" before any usage is known
        EtaRole,      // ms since the epoch; 0: not known
        DeadlineRole, // ms since the epoch; 0: none
    };
    Q_ENUM(Role)

    explicit TaskListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // One tick's changes. With `news`, tasks that arrive count as changing state from
    // queued; a full listing (news false) replays nothing.
    void apply(const QList<TaskSummary> &tasks, bool news = true);
    int rowOf(qint64 taskId) const { return m_rows.value(taskId, -1); }
    const TaskSummary *task(qint64 taskId) const;
    const QList<TaskSummary> &tasks() const { return m_tasks; }

    int count() const { return m_count; }
    int runningCount() const { return m_running; }
    int retryingCount() const { return m_retrying; }
    // Paused (not waiting for a quota reset) or failed: waiting for the user.
    int attentionCount() const { return m_attention; }

signals:
    void countsChanged();
    // A task moved from `previous` to task.state.
    void stateChanged(const vigil::TaskSummary &task, vigil::TaskState previous);

private:
    static QList<int> changedRoles(const TaskSummary &before, const TaskSummary &after);
    // What a task spent, as its row says it.
    static QString spentText(const Spend &spend);
    void recount();

    QList<TaskSummary> m_tasks; // newest (highest id) first
    QHash<qint64, int> m_rows;  // task id to row
    int m_count = 0;
    int m_running = 0;
    int m_retrying = 0;
    int m_attention = 0;
};

} // namespace vigil

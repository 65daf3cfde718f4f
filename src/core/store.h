#pragma once

#include "records.h"
#include "taskspec.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>
#include <functional>
#include <optional>
#include <vector>

namespace vigil {

// The checkpoint store of DESIGN §5: one SQLite file in WAL mode, schema migrated on
// PRAGMA user_version. One store object is one connection, used from the thread that
// opened it (which needs an event loop when writes are grouped).
//
// By default every method that changes state commits before it returns. With grouped
// commits, writes join one open transaction (each in its own savepoint, so a failed write
// undoes only itself) that commits when the window has passed since its first write —
// with a window of 0, at the next turn of the event loop, after everything already
// waiting there — or at commitNow(). While one group syncs to the disk the next one
// gathers, so thousands of writes a second cost a few syncs. afterCommit() runs what must
// wait for durability.
class CheckpointStore
{
public:
    static constexpr int kSchemaVersion = 3;

    CheckpointStore();
    ~CheckpointStore();
    CheckpointStore(const CheckpointStore &) = delete;
    CheckpointStore &operator=(const CheckpointStore &) = delete;

    static QString defaultPath();

    bool open(const QString &path);

    void groupCommits(int windowMs);
    void commitEachWrite();
    // Commits the open group now; false (and lastError()) when it could not be committed.
    bool commitNow();
    // Runs `then` once everything written so far is on the disk (at once when it is),
    // with false if the commit failed and the writes were lost.
    void afterCommit(std::function<void(bool durable)> then);
    qint64 commits() const { return m_commits; }
    // Fault injection for tests: the `operation`-th write or commit from now fails as a
    // full or broken disk would make it fail. 0 turns it off.
    void injectFaultAt(int operation);
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    QString journalMode();

    // Empty when no task does this work; lastError() tells a failed look-up from a miss.
    std::optional<TaskRecord> findTaskByKey(const QString &key);
    // Empty when there is no such task (lastError() says "no task N") or it cannot be read.
    std::optional<TaskRecord> loadTask(qint64 taskId);
    // Every task, or those of `ids`, newest first; empty with lastError() set when the
    // store cannot be read.
    QList<TaskSummary> listTasks(const QList<qint64> &ids = {});
    std::optional<qint64> createTask(const TaskSpec &spec);
    bool updateTaskSpec(qint64 taskId, const TaskSpec &spec);
    // Every state change clears a scheduled resume unless one is given.
    bool setTaskState(qint64 taskId, TaskState state, const QString &reason, qint64 resumeAt = 0);

    // Starts a fresh retry budget for every unfinished step: the user asked for another go.
    // A conversation's failed step is tried again; a batch's failed items stay failed, their
    // errors already written to the batch's output.
    bool resetBudgets(qint64 taskId);
    // Time spent offline or behind a backend's cool-down is not charged: the budget's start
    // moves forward by that much.
    bool creditWaitingTime(qint64 taskId, int step, qint64 waitedMs);
    // An attempt lost because the machine went offline is given back to the budget.
    bool refundAttempt(qint64 taskId, int step);

    // Records that an attempt is about to be sent and charges it to the step's budget.
    std::optional<qint64> beginAttempt(qint64 taskId, int step, const QString &model,
                                       const QString &requestId, qint64 startedAt);
    bool finishAttempt(qint64 attemptId, const AttemptEnd &end);
    // Write-ahead: the attempt's end and the step's output commit in one transaction.
    bool completeStep(qint64 attemptId, const AttemptEnd &end, const QString &output,
                      const QJsonObject &usage);
    bool failStep(qint64 attemptId, const AttemptEnd &end);
    // Attempts left open by a crash are closed as cancelled by the restart.
    bool closeDanglingAttempts(qint64 taskId, qint64 now);

    QList<AttemptRecord> attempts(qint64 taskId);

private:
    bool exec(const QString &sql);
    bool migrate();
    bool fail(const QString &what, const QString &detail);
    bool writeAttemptEnd(qint64 attemptId, const AttemptEnd &end);
    bool updateStepAfterAttempt(qint64 attemptId, const AttemptEnd &end, StepState stepState,
                                const QString &output, const QJsonObject &usage);
    bool commitOrRollback(bool ok);
    // Every change goes between these two: a transaction of its own, or a savepoint in
    // the open group.
    bool beginWrite();
    bool endWrite(bool ok);
    bool injectedFault();

    QString m_connectionName;
    QString m_path;
    QString m_lastError;
    bool m_grouping = false;
    bool m_inGroup = false;
    QTimer m_groupTimer;
    std::vector<std::function<void(bool)>> m_afterCommit;
    qint64 m_commits = 0;
    int m_operations = 0;
    int m_faultAt = 0;
};

} // namespace vigil

#pragma once

#include "storebackend.h"
#include "taskstore.h"
#include "timesource.h"

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace vigil {

// The checkpoint store of DESIGN §5: one SQLite file in WAL mode, schema migrated on
// PRAGMA user_version — or a PostgreSQL database named by a postgresql:// URL, the same
// records and migrations (StoreBackend says what differs). One store object is one
// connection, used from the thread that opened it (which needs an event loop when writes
// are grouped).
//
// By default every method that changes state commits before it returns. With grouped
// commits, writes join one open transaction (each in its own savepoint, so a failed write
// undoes only itself) that commits when the window has passed since its first write —
// with a window of 0, at the next turn of the event loop, after everything already
// waiting there — or at commitNow(). A group of patient writes only waits up to the
// patience. While one group syncs to the disk the next one gathers, so thousands of writes
// a second cost a few syncs. afterCommit() runs what must wait for durability.
class CheckpointStore : public TaskStore
{
public:
    static constexpr int kSchemaVersion = 8;

    // Tasks and states are stamped with the time of `clock`.
    explicit CheckpointStore(TimeSource &clock = TimeSource::system());
    ~CheckpointStore() override;

    static QString defaultPath();

    // A file path, or a postgresql:// URL (StoreBackend::isServerLocation()).
    bool open(const QString &location);

    void groupCommits(int windowMs, int patienceMs = 0,
                      std::function<bool()> companyExpected = {}) override;
    void setPatient(bool patient) override;
    void commitEachWrite();
    // How long grouped writes wait for company before their commit; -1 when every write
    // commits at once.
    int groupWindowMs() const { return m_grouping ? m_windowMs : -1; }
    int groupPatienceMs() const { return m_grouping ? m_patienceMs : -1; }
    bool commitNow() override;
    void afterCommit(std::function<void(bool durable)> then) override;
    qint64 commits() const { return m_commits; }
    // Fault injection for tests: the `operation`-th write or commit from now fails as a
    // full or broken disk would make it fail. 0 turns it off.
    void injectFaultAt(int operation);
    // Where the records are, as said to the user: the file, or the URL without its password.
    QString path() const { return m_path; }
    QString lastError() const override { return m_lastError; }
    bool connectionLost() const override { return m_connectionLost; }
    bool reconnect() override;
    // SQLite's journal mode ("wal"); empty for a server.
    QString journalMode();

    std::optional<TaskRecord> findTaskByKey(const QString &key) override;
    std::optional<TaskRecord> loadTask(qint64 taskId) override;
    QList<TaskSummary> listTasks(const QList<qint64> &ids = {}) override;
    QList<AttemptRecord> attempts(qint64 taskId) override;
    std::optional<Spend> spend(std::optional<qint64> taskId, qint64 since = 0) override;
    std::optional<Activity> activity(std::optional<qint64> taskId, qint64 since,
                                     qint64 until) override;
    std::optional<qint64> createTask(const TaskSpec &spec) override;
    bool updateTaskSpec(TaskRecord &task, const TaskSpec &spec) override;
    bool setTaskState(TaskRecord &task, TaskState state, const QString &reason,
                      qint64 resumeAt = 0) override;
    bool resetBudgets(TaskRecord &task) override;
    bool creditWaitingTime(qint64 taskId, StepRecord &step, qint64 waitedMs) override;
    bool refundAttempt(qint64 taskId, StepRecord &step) override;
    std::optional<qint64> beginAttempt(qint64 taskId, StepRecord &step, const QString &model,
                                       const QString &requestId, qint64 startedAt) override;
    std::optional<qint64> armAttempt(qint64 taskId, const StepRecord &step, const QString &model,
                                     const QString &requestId, qint64 armedAt) override;
    bool sendArmedAttempt(qint64 attemptId, qint64 taskId, StepRecord &step,
                          const QString &requestId, qint64 sentAt) override;
    bool withdrawArmedAttempts(const QList<qint64> &attemptIds) override;
    bool noteResponse(qint64 taskId, StepRecord &step, const QString &responseId) override;
    bool finishAttempt(qint64 attemptId, StepRecord &step, const AttemptEnd &end) override;
    bool completeStep(qint64 attemptId, StepRecord &step, const AttemptEnd &end,
                      const StepOutput &output) override;
    bool failStep(qint64 attemptId, StepRecord &step, const AttemptEnd &end) override;
    bool closeDanglingAttempts(TaskRecord &task, qint64 now) override;
    std::optional<qint64> beginProviderBatch(ProviderBatchRecord &batch,
                                             const QList<StepRecord *> &steps,
                                             const QStringList &requestIds,
                                             const QString &model) override;
    bool updateProviderBatch(const ProviderBatchRecord &batch) override;
    std::optional<QList<ProviderBatchRecord>> providerBatches(qint64 taskId) override;
    bool sharesWork() const override;
    bool claimLost() const override { return m_claimLost; }
    qint64 leaseMs() const override;
    QString workerId() const override { return m_worker; }
    std::unique_ptr<BackendPeers> shareCircuits(TimeSource &clock) override;
    std::optional<QList<StepRecord>> claimSteps(qint64 taskId, int limit) override;
    bool renewLeases(qint64 taskId) override;
    bool releaseLeases(qint64 taskId) override;
    std::optional<int> pendingSteps(qint64 taskId) override;
    std::optional<TaskProgress> progress(qint64 taskId, qint64 since) override;
    std::optional<QList<qint64>> workingTasks() override;
    std::optional<StoredTaskState> taskState(qint64 taskId) override;
    std::optional<QList<TaskWorker>> workers(qint64 taskId) override;

private:
    bool exec(const QString &sql);
    bool migrate();
    // Hears what other Vigils sharing a server store say (events()).
    void listen();
    // Tells them, at the commit, that steps of the task `taskIdSql` (SQL with one value,
    // `key`) changed.
    bool notifyOthers(const QString &taskIdSql, qint64 key);
    bool fail(const QString &what, const QString &detail);
    bool writeAttemptEnd(qint64 attemptId, const AttemptEnd &end);
    // Charges an attempt to its step's count and budget — under the lease `leaseId` (0:
    // whoever holds the step).
    bool chargeAttempt(qint64 taskId, int stepIndex, const QString &requestId, qint64 startedAt,
                       qint64 leaseId);
    // The write was refused: the step's lease is another worker's now.
    bool leaseLost(int stepIndex);
    // An attempt whose step was taken over keeps what it cost; its result is dropped.
    bool keepLostAttempt(qint64 attemptId);
    // Numbered with the step's count, or 0 for an attempt armed and not yet sent.
    std::optional<qint64> insertAttempt(qint64 taskId, int stepIndex, bool numbered,
                                        const QString &model, const QString &requestId,
                                        qint64 startedAt, qint64 providerBatch = 0);
    bool endAttempt(qint64 attemptId, StepRecord &step, StepState outcome, const AttemptEnd &end,
                    const StepOutput &output);
    bool commitOrRollback(bool ok);
    // Every change goes between these two: a transaction of its own, or a savepoint in
    // the open group.
    bool beginWrite();
    bool endWrite(bool ok);
    bool injectedFault();
    // The write `sql`, prepared once for this connection and kept: SQLite parses it once,
    // a server plans it once and is sent only its values after that.
    QSqlQuery &statement(const QString &sql);
    void forgetStatements(); // before the connection they belong to closes
    // Connects again before a read or a write when the server went away, unless a group
    // is open: its writes are lost, which its commit will say.
    bool usable();
    // A write or a wait that is not patient has its group commit within the window.
    void hurryUnlessPatient();
    // How long a write someone waits on may wait for company now.
    int windowMs() const;

    TimeSource &m_clock;
    std::unique_ptr<StoreBackend> m_backend;
    QString m_connectionName;
    QString m_location; // as opened: with its password
    QString m_path;
    QString m_lastError;
    bool m_grouping = false;
    bool m_inGroup = false;
    int m_windowMs = 0;
    int m_patienceMs = 0;
    std::function<bool()> m_companyExpected;
    int m_patient = 0;
    QTimer m_groupTimer;
    std::vector<std::function<void(bool)>> m_afterCommit;
    qint64 m_commits = 0;
    int m_operations = 0;
    int m_faultAt = 0;
    bool m_connectionLost = false;
    bool m_claimLost = false;
    QString m_worker; // this Vigil, as the leases it holds name it
    std::unordered_map<QString, QSqlQuery> m_statements;
    QSqlQuery m_unprepared; // what statement() gives when a statement cannot be prepared
};

} // namespace vigil

#pragma once

#include "activity.h"
#include "backendcircuit.h"
#include "records.h"
#include "taskspec.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace vigil {

// What a store hears of other Vigils sharing it.
class StoreEvents : public QObject
{
    Q_OBJECT
signals:
    // Another Vigil finished steps of the task, or gave up its leases on some.
    void stepsChanged(qint64 taskId);
};

// What the engine asks of a checkpoint store (DESIGN §5), whatever keeps the records:
// CheckpointStore keeps them in one SQLite file; a shared server store can fill the same
// seam. Every write that changes a task or a step takes its record and, once the write
// is done, leaves it as written: callers never mirror a write by hand, and a failed write
// leaves the record as it was.
//
// Writes may be grouped into one commit; afterCommit() runs what must wait until they
// are durable. lastError() says why the last call failed, in the user's language.
class TaskStore
{
public:
    TaskStore() = default;
    virtual ~TaskStore() = default;
    TaskStore(const TaskStore &) = delete;
    TaskStore &operator=(const TaskStore &) = delete;

    virtual QString lastError() const = 0;
    // Whether the last failure was that the database could not be reached (a server
    // stopped, a network cut): reconnect() may bring it back.
    virtual bool connectionLost() const = 0;
    // Opens the connection again, as open() did; what was written and not committed before
    // the loss is gone (afterCommit() callbacks waiting for it run with false). False, with
    // lastError(), when the database still cannot be used.
    virtual bool reconnect() = 0;

    // Writes made while handling one turn of the event loop (windowMs 0), or within
    // windowMs of the first, share a commit. Patient writes (see PatientWrites), which
    // nothing waits on but an output line, may wait up to patienceMs for company; any other
    // write brings the commit back within windowMs. While `companyExpected` (when given)
    // says that nothing under way could write soon, such a write commits at the next turn
    // of the event loop instead: a lone conversation's turn waits for no window.
    virtual void groupCommits(int windowMs, int patienceMs = 0,
                              std::function<bool()> companyExpected = {}) = 0;
    // Counts the PatientWrites alive; writes are patient while it is above zero.
    virtual void setPatient(bool patient) = 0;
    // Commits what is open now; false (and lastError()) when it could not be committed.
    virtual bool commitNow() = 0;
    // Runs `then` once everything written so far is durable (at once when it is), with
    // false if the commit failed and the writes were lost.
    virtual void afterCommit(std::function<void(bool durable)> then) = 0;

    // Empty when no task does this work; lastError() tells a failed look-up from a miss.
    virtual std::optional<TaskRecord> findTaskByKey(const QString &key) = 0;
    // Empty when there is no such task (lastError() says "no task N") or it cannot be
    // read. A task whose stored spec cannot be read loads without one, saying why.
    virtual std::optional<TaskRecord> loadTask(qint64 taskId) = 0;
    // Every task, or those of `ids`, newest first; empty with lastError() set when the
    // store cannot be read.
    virtual QList<TaskSummary> listTasks(const QList<qint64> &ids = {}) = 0;
    virtual QList<AttemptRecord> attempts(qint64 taskId) = 0;
    // What the attempts of a task (or of every task, without one) started at or after
    // `since` (ms since the epoch, UTC) spent; empty when the store cannot be read.
    virtual std::optional<Spend> spend(std::optional<qint64> taskId, qint64 since = 0) = 0;
    // What the attempts of a task (or of every task) did from `since` to `until`, in buckets
    // for a chart (activity.h): from the first attempt that still mattered then (one sent,
    // or one whose wait ran on), so that an old `since`, or 0, does not stretch the chart.
    // Empty when the store cannot be read.
    virtual std::optional<Activity> activity(std::optional<qint64> taskId, qint64 since,
                                             qint64 until) = 0;

    virtual std::optional<qint64> createTask(const TaskSpec &spec) = 0;
    virtual bool updateTaskSpec(TaskRecord &task, const TaskSpec &spec) = 0;
    // Every state change clears a scheduled resume unless one is given. When several Vigils
    // share the store, a running task's move from one working state (queued, running,
    // retrying, waiting for the network) to another does not write over a pause or cancel
    // another Vigil wrote meanwhile: it fails, saying so by claimLost().
    virtual bool setTaskState(TaskRecord &task, TaskState state, const QString &reason,
                              qint64 resumeAt = 0) = 0;

    // Starts a fresh retry budget for every unfinished step: the user asked for another go.
    // A conversation's failed step is tried again; a batch's failed items stay failed,
    // their errors already written to the batch's output.
    virtual bool resetBudgets(TaskRecord &task) = 0;
    // Time spent offline or behind a backend's cool-down is not charged: the budget's start
    // moves forward by that much.
    virtual bool creditWaitingTime(qint64 taskId, StepRecord &step, qint64 waitedMs) = 0;
    // An attempt lost because the machine went offline is given back to the budget.
    virtual bool refundAttempt(qint64 taskId, StepRecord &step) = 0;

    // Records that an attempt is about to be sent and charges it to the step's budget;
    // returns the attempt's id.
    virtual std::optional<qint64> beginAttempt(qint64 taskId, StepRecord &step,
                                               const QString &model, const QString &requestId,
                                               qint64 startedAt) = 0;
    // Records an attempt ahead of its send, so that many items' records share one commit
    // before any of them is sent; it is numbered and charged to its step when it is sent,
    // and leaves no trace when it is withdrawn unsent. Returns the attempt's id.
    virtual std::optional<qint64> armAttempt(qint64 taskId, const StepRecord &step,
                                             const QString &model, const QString &requestId,
                                             qint64 armedAt) = 0;
    // The armed attempt goes out now: what beginAttempt() records, on a record that is
    // already on the disk.
    virtual bool sendArmedAttempt(qint64 attemptId, qint64 taskId, StepRecord &step,
                                  const QString &requestId, qint64 sentAt) = 0;
    virtual bool withdrawArmedAttempts(const QList<qint64> &attemptIds) = 0;
    // The provider generates the step's reply as the background response `responseId`
    // (empty: none any more): a restart re-attaches to it instead of sending again.
    virtual bool noteResponse(qint64 taskId, StepRecord &step, const QString &responseId) = 0;
    // The attempt ended and the step waits for its next try (or the user).
    virtual bool finishAttempt(qint64 attemptId, StepRecord &step, const AttemptEnd &end) = 0;
    // Write-ahead: the attempt's end and the step's output commit in one transaction.
    virtual bool completeStep(qint64 attemptId, StepRecord &step, const AttemptEnd &end,
                              const StepOutput &output) = 0;
    virtual bool failStep(qint64 attemptId, StepRecord &step, const AttemptEnd &end) = 0;
    // Attempts left open by a crash are closed as cancelled by the restart; attempts armed
    // but not known to be sent count as sent.
    virtual bool closeDanglingAttempts(TaskRecord &task, qint64 now) = 0;

    // Provider batches. A batch's intent is recorded with an attempt for each of its
    // steps, charged to the step's budget (`requestIds` in the steps' order); returns its
    // id and fills its steps and attempts. Those attempts stay open while the provider
    // holds them: a restart does not close them.
    virtual std::optional<qint64> beginProviderBatch(ProviderBatchRecord &batch,
                                                     const QList<StepRecord *> &steps,
                                                     const QStringList &requestIds,
                                                     const QString &model) = 0;
    // Writes what the provider said: stage, ids, status, counts, times, error.
    virtual bool updateProviderBatch(const ProviderBatchRecord &batch) = 0;
    // The task's provider batches, oldest first; those not yet collected with their steps.
    virtual std::optional<QList<ProviderBatchRecord>> providerBatches(qint64 taskId) = 0;

    // Work shared with other Vigils (a server store): a pending step is sent only by the
    // worker holding its lease (claimSteps()), and a step's writes under a lease that has
    // passed to another worker are refused, saying so by claimLost(): the attempt's cost
    // is kept, its result dropped. Without sharing, steps carry no lease and need no claim.
    virtual bool sharesWork() const = 0;
    // Whether the last write failed because the step's lease is another worker's now.
    virtual bool claimLost() const = 0;
    // How long a lease lasts unless renewed, on the database's clock.
    virtual qint64 leaseMs() const = 0;
    // This Vigil, as its leases name it (host/pid/random).
    virtual QString workerId() const = 0;
    // Claims up to `limit` of the task's pending steps that no worker holds, first in
    // order — a lease that ran out is free; steps another worker is claiming at this moment
    // are passed over — and returns them as the store has them, each with its lease.
    // Empty when the store cannot be written.
    virtual std::optional<QList<StepRecord>> claimSteps(qint64 taskId, int limit) = 0;
    // Extends this worker's leases on the task's pending steps by leaseMs() from now.
    virtual bool renewLeases(qint64 taskId) = 0;
    // Gives up this worker's leases on the task: others may claim those steps at once.
    virtual bool releaseLeases(qint64 taskId) = 0;
    // The Vigils holding live leases on the task's steps, by name; empty when none does (or
    // the store shares no work), nothing when the store cannot be read.
    virtual std::optional<QList<TaskWorker>> workers(qint64 taskId) = 0;
    // How many of the task's steps are pending, whoever holds them.
    virtual std::optional<int> pendingSteps(qint64 taskId) = 0;
    // The task's pending steps and those completed at or after `since`, whoever did them.
    virtual std::optional<TaskProgress> progress(qint64 taskId, qint64 since) = 0;
    // The tasks being worked on (isWorking), whoever started them; nothing when the store
    // cannot be read.
    virtual std::optional<QList<qint64>> workingTasks() = 0;
    // The task's state, reason, model and spec version as stored now, whoever wrote them.
    virtual std::optional<StoredTaskState> taskState(qint64 taskId) = 0;
    // The backends' circuits shared with the other Vigils on this store: a cool-down one
    // meets holds them all, and one probe per cool-down goes for all. None (nullptr) when
    // the store shares no work. The circuits read the time from `clock`.
    virtual std::unique_ptr<BackendPeers> shareCircuits(TimeSource &clock) = 0;
    // Where the store says what other Vigils changed (LISTEN/NOTIFY on a server; a store
    // that cannot tell, or shares nothing, says nothing: sharing workers also poll).
    StoreEvents &events() { return m_events; }

private:
    StoreEvents m_events;
};

// While one lives (and is `patient`), the store's writes and waits may wait for its
// patience before they commit.
class PatientWrites
{
public:
    explicit PatientWrites(TaskStore &store, bool patient = true)
        : m_store(store), m_patient(patient)
    {
        if (m_patient)
            m_store.setPatient(true);
    }
    ~PatientWrites()
    {
        if (m_patient)
            m_store.setPatient(false);
    }
    PatientWrites(const PatientWrites &) = delete;
    PatientWrites &operator=(const PatientWrites &) = delete;

private:
    TaskStore &m_store;
    bool m_patient;
};

} // namespace vigil

#pragma once

#include "activity.h"
#include "records.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <functional>

namespace vigil {

class EngineWorker;
class SecretStore;

// A backend (provider and model) as its circuit last reported it.
struct BackendSummary
{
    QString name;  // "<base URL> <model>"
    QString state; // closed, open, probing, releasing, holding
    // What keeps requests away while it is not closed; Ok when nothing does.
    FailureClass failureClass = FailureClass::Ok;
    qint64 nextProbeAt = 0;
    int failures = 0;
    int waiting = 0;
    int concurrencyLimit = 0; // lowered after rate limits; 0 when no limit binds
};

// One task with its steps and attempts, for a detail view.
struct TaskDetail
{
    TaskRecord task;
    QList<AttemptRecord> attempts;
    Activity activity = {}; // from its first attempt to its end, or to now while it works
    Spend spend = {};       // every attempt of the task
    // Its batches at the provider's batch service ("via": "provider-batch"), oldest first.
    QList<ProviderBatchRecord> providerBatches;
    // The Vigils holding its steps now (a store shared by several); empty otherwise.
    QList<TaskWorker> workers;
};

// The engine, its store and its control socket on a thread of their own, so that commits
// and hundreds of streams never stall the window. The desktop reaches the engine only
// through this object: actions go in as control requests — the same ones `vigil` sends —
// and coarse updates come out at most every `kTickMs`.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTickMs = 200;

    struct Options
    {
        QString databasePath;
        QString socketPath; // empty: no control socket
        QString settingsPath;
    };

    explicit EngineHost(SecretStore *secrets, QObject *parent = nullptr);
    ~EngineHost() override;

    // Opens the store and the control socket on the engine's thread and continues the tasks
    // that were working when Vigil stopped. False, saying why, when either cannot be opened.
    bool start(const Options &options, QString *error);
    // Commits what the store holds and ends the thread; tasks stay as they are in the store
    // and continue at the next start.
    void stop();
    QString settingsPath() const { return m_settingsPath; }

    // Sends one control request ({"command": "pause", "id": 3}…); `done` gets the answer
    // on this object's thread. Without `done`, a refusal is reported by actionFailed().
    void request(const QJsonObject &request, std::function<void(const QJsonObject &)> done = {});
    // Adds and starts a task composed in the window, as the request {"command": "add"}
    // does for a task file; `done` gets the same answer.
    void addTask(const TaskSpec &spec, std::function<void(const QJsonObject &)> done);
    void probeBackend(const QString &backend);
    // Every task again through tasksListed(), for a view that starts listening late.
    void refreshAll();
    // The task whose steps and attempts taskDetailChanged() reports; 0 for none.
    void watchTask(qint64 taskId);
    // What every task did from `since` to now; `done` gets it on this object's thread
    // (empty, and actionFailed(), when the store cannot be read).
    void fetchActivity(qint64 since, std::function<void(const vigil::Activity &)> done);

signals:
    // Every task, at start and on refreshAll().
    void tasksListed(const QList<vigil::TaskSummary> &tasks);
    // The tasks that changed since the last tick, at most once a tick.
    void tasksChanged(const QList<vigil::TaskSummary> &tasks);
    void backendsChanged(const QList<vigil::BackendSummary> &backends);
    void taskDetailChanged(const vigil::TaskDetail &detail);
    void taskEnded(qint64 taskId, vigil::TaskState state, const QString &reason);
    // The engine warned early of a task's end: "spend_warning" or "deadline_warning", with
    // the engine's message (what it expects, and what would help); or one of the task's
    // provider batches ended: "provider_batch_ended", with its status and counts.
    void taskWarned(qint64 taskId, const QString &event, const QString &message);
    // Whether the engine has work left it does by itself (Engine::hasWork()).
    void workChanged(bool working);
    void actionFailed(const QString &error);
    // A second start of Vigil asked this one to show itself.
    void activationRequested();

private:
    // Runs `work` on the engine's thread, later; nothing when the host is not started.
    void post(std::function<void(EngineWorker &)> work);

    QThread m_thread;
    EngineWorker *m_worker = nullptr;
    SecretStore *m_secrets;
    QString m_settingsPath;
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::BackendSummary)
Q_DECLARE_METATYPE(vigil::TaskDetail)

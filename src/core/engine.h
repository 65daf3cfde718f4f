#pragma once

#include "backendcircuit.h"
#include "failureclass.h"
#include "networkaccess.h"
#include "spending.h"
#include "taskstore.h"
#include "timesource.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLockFile>
#include <QObject>
#include <QRandomGenerator>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace vigil {

class Reachability;
class SecretStore;
class TaskRunner;

// One entry of the observable event stream (DESIGN §8). Serialised as one JSON line.
struct EngineEvent
{
    QDateTime ts;
    qint64 task = 0; // 0 for events of no one task (a backend's circuit): "task": null
    QString event;
    int step = -1; // -1 where no step applies
    QJsonObject fields;

    QJsonObject toJson() const;
};

// The facade the CLI (and later the desktop) talks to. It owns the network access and
// runs tasks against the checkpoint store it is given; it is the only owner of retries.
class Engine : public QObject
{
    Q_OBJECT
public:
    // Without a reachability source the engine follows the system's. Its runners and
    // circuits read the time from `clock`; its requests go through managers `networks`
    // makes (plain QNetworkAccessManagers without it).
    explicit Engine(TaskStore &store, Reachability *reachability = nullptr,
                    QObject *parent = nullptr, TimeSource &clock = TimeSource::system(),
                    NetworkManagerFactory networks = {});
    ~Engine() override;

    // Where keys named by api_key_keychain are read; without one such tasks cannot start.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // The prices attempts are charged at from now on (the shipped ones until set), and the
    // cap on what all tasks together may spend in a day (empty: none).
    void setPrices(const PriceTable &prices) { m_spending.setPrices(prices); }
    const PriceTable &prices() const { return m_spending.prices(); }
    void setDailyCap(std::optional<double> usd) { m_spending.setDailyCap(usd); }

    // Finds the task doing this work, or creates it. The model, provider and retry
    // figures of `spec` apply to the steps still to run; completed steps are kept.
    std::optional<qint64> submit(const TaskSpec &spec, QString *error);

    // Runs a task. A paused, failed, cancelled or queued task starts with a fresh retry
    // budget (the user asked for it); a task that was running or retrying when Vigil
    // stopped continues where it was, honouring its retry schedule and budget.
    // A completed task ends at once without sending anything.
    bool start(qint64 taskId, QString *error);
    // From now on this Vigil takes up the tasks other Vigils sharing the store work on
    // (vigil serve): every queued or working task it does not run starts here too — a
    // live batch's items are shared, a conversation or a provider batch waits its turn and
    // takes over when its holder stops. It looks on each word from the store of steps
    // finished and every third of a lease. A task it cannot run here (its key is missing
    // on this machine, its spec cannot be read) is passed over, saying so once, and never
    // paused for the others. A joined batch writes its whole output in this Vigil's data
    // folder (outputs/<task key>.jsonl): the path the store names is the file of the
    // Vigil that started the task, on its machine. Nothing happens on a store that shares
    // no work.
    void joinSharedTasks();
    // When a running task will be done at its pace so far (TaskRunner::eta()); empty for
    // a task that is not running or has not shown its pace yet.
    std::optional<qint64> eta(qint64 taskId) const;
    bool isRunning(qint64 taskId) const
    {
        return m_runners.count(taskId) > 0 || m_awaitingKey.count(taskId) > 0 ||
               m_awaitingStore.count(taskId) > 0;
    }
    // Whether the engine has work it will do by itself: a task running or retrying, or
    // waiting for the network, a backend's cool-down, a quota's reset, its key or the store.
    bool hasWork() const
    {
        return !m_runners.empty() || !m_awaitingKey.empty() || !m_awaitingStore.empty();
    }

    // The user's actions of DESIGN §2. Each says in `error` why it does not apply.
    // Cancel aborts the attempt in flight at once and keeps completed outputs.
    bool cancel(qint64 taskId, QString *error = nullptr);
    // Pause aborts the attempts in flight and keeps everything completed; resume is start().
    bool pause(qint64 taskId, QString *error);
    // A retrying task tries now; a paused or failed one starts now with a fresh budget.
    bool retryNow(qint64 taskId, QString *error);
    // What the task may spend from now on. A task paused at its old cap, and under the new
    // one, resumes: the one click that raises a cap.
    bool setBudget(qint64 taskId, const SpendBudget &budget, QString *error);
    // The remaining steps use `model`, and `provider` when given; a conversation keeps its
    // context. A task that is running is paused and started again on the new model.
    bool switchModel(qint64 taskId, const QString &model, QString *error,
                     const std::optional<ProviderSpec> &provider = std::nullopt);
    // The same, once the provider's model list (GET …/models) says it offers `model`;
    // a provider without a list, or one that cannot be reached, is taken at its word.
    void switchModelChecked(qint64 taskId, const QString &model,
                            const std::optional<ProviderSpec> &provider,
                            std::function<void(bool ok, const QString &error)> done);

    // The provider's model list (GET …/models, with its key); `done` gets the model ids,
    // or an error saying what the provider answered. Empty without error: no list.
    void fetchModels(const ProviderSpec &provider,
                     std::function<void(const QStringList &models, const QString &error)> done);

    // The circuit shared by every step bound to this (provider, model) backend.
    BackendCircuit &circuit(const ProviderSpec &provider, const QString &model);
    // The name a backend's circuit and its backend_state events carry.
    static QString backendName(const ProviderSpec &provider, const QString &model);
    // The backend's circuit when a step has been bound to it since the engine started.
    const BackendCircuit *findCircuit(const QString &backend) const;
    // A backend cooling down (or holding for its limit) is probed now; `backend` is the
    // name its backend_state events carry.
    bool probeBackend(const QString &backend, QString *error);
    int networkManagers() const;
    int liveReplies() const;

signals:
    void eventOccurred(const vigil::EngineEvent &event);
    void taskEnded(qint64 taskId, vigil::TaskState state, const QString &reason);
    // A backend's circuit changed; a backend_state event says the same in the event stream.
    void backendChanged(const vigil::BackendStatus &status);
    // hasWork() changed: what keeps the computer awake follows it.
    void workChanged(bool working);

private:
    void emitEvent(qint64 taskId, const QString &name, int step, const QJsonObject &fields);
    void runnerEnded(qint64 taskId, TaskState state, const QString &reason);
    // start() and launch() on a task as loaded a moment ago (loading one is all its steps).
    bool startLoaded(TaskRecord task, QString *error);
    bool launch(qint64 taskId, const QString &apiKey, QString *error);
    bool launch(TaskRecord task, const QString &apiKey, QString *error);
    // Marks a task that could not start paused, saying why, as a runner would.
    void pauseForUser(qint64 taskId, const QString &reason);
    // Says workChanged() when hasWork() is not what it last said.
    void noteWork();
    // The task stopped because its server store went away: it starts again once the store
    // reconnects, tried after 1 s, then less and less often (up to every 30 s).
    void waitForStore(qint64 taskId);
    void reconnectStore();
    // The key of a task could not be found: a task the user started pauses saying so; a
    // task joined from another Vigil is passed over.
    void keyMissing(qint64 taskId, const QString &reason);
    void lookForSharedTasks();
    void join(qint64 taskId);
    // Where a joined batch's output goes on this machine (see joinSharedTasks()).
    static QString joinedOutput(const TaskRecord &task);
    // Takes the lock beside a batch's output for this Vigil while it runs the task: two
    // Vigils on one machine never write one file. False, saying why, when another holds it.
    bool lockOutput(qint64 taskId, const QString &path, QString *error);
    void fetchModelsWithKey(const ProviderSpec &provider, const QString &apiKey,
                            std::function<void(const QStringList &, const QString &)> done);

    TaskStore &m_store;
    TimeSource &m_clock;
    std::unique_ptr<NetworkAccess> m_network;
    std::unique_ptr<Reachability> m_ownReachability;
    Reachability *m_reachability;
    QRandomGenerator m_random;
    // Other Vigils sharing the store share the circuits; none when the store is this one's.
    std::unique_ptr<BackendPeers> m_peers;
    // Circuits outlive the runners waiting on them.
    std::map<QString, std::unique_ptr<BackendCircuit>> m_circuits;
    std::map<qint64, std::unique_ptr<TaskRunner>> m_runners;
    // Runners that ended, inside their own signal: deleted at the next turn of the event
    // loop, or with the engine — never after it, since they use its parts.
    std::vector<std::unique_ptr<TaskRunner>> m_endedRunners;
    std::set<qint64> m_restartWhenEnded; // paused to switch model: start again at once
    std::set<qint64> m_awaitingKey;      // started, waiting for the keychain to give the key
    std::set<qint64> m_awaitingStore;    // stopped by a lost store, to start again with it
    std::map<qint64, QString> m_outputs; // batch → the output file submitted here
    std::map<qint64, std::unique_ptr<QLockFile>> m_outputLocks; // held while running here
    bool m_joins = false;                                       // joinSharedTasks() was asked for
    std::set<qint64> m_joining;                                 // joined, its key not read yet
    std::set<qint64> m_passedOver; // joined tasks this Vigil cannot run
    std::unique_ptr<TimeSourceTimer> m_joinTimer;
    std::unique_ptr<TimeSourceTimer> m_storeTimer;
    qint64 m_storeDelayMs = 0;
    SecretStore *m_secrets = nullptr;
    Spending m_spending;
    bool m_working = false; // what workChanged() last said
};

} // namespace vigil

Q_DECLARE_METATYPE(vigil::EngineEvent)
Q_DECLARE_METATYPE(vigil::TaskState)

#include "engine.h"

#include "backendcircuit.h"
#include "logging.h"
#include "networkaccess.h"
#include "reachability.h"
#include "secretstore.h"
#include "taskrunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace vigil {

namespace {

// How long the first write of a group waits for company before it commits: what a send
// or a conversation's next turn waits on commits within the window, so a step that takes
// seconds is slowed by a few milliseconds at most.
constexpr int kGroupCommitWindowMs = 4;
// How long a batch item's result, which only its output line waits for, may wait for
// company. A crash loses at most this much of results (their items are sent again).
constexpr int kGroupCommitPatienceMs = 100;
// How soon a server store that went away is tried again, and at most how long apart.
constexpr qint64 kStoreRetryFirstMs = 1000;
constexpr qint64 kStoreRetryMaxMs = 30'000;

} // namespace

QJsonObject EngineEvent::toJson() const
{
    QJsonObject object{
        {QStringLiteral("ts"), ts.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("task"), task > 0 ? QJsonValue(task) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("event"), event}};
    if (step >= 0)
        object.insert(QStringLiteral("step"), step);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

Engine::Engine(TaskStore &store, Reachability *reachability, QObject *parent, TimeSource &clock,
               NetworkManagerFactory networks)
    : QObject(parent), m_store(store), m_clock(clock),
      m_network(std::make_unique<NetworkAccess>(std::move(networks))),
      m_ownReachability(reachability ? nullptr : std::make_unique<Reachability>()),
      m_reachability(reachability ? reachability : m_ownReachability.get()),
      m_random(QRandomGenerator::securelySeeded()), m_storeTimer(clock.createTimer()),
      m_spending(store, clock)
{
    qRegisterMetaType<vigil::EngineEvent>();
    connect(m_storeTimer.get(), &TimeSourceTimer::timeout, this, &Engine::reconnectStore);
    // Writes made within a few milliseconds share a commit: many steps ending together
    // cost one sync to the disk. With no request under way no company is coming.
    m_store.groupCommits(kGroupCommitWindowMs, kGroupCommitPatienceMs,
                         [network = QPointer<NetworkAccess>(m_network.get())] {
                             return network && network->busy();
                         });
}

Engine::~Engine()
{
    m_endedRunners.clear();
    m_runners.clear();
    m_store.commitNow();
}

std::optional<qint64> Engine::submit(const TaskSpec &spec, QString *error)
{
    // This Vigil writes the batch's output where it was told, whatever another Vigil sharing
    // the store was told.
    const auto remember = [this, &spec](qint64 id) {
        if (spec.batch)
            m_outputs[id] = spec.batch->output;
        return id;
    };
    if (auto existing = m_store.findTaskByKey(spec.workKey())) {
        if (!m_store.updateTaskSpec(*existing, spec) || !m_store.commitNow()) {
            *error = m_store.lastError();
            return std::nullopt;
        }
        return remember(existing->id);
    }
    if (!m_store.lastError().isEmpty()) {
        *error = m_store.lastError();
        return std::nullopt;
    }
    const auto id = m_store.createTask(spec);
    if (!id || !m_store.commitNow()) {
        *error = m_store.lastError();
        // Another Vigil sharing the store may have added the same work a moment earlier.
        if (m_store.sharesWork() && !m_store.connectionLost()) {
            if (auto added = m_store.findTaskByKey(spec.workKey()))
                return remember(added->id);
        }
        return std::nullopt;
    }
    remember(*id);
    emitEvent(*id, QStringLiteral("task_state"), -1,
              {{QStringLiteral("state"), taskStateName(TaskState::Queued)},
               {QStringLiteral("reason"), QStringLiteral("added")}});
    return id;
}

bool Engine::start(qint64 taskId, QString *error)
{
    if (isRunning(taskId)) {
        *error = tr("task %1 is already running").arg(taskId);
        return false;
    }
    auto task = m_store.loadTask(taskId);
    if (!task) {
        *error = m_store.lastError();
        return false;
    }
    return startLoaded(std::move(*task), error);
}

bool Engine::startLoaded(TaskRecord task, QString *error)
{
    const qint64 taskId = task.id;
    const auto &spec = task.spec;
    if (!spec) {
        *error = task.specProblem;
        return false;
    }

    // A completed batch still runs: its output file is brought up to date with the store.
    if (task.state == TaskState::Completed && !spec->isBatch()) {
        emitEvent(taskId, QStringLiteral("task_state"), -1,
                  {{QStringLiteral("state"), taskStateName(TaskState::Completed)},
                   {QStringLiteral("reason"), task.reason}});
        QMetaObject::invokeMethod(
            this,
            [this, taskId, reason = task.reason] {
                emit taskEnded(taskId, TaskState::Completed, reason);
            },
            Qt::QueuedConnection);
        return true;
    }

    const ProviderSpec &provider = spec->provider;
    if (!provider.apiKeyKeychain.isEmpty()) {
        if (!m_secrets) {
            *error = tr("the key \"%1\" is in the keychain, and this Vigil has no "
                        "keychain")
                         .arg(provider.apiKeyKeychain);
            return false;
        }
        // The task counts as running while the keychain answers, so that a second start,
        // a pause or a cancel meanwhile finds it.
        m_awaitingKey.insert(taskId);
        noteWork();
        m_secrets->readKey(
            provider.apiKeyKeychain, [this, guard = QPointer<Engine>(this),
                                      taskId](const QString &key, const QString &keyError) {
                if (!guard || m_awaitingKey.erase(taskId) == 0)
                    return; // paused or cancelled while the keychain answered
                QString launchError = keyError;
                if (keyError.isEmpty() && launch(taskId, key, &launchError))
                    return;
                keyMissing(taskId, tr("the API key could not be read: ") + launchError);
            });
        return true;
    }
    QString apiKey;
    if (!provider.apiKeyEnv.isEmpty()) {
        apiKey = qEnvironmentVariable(provider.apiKeyEnv.toLocal8Bit().constData());
        if (apiKey.isEmpty()) {
            // As a missing keychain entry: the task pauses saying why, nothing is sent, and
            // a resume once the key is there goes on.
            const QString reason =
                tr("the API key could not be read: the environment variable %1, named by "
                   "provider.api_key_env, is not set; set it where Vigil runs, then resume")
                    .arg(provider.apiKeyEnv);
            QMetaObject::invokeMethod(
                this, [this, taskId, reason] { keyMissing(taskId, reason); }, Qt::QueuedConnection);
            return true;
        }
    }
    return launch(std::move(task), apiKey, error);
}

bool Engine::launch(qint64 taskId, const QString &apiKey, QString *error)
{
    auto task = m_store.loadTask(taskId);
    if (!task) {
        *error = m_store.lastError();
        return false;
    }
    return launch(std::move(*task), apiKey, error);
}

bool Engine::launch(TaskRecord task, const QString &apiKey, QString *error)
{
    const qint64 taskId = task.id;
    const bool interrupted = task.state == TaskState::Running ||
                             task.state == TaskState::Retrying ||
                             task.state == TaskState::WaitingForNetwork;
    // The next group commit carries these writes: a thousand tasks continuing at start-up
    // share one sync instead of a thousand.
    const qint64 now = m_clock.nowMs();
    if (!m_store.closeDanglingAttempts(task, now) ||
        (!interrupted && !m_store.resetBudgets(task))) {
        *error = m_store.lastError();
        return false;
    }
    if (!task.spec) {
        *error = task.specProblem;
        return false;
    }
    if (const auto output = m_outputs.find(taskId); output != m_outputs.end() && task.spec->batch)
        task.spec->batch->output = output->second;
    if (task.spec->batch && !lockOutput(taskId, task.spec->batch->output, error))
        return false;
    m_joining.erase(taskId);
    qCInfo(lcEngine).noquote() << "starting task" << taskId << task.name << "from state"
                               << taskStateName(task.state)
                               << (interrupted ? "(continuing its schedule)"
                                               : "(fresh retry budget)");
    BackendCircuit &backend = circuit(task.spec->provider, task.spec->model);
    auto runner =
        std::make_unique<TaskRunner>(m_store, *m_network, *m_reachability, backend, m_random,
                                     m_clock, m_spending, std::move(task), apiKey);
    TaskRunner *raw = runner.get();
    connect(raw, &TaskRunner::eventOccurred, this, &Engine::emitEvent);
    connect(raw, &TaskRunner::ended, this, &Engine::runnerEnded);
    connect(raw, &TaskRunner::specChanged, this,
            [this](qint64 id) { m_restartWhenEnded.insert(id); });
    m_runners.emplace(taskId, std::move(runner));
    noteWork();
    // Runs from the event loop, so that start() never reports an end before it returns.
    QMetaObject::invokeMethod(raw, &TaskRunner::run, Qt::QueuedConnection);
    return true;
}

void Engine::keyMissing(qint64 taskId, const QString &reason)
{
    const bool joined = m_joining.erase(taskId) > 0;
    // Other Vigils holding its steps run it with keys of their own: the key missing here
    // stops only this one.
    const bool othersRunIt =
        joined ||
        (m_store.sharesWork() && !m_store.workers(taskId).value_or(QList<TaskWorker>()).isEmpty());
    if (!othersRunIt) {
        pauseForUser(taskId, reason);
        return;
    }
    m_passedOver.insert(taskId);
    qCWarning(lcEngine).noquote() << "task" << taskId << "is not taken up here:" << reason;
    noteWork();
    if (!joined)
        emit taskEnded(taskId, TaskState::Paused, TaskRunner::leftToOthers(reason));
}

bool Engine::lockOutput(qint64 taskId, const QString &path, QString *error)
{
    auto &lock = m_outputLocks[taskId];
    const QString lockPath = path + QStringLiteral(".lock");
    if (lock && lock->fileName() == lockPath)
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_outputLocks.erase(taskId);
        *error = tr("cannot create the folder of the output file %1").arg(path);
        return false;
    }
    auto taken = std::make_unique<QLockFile>(lockPath);
    taken->setStaleLockTime(0); // held as long as its Vigil lives, however long that is
    if (!taken->tryLock(0)) {
        m_outputLocks.erase(taskId);
        *error = taken->error() == QLockFile::LockFailedError
                     ? tr("another Vigil on this machine writes the output file %1; stop it, "
                          "or name another output")
                           .arg(path)
                     : tr("cannot lock the output file %1 (%2)").arg(path, lockPath);
        return false;
    }
    lock = std::move(taken);
    return true;
}

void Engine::joinSharedTasks()
{
    if (m_joins || !m_store.sharesWork())
        return;
    m_joins = true;
    m_joinTimer = m_clock.createTimer();
    connect(m_joinTimer.get(), &TimeSourceTimer::timeout, this, &Engine::lookForSharedTasks);
    m_joinTimer->start(0);
    connect(&m_store.events(), &StoreEvents::stepsChanged, this, [this](qint64 taskId) {
        if (isRunning(taskId) || m_passedOver.count(taskId) > 0)
            return;
        const auto stored = m_store.taskState(taskId);
        if (stored && isWorking(stored->state))
            join(taskId);
    });
}

void Engine::lookForSharedTasks()
{
    m_joinTimer->start(m_store.leaseMs() / 3);
    for (const qint64 id : m_store.workingTasks().value_or(QList<qint64>())) {
        if (!isRunning(id) && m_passedOver.count(id) == 0)
            join(id);
    }
}

void Engine::join(qint64 taskId)
{
    if (m_joining.count(taskId) > 0)
        return; // taken up already, its key still being read
    auto task = m_store.loadTask(taskId);
    if (!task)
        return; // the store's failure is the running tasks' to meet
    if (!task->spec) {
        m_passedOver.insert(taskId);
        qCWarning(lcEngine).noquote()
            << "task" << taskId << "is not taken up here:" << task->specProblem;
        return;
    }
    // An output this Vigil was given for the task earlier in its life stays its output.
    if (task->spec->batch && m_outputs.count(taskId) == 0)
        m_outputs[taskId] = joinedOutput(*task);
    qCInfo(lcEngine).noquote() << "taking up task" << taskId << task->name
                               << "with the other Vigils sharing the store";
    m_joining.insert(taskId);
    QString error;
    if (!startLoaded(std::move(*task), &error)) {
        m_joining.erase(taskId);
        m_passedOver.insert(taskId);
        qCWarning(lcEngine).noquote() << "task" << taskId << "is not taken up here:" << error;
    }
}

QString Engine::joinedOutput(const TaskRecord &task)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]"));
    QString name = task.key;
    name.replace(unsafe, QStringLiteral("_"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("outputs/%1.jsonl").arg(name));
}

void Engine::pauseForUser(qint64 taskId, const QString &reason)
{
    qCWarning(lcEngine).noquote() << "task" << taskId << "paused:" << reason;
    auto task = m_store.loadTask(taskId);
    if (!task || !m_store.setTaskState(*task, TaskState::Paused, reason) || !m_store.commitNow())
        qCWarning(lcEngine).noquote()
            << "task" << taskId << "could not be marked paused:" << m_store.lastError();
    emitEvent(taskId, QStringLiteral("task_state"), -1,
              {{QStringLiteral("state"), taskStateName(TaskState::Paused)},
               {QStringLiteral("reason"), reason}});
    noteWork();
    emit taskEnded(taskId, TaskState::Paused, reason);
}

void Engine::noteWork()
{
    if (hasWork() == m_working)
        return;
    m_working = !m_working;
    emit workChanged(m_working);
}

namespace {

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool Engine::cancel(qint64 taskId, QString *error)
{
    if (m_awaitingKey.erase(taskId) > 0)
        noteWork();
    if (const auto it = m_runners.find(taskId); it != m_runners.end()) {
        it->second->cancel();
        return true;
    }
    auto task = m_store.loadTask(taskId);
    if (!task)
        return setError(error, m_store.lastError());
    if (task->state == TaskState::Completed || task->state == TaskState::Cancelled)
        return setError(error,
                        tr("task %1 is %2 already").arg(taskId).arg(taskStateLabel(task->state)));
    const QString reason = tr("cancelled by the user; completed steps are kept");
    if (!m_store.setTaskState(*task, TaskState::Cancelled, reason) || !m_store.commitNow())
        return setError(error, m_store.lastError());
    if (m_awaitingStore.erase(taskId) > 0)
        noteWork();
    emitEvent(taskId, QStringLiteral("task_state"), -1,
              {{QStringLiteral("state"), taskStateName(TaskState::Cancelled)},
               {QStringLiteral("reason"), reason}});
    emit taskEnded(taskId, TaskState::Cancelled, reason);
    return true;
}

bool Engine::pause(qint64 taskId, QString *error)
{
    if (m_awaitingKey.erase(taskId) > 0 || m_awaitingStore.erase(taskId) > 0) {
        pauseForUser(taskId, tr("paused by the user; completed steps are kept"));
        return true;
    }
    const auto it = m_runners.find(taskId);
    if (it == m_runners.end()) {
        const auto task = m_store.loadTask(taskId);
        if (!task)
            return setError(error, m_store.lastError());
        return setError(error, tr("task %1 is %2; only a running task can be paused")
                                   .arg(taskId)
                                   .arg(taskStateLabel(task->state)));
    }
    it->second->pause();
    return true;
}

bool Engine::retryNow(qint64 taskId, QString *error)
{
    if (m_awaitingKey.count(taskId))
        return true; // it starts as soon as the keychain answers
    if (m_awaitingStore.count(taskId)) {
        m_storeTimer->start(0); // the store is tried now
        return true;
    }
    if (const auto it = m_runners.find(taskId); it != m_runners.end()) {
        it->second->retryNow();
        return true;
    }
    const auto task = m_store.loadTask(taskId);
    if (!task)
        return setError(error, m_store.lastError());
    if (task->state != TaskState::Paused && task->state != TaskState::Failed)
        return setError(error, tr("task %1 is %2; retry-now applies to a retrying, "
                                  "paused or failed task")
                                   .arg(taskId)
                                   .arg(taskStateLabel(task->state)));
    QString startError;
    return start(taskId, error ? error : &startError);
}

bool Engine::switchModel(qint64 taskId, const QString &model, QString *error,
                         const std::optional<ProviderSpec> &provider)
{
    auto task = m_store.loadTask(taskId);
    if (!task)
        return setError(error, m_store.lastError());
    if (task->state == TaskState::Completed || task->state == TaskState::Cancelled)
        return setError(error, tr("task %1 is %2; there is nothing left to run")
                                   .arg(taskId)
                                   .arg(taskStateLabel(task->state)));
    if (model.trimmed().isEmpty())
        return setError(error, tr("the model must not be empty"));
    if (!task->spec)
        return setError(error, task->specProblem);
    TaskSpec spec = *task->spec;
    spec.model = model;
    QJsonObject fields{{QStringLiteral("model"), model}};
    if (provider) {
        spec.provider = *provider;
        fields.insert(QStringLiteral("base_url"), provider->baseUrl.toString());
    }
    if (!m_store.updateTaskSpec(*task, spec) || !m_store.commitNow())
        return setError(error, m_store.lastError());
    emitEvent(taskId, QStringLiteral("model_switched"), -1, fields);
    if (const auto it = m_runners.find(taskId); it != m_runners.end()) {
        m_restartWhenEnded.insert(taskId);
        // On a shared store a pause would stop the other Vigils running the task: they see
        // the new spec instead, and start again on it as this one does.
        if (m_store.sharesWork())
            it->second->switchOver();
        else
            it->second->pause();
    } else if (m_awaitingKey.erase(taskId) > 0) {
        QString startError;
        const bool started = start(taskId, error ? error : &startError); // the new provider's key
        noteWork();
        return started;
    }
    return true;
}

std::optional<qint64> Engine::eta(qint64 taskId) const
{
    const auto it = m_runners.find(taskId);
    return it == m_runners.end() ? std::nullopt : it->second->eta();
}

bool Engine::setBudget(qint64 taskId, const SpendBudget &budget, QString *error)
{
    auto task = m_store.loadTask(taskId);
    if (!task)
        return setError(error, m_store.lastError());
    if (!task->spec)
        return setError(error, task->specProblem);
    const auto spent = m_store.spend(taskId);
    if (!spent)
        return setError(error, m_store.lastError());
    const bool heldByCap = task->state == TaskState::Paused && spent->reaches(task->spec->budget);
    TaskSpec spec = *task->spec;
    spec.budget = budget;
    if (!m_store.updateTaskSpec(*task, spec) || !m_store.commitNow())
        return setError(error, m_store.lastError());
    emitEvent(taskId, QStringLiteral("budget_changed"), -1, budget.toJson());
    if (const auto it = m_runners.find(taskId); it != m_runners.end()) {
        it->second->setBudget(budget);
        return true;
    }
    if (heldByCap && !spent->reaches(budget))
        return start(taskId, error);
    return true;
}

void Engine::switchModelChecked(qint64 taskId, const QString &model,
                                const std::optional<ProviderSpec> &newProvider,
                                std::function<void(bool, const QString &)> done)
{
    const auto task = m_store.loadTask(taskId);
    const std::optional<TaskSpec> spec = task ? task->spec : std::nullopt;
    if (!spec) {
        QString error;
        const bool ok = switchModel(taskId, model, &error, newProvider); // says what is wrong
        done(ok, error);
        return;
    }
    const ProviderSpec provider = newProvider.value_or(spec->provider);
    fetchModels(provider, [this, guard = QPointer<Engine>(this), taskId, model, newProvider,
                           where = provider.baseUrl.toString(),
                           done = std::move(done)](const QStringList &offered, const QString &) {
        if (!guard)
            return;
        if (!offered.isEmpty() && !offered.contains(model)) {
            done(false, tr("the provider at %1 does not offer the model \"%2\"; it "
                           "offers: %3")
                            .arg(where, model, offered.join(QStringLiteral(", "))));
            return;
        }
        QString error;
        const bool ok = switchModel(taskId, model, &error, newProvider);
        done(ok, error);
    });
}

void Engine::fetchModels(const ProviderSpec &provider,
                         std::function<void(const QStringList &, const QString &)> done)
{
    if (!provider.apiKeyKeychain.isEmpty() && m_secrets) {
        m_secrets->readKey(provider.apiKeyKeychain,
                           [this, guard = QPointer<Engine>(this), provider,
                            done = std::move(done)](const QString &key, const QString &) {
                               if (guard)
                                   fetchModelsWithKey(provider, key, done);
                           });
        return;
    }
    fetchModelsWithKey(provider,
                       provider.apiKeyEnv.isEmpty()
                           ? QString()
                           : qEnvironmentVariable(provider.apiKeyEnv.toLocal8Bit().constData()),
                       std::move(done));
}

void Engine::fetchModelsWithKey(const ProviderSpec &provider, const QString &apiKey,
                                std::function<void(const QStringList &, const QString &)> done)
{
    const auto adapter = ProtocolAdapter::create(provider.protocol);
    QUrl url = provider.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                QStringLiteral("/models"));
    QNetworkRequest request = m_network->newRequest(
        url, QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("models"));
    request.setTransferTimeout(10'000);
    adapter->authorize(request, apiKey);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, url, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonArray data = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QLatin1String("data"))
                                    .toArray();
        QStringList offered;
        for (const auto &entry : data) {
            const QString id = entry.toObject().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                offered.append(id);
        }
        if (status == 200)
            done(offered, {});
        else
            done({}, tr("%1 answered %2")
                         .arg(url.toString(),
                              status > 0 ? tr("HTTP %1").arg(status) : reply->errorString()));
    });
}

QString Engine::backendName(const ProviderSpec &provider, const QString &model)
{
    return QStringLiteral("%1 %2").arg(provider.baseUrl.toString(), model);
}

const BackendCircuit *Engine::findCircuit(const QString &backend) const
{
    const auto it = m_circuits.find(backend);
    return it == m_circuits.end() ? nullptr : it->second.get();
}

BackendCircuit &Engine::circuit(const ProviderSpec &provider, const QString &model)
{
    const QString name = backendName(provider, model);
    auto &slot = m_circuits[name];
    if (!slot) {
        slot = std::make_unique<BackendCircuit>(name, m_random, m_clock);
        BackendCircuit *circuit = slot.get();
        connect(circuit, &BackendCircuit::stateChanged, this, [this, circuit] {
            const BackendStatus status = circuit->status();
            emit backendChanged(status);
            QJsonObject fields{{QStringLiteral("backend"), status.name},
                               {QStringLiteral("state"), BackendCircuit::stateName(status.state)},
                               {QStringLiteral("failures"), status.failures},
                               {QStringLiteral("waiting"), status.waiting},
                               {QStringLiteral("in_flight"), status.inFlight}};
            if (status.concurrencyLimit > 0)
                fields.insert(QStringLiteral("concurrency_limit"), status.concurrencyLimit);
            if (status.failureClass != FailureClass::Ok)
                fields.insert(QStringLiteral("class"), failureClassName(status.failureClass));
            if (status.nextProbeAt > 0)
                fields.insert(QStringLiteral("next_probe_at"),
                              QDateTime::fromMSecsSinceEpoch(status.nextProbeAt, Qt::UTC)
                                  .toString(Qt::ISODateWithMs));
            emitEvent(0, QStringLiteral("backend_state"), -1, fields);
        });
        if (!m_peers)
            m_peers = m_store.shareCircuits(m_clock);
        circuit->setPeers(m_peers.get());
    }
    return *slot;
}

bool Engine::probeBackend(const QString &backend, QString *error)
{
    const auto it = m_circuits.find(backend);
    if (it == m_circuits.end())
        return setError(error, tr("no backend \"%1\"").arg(backend));
    const auto state = it->second->state();
    if (state != BackendCircuit::State::Open && state != BackendCircuit::State::Holding)
        return setError(error, tr("%1 is not cooling down").arg(backend));
    it->second->probeNow();
    return true;
}

int Engine::networkManagers() const
{
    return m_network->managerCount();
}

int Engine::liveReplies() const
{
    return m_network->liveReplies();
}

void Engine::emitEvent(qint64 taskId, const QString &name, int step, const QJsonObject &fields)
{
    emit eventOccurred(EngineEvent{QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC), taskId,
                                   name, step, fields});
}

void Engine::waitForStore(qint64 taskId)
{
    m_restartWhenEnded.erase(taskId); // its new model is in the store already
    m_awaitingStore.insert(taskId);
    if (!m_storeTimer->isActive()) {
        m_storeDelayMs = kStoreRetryFirstMs;
        m_storeTimer->start(m_storeDelayMs);
    }
}

void Engine::reconnectStore()
{
    if (m_awaitingStore.empty())
        return;
    if (m_store.connectionLost() && !m_store.reconnect()) {
        if (m_store.connectionLost()) {
            qCInfo(lcEngine).noquote() << "the store is still away:" << m_store.lastError();
            m_storeDelayMs = std::min(m_storeDelayMs * 2, kStoreRetryMaxMs);
            m_storeTimer->start(m_storeDelayMs);
            return;
        }
        // It answers but cannot be used (another Vigil holds it, a newer schema…): the
        // tasks wait for the user, saying why.
        const QString reason = tr("the checkpoint store failed: %1").arg(m_store.lastError());
        for (const qint64 taskId : std::exchange(m_awaitingStore, {})) {
            emitEvent(taskId, QStringLiteral("task_state"), -1,
                      {{QStringLiteral("state"), taskStateName(TaskState::Paused)},
                       {QStringLiteral("reason"), reason}});
            emit taskEnded(taskId, TaskState::Paused, reason);
        }
        noteWork();
        return;
    }
    for (const qint64 taskId : std::exchange(m_awaitingStore, {})) {
        QString error;
        if (start(taskId, &error))
            continue;
        if (m_store.connectionLost())
            waitForStore(taskId); // gone again: tried again later, as before
        else
            pauseForUser(taskId, error);
    }
    noteWork();
}

void Engine::runnerEnded(qint64 taskId, TaskState state, const QString &reason)
{
    const auto it = m_runners.find(taskId);
    if (it != m_runners.end()) {
        if (it->second->endedHere()) {
            // The others go on with it; this Vigil, whose output failed, does not take it
            // up again.
            m_passedOver.insert(taskId);
            qCWarning(lcEngine).noquote()
                << "task" << taskId << "is left to the other Vigils sharing it:" << reason;
        }
        m_endedRunners.push_back(std::move(it->second));
        m_runners.erase(it);
        if (m_endedRunners.size() == 1)
            QMetaObject::invokeMethod(
                this, [this] { m_endedRunners.clear(); }, Qt::QueuedConnection);
    }
    if (state == TaskState::WaitingForNetwork && m_store.connectionLost()) {
        waitForStore(taskId);
        return;
    }
    if (m_restartWhenEnded.count(taskId) == 0)
        m_outputLocks.erase(taskId);
    if (m_restartWhenEnded.erase(taskId) > 0 && (state == TaskState::Paused || isWorking(state))) {
        QString error;
        if (start(taskId, &error))
            return;
        qCWarning(lcEngine).noquote() << "task" << taskId << "did not restart:" << error;
    }
    noteWork();
    emit taskEnded(taskId, state, reason);
}

} // namespace vigil

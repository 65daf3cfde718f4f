#include "enginehost.h"

#include <QLocale>

#include "controlserver.h"
#include "engine.h"
#include "logging.h"
#include "store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <map>
#include <memory>
#include <set>

namespace vigil {

// Lives on the host's thread: everything that touches the store or the network.
class EngineWorker : public QObject
{
    Q_OBJECT
public:
    EngineWorker(EngineHost &host, SecretStore *secrets)
        : m_host(host), m_secrets(secrets), m_tick(this) // the timer moves to the thread with it
    {
        m_tick.setSingleShot(true);
        m_tick.setInterval(EngineHost::kTickMs);
        connect(&m_tick, &QTimer::timeout, this, &EngineWorker::flush);
    }

    bool open(const EngineHost::Options &options, QString *error)
    {
        m_store = std::make_unique<CheckpointStore>();
        if (!m_store->open(options.databasePath)) {
            *error = QStringLiteral("%1: %2").arg(m_store->path(), m_store->lastError());
            return false;
        }
        m_engine = std::make_unique<Engine>(*m_store);
        m_engine->setSecretStore(m_secrets);
        connect(m_engine.get(), &Engine::eventOccurred, this, &EngineWorker::onEvent);
        connect(m_engine.get(), &Engine::backendChanged, this, &EngineWorker::onBackendChanged);
        connect(m_engine.get(), &Engine::taskEnded, &m_host, &EngineHost::taskEnded);
        connect(m_engine.get(), &Engine::workChanged, &m_host, &EngineHost::workChanged);
        m_control = std::make_unique<ControlServer>(*m_engine, *m_store);
        m_control->setSettingsPath(options.settingsPath);
        connect(m_control.get(), &ControlServer::activationRequested, &m_host,
                &EngineHost::activationRequested);
        if (!options.socketPath.isEmpty() && !m_control->listen(options.socketPath, error))
            return false;

        const QList<TaskSummary> tasks = m_store->listTasks();
        emit m_host.tasksListed(withEta(tasks));
        // Tasks that were working continue on their own schedule, quota pauses with a known
        // reset wait for it; paused, failed and finished ones stay as they are. This runs
        // once start() has returned, so that the window shows without waiting for them.
        QMetaObject::invokeMethod(
            this, [this, tasks] { continueInterrupted(tasks); }, Qt::QueuedConnection);
        return true;
    }

    void continueInterrupted(const QList<TaskSummary> &tasks)
    {
        for (const TaskSummary &task : tasks) {
            QString startError;
            if (continuesAtStart(task) && !m_engine->isRunning(task.id) &&
                !m_engine->start(task.id, &startError))
                emit m_host.actionFailed(
                    EngineHost::tr("task %1 cannot continue: %2").arg(task.id).arg(startError));
        }
    }

    void close()
    {
        m_tick.stop();
        m_control.reset();
        m_engine.reset(); // its runners end without touching what the store holds
        if (m_store)
            m_store->commitNow();
        m_store.reset();
    }

    void request(const QJsonObject &request, const std::function<void(const QJsonObject &)> &done)
    {
        m_control->handle(request, [this, done](const QJsonObject &reply) { answer(reply, done); });
    }

    void addTask(const TaskSpec &spec, const std::function<void(const QJsonObject &)> &done)
    {
        answer(m_control->addTask(spec), done);
    }

    void probeBackend(const QString &backend)
    {
        QString error;
        if (!m_engine->probeBackend(backend, &error))
            emit m_host.actionFailed(error);
    }

    // The tasks as listed, with when the running ones are expected to end.
    QList<TaskSummary> withEta(QList<TaskSummary> tasks) const
    {
        for (TaskSummary &task : tasks)
            task.eta = m_engine->eta(task.id).value_or(0);
        return tasks;
    }

    void refreshAll()
    {
        const QList<TaskSummary> tasks = m_store->listTasks();
        if (m_store->lastError().isEmpty())
            emit m_host.tasksListed(withEta(tasks));
        else
            emit m_host.actionFailed(m_store->lastError());
    }

    void fetchActivity(qint64 since, const std::function<void(const Activity &)> &done)
    {
        const auto activity =
            m_store->activity(std::nullopt, since, QDateTime::currentMSecsSinceEpoch());
        if (!activity)
            emit m_host.actionFailed(m_store->lastError());
        QMetaObject::invokeMethod(
            &m_host, [done, activity = activity.value_or(Activity())] { done(activity); });
    }

    void watchTask(qint64 taskId)
    {
        m_watched = taskId;
        m_detailDue = 0;
        if (taskId > 0)
            markDirty(taskId);
    }

private:
    void answer(const QJsonObject &reply, const std::function<void(const QJsonObject &)> &done)
    {
        if (!done && !reply.value(QLatin1String("ok")).toBool())
            emit m_host.actionFailed(reply.value(QLatin1String("error")).toString());
        if (done)
            QMetaObject::invokeMethod(&m_host, [done, reply] { done(reply); });
        const qint64 id = reply.value(QLatin1String("id")).toInteger();
        if (id > 0)
            markDirty(id);
    }

    void onEvent(const EngineEvent &event)
    {
        if (event.task > 0)
            markDirty(event.task);
        if (event.event == QLatin1String("spend_warning") ||
            event.event == QLatin1String("deadline_warning"))
            emit m_host.taskWarned(event.task, event.event,
                                   event.fields.value(QLatin1String("message")).toString());
        if (event.event == QLatin1String("provider_batch"))
            noteProviderBatch(event);
    }

    // A provider batch that finished, failed, expired or was cancelled is worth a notice.
    void noteProviderBatch(const EngineEvent &event)
    {
        static const QStringList ended{QStringLiteral("completed"), QStringLiteral("failed"),
                                       QStringLiteral("expired"), QStringLiteral("cancelled"),
                                       QStringLiteral("ended")};
        const QString status = event.fields.value(QLatin1String("status")).toString();
        if (!ended.contains(status))
            return;
        const QJsonObject counts = event.fields.value(QLatin1String("counts")).toObject();
        const auto count = [&counts](const char *key) {
            return QLocale().toString(counts.value(QLatin1String(key)).toInt());
        };
        emit m_host.taskWarned(event.task, QStringLiteral("provider_batch_ended"),
                               EngineHost::tr("batch %1 %2: %3 of %4 done, %5 failed, %6 expired")
                                   .arg(event.fields.value(QLatin1String("batch_id")).toString(),
                                        status, count("succeeded"), count("total"), count("failed"),
                                        count("expired")));
    }

    void onBackendChanged(const BackendStatus &status)
    {
        BackendSummary &backend = m_backends[status.name];
        backend.name = status.name;
        backend.state = BackendCircuit::stateName(status.state);
        backend.failureClass = status.failureClass;
        backend.nextProbeAt = status.nextProbeAt;
        backend.failures = status.failures;
        backend.waiting = status.waiting;
        backend.concurrencyLimit = status.concurrencyLimit;
        m_backendsDirty = true;
        if (!m_tick.isActive())
            m_tick.start();
    }

    void markDirty(qint64 taskId)
    {
        m_dirty.insert(taskId);
        if (!m_tick.isActive())
            m_tick.start();
    }

    void flush()
    {
        if (!m_store)
            return;
        if (!m_dirty.empty()) {
            const bool watchedChanged = m_dirty.count(m_watched) > 0;
            const QList<qint64> ids(m_dirty.begin(), m_dirty.end());
            m_dirty.clear();
            const QList<TaskSummary> tasks = m_store->listTasks(ids);
            if (!tasks.isEmpty())
                emit m_host.tasksChanged(withEta(tasks));
            if (watchedChanged)
                sendDetail();
        }
        if (m_backendsDirty) {
            m_backendsDirty = false;
            QList<BackendSummary> backends;
            for (const auto &entry : m_backends)
                backends.append(entry.second);
            emit m_host.backendsChanged(backends);
        }
    }

    // A big batch's detail is read at most once a second, whatever changes.
    void sendDetail()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now < m_detailDue) {
            m_dirty.insert(m_watched);
            m_tick.start();
            return;
        }
        auto task = m_store->loadTask(m_watched);
        if (!task)
            return;
        // A task that no longer works ends its chart when it stopped — that millisecond
        // included, since its last answer may have ended in it.
        const bool works = m_engine->isRunning(task->id);
        const qint64 until = works ? now : task->updatedAt + 1;
        TaskDetail detail{
            std::move(*task),
            m_store->attempts(m_watched),
            m_store->activity(m_watched, 0, until).value_or(Activity()),
            m_store->spend(m_watched).value_or(Spend()),
            m_store->providerBatches(m_watched).value_or(QList<ProviderBatchRecord>()),
            m_store->workers(m_watched).value_or(QList<TaskWorker>())};
        m_detailDue = detail.task.steps.size() > 100 ? now + 1000 : 0;
        emit m_host.taskDetailChanged(detail);
    }

    EngineHost &m_host;
    SecretStore *m_secrets;
    std::unique_ptr<CheckpointStore> m_store;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ControlServer> m_control;
    QTimer m_tick;
    std::set<qint64> m_dirty;
    std::map<QString, BackendSummary> m_backends;
    bool m_backendsDirty = false;
    qint64 m_watched = 0;
    qint64 m_detailDue = 0;
};

EngineHost::EngineHost(SecretStore *secrets, QObject *parent) : QObject(parent), m_secrets(secrets)
{
    m_thread.setObjectName(QStringLiteral("vigil-engine"));
}

EngineHost::~EngineHost()
{
    stop();
}

bool EngineHost::start(const Options &options, QString *error)
{
    if (m_worker)
        return true;
    m_settingsPath = options.settingsPath;
    m_thread.start();
    m_worker = new EngineWorker(*this, m_secrets);
    m_worker->moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->open(options, error); }, Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void EngineHost::stop()
{
    if (!m_worker)
        return;
    EngineWorker *worker = std::exchange(m_worker, nullptr);
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->close();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EngineHost::post(std::function<void(EngineWorker &)> work)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker,
                                  [worker = m_worker, work = std::move(work)] { work(*worker); });
}

void EngineHost::request(const QJsonObject &request, std::function<void(const QJsonObject &)> done)
{
    post(
        [request, done = std::move(done)](EngineWorker &worker) { worker.request(request, done); });
}

void EngineHost::addTask(const TaskSpec &spec, std::function<void(const QJsonObject &)> done)
{
    post([spec, done = std::move(done)](EngineWorker &worker) { worker.addTask(spec, done); });
}

void EngineHost::probeBackend(const QString &backend)
{
    post([backend](EngineWorker &worker) { worker.probeBackend(backend); });
}

void EngineHost::refreshAll()
{
    post([](EngineWorker &worker) { worker.refreshAll(); });
}

void EngineHost::fetchActivity(qint64 since, std::function<void(const Activity &)> done)
{
    post([since, done = std::move(done)](EngineWorker &worker) {
        worker.fetchActivity(since, done);
    });
}

void EngineHost::watchTask(qint64 taskId)
{
    post([taskId](EngineWorker &worker) { worker.watchTask(taskId); });
}

} // namespace vigil

#include "enginehost.moc"

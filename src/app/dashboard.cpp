#include "dashboard.h"

#include "enginehost.h"
#include "logging.h"
#include "taskspec.h"

#include <QDateTime>
#include <QDir>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <cmath>

namespace vigil {

namespace {

Dashboard *g_instance = nullptr;

const QString kLastSeenKey = QStringLiteral("window/lastSeenAt");

} // namespace

Dashboard::Dashboard(EngineHost &host, QObject *parent)
    : QObject(parent), m_host(host), m_settings(host)
{
    g_instance = this;
    m_filtered.setSourceModel(&m_tasks);
    m_lastSeenAt =
        QSettings().value(kLastSeenKey, QDateTime::currentMSecsSinceEpoch()).toLongLong();
    connect(&host, &EngineHost::tasksListed, this, [this](const QList<TaskSummary> &tasks) {
        m_tasks.apply(tasks, false);
        if (!std::exchange(m_loaded, true) && m_visible)
            collectAway(); // the window was shown before the list arrived
    });
    connect(&host, &EngineHost::taskWarned, this, &Dashboard::taskWarned);
    connect(&host, &EngineHost::tasksChanged, this,
            [this](const QList<TaskSummary> &tasks) { m_tasks.apply(tasks); });
    connect(&host, &EngineHost::backendsChanged, &m_backends, &BackendListModel::apply);
    connect(&host, &EngineHost::taskDetailChanged, this, [this](const TaskDetail &detail) {
        if (detail.task.id == m_watchedTaskId)
            m_detail.apply(detail);
    });
    connect(&host, &EngineHost::actionFailed, this, &Dashboard::setLastError);
    host.refreshAll();
}

Dashboard::~Dashboard()
{
    if (m_visible)
        setLastSeenAt(QDateTime::currentMSecsSinceEpoch());
    if (g_instance == this)
        g_instance = nullptr;
}

Dashboard *Dashboard::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void Dashboard::act(const QString &command, const QVariantList &taskIds)
{
    for (const QVariant &id : taskIds)
        m_host.request(
            {{QStringLiteral("command"), command}, {QStringLiteral("id"), id.toLongLong()}});
}

void Dashboard::setBudget(qint64 taskId, double maxCostUsd, double maxTokens)
{
    const auto cap = [](double value) { return value > 0 ? QJsonValue(value) : QJsonValue(); };
    m_host.request({{QStringLiteral("command"), QStringLiteral("set-budget")},
                    {QStringLiteral("id"), taskId},
                    {QStringLiteral("max_cost_usd"), cap(maxCostUsd)},
                    {QStringLiteral("max_tokens"), cap(std::round(maxTokens))}});
}

void Dashboard::pause(const QVariantList &taskIds)
{
    act(QStringLiteral("pause"), taskIds);
}

void Dashboard::resume(const QVariantList &taskIds)
{
    act(QStringLiteral("resume"), taskIds);
}

void Dashboard::retryNow(const QVariantList &taskIds)
{
    act(QStringLiteral("retry-now"), taskIds);
}

void Dashboard::cancel(const QVariantList &taskIds)
{
    act(QStringLiteral("cancel"), taskIds);
}

void Dashboard::switchModel(const QVariantList &taskIds, const QString &model,
                            const QString &provider)
{
    qCInfo(lcUi).noquote() << "switch model of" << taskIds.size() << "task(s) to" << model;
    for (const QVariant &id : taskIds) {
        QJsonObject request{{QStringLiteral("command"), QStringLiteral("switch-model")},
                            {QStringLiteral("id"), id.toLongLong()},
                            {QStringLiteral("model"), model}};
        if (!provider.isEmpty())
            request.insert(QStringLiteral("provider"), provider);
        // Switch model and resume: a task waiting for the user goes on on the new model.
        m_host.request(request, [this, id](const QJsonObject &reply) {
            if (!reply.value(QLatin1String("ok")).toBool()) {
                setLastError(reply.value(QLatin1String("error")).toString());
                return;
            }
            const TaskSummary *task = m_tasks.task(id.toLongLong());
            if (task && (task->state == TaskState::Paused || task->state == TaskState::Failed))
                resume({id});
        });
    }
}

void Dashboard::pauseAll()
{
    QVariantList ids;
    for (const TaskSummary &task : m_tasks.tasks()) {
        if (task.state == TaskState::Running || task.state == TaskState::Retrying ||
            task.state == TaskState::WaitingForNetwork || task.state == TaskState::Queued)
            ids.append(task.id);
    }
    pause(ids);
}

void Dashboard::resumeAll()
{
    QVariantList ids;
    for (const TaskSummary &task : m_tasks.tasks()) {
        if (task.state == TaskState::Paused)
            ids.append(task.id);
    }
    resume(ids);
}

void Dashboard::probe(const QString &backend)
{
    m_host.probeBackend(backend);
}

QStringList Dashboard::providerNames() const
{
    TaskFileError error;
    const auto settings = loadSettings(m_host.settingsPath(), error);
    QStringList names;
    if (settings) {
        for (const NamedProvider &provider : settings->providers)
            names.append(provider.name);
    }
    return names;
}

void Dashboard::fetchModels(qint64 taskId, const QString &provider)
{
    QJsonObject request{{QStringLiteral("command"), QStringLiteral("models")},
                        {QStringLiteral("id"), taskId}};
    if (!provider.isEmpty())
        request.insert(QStringLiteral("provider"), provider);
    m_host.request(request, [this, taskId](const QJsonObject &reply) {
        QStringList models;
        for (const auto &model : reply.value(QLatin1String("models")).toArray())
            models.append(model.toString());
        qCInfo(lcUi).noquote() << "models for task" << taskId << ":"
                               << models.join(QLatin1Char(' '))
                               << reply.value(QLatin1String("error")).toString();
        emit modelsFetched(models, reply.value(QLatin1String("error")).toString());
    });
}

void Dashboard::addTaskFile(const QUrl &file)
{
    m_host.request(QJsonObject{{QStringLiteral("command"), QStringLiteral("add")},
                               {QStringLiteral("file"), file.toLocalFile()}},
                   [this](const QJsonObject &reply) { added(reply); });
}

void Dashboard::added(const QJsonObject &reply)
{
    if (reply.value(QLatin1String("ok")).toBool())
        emit taskRequested(reply.value(QLatin1String("id")).toInteger());
    else
        setLastError(reply.value(QLatin1String("error")).toString());
}

QString Dashboard::composeTask(const QVariantMap &task)
{
    QJsonObject object{
        {QStringLiteral("name"), task.value(QStringLiteral("name")).toString()},
        {QStringLiteral("provider"), task.value(QStringLiteral("provider")).toString()},
        {QStringLiteral("model"), task.value(QStringLiteral("model")).toString()}};
    const QString system = task.value(QStringLiteral("system")).toString();
    if (!system.isEmpty())
        object.insert(QStringLiteral("system"), system);
    const QUrl input = task.value(QStringLiteral("batchInput")).toUrl();
    if (input.isValid() && !input.isEmpty()) {
        object.insert(QStringLiteral("batch"),
                      QJsonObject{{QStringLiteral("input"), input.toLocalFile()},
                                  {QStringLiteral("template"),
                                   task.value(QStringLiteral("template")).toString()},
                                  {QStringLiteral("output"),
                                   task.value(QStringLiteral("output")).toUrl().toLocalFile()},
                                  {QStringLiteral("concurrency"),
                                   task.value(QStringLiteral("concurrency"), 8).toInt()}});
    } else {
        QJsonArray turns;
        for (const QVariant &turn : task.value(QStringLiteral("turns")).toList()) {
            if (!turn.toString().trimmed().isEmpty())
                turns.append(turn.toString());
        }
        object.insert(QStringLiteral("turns"), turns);
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                           QStringLiteral("/tasks");
    QDir().mkpath(folder);
    QString stem = object.value(QLatin1String("name")).toString().simplified();
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString path =
        QStringLiteral("%1/%2-%3.json")
            .arg(folder, stem.left(60))
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    TaskFileError error;
    const auto settings = loadSettings(m_host.settingsPath(), error);
    if (!settings)
        return error.toString();
    const QByteArray text = QJsonDocument(object).toJson();
    const auto spec = parseTaskJson(text, path, error, &*settings);
    if (!spec)
        return QStringLiteral("%1: %2").arg(error.place, error.problem);
    // The file is the user's record of what they composed; the engine gets the spec.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    m_host.addTask(*spec, [this](const QJsonObject &reply) { added(reply); });
    return {};
}

void Dashboard::openTask(qint64 taskId)
{
    if (taskId != m_detail.taskId())
        m_detail.clear();
    m_watchedTaskId = taskId;
    m_host.watchTask(taskId);
}

void Dashboard::setLastError(const QString &error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit lastErrorChanged();
}

void Dashboard::clearError()
{
    setLastError({});
}

void Dashboard::windowShown()
{
    m_visible = true;
    if (m_loaded)
        collectAway();
}

void Dashboard::collectAway()
{
    QVariantList away;
    for (const TaskSummary &task : m_tasks.tasks()) {
        const bool ended = task.state == TaskState::Completed || task.state == TaskState::Paused ||
                           task.state == TaskState::Failed;
        if (ended && task.updatedAt > m_lastSeenAt)
            away.append(QVariantMap{{QStringLiteral("taskId"), task.id},
                                    {QStringLiteral("name"), task.name},
                                    {QStringLiteral("state"), QVariant::fromValue(task.state)},
                                    {QStringLiteral("reason"), task.reason}});
    }
    const qint64 since = m_lastSeenAt;
    setLastSeenAt(QDateTime::currentMSecsSinceEpoch());
    if (away.isEmpty() && m_away.isEmpty())
        return;
    m_away = away;
    if (away.isEmpty()) {
        m_awayActivity.clear();
    } else {
        m_host.fetchActivity(since, [self = QPointer<Dashboard>(this)](const Activity &activity) {
            if (self)
                self->m_awayActivity.apply(activity);
        });
    }
    emit awayChanged();
}

void Dashboard::windowHidden()
{
    m_visible = false;
    setLastSeenAt(QDateTime::currentMSecsSinceEpoch());
}

void Dashboard::dismissAway()
{
    if (m_away.isEmpty())
        return;
    m_away.clear();
    emit awayChanged();
}

void Dashboard::setTrayAvailable(bool available)
{
    if (available == m_trayAvailable)
        return;
    m_trayAvailable = available;
    emit trayAvailableChanged();
}

void Dashboard::setLastSeenAt(qint64 ms)
{
    m_lastSeenAt = ms;
    QSettings().setValue(kLastSeenKey, ms);
}

} // namespace vigil

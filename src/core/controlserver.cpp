#include "controlserver.h"

#include "backendcircuit.h"
#include "engine.h"
#include "logging.h"
#include "taskspec.h"
#include "taskstore.h"
#include "tr.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>
#include <QStandardPaths>

namespace vigil {

namespace {

constexpr qint64 kMaxRequestBytes = 1024 * 1024;

QJsonValue isoOrNull(qint64 ms)
{
    if (ms <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject failure(const QString &error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QJsonObject success(QJsonObject fields = {})
{
    fields.insert(QStringLiteral("ok"), true);
    return fields;
}

} // namespace

ControlServer::ControlServer(Engine &engine, TaskStore &store, QObject *parent)
    : QObject(parent), m_engine(engine), m_store(store)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ControlServer::onNewConnection);
}

QString ControlServer::socketPath(const QString &given)
{
    if (!given.isEmpty())
        return given;
    QString fromEnvironment = qEnvironmentVariable("VIGIL_SOCKET");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
           QStringLiteral("/vigil.sock");
}

QString ControlServer::settingsPath() const
{
    return m_settingsPath.isEmpty() ? Settings::defaultPath() : m_settingsPath;
}

QJsonObject ControlServer::addRequest(const QString &path)
{
    return {{QStringLiteral("command"), QStringLiteral("add")},
            {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}};
}

bool ControlServer::answers(const QString &path)
{
    QLocalSocket probe;
    probe.connectToServer(path);
    return probe.waitForConnected(1000);
}

bool ControlServer::listen(const QString &path, QString *error)
{
    if (answers(path)) {
        *error = Tr::tr("another Vigil is already running (its socket is %1)").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QLocalServer::removeServer(path); // a socket file left behind by a crash
    if (!m_server.listen(path)) {
        *error = Tr::tr("cannot listen at %1: %2").arg(path, m_server.errorString());
        return false;
    }
    qCInfo(lcEngine).noquote() << "control socket" << m_server.fullServerName();
    return true;
}

void ControlServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxRequestBytes)
                    socket->abort();
                return;
            }
            handleLine(socket->readLine(kMaxRequestBytes),
                       [guard = QPointer<QLocalSocket>(socket)](const QJsonObject &reply) {
                           if (!guard)
                               return;
                           guard->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
                           guard->disconnectFromServer();
                       });
        });
    }
}

void ControlServer::handleLine(const QByteArray &line,
                               std::function<void(const QJsonObject &)> reply)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        reply(failure(Tr::tr("a request is one JSON object on one line")));
    else
        handle(document.object(), std::move(reply));
}

void ControlServer::setSettingsPath(const QString &path)
{
    m_settingsPath = path;
    TaskFileError error;
    if (const auto settings = loadSettings(settingsPath(), error))
        applySpendSettings(*settings);
    else
        qCWarning(lcEngine).noquote() << "prices not read:" << error.toString();
}

void ControlServer::applySpendSettings(const Settings &settings)
{
    m_engine.setPrices(settings.priceTable());
    m_engine.setDailyCap(settings.dailyCapUsd);
}

std::optional<ProviderSpec> ControlServer::namedProvider(const QString &name, QString *error) const
{
    TaskFileError settingsError;
    const auto settings = loadSettings(settingsPath(), settingsError);
    if (!settings) {
        *error = settingsError.toString();
        return std::nullopt;
    }
    const NamedProvider *named = settings->provider(name);
    if (!named) {
        *error = Tr::tr("no provider named \"%1\" is configured in %2").arg(name, settings->path);
        return std::nullopt;
    }
    return named->provider;
}

void ControlServer::handle(const QJsonObject &request,
                           std::function<void(const QJsonObject &)> reply)
{
    const QString command = request.value(QLatin1String("command")).toString();
    const qint64 id = request.value(QLatin1String("id")).toInteger(-1);
    if (command == QLatin1String("models")) {
        // The models a configured provider offers ("provider"), or a task's ("id").
        const QString providerName = request.value(QLatin1String("provider")).toString();
        QString error;
        std::optional<ProviderSpec> provider;
        if (!providerName.isEmpty()) {
            provider = namedProvider(providerName, &error);
        } else if (const auto task = m_store.loadTask(id)) {
            if (task->spec)
                provider = task->spec->provider;
            error = task->specProblem;
        } else {
            error = Tr::tr("models needs a configured provider's name or a task id");
        }
        if (!provider)
            return reply(failure(error));
        m_engine.fetchModels(*provider, [reply = std::move(reply)](const QStringList &models,
                                                                   const QString &fetchError) {
            reply(fetchError.isEmpty()
                      ? success({{QStringLiteral("models"), QJsonArray::fromStringList(models)}})
                      : failure(fetchError));
        });
        return;
    }
    if (command == QLatin1String("switch-model")) {
        if (id <= 0)
            return reply(failure(Tr::tr("switch-model needs a task id")));
        if (!m_store.loadTask(id))
            return reply(failure(m_store.lastError()));
        std::optional<ProviderSpec> provider;
        const QString providerName = request.value(QLatin1String("provider")).toString();
        if (!providerName.isEmpty()) {
            QString error;
            provider = namedProvider(providerName, &error);
            if (!provider)
                return reply(failure(error));
        }
        m_engine.switchModelChecked(
            id, request.value(QLatin1String("model")).toString(), provider,
            [id, reply = std::move(reply)](bool ok, const QString &error) {
                reply(ok ? success({{QStringLiteral("id"), id}}) : failure(error));
            });
        return;
    }
    reply(answer(request));
}

QJsonObject ControlServer::answer(const QJsonObject &request)
{
    const QString command = request.value(QLatin1String("command")).toString();
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("add"))
        return add(request);
    if (command == QLatin1String("activate")) {
        emit activationRequested();
        return success();
    }

    static const QStringList withId{QStringLiteral("show"),   QStringLiteral("pause"),
                                    QStringLiteral("resume"), QStringLiteral("retry-now"),
                                    QStringLiteral("cancel"), QStringLiteral("set-budget")};
    if (!withId.contains(command))
        return failure(Tr::tr("unknown command \"%1\"").arg(command));
    const qint64 id = request.value(QLatin1String("id")).toInteger(-1);
    if (id <= 0)
        return failure(Tr::tr("%1 needs a task id").arg(command));
    const auto task = m_store.loadTask(id);
    if (!task)
        return failure(m_store.lastError());
    if (command == QLatin1String("show"))
        return show(id);

    QString error;
    bool ok = false;
    if (command == QLatin1String("resume") || command == QLatin1String("retry-now")) {
        // A daily cap the user raised in the settings file counts for this resume.
        TaskFileError settingsError;
        if (const auto settings = loadSettings(settingsPath(), settingsError))
            applySpendSettings(*settings);
    }
    if (command == QLatin1String("pause")) {
        ok = m_engine.pause(id, &error);
    } else if (command == QLatin1String("cancel")) {
        ok = m_engine.cancel(id, &error);
    } else if (command == QLatin1String("set-budget")) {
        const auto budget = budgetOf(request, &error);
        ok = budget && m_engine.setBudget(id, *budget, &error);
    } else if (command == QLatin1String("retry-now") ||
               (m_engine.isRunning(id) && task->state == TaskState::Paused && task->resumeAt > 0)) {
        // A resume of a task that would resume by itself later goes now instead.
        ok = m_engine.retryNow(id, &error);
    } else if (m_engine.isRunning(id)) {
        error = Tr::tr("task %1 is %2 already").arg(id).arg(taskStateLabel(task->state));
    } else if (task->state == TaskState::Completed) {
        error = Tr::tr("task %1 is completed; there is nothing to resume").arg(id);
    } else {
        ok = m_engine.start(id, &error);
    }
    if (!ok)
        return failure(error);
    return success({{QStringLiteral("id"), id}});
}

std::optional<SpendBudget> ControlServer::budgetOf(const QJsonObject &request, QString *error)
{
    SpendBudget budget;
    const QJsonValue cost = request.value(QLatin1String("max_cost_usd"));
    const QJsonValue tokens = request.value(QLatin1String("max_tokens"));
    if (!cost.isUndefined() && !cost.isNull()) {
        if (!cost.isDouble() || cost.toDouble() <= 0) {
            *error = Tr::tr("max_cost_usd must be an amount in US dollars, more than 0");
            return std::nullopt;
        }
        budget.maxCostUsd = cost.toDouble();
    }
    if (!tokens.isUndefined() && !tokens.isNull()) {
        if (tokens.toInteger(-1) < 1) {
            *error = Tr::tr("max_tokens must be a whole number of tokens, 1 or more");
            return std::nullopt;
        }
        budget.maxTokens = tokens.toInteger();
    }
    return budget;
}

QJsonObject ControlServer::add(const QJsonObject &request)
{
    const QString file = request.value(QLatin1String("file")).toString();
    if (file.isEmpty() || !QDir::isAbsolutePath(file))
        return failure(Tr::tr("add needs the task file's absolute path"));
    TaskFileError fileError;
    const auto settings = loadSettings(settingsPath(), fileError);
    if (!settings)
        return failure(fileError.toString());
    applySpendSettings(*settings); // the file's prices and daily cap as they are now
    auto spec = loadTaskFile(file, fileError, &*settings);
    if (!spec)
        return failure(fileError.toString());
    return addTask(std::move(*spec));
}

QJsonObject ControlServer::addTask(TaskSpec spec)
{
    TaskFileError itemsError;
    if (spec.batch && spec.batch->items.isEmpty() && !loadBatchItems(*spec.batch, itemsError))
        return failure(itemsError.toString());
    QString error;
    const auto id = m_engine.submit(spec, &error);
    if (!id)
        return failure(error);
    if (!m_engine.isRunning(*id) && !m_engine.start(*id, &error))
        return failure(Tr::tr("task %1 was added but cannot start: %2").arg(*id).arg(error));
    return success({{QStringLiteral("id"), *id}});
}

QJsonObject ControlServer::list()
{
    const QList<TaskSummary> tasks = m_store.listTasks();
    if (!m_store.lastError().isEmpty())
        return failure(m_store.lastError());
    QJsonArray rows;
    for (const TaskSummary &task : tasks) {
        rows.append(
            QJsonObject{{QStringLiteral("id"), task.id},
                        {QStringLiteral("name"), task.name},
                        {QStringLiteral("kind"), task.kind},
                        {QStringLiteral("state"), taskStateName(task.state)},
                        {QStringLiteral("reason"), task.reason},
                        {QStringLiteral("model"), task.model},
                        {QStringLiteral("steps_total"), task.stepsTotal},
                        {QStringLiteral("steps_done"), task.stepsDone},
                        {QStringLiteral("steps_failed"), task.stepsFailed},
                        {QStringLiteral("attempt"), task.attempt},
                        {QStringLiteral("max_attempts"), task.maxAttempts},
                        {QStringLiteral("next_try_at"), task.state == TaskState::Retrying
                                                            ? isoOrNull(task.nextTryAt)
                                                            : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("resume_at"), isoOrNull(task.resumeAt)},
                        {QStringLiteral("error_class"), task.errorClass},
                        {QStringLiteral("last_error"), task.lastMessage},
                        {QStringLiteral("spend"), task.spend.toJson()},
                        {QStringLiteral("eta"), isoOrNull(m_engine.eta(task.id).value_or(0))},
                        {QStringLiteral("deadline"), isoOrNull(task.deadline)},
                        {QStringLiteral("running"), m_engine.isRunning(task.id)}});
    }
    return success({{QStringLiteral("tasks"), rows}});
}

QJsonObject ControlServer::show(qint64 taskId)
{
    const auto task = m_store.loadTask(taskId);
    if (!task)
        return failure(m_store.lastError());
    const bool batch = task->kind == QLatin1String("batch");
    QJsonArray steps;
    for (const StepRecord &step : task->steps) {
        QJsonObject row{
            {QStringLiteral("index"), step.index},
            {QStringLiteral("state"), QLatin1String(step.state == StepState::Done     ? "done"
                                                    : step.state == StepState::Failed ? "failed"
                                                                                      : "pending")},
            {QStringLiteral("attempts"), step.attemptsTotal},
            {QStringLiteral("model"), step.model},
            {QStringLiteral("error_class"), step.errorClass},
            {QStringLiteral("last_error"), step.lastMessage}};
        if (batch) {
            row.insert(QStringLiteral("item"), batchItemIdValue(step.itemId));
        } else {
            row.insert(QStringLiteral("prompt"), step.prompt);
            row.insert(QStringLiteral("output"), step.output);
        }
        steps.append(row);
    }
    QJsonArray attempts;
    for (const AttemptRecord &attempt : m_store.attempts(taskId)) {
        attempts.append(QJsonObject{
            {QStringLiteral("step"), attempt.step},
            {QStringLiteral("attempt"), attempt.attempt},
            {QStringLiteral("model"), attempt.model},
            {QStringLiteral("started_at"), isoOrNull(attempt.startedAt)},
            {QStringLiteral("ended_at"), isoOrNull(attempt.endedAt)},
            {QStringLiteral("http_status"), attempt.httpStatus > 0 ? QJsonValue(attempt.httpStatus)
                                                                   : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("class"), attempt.failureClass},
            {QStringLiteral("retry"), attempt.retry},
            {QStringLiteral("delay_ms"),
             attempt.delayMs ? QJsonValue(*attempt.delayMs) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), attempt.message},
            {QStringLiteral("request_id"), attempt.requestId},
            {QStringLiteral("usage"),
             attempt.usage.reported ? QJsonValue(attempt.usage.toJson()) : QJsonValue()},
            {QStringLiteral("cost_usd"),
             attempt.costUsd ? QJsonValue(*attempt.costUsd) : QJsonValue()}});
    }
    // The backend the task's remaining steps go to, as its circuit stands now.
    QJsonValue backend(QJsonValue::Null);
    if (const auto &spec = task->spec) {
        const QString name = Engine::backendName(spec->provider, spec->model);
        QJsonObject fields{{QStringLiteral("name"), name},
                           {QStringLiteral("state"), QStringLiteral("closed")},
                           {QStringLiteral("concurrency_limit"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("next_probe_at"), QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("in_flight"), 0},
                           {QStringLiteral("waiting"), 0}};
        if (const BackendCircuit *circuit = m_engine.findCircuit(name)) {
            fields.insert(QStringLiteral("state"), BackendCircuit::stateName(circuit->state()));
            if (circuit->concurrencyLimit() > 0)
                fields.insert(QStringLiteral("concurrency_limit"), circuit->concurrencyLimit());
            fields.insert(QStringLiteral("next_probe_at"), isoOrNull(circuit->nextProbeAt()));
            fields.insert(QStringLiteral("in_flight"), circuit->inFlight());
            fields.insert(QStringLiteral("waiting"), circuit->waiting());
        }
        backend = fields;
    }
    const auto spent = m_store.spend(taskId);
    if (!spent)
        return failure(m_store.lastError());
    const auto providerBatches = m_store.providerBatches(taskId);
    if (!providerBatches)
        return failure(m_store.lastError());
    // The Vigils holding its steps now (several sharing a store); none on a store of one.
    const auto workers = m_store.workers(taskId);
    if (!workers)
        return failure(m_store.lastError());
    QJsonArray workerList;
    for (const TaskWorker &worker : *workers)
        workerList.append(worker.toJson());
    QJsonArray batches;
    for (const ProviderBatchRecord &batch : *providerBatches)
        batches.append(QJsonObject{{QStringLiteral("batch_id"), batch.batchId},
                                   {QStringLiteral("round"), batch.round},
                                   {QStringLiteral("chunk"), batch.chunk},
                                   {QStringLiteral("stage"), providerBatchStageName(batch.stage)},
                                   {QStringLiteral("status"), batch.status},
                                   {QStringLiteral("counts"), batch.counts},
                                   {QStringLiteral("created_at"), isoOrNull(batch.createdAt)},
                                   {QStringLiteral("expires_at"), isoOrNull(batch.expiresAt)},
                                   {QStringLiteral("ended_at"), isoOrNull(batch.endedAt)},
                                   {QStringLiteral("polled_at"), isoOrNull(batch.polledAt)},
                                   {QStringLiteral("error"), batch.error}});
    return success(
        {{QStringLiteral("task"),
          QJsonObject{
              {QStringLiteral("id"), task->id},
              {QStringLiteral("spend"), spent->toJson()},
              {QStringLiteral("budget"), task->spec ? task->spec->budget.toJson() : QJsonObject()},
              {QStringLiteral("prices_as_of"), m_engine.prices().shippedDate()},
              {QStringLiteral("eta"), isoOrNull(m_engine.eta(taskId).value_or(0))},
              {QStringLiteral("deadline"),
               isoOrNull(task->spec ? task->spec->deadline.value_or(0) : 0)},
              {QStringLiteral("backend"), backend},
              {QStringLiteral("workers"), workerList},
              {QStringLiteral("name"), task->name},
              {QStringLiteral("kind"), QLatin1String(batch ? "batch" : "conversation")},
              {QStringLiteral("state"), taskStateName(task->state)},
              {QStringLiteral("reason"), task->reason},
              {QStringLiteral("model"), task->model},
              {QStringLiteral("resume_at"), isoOrNull(task->resumeAt)},
              {QStringLiteral("running"), m_engine.isRunning(taskId)},
              {QStringLiteral("steps"), steps},
              {QStringLiteral("provider_batches"), batches},
              {QStringLiteral("attempts"), attempts}}}});
}

} // namespace vigil

#include "enginerun.h"

#include "store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace vigil;

QString writeConversation(const QString &folder, const QString &baseUrl, const QString &name,
                          const QString &model, const QJsonArray &turns, const QJsonObject &retry)
{
    QJsonObject task{
        {QStringLiteral("name"), name},
        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("base_url"), baseUrl}}},
        {QStringLiteral("model"), model},
        {QStringLiteral("turns"), turns}};
    if (!retry.isEmpty())
        task.insert(QStringLiteral("retry"), retry);
    QString path = QDir(folder).filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(task).toJson()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject testProfile(const QJsonObject &extra)
{
    QJsonObject object{{QStringLiteral("name"), QStringLiteral("test")},
                       {QStringLiteral("models"),
                        QJsonArray{QStringLiteral("vigil-large"), QStringLiteral("vigil-small")}},
                       {QStringLiteral("reply_words"), QJsonArray{6, 12}},
                       {QStringLiteral("token_delay_ms"), 2},
                       {QStringLiteral("stall_ms"), 30000}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject openingWindow(int durationMs, const QString &response, const QJsonObject &headers,
                          const QString &model)
{
    return {{QStringLiteral("capacity_windows"),
             QJsonArray{QJsonObject{{QStringLiteral("model"), model},
                                    {QStringLiteral("start_ms"), 0},
                                    {QStringLiteral("duration_ms"), durationMs},
                                    {QStringLiteral("response"), response},
                                    {QStringLiteral("headers"), headers}}}}};
}

RetryPolicy quickRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 5;
    retry.initialDelayMs = 20;
    retry.maxDelayMs = 100;
    retry.capacityInitialDelayMs = 50;
    retry.capacityMaxDelayMs = 200;
    retry.probeInitialDelayMs = 50;
    retry.probeMaxDelayMs = 200;
    retry.ttfbTimeoutMs = 1000;
    retry.idleTimeoutMs = 1000;
    retry.attemptTimeoutMs = 20000;
    return retry;
}

TaskSpec simBatch(const QString &baseUrl, const QString &output, int items, int concurrency)
{
    TaskSpec spec;
    spec.name = QStringLiteral("batch test");
    spec.provider.baseUrl = QUrl(baseUrl);
    spec.model = QStringLiteral("vigil-large");
    spec.batch.emplace();
    spec.batch->input = output + QStringLiteral(".input");
    spec.batch->output = output;
    spec.batch->concurrency = concurrency;
    spec.batch->promptTemplate = QStringLiteral("Summarise: {{text}}");
    for (int i = 0; i < items; ++i)
        spec.batch->items.append({QStringLiteral("\"item-%1\"").arg(i), i + 1,
                                  QStringLiteral("Summarise: document %1").arg(i)});
    spec.retry = quickRetry();
    return spec;
}

QSet<QString> readOutputIds(const QString &outputPath)
{
    QSet<QString> ids;
    QFile file(outputPath);
    if (!file.open(QIODevice::ReadOnly))
        return ids;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QString id =
            QJsonDocument::fromJson(line).object().value(QLatin1String("id")).toString();
        if (!line.endsWith('\n') || id.isEmpty() || ids.contains(id))
            qFatal("bad output line: %s", line.constData());
        ids.insert(id);
    }
    return ids;
}

QList<EngineEvent> eventsNamed(const QList<EngineEvent> &events, const QString &name)
{
    QList<EngineEvent> result;
    for (const EngineEvent &event : events) {
        if (event.event == name)
            result.append(event);
    }
    return result;
}

Run runTask(const QString &dbPath, const TaskSpec &task, int timeoutMs)
{
    Run run;
    CheckpointStore store;
    if (!store.open(dbPath))
        qFatal("store: %s", qPrintable(store.lastError()));
    Engine engine(store);
    QObject::connect(&engine, &Engine::eventOccurred,
                     [&run](const EngineEvent &event) { run.events.append(event); });
    QSignalSpy ended(&engine, &Engine::taskEnded);
    QString error;
    const auto id = engine.submit(task, &error);
    if (!id)
        qFatal("submit: %s", qPrintable(error));
    run.taskId = *id;
    const qint64 commitsBefore = store.commits();
    if (!engine.start(*id, &error))
        qFatal("start: %s", qPrintable(error));
    if (!ended.wait(timeoutMs))
        qFatal("the task did not end within %d ms", timeoutMs);
    run.state = ended.first().at(1).value<TaskState>();
    run.reason = ended.first().at(2).toString();
    run.commits = store.commits() - commitsBefore;
    return run;
}

QVariant peekSql(const QString &location, const QString &sql, bool *ok)
{
    QVariant first;
    bool done = false;
    const QString name = QStringLiteral("peek");
    {
        const bool server = StoreBackend::isServerLocation(location);
        QSqlDatabase db = QSqlDatabase::addDatabase(
            server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (server) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        if (db.open()) {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            if (done && query.next())
                first = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok)
        *ok = done;
    return first;
}

int countRows(const QString &location, const QString &table)
{
    bool ok = false;
    const QVariant count = peekSql(location, QStringLiteral("SELECT COUNT(*) FROM ") + table, &ok);
    return ok ? count.toInt() : -1;
}

// Batches through the providers' own batch services, against vigil-sim playing them: split
// into provider batches within the limits, every item exactly once in the output and at the
// simulator, errored and expired items sent again in a new batch, validation failures and
// prompts too long reported per item, a restart that polls what the provider holds instead
// of creating it again — even when the create's answer was lost — and a cancel that
// reaches the provider.
#include "enginerun.h"
#include "simprocess.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::Protocol)

namespace {

QJsonObject batchProfile(const QJsonObject &batches)
{
    QJsonObject service{{QStringLiteral("validating_ms"), 50},
                        {QStringLiteral("item_ms"), 0},
                        {QStringLiteral("finalizing_ms"), 50},
                        {QStringLiteral("cancelling_ms"), 50}};
    for (auto it = batches.begin(); it != batches.end(); ++it)
        service.insert(it.key(), it.value());
    return testProfile({{QStringLiteral("batches"), service}});
}

TaskSpec providerBatch(const SimProcess &sim, const QString &output, int items, Protocol protocol,
                       int chunkRequests)
{
    TaskSpec spec = simBatch(sim.baseUrl(), output, items, 8);
    spec.provider.protocol = protocol;
    spec.batch->via = BatchSpec::Via::ProviderBatch;
    spec.batch->chunkRequests = chunkRequests;
    return spec;
}

// The output's lines by item id; every line whole.
QHash<QString, QJsonObject> readOutput(const QString &path, int *lines)
{
    QHash<QString, QJsonObject> byId;
    QFile file(path);
    *lines = 0;
    if (!file.open(QIODevice::ReadOnly))
        return byId;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (!line.endsWith('\n') || object.isEmpty())
            qFatal("not a whole JSON line: %s", line.constData());
        // Ids are strings, or line numbers for items without one.
        byId.insert(object.value(QLatin1String("id")).toVariant().toString(), object);
        ++*lines;
    }
    return byId;
}

// The simulator's batches: how many were created, and each one's provider status.
QJsonArray simBatches(SimProcess &sim)
{
    return sim.stats()
        .value(QLatin1String("batches"))
        .toObject()
        .value(QLatin1String("list"))
        .toArray();
}

// Every custom_id the simulator ran, completed exactly `completions` times.
void verifyEachItemCompleted(SimProcess &sim, int items, const QSet<QString> &never = {})
{
    const QJsonObject steps = sim.stats().value(QLatin1String("steps")).toObject();
    QCOMPARE(steps.size(), items);
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const int expected = never.contains(it.key()) ? 0 : 1;
        if (it.value().toObject().value(QLatin1String("completions")).toInt() != expected)
            QFAIL(qPrintable(
                QStringLiteral("%1 completed %2 times")
                    .arg(it.key())
                    .arg(it.value().toObject().value(QLatin1String("completions")).toInt())));
    }
}

void execSql(const QString &db, const QString &statement)
{
    {
        QSqlDatabase connection =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
        connection.setDatabaseName(db);
        QVERIFY(connection.open());
        QSqlQuery query(connection);
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("edit"));
}

// Writes a provider-batch task file over `items` prompts for vigil-sim; returns its path.
QString writeBatchTask(const QString &folder, const QString &baseUrl, int items, int chunk)
{
    QFile input(QDir(folder).filePath(QStringLiteral("items.jsonl")));
    if (!input.open(QIODevice::WriteOnly))
        qFatal("cannot write the items");
    for (int i = 0; i < items; ++i)
        input.write(QStringLiteral("{\"text\": \"document %1\"}\n").arg(i).toUtf8());
    input.close();
    const QJsonObject task{
        {QStringLiteral("name"), QStringLiteral("overnight at half price")},
        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("base_url"), baseUrl}}},
        {QStringLiteral("model"), QStringLiteral("vigil-large")},
        {QStringLiteral("batch"),
         QJsonObject{{QStringLiteral("input"), QStringLiteral("items.jsonl")},
                     {QStringLiteral("template"), QStringLiteral("Summarise: {{text}}")},
                     {QStringLiteral("output"), QStringLiteral("out.jsonl")},
                     {QStringLiteral("via"), QStringLiteral("provider-batch")},
                     {QStringLiteral("chunk_requests"), chunk}}}};
    QString path = QDir(folder).filePath(QStringLiteral("task.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(task).toJson()) < 0)
        qFatal("cannot write the task");
    return path;
}

} // namespace

class TestProviderBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<vigil::TaskState>(); }

    void aBatchRunsInTheProvidersBatchesEveryItemOnce_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("chunk");
        QTest::newRow("openai-chat, 5000 items") << Protocol::OpenAiChat << 5000 << 1200;
        QTest::newRow("openai-responses") << Protocol::OpenAiResponses << 300 << 100;
        QTest::newRow("anthropic-messages") << Protocol::AnthropicMessages << 300 << 100;
    }

    void aBatchRunsInTheProvidersBatchesEveryItemOnce()
    {
        QFETCH(Protocol, protocol);
        QFETCH(int, items);
        QFETCH(int, chunk);
        SimProcess sim;
        // The second batch expires with half its items run; a few items fail as the
        // providers' batches fail them, and pass when sent again.
        QVERIFY(sim.start(batchProfile(
            {{QStringLiteral("window_ms"), 1500},
             {QStringLiteral("item_ms"), 0},
             {QStringLiteral("script"), QJsonArray{QString(), QStringLiteral("expire")}},
             {QStringLiteral("item_faults"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("server-error")},
                                     {QStringLiteral("weight"), 0.03}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("overloaded")},
                                     {QStringLiteral("weight"), 0.02}}}}})));
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        const Run run = runTask(dir.filePath(QStringLiteral("vigil.db")),
                                providerBatch(sim, output, items, protocol, chunk), 120000);
        QCOMPARE(run.state, TaskState::Completed);
        int lines = 0;
        const auto byId = readOutput(output, &lines);
        QCOMPARE(lines, items);
        QCOMPARE(byId.size(), items);
        for (const QJsonObject &line : byId)
            QVERIFY2(!line.value(QLatin1String("text")).toString().isEmpty(),
                     QJsonDocument(line).toJson().constData());
        verifyEachItemCompleted(sim, items);

        // Split within the limit, then repaired in batches of their own.
        const QJsonArray batches = simBatches(sim);
        const int firstRound = (items + chunk - 1) / chunk;
        QVERIFY2(batches.size() > firstRound, qPrintable(QString::number(batches.size())));
        for (const auto &batch : batches)
            QVERIFY(batch.toObject().value(QLatin1String("requests")).toInt() <= chunk);
        const auto created = run.named(QStringLiteral("provider_batch"));
        QVERIFY(!created.isEmpty());
        QCOMPARE(created.first().fields.value(QLatin1String("round")).toInt(), 0);
        // Costs are the batch tier's: every attempt that completed an item says so.
        CheckpointStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("vigil.db"))));
        const QList<AttemptRecord> attempts = store.attempts(run.taskId);
        const auto done = std::count_if(attempts.cbegin(), attempts.cend(), [](const auto &a) {
            return a.failureClass == QLatin1String("ok");
        });
        QCOMPARE(done, items);
        for (const AttemptRecord &attempt : attempts)
            QCOMPARE(attempt.serviceTier, QStringLiteral("batch"));
        const auto expired = std::count_if(attempts.cbegin(), attempts.cend(), [](const auto &a) {
            return a.message.contains(QLatin1String("expired"));
        });
        QVERIFY(expired > 0);
    }

    void aLineRefusedAtValidationFailsItsItemAlone()
    {
        SimProcess sim;
        QVERIFY(sim.start(batchProfile(
            {{QStringLiteral("invalid_marker"), QStringLiteral("document 7")},
             {QStringLiteral("item_faults"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("too-long")},
                                     {QStringLiteral("weight"), 0.1}}}}})));
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        const QString db = dir.filePath(QStringLiteral("vigil.db"));
        const Run run =
            runTask(db, providerBatch(sim, output, 60, Protocol::OpenAiChat, 1000), 60000);
        QCOMPARE(run.state, TaskState::Completed);
        int lines = 0;
        const auto byId = readOutput(output, &lines);
        QCOMPARE(lines, 60);
        // The refused batch says so where the window and `vigil show` read it.
        CheckpointStore store;
        QVERIFY(store.open(db));
        const QString said = store.providerBatches(run.taskId)->first().error;
        QVERIFY2(said.startsWith(QLatin1String("refused at validation")), qPrintable(said));
        // Item 7 ("document 7") was refused by the first batch's validation, by its line.
        const QJsonObject refused = byId.value(QStringLiteral("item-7"));
        QVERIFY2(refused.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("line 8")),
                 QJsonDocument(refused).toJson().constData());
        const auto failed = run.named(QStringLiteral("step_failed"));
        QVERIFY(failed.size() >= 2); // item 7, and the prompts too long
        for (const EngineEvent &event : failed)
            QCOMPARE(event.fields.value(QLatin1String("class")).toString(),
                     QStringLiteral("request"));
        QVERIFY2(run.reason.contains(QStringLiteral("%1 failed").arg(failed.size())),
                 qPrintable(run.reason));
    }

    void aRestartPollsWhatTheProviderHoldsInsteadOfCreatingItAgain_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<bool>("answerLost");
        QTest::addColumn<bool>("switchedToLive");
        QTest::newRow("openai, created") << Protocol::OpenAiChat << false << false;
        QTest::newRow("openai, the create's answer lost") << Protocol::OpenAiChat << true << false;
        QTest::newRow("anthropic, the create's answer lost")
            << Protocol::AnthropicMessages << true << false;
        // The rest of the items go live; those the provider holds are read from it.
        QTest::newRow("openai, switched to live") << Protocol::OpenAiChat << false << true;
    }

    void aRestartPollsWhatTheProviderHoldsInsteadOfCreatingItAgain()
    {
        QFETCH(Protocol, protocol);
        QFETCH(bool, answerLost);
        QFETCH(bool, switchedToLive);
        SimProcess sim;
        QVERIFY(sim.start(batchProfile({{QStringLiteral("item_ms"), 5}})));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("vigil.db"));
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        TaskSpec spec = providerBatch(sim, output, 300, protocol, 100);
        qint64 taskId = 0;
        {
            // Stopped as soon as the provider has two of the three batches.
            CheckpointStore store;
            QVERIFY(store.open(db));
            Engine engine(store);
            QString error;
            const auto id = engine.submit(spec, &error);
            QVERIFY2(id, qPrintable(error));
            taskId = *id;
            int created = 0;
            QEventLoop loop;
            connect(&engine, &Engine::eventOccurred, &loop, [&](const EngineEvent &event) {
                if (event.event == QLatin1String("provider_batch") && ++created == 2)
                    loop.quit();
            });
            QVERIFY(engine.start(taskId, &error));
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            loop.exec();
            QVERIFY(created >= 2);
            if (switchedToLive) { // the task file edited and added again
                spec.batch->via = BatchSpec::Via::Live;
                QCOMPARE(engine.submit(spec, &error), std::optional<qint64>(taskId));
            }
        }
        if (answerLost) // as if Vigil had stopped before the create's answer was written
            execSql(db,
                    QStringLiteral("UPDATE provider_batches SET stage = 'intent', batch_id = ''"));
        const int providerHeld = static_cast<int>(simBatches(sim).size());
        QVERIFY(providerHeld >= 2);

        CheckpointStore store;
        QVERIFY(store.open(db));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QList<EngineEvent> events;
        connect(&engine, &Engine::eventOccurred, this,
                [&events](const EngineEvent &event) { events.append(event); });
        QString error;
        QVERIFY2(engine.start(taskId, &error), qPrintable(error));
        QVERIFY(ended.wait(60000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        // None created twice; switched to live, none created after the switch.
        QCOMPARE(simBatches(sim).size(), switchedToLive ? providerHeld : 3);
        // Each batch whose create's answer was lost is found at the provider (so is one
        // whose create was still on its way when the first engine stopped).
        if (answerLost)
            QCOMPARE(eventsNamed(events, QStringLiteral("provider_batch_adopted")).size(),
                     providerHeld);
        int lines = 0;
        QCOMPARE(readOutput(output, &lines).size(), 300);
        QCOMPARE(lines, 300);
        // The simulator counts a batch's items by custom_id, live steps by their tag.
        verifyEachItemCompleted(sim, 300);
    }

    // Polls that fail are tried again until the batch is read; a batch finalizing far
    // longer than usual says so.
    void failedPollsAndAStuckBatchLoseNothing()
    {
        SimProcess sim;
        QVERIFY(sim.start(batchProfile(
            {{QStringLiteral("window_ms"), 60000}, // "stuck" after 1.25 s in a phase
             {QStringLiteral("stuck_ms"), 6000},
             {QStringLiteral("script"), QJsonArray{QStringLiteral("stuck-finalizing")}},
             {QStringLiteral("poll_faults"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("server-error")},
                                     {QStringLiteral("weight"), 0.3}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate-limit")},
                                     {QStringLiteral("weight"), 0.2}}}}})));
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("out.jsonl"));
        const Run run = runTask(dir.filePath(QStringLiteral("vigil.db")),
                                providerBatch(sim, output, 50, Protocol::OpenAiChat, 1000), 90000);
        QCOMPARE(run.state, TaskState::Completed);
        int lines = 0;
        QCOMPARE(readOutput(output, &lines).size(), 50);
        QCOMPARE(lines, 50);
        verifyEachItemCompleted(sim, 50);
        QCOMPARE(simBatches(sim).size(), 1);
        QVERIFY(sim.stats()
                    .value(QLatin1String("batches"))
                    .toObject()
                    .value(QLatin1String("read_faults"))
                    .toInt() > 0);
        const auto stuck = run.named(QStringLiteral("provider_batch_stuck"));
        QCOMPARE(stuck.size(), 1);
        QCOMPARE(stuck.first().fields.value(QLatin1String("status")).toString(),
                 QStringLiteral("finalizing"));
    }

    // `vigil run` killed with SIGKILL again and again, at moments drawn at random — while
    // it uploads, creates, polls or reads results — never has a chunk created twice and
    // loses no result.
    void aKillAtAnyMomentNeitherLosesNorRepeats()
    {
        SimProcess sim;
        QVERIFY(sim.start(batchProfile({{QStringLiteral("validating_ms"), 500},
                                        {QStringLiteral("item_ms"), 10},
                                        {QStringLiteral("finalizing_ms"), 500}})));
        QTemporaryDir dir;
        const QString task = writeBatchTask(dir.path(), sim.baseUrl(), 400, 100);
        const QStringList arguments{QStringLiteral("run"), task, QStringLiteral("--db"),
                                    dir.filePath(QStringLiteral("vigil.db"))};
        QRandomGenerator random(20261206);
        int kills = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess vigil;
            vigil.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
            QVERIFY(vigil.waitForStarted());
            if (vigil.waitForFinished(random.bounded(100, 900))) {
                QVERIFY2(vigil.exitCode() == 0, vigil.readAllStandardError().constData());
                break;
            }
            vigil.kill();
            QVERIFY(vigil.waitForFinished(5000));
            ++kills;
        }
        QVERIFY(kills >= 2);
        QProcess vigil;
        vigil.setProcessChannelMode(QProcess::MergedChannels);
        vigil.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
        QVERIFY(vigil.waitForFinished(60000));
        QVERIFY2(vigil.exitCode() == 0, vigil.readAll().constData());
        int lines = 0;
        QCOMPARE(readOutput(dir.filePath(QStringLiteral("out.jsonl")), &lines).size(), 400);
        QCOMPARE(lines, 400);
        QCOMPARE(simBatches(sim).size(), 4); // one per chunk, whatever the kills cut
        verifyEachItemCompleted(sim, 400);
    }

    // `vigil show` gives each provider batch: its id, status, counts and times.
    void showSaysWhereEachProviderBatchStands()
    {
        SimProcess sim;
        QVERIFY(sim.start(batchProfile({})));
        QTemporaryDir dir;
        const QString task = writeBatchTask(dir.path(), sim.baseUrl(), 30, 20);
        const QString socket = dir.filePath(QStringLiteral("control.sock"));
        QProcess serve;
        serve.start(QStringLiteral(VIGIL_CLI_BINARY),
                    {QStringLiteral("serve"), task, QStringLiteral("--db"),
                     dir.filePath(QStringLiteral("vigil.db")), QStringLiteral("--socket"), socket});
        QVERIFY(serve.waitForStarted());
        const auto vigil = [&socket](const QStringList &arguments) {
            QProcess process;
            process.start(QStringLiteral(VIGIL_CLI_BINARY),
                          arguments + QStringList{QStringLiteral("--socket"), socket});
            process.waitForFinished(20000);
            return QString::fromUtf8(process.readAllStandardOutput());
        };
        QJsonObject shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown = QJsonDocument::fromJson(vigil({QStringLiteral("show"), QStringLiteral("1"),
                                                    QStringLiteral("--json")})
                                                 .toUtf8())
                         .object()
                         .value(QLatin1String("task"))
                         .toObject(),
             shown.value(QLatin1String("state")) == QLatin1String("completed")),
            30000);
        const QJsonArray batches = shown.value(QLatin1String("provider_batches")).toArray();
        QCOMPARE(batches.size(), 2);
        const QJsonObject first = batches.first().toObject();
        QVERIFY(
            first.value(QLatin1String("batch_id")).toString().startsWith(QLatin1String("batch_")));
        QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(first.value(QLatin1String("stage")).toString(), QStringLiteral("collected"));
        QCOMPARE(first.value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("succeeded"))
                     .toInt(),
                 20);
        QVERIFY(first.value(QLatin1String("expires_at")).toString().endsWith(u'Z'));
        const QString text = vigil({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(text.contains(QLatin1String("provider batches:")) &&
                     text.contains(first.value(QLatin1String("batch_id")).toString()) &&
                     text.contains(QLatin1String("20 / 0 / 0 / 20")),
                 qPrintable(text));
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
    }

    void aCancelReachesTheProvider()
    {
        SimProcess sim;
        QVERIFY(sim.start(batchProfile({{QStringLiteral("item_ms"), 50}})));
        QTemporaryDir dir;
        CheckpointStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("vigil.db"))));
        Engine engine(store);
        QString error;
        const auto id = engine.submit(providerBatch(sim, dir.filePath(QStringLiteral("out.jsonl")),
                                                    100, Protocol::OpenAiChat, 1000),
                                      &error);
        QVERIFY(id);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QEventLoop loop;
        connect(&engine, &Engine::eventOccurred, &loop, [&](const EngineEvent &event) {
            if (event.event == QLatin1String("provider_batch") &&
                event.fields.value(QLatin1String("status")) == QLatin1String("in_progress"))
                loop.quit();
        });
        QVERIFY(engine.start(*id, &error));
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        QVERIFY(engine.cancel(*id, &error));
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Cancelled);
        QTRY_COMPARE_WITH_TIMEOUT(
            simBatches(sim).first().toObject().value(QLatin1String("status")).toString(),
            QStringLiteral("cancelled"), 5000);
        // No attempt is left open: each item's ended with the cancel or with its result.
        for (const AttemptRecord &attempt : store.attempts(*id))
            QVERIFY(attempt.endedAt > 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderBatch)
#include "tst_provider_batch.moc"

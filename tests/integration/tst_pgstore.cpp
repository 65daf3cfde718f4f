// `vigil run --store postgresql://…` against vigil-sim, with a PostgreSQL server the test
// starts for itself: the records go to the server, several Vigils share a batch's items
// (one that dies leaves its items to the others), and a run waits for a server that goes
// away and goes on without losing a completed item.
#include "backendcircuit.h"
#include "enginerun.h"
#include "postgrescluster.h"
#include "simprocess.h"
#include "store.h"
#include "taskspec.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

namespace {

constexpr int kExitPaused = 4;

struct Result
{
    int exitCode = -1;
    QString err;
};

Result finish(QProcess &process, int timeoutMs = 120000)
{
    // A process that ended while the test waited for another is finished already.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs))
        qFatal("vigil did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

// A Vigil in this process on the store at `location`, with the simulator's prices; no
// engine when the store cannot be opened.
struct LocalVigil
{
    explicit LocalVigil(const QString &location)
    {
        if (!store.open(location))
            return;
        vigil::TaskFileError error;
        const auto settings = vigil::parseSettingsJson(
            R"({"prices": {"vigil-large": {"input": 2.0, "output": 8.0}}})", QStringLiteral("s"),
            error);
        if (!settings)
            qFatal("%s", qPrintable(error.toString()));
        engine.emplace(store);
        engine->setPrices(settings->priceTable());
        ended = std::make_unique<QSignalSpy>(&*engine, &vigil::Engine::taskEnded);
    }

    vigil::CheckpointStore store;
    std::optional<vigil::Engine> engine;
    std::unique_ptr<QSignalSpy> ended;
};

// Two Vigils in this process on a fresh store with leases of 3 s (renewed every second),
// against a simulator answering at a steady pace: about half a second an item.
struct PacedFleet
{
    explicit PacedFleet(PostgresCluster &cluster)
        : location(cluster.freshDatabase() + QStringLiteral("?vigil_lease=3"))
    {
    }

    bool started()
    {
        return first.engine && second.engine &&
               sim.start(testProfile({{QStringLiteral("token_delay_ms"), 50}}));
    }

    // The task, started on the first and taken up by the second.
    std::optional<qint64> run(const vigil::TaskSpec &spec, QString *error)
    {
        const auto id = first.engine->submit(spec, error);
        if (!id || !first.engine->start(*id, error))
            return std::nullopt;
        second.engine->joinSharedTasks();
        if (!QTest::qWaitFor([&] { return second.engine->isRunning(*id); }, 5000)) {
            *error = QStringLiteral("the second Vigil did not take the task up");
            return std::nullopt;
        }
        return id;
    }

    QString location;
    LocalVigil first{location};
    LocalVigil second{location};
    SimProcess sim;
};

// How many Vigils have held the store's steps.
int leaseHolders(const QString &location)
{
    return peekSql(location,
                   QStringLiteral(
                       "SELECT COUNT(DISTINCT lease_owner) FROM steps WHERE lease_owner <> ''"))
        .toInt();
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresCluster m_cluster;

    // A batch task file of `items` documents for the simulator, in `folder` of the test's
    // own (its output beside it); returns its path.
    QString batchTask(const SimProcess &sim, const QString &name, int items,
                      const QString &folder = {}, const QJsonObject &retry = {})
    {
        const QDir dir(m_dir.filePath(folder));
        if (!dir.mkpath(QStringLiteral(".")))
            return {};
        QFile input(dir.filePath(name + QStringLiteral(".items.jsonl")));
        if (!input.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < items; ++i)
            input.write(
                QStringLiteral("{\"id\": \"%1\", \"text\": \"document %1\"}\n").arg(i).toUtf8());
        QJsonObject task{
            {QStringLiteral("name"), name},
            {QStringLiteral("provider"), QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()}}},
            {QStringLiteral("model"), QStringLiteral("vigil-large")},
            {QStringLiteral("batch"),
             QJsonObject{{QStringLiteral("input"), name + QStringLiteral(".items.jsonl")},
                         {QStringLiteral("template"), QStringLiteral("Summarise: {{text}}")},
                         {QStringLiteral("output"), name + QStringLiteral(".out.jsonl")},
                         {QStringLiteral("concurrency"), 8}}},
            {QStringLiteral("retry"), QJsonObject{{QStringLiteral("initial_delay_ms"), 10},
                                                  {QStringLiteral("max_delay_ms"), 50}}}};
        QJsonObject policy = task.value(QLatin1String("retry")).toObject();
        for (auto it = retry.begin(); it != retry.end(); ++it)
            policy.insert(it.key(), it.value());
        task.insert(QStringLiteral("retry"), policy);
        QString path = dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(task).toJson());
        return path;
    }

    // A simulator streaming a token every 10 ms, and a fresh database at `location`.
    bool startFresh(SimProcess &sim, QString &location)
    {
        location = m_cluster.freshDatabase();
        return !location.isEmpty() &&
               sim.start(testProfile({{QStringLiteral("token_delay_ms"), 10}}));
    }

    // The output's item ids; fails on a repeated id or a torn line.
    QSet<QString> outputIds(const QString &name, const QString &folder = {})
    {
        return readOutputIds(
            QDir(m_dir.filePath(folder)).filePath(name + QStringLiteral(".out.jsonl")));
    }

    static void startVigil(QProcess &process, const QString &task, const QString &store,
                           const QStringList &more = {})
    {
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      QStringList{QStringLiteral("run"), task, QStringLiteral("--store"), store} +
                          more);
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<vigil::TaskState>();
        // Outputs of batches a Vigil takes up, here and in the Vigils started, go there.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
    }
    void cleanupTestCase() { m_cluster.stop(); }

    // Two Vigils on two "machines" (folders) run the same batch on one store: each sends
    // only the items it claimed, every item goes once, and each writes the whole output.
    void aBatchIsSharedByTwoVigils()
    {
        SimProcess sim;
        QString store;
        QVERIFY2(startFresh(sim, store), qPrintable(m_cluster.error()));
        const int items = 240;
        QProcess first;
        startVigil(first, batchTask(sim, QStringLiteral("shared"), items, QStringLiteral("a")),
                   store);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 10, 30000);
        QProcess second;
        startVigil(second, batchTask(sim, QStringLiteral("shared"), items, QStringLiteral("b")),
                   store);

        const Result one = finish(first);
        const Result two = finish(second);
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        QCOMPARE(outputIds(QStringLiteral("shared"), QStringLiteral("a")).size(), items);
        QCOMPARE(outputIds(QStringLiteral("shared"), QStringLiteral("b")).size(), items);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), items);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 1);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'done'"))
                     .toInt(),
                 items);
        // Both did some of it.
        QCOMPARE(leaseHolders(store), 2);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    // A Vigil killed mid-batch holds leases nobody renews: once they run out, the other
    // takes its items over. What either had written out is never sent again; what the dead
    // one had in flight goes once more at most.
    void aKilledVigilsItemsAreTakenOver()
    {
        SimProcess sim;
        QString store;
        QVERIFY2(startFresh(sim, store), qPrintable(m_cluster.error()));
        const QString shortLeases = store + QStringLiteral("?vigil_lease=2");
        const int items = 240;
        QProcess doomed;
        startVigil(doomed, batchTask(sim, QStringLiteral("taken"), items, QStringLiteral("a")),
                   shortLeases);
        QProcess survivor;
        startVigil(survivor, batchTask(sim, QStringLiteral("taken"), items, QStringLiteral("b")),
                   shortLeases);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 60, 30000);
        doomed.kill();
        QVERIFY(doomed.waitForFinished(10000));
        const QSet<QString> written = outputIds(QStringLiteral("taken"), QStringLiteral("a")) +
                                      outputIds(QStringLiteral("taken"), QStringLiteral("b"));
        QVERIFY(!written.isEmpty());

        const Result done = finish(survivor);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(outputIds(QStringLiteral("taken"), QStringLiteral("b")).size(), items);
        for (int item = 0; item < items; ++item) {
            const QString id = QString::number(item);
            const int sent = sim.requestsFor(QLatin1Char(':') + id);
            if (written.contains(id))
                QVERIFY2(sent == 1, qPrintable(QStringLiteral("item %1: %2").arg(id).arg(sent)));
            else
                QVERIFY2(sent == 1 || sent == 2, qPrintable(QStringLiteral("item %1").arg(id)));
        }
        QCOMPARE(peekSql(store, QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'done'"))
                     .toInt(),
                 items);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    // Three Vigils share 10,000 items; one is killed, and the database goes away for 10 s:
    // every item completes, written out by each survivor. What was written out anywhere
    // before the kill was sent once; what was written out before the outage is not sent
    // again after it; nothing is sent more than twice (once by the killed one, in flight).
    void aFleetOfThreeSharesTenThousandItems()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        const QString store = m_cluster.freshDatabase();
        QVERIFY2(!store.isEmpty(), qPrintable(m_cluster.error()));
        const QString shortLeases = store + QStringLiteral("?vigil_lease=3");
        const int items = 10000;
        const QStringList folders{QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("f3")};
        std::vector<std::unique_ptr<QProcess>> fleet;
        for (const QString &folder : folders) {
            const QString task = batchTask(sim, QStringLiteral("fleet"), items, folder);
            QVERIFY(!task.isEmpty());
            fleet.push_back(std::make_unique<QProcess>());
            startVigil(*fleet.back(), task, shortLeases);
        }
        const auto completions = [&sim] {
            return sim.stats().value(QLatin1String("completions_total")).toInt();
        };
        const auto requestsPerItem = [&sim] {
            const QJsonObject steps = sim.stats().value(QLatin1String("steps")).toObject();
            QHash<QString, int> requests;
            for (auto it = steps.begin(); it != steps.end(); ++it)
                requests[it.key().section(u':', -1)] +=
                    it.value().toObject().value(QLatin1String("requests")).toInt();
            return requests;
        };
        const auto written = [&] {
            QSet<QString> ids;
            for (const QString &folder : folders)
                ids += outputIds(QStringLiteral("fleet"), folder);
            return ids;
        };
        QTRY_VERIFY_WITH_TIMEOUT(completions() >= 2000, 120000);
        fleet.front()->kill();
        QVERIFY(fleet.front()->waitForFinished(10000));
        const QSet<QString> beforeKill = written();

        QTRY_VERIFY_WITH_TIMEOUT(completions() >= 5000, 120000);
        m_cluster.stop();
        QTest::qWait(500); // what the survivors wrote out before is all on the server
        const QSet<QString> beforeOutage = written();
        const QHash<QString, int> sentBeforeOutage = requestsPerItem();
        QTest::qWait(9500);
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));

        for (int i = 1; i < 3; ++i) {
            const Result done = finish(*fleet.at(static_cast<size_t>(i)), 300000);
            QVERIFY2(done.exitCode == 0, qPrintable(done.err.right(900))); // how it ended
            QCOMPARE(outputIds(QStringLiteral("fleet"), folders.at(i)).size(), items);
        }
        const QHash<QString, int> requests = requestsPerItem();
        QCOMPARE(requests.size(), items);
        int twice = 0;
        for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
            const QString what =
                QStringLiteral("item %1 sent %2 times").arg(it.key()).arg(it.value());
            QVERIFY2(it.value() == 1 || it.value() == 2, qPrintable(what));
            if (beforeKill.contains(it.key()))
                QVERIFY2(it.value() == 1, qPrintable(what));
            if (beforeOutage.contains(it.key()))
                QVERIFY2(it.value() == sentBeforeOutage.value(it.key()), qPrintable(what));
            twice += it.value() == 2 ? 1 : 0;
        }
        qInfo("%lld items written out before the kill, %lld before the outage; %d sent twice",
              static_cast<long long>(beforeKill.size()),
              static_cast<long long>(beforeOutage.size()), twice);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'done'"))
                     .toInt(),
                 items);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    // `vigil serve` on the store takes up a batch a `vigil run` started after it: the two
    // share the items, each sent once. The run writes the output its task file names, the
    // serve the whole output in its own data folder. A second run of the same task on this
    // machine is refused (it would write the first one's file), and the first goes on.
    void aServeTakesUpABatchAnotherVigilStarted()
    {
        SimProcess sim;
        QString store;
        QVERIFY2(startFresh(sim, store), qPrintable(m_cluster.error()));
        const QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           home.filePath(QStringLiteral("config")));
        QProcess serve;
        serve.setProcessEnvironment(environment);
        serve.start(QStringLiteral(VIGIL_CLI_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--store"), store,
                     QStringLiteral("--socket"), home.filePath(QStringLiteral("vigil.sock"))});
        QVERIFY(serve.waitForStarted());
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += serve.readAllStandardError()).contains("listening at"),
                                 20000);

        const int items = 300;
        const QString task = batchTask(sim, QStringLiteral("joined"), items, QStringLiteral("a"));
        QProcess run;
        startVigil(run, task, store);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 20, 30000);
        QProcess twin;
        startVigil(twin, task, store);
        const Result refused = finish(twin);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("another Vigil on this machine writes")),
                 qPrintable(refused.err));

        // `vigil show` names both Vigils holding the task's steps, by host and process.
        const QString id = peekSql(store, QStringLiteral("SELECT id FROM tasks")).toString();
        const auto show = [&home, &id](bool json) {
            QProcess control;
            QStringList arguments{QStringLiteral("show"), id, QStringLiteral("--socket"),
                                  home.filePath(QStringLiteral("vigil.sock"))};
            if (json)
                arguments << QStringLiteral("--json");
            control.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
            control.waitForFinished(10000);
            return control.readAllStandardOutput();
        };
        const QSet<qint64> both{serve.processId(), run.processId()};
        const auto heldByBoth = [&show, &both] {
            QSet<qint64> holders;
            const QJsonObject task = QJsonDocument::fromJson(show(true))
                                         .object()
                                         .value(QLatin1String("task"))
                                         .toObject();
            for (const auto &value : task.value(QLatin1String("workers")).toArray()) {
                const QJsonObject worker = value.toObject();
                if (worker.value(QLatin1String("host")).toString() == QSysInfo::machineHostName() &&
                    worker.value(QLatin1String("steps_held")).toInt() > 0)
                    holders.insert(worker.value(QLatin1String("pid")).toInteger());
            }
            return holders == both;
        };
        QTRY_VERIFY_WITH_TIMEOUT(heldByBoth(), 20000);
        const QString shown = QString::fromUtf8(show(false));
        QVERIFY2(shown.contains(QLatin1String("run now by: ")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("(process %1), steps held: ").arg(run.processId())),
                 qPrintable(shown));

        const Result done = finish(run);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(outputIds(QStringLiteral("joined"), QStringLiteral("a")).size(), items);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), items);
        QCOMPARE(leaseHolders(store), 2);
        const QString key = peekSql(store, QStringLiteral("SELECT work_key FROM tasks")).toString();
        QString joinedOutput;
        QDirIterator found(home.filePath(QStringLiteral("data")), {key + QStringLiteral(".jsonl")},
                           QDir::Files, QDirIterator::Subdirectories);
        if (found.hasNext())
            joinedOutput = found.next();
        QVERIFY2(!joinedOutput.isEmpty(), qPrintable(key));
        QTRY_COMPARE_WITH_TIMEOUT(readOutputIds(joinedOutput).size(), items, 10000);

        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 0);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    // Three Vigils on one batch through a capacity window send one probe per cool-down
    // between them, not one each, counted at the simulator; when it ends they all go on.
    void aFleetSendsOneProbePerCoolDown()
    {
        const qint64 windowMs = 15000;
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("token_delay_ms"), 5},
             {QStringLiteral("capacity_windows"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("model"), QStringLiteral("vigil-large")},
                  {QStringLiteral("start_ms"), 0},
                  {QStringLiteral("duration_ms"), windowMs},
                  {QStringLiteral("response"), QStringLiteral("openai-503-overloaded")}}}}})));
        const QString store = m_cluster.freshDatabase();
        QVERIFY2(!store.isEmpty(), qPrintable(m_cluster.error()));
        const int items = 120;
        // A probe every 1–2 s: three Vigils probing each on its own would send about two a
        // second between them.
        const QJsonObject cadence{{QStringLiteral("probe_initial_delay_ms"), 2000},
                                  {QStringLiteral("probe_max_delay_ms"), 2000},
                                  {QStringLiteral("capacity_initial_delay_ms"), 1000},
                                  {QStringLiteral("capacity_max_delay_ms"), 2000}};
        const QStringList folders{QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3")};
        std::vector<std::unique_ptr<QProcess>> fleet;
        for (const QString &folder : folders) {
            const QString task = batchTask(sim, QStringLiteral("probed"), items, folder, cadence);
            QVERIFY(!task.isEmpty());
            fleet.push_back(std::make_unique<QProcess>());
            startVigil(*fleet.back(), task, store);
        }
        const auto refused = [&sim] {
            return sim.stats()
                .value(QLatin1String("by_fault"))
                .toObject()
                .value(QLatin1String("openai-503-overloaded"))
                .toInt();
        };
        const auto uptime = [&sim] {
            return sim.stats().value(QLatin1String("uptime_ms")).toInteger();
        };
        // Every Vigil has met the outage, or heard of it, by then.
        QTRY_VERIFY_WITH_TIMEOUT(refused() >= 3, 10000);
        QTest::qWait(2500);
        const qint64 from = uptime();
        const int before = refused();
        QVERIFY2(from < windowMs - 8000, qPrintable(QString::number(from)));
        QTRY_VERIFY_WITH_TIMEOUT(uptime() >= windowMs - 300, windowMs);
        const qint64 span = uptime() - from;
        const int probes = refused() - before;
        qInfo("%d probes in %lld ms of the outage, %d refused before", probes,
              static_cast<long long>(span), before);
        QVERIFY2(probes >= 2 && probes <= span / 1000 + 2,
                 qPrintable(QStringLiteral("%1 probes in %2 ms").arg(probes).arg(span)));

        for (size_t i = 0; i < fleet.size(); ++i) {
            const Result done = finish(*fleet.at(i));
            QVERIFY2(done.exitCode == 0, qPrintable(done.err.right(900)));
            QCOMPARE(outputIds(QStringLiteral("probed"), folders.at(static_cast<int>(i))).size(),
                     items);
        }
        QCOMPARE(sim.stats().value(QLatin1String("completions_total")).toInt(), items);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM backend_circuits")).toString(),
                 QStringLiteral("serving"));
    }

    void aRunWaitsForAServerThatGoesAwayAndLosesNothing()
    {
        SimProcess sim;
        QString store;
        QVERIFY2(startFresh(sim, store), qPrintable(m_cluster.error()));
        const QString task = batchTask(sim, QStringLiteral("outage"), 200);
        const QString events = m_dir.filePath(QStringLiteral("outage.events.jsonl"));
        QProcess run;
        startVigil(run, task, store, {QStringLiteral("--events"), events});
        QTRY_VERIFY_WITH_TIMEOUT(outputIds(QStringLiteral("outage")).size() >= 20, 30000);
        m_cluster.stop();
        const auto eventsSay = [&events](const char *words) {
            QFile file(events);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(words);
        };
        // The run waits for the store, as for the network, instead of ending.
        QTRY_VERIFY2_WITH_TIMEOUT(eventsSay("the checkpoint store cannot be reached"),
                                  qPrintable(QString::fromUtf8(run.readAllStandardError())), 20000);
        QVERIFY(eventsSay("\"state\":\"waiting-for-network\""));
        const QSet<QString> before = outputIds(QStringLiteral("outage"));
        QVERIFY(before.size() < 200);
        QVERIFY(!run.waitForFinished(2000));
        QCOMPARE(outputIds(QStringLiteral("outage")), before); // nothing undurable written

        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        const Result done = finish(run);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(outputIds(QStringLiteral("outage")).size(), 200);
        // What was written out before the outage was durable: never sent again. What was in
        // flight, or done and not yet committed, when the server went is sent once more at
        // most, as after a crash.
        for (int item = 0; item < 200; ++item) {
            const QString id = QString::number(item);
            const int sent = sim.requestsFor(QLatin1Char(':') + id);
            if (before.contains(id))
                QCOMPARE(sent, 1);
            else
                QVERIFY2(sent == 1 || sent == 2, qPrintable(QStringLiteral("item %1").arg(id)));
        }
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    // The user switches a shared batch's model on one Vigil (an engine in the test): the
    // other Vigil running it sees the new spec and goes on with the new model instead of
    // stopping; neither writes a pause.
    void aModelSwitchOnOneVigilIsTakenUpByTheOthers()
    {
        SimProcess sim;
        QString location;
        QVERIFY2(startFresh(sim, location), qPrintable(m_cluster.error()));
        const int items = 600;
        const QString events = m_dir.filePath(QStringLiteral("switched.events.jsonl"));
        QProcess other;
        startVigil(other, batchTask(sim, QStringLiteral("switched"), items, QStringLiteral("s")),
                   location, {QStringLiteral("--events"), events});
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 20, 30000);

        vigil::CheckpointStore store;
        QVERIFY2(store.open(location), qPrintable(store.lastError()));
        vigil::Engine engine(store);
        QSignalSpy ended(&engine, &vigil::Engine::taskEnded);
        const qint64 id = peekSql(location, QStringLiteral("SELECT id FROM tasks")).toLongLong();
        engine.joinSharedTasks();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isRunning(id), 5000);
        QTest::qWait(300);
        QString error;
        QVERIFY2(engine.switchModel(id, QStringLiteral("vigil-small"), &error), qPrintable(error));
        const int beforeSwitch = sim.stats().value(QLatin1String("completions_total")).toInt();
        QVERIFY(beforeSwitch < items / 2);

        // The engine here works on while the other does: the event loop runs.
        QTRY_VERIFY_WITH_TIMEOUT(other.state() == QProcess::NotRunning, 120000);
        const Result done = finish(other);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err.right(900)));
        QCOMPARE(outputIds(QStringLiteral("switched"), QStringLiteral("s")).size(), items);
        QFile log(events);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray said = log.readAll();
        QVERIFY(said.contains("\"event\":\"model_switched\""));
        QVERIFY(!said.contains("\"state\":\"paused\""));
        QVERIFY(ended.wait(10000) || !ended.isEmpty());
        QCOMPARE(ended.first().at(1).value<vigil::TaskState>(), vigil::TaskState::Completed);
        // Both went on with the new model: most items were answered by it.
        const QJsonObject byModel = sim.stats().value(QLatin1String("by_model")).toObject();
        QVERIFY2(byModel.value(QLatin1String("vigil-small")).toInt() >= items - beforeSwitch - 40,
                 QJsonDocument(byModel).toJson(QJsonDocument::Compact).constData());
        QCOMPARE(peekSql(location, QStringLiteral("SELECT model FROM tasks")).toString(),
                 QStringLiteral("vigil-small"));
        QCOMPARE(peekSql(location, QStringLiteral("SELECT COUNT(DISTINCT lease_owner) FROM steps"
                                                  " WHERE state = 'done'"))
                     .toInt(),
                 2);
    }

    // The user pauses a batch on one Vigil (here, an engine in the test): another Vigil
    // running the same batch hears of it and stops within a second or two, paused with the
    // same reason, its items left for a resume.
    void aPauseOnOneVigilStopsTheOthers()
    {
        SimProcess sim;
        QString location;
        QVERIFY2(startFresh(sim, location), qPrintable(m_cluster.error()));
        const int items = 800;
        QProcess other;
        startVigil(other, batchTask(sim, QStringLiteral("steered"), items, QStringLiteral("b")),
                   location);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 20, 30000);

        vigil::CheckpointStore store;
        QVERIFY2(store.open(location), qPrintable(store.lastError()));
        vigil::Engine engine(store);
        QSignalSpy ended(&engine, &vigil::Engine::taskEnded);
        const qint64 id = peekSql(location, QStringLiteral("SELECT id FROM tasks")).toLongLong();
        // It takes the batch up as `vigil serve` does (its output in its own data folder:
        // the other Vigil, on this machine too, writes the task file's).
        engine.joinSharedTasks();
        QTRY_VERIFY_WITH_TIMEOUT(engine.isRunning(id), 5000);
        QTest::qWait(500); // both send
        QString error;
        QVERIFY2(engine.pause(id, &error), qPrintable(error));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<vigil::TaskState>(), vigil::TaskState::Paused);

        QVERIFY(other.state() == QProcess::NotRunning || other.waitForFinished(3000));
        const QString said = QString::fromUtf8(other.readAllStandardError());
        QVERIFY2(other.exitCode() == kExitPaused, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("paused by the user")), qPrintable(said));
        QCOMPARE(peekSql(location, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("paused"));
        const int sent = sim.stats().value(QLatin1String("requests_total")).toInt();
        QVERIFY2(sent < items, qPrintable(QString::number(sent)));
        QTest::qWait(500);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), sent);
    }

    // Refusals that come in together (a batch's requests in flight meeting a capacity
    // window) lengthen a backend's cool-down with one write for the fleet, not one each;
    // a recovery after them in the same turn is written after them.
    void aBurstOfCoolDownsIsOneWriteForTheFleet()
    {
        const QString location = m_cluster.freshDatabase();
        QVERIFY2(!location.isEmpty(), qPrintable(m_cluster.error()));
        vigil::CheckpointStore store;
        QVERIFY2(store.open(location), qPrintable(store.lastError()));
        const auto peers = store.shareCircuits(vigil::TimeSource::system());
        QVERIFY(peers);
        QRandomGenerator random(7);
        vigil::BackendCircuit circuit(QStringLiteral("vigil-large at 127.0.0.1"), random);
        circuit.setPeers(peers.get());
        const auto row = [&location](const QString &column) {
            return peekSql(location, QStringLiteral("SELECT %1 FROM backend_circuits").arg(column));
        };
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 1; i <= 20; ++i)
            circuit.holdUntil(now + 1000 * i);
        QVERIFY(row(QStringLiteral("generation")).isNull()); // written as the turn ends
        QTRY_COMPARE_WITH_TIMEOUT(row(QStringLiteral("generation")).toInt(), 1, 5000);
        QCOMPARE(row(QStringLiteral("state")).toString(), QStringLiteral("holding"));
        const qint64 left =
            row(QStringLiteral("until_ms - CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000"
                               " AS BIGINT)"))
                .toLongLong();
        QVERIFY2(left > 15000 && left <= 20000, qPrintable(QString::number(left)));

        circuit.holdUntil(now + 30000);
        peers->recovered(circuit);
        QCOMPARE(row(QStringLiteral("state")).toString(), QStringLiteral("serving"));
        QTest::qWait(100); // past the turn's end: nothing written over it
        QCOMPARE(row(QStringLiteral("state")).toString(), QStringLiteral("serving"));
        QCOMPARE(row(QStringLiteral("generation")).toInt(), 3);
    }

    // A task's spend cap holds for the fleet: each Vigil reads what all of them spent as it
    // renews its leases (every second here), so the task pauses near its cap — not at a
    // cap's worth spent by each.
    void aSpendCapHoldsForEveryVigilTogether()
    {
        PacedFleet fleet(m_cluster);
        QVERIFY2(fleet.started(), qPrintable(fleet.first.store.lastError()));
        vigil::TaskSpec spec =
            simBatch(fleet.sim.baseUrl(), m_dir.filePath(QStringLiteral("capped.jsonl")), 600, 8);
        // Some 50 tokens in and 9 out an item: the cap is about 150 items' worth.
        const double cap = 150 * (50 * 2.0 + 9 * 8.0) / 1e6;
        spec.budget.maxCostUsd = cap;
        QString error;
        const auto id = fleet.run(spec, &error);
        QVERIFY2(id, qPrintable(error));

        const QString &location = fleet.location;
        for (const LocalVigil *vigil : {&fleet.first, &fleet.second}) {
            QTRY_VERIFY_WITH_TIMEOUT(!vigil->ended->isEmpty(), 60000);
            QCOMPARE(vigil->ended->first().at(1).value<vigil::TaskState>(),
                     vigil::TaskState::Paused);
        }
        QCOMPARE(peekSql(location, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("paused"));
        QVERIFY2(
            peekSql(location, QStringLiteral("SELECT reason FROM tasks"))
                .toString()
                .startsWith(QLatin1String("spend cap reached")),
            qPrintable(peekSql(location, QStringLiteral("SELECT reason FROM tasks")).toString()));
        // Both sent; together they spent the cap and what a second of the fleet's work and
        // the attempts in flight add — far from twice the cap.
        QCOMPARE(leaseHolders(location), 2);
        const double spent =
            peekSql(location, QStringLiteral("SELECT SUM(cost_usd) FROM attempts")).toDouble();
        QVERIFY2(spent >= cap && spent < 1.5 * cap,
                 qPrintable(QStringLiteral("%1 spent of %2").arg(spent).arg(cap)));
    }

    // A shared batch's ETA is the fleet's: the items left on every Vigil, at the pace
    // they all go at — not this Vigil's held items at its own pace (which would put the
    // end within seconds).
    void aSharedBatchsEtaIsTheFleets()
    {
        PacedFleet fleet(m_cluster);
        QVERIFY2(fleet.started(), qPrintable(fleet.first.store.lastError()));
        QString error;
        const auto id = fleet.run(
            simBatch(fleet.sim.baseUrl(), m_dir.filePath(QStringLiteral("eta.jsonl")), 600, 8),
            &error);
        QVERIFY2(id, qPrintable(error));
        QTest::qWait(4000); // a few renewals into a steady pace
        const qint64 askedAt = QDateTime::currentMSecsSinceEpoch();
        const auto expected = fleet.first.engine->eta(*id);
        const auto expectedThere = fleet.second.engine->eta(*id);
        QVERIFY(expected && expectedThere);

        for (const LocalVigil *vigil : {&fleet.first, &fleet.second}) {
            QTRY_VERIFY_WITH_TIMEOUT(!vigil->ended->isEmpty(), 60000);
            QCOMPARE(vigil->ended->first().at(1).value<vigil::TaskState>(),
                     vigil::TaskState::Completed);
        }
        const qint64 endedAt = QDateTime::currentMSecsSinceEpoch();
        const qint64 took = endedAt - askedAt;
        for (const qint64 eta : {*expected, *expectedThere})
            QVERIFY2(std::abs(eta - endedAt) < took / 3,
                     qPrintable(QStringLiteral("expected in %1 ms, ended in %2 ms")
                                    .arg(eta - askedAt)
                                    .arg(took)));
    }

    // A Vigil whose output file cannot be written (here a folder stands where the file
    // would be) stops only its own part of a shared task: the task's state stays the
    // fleet's, the other Vigil finishes every item once, and this one does not take the
    // task up again.
    void aVigilWhoseOutputFailsLeavesTheTaskToTheOthers()
    {
        SimProcess sim;
        QString location;
        QVERIFY2(startFresh(sim, location), qPrintable(m_cluster.error()));
        const int items = 400;
        QProcess other;
        startVigil(other, batchTask(sim, QStringLiteral("kept"), items, QStringLiteral("b")),
                   location);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 20, 30000);

        const QString key =
            peekSql(location, QStringLiteral("SELECT work_key FROM tasks")).toString();
        const QString output =
            QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                .filePath(QStringLiteral("outputs/%1.jsonl").arg(key));
        QVERIFY(QDir().mkpath(output));
        vigil::CheckpointStore store;
        QVERIFY2(store.open(location), qPrintable(store.lastError()));
        vigil::Engine engine(store);
        QSignalSpy ended(&engine, &vigil::Engine::taskEnded);
        const qint64 id = peekSql(location, QStringLiteral("SELECT id FROM tasks")).toLongLong();
        engine.joinSharedTasks();
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<vigil::TaskState>(), vigil::TaskState::Failed);
        const QString reason = ended.first().at(2).toString();
        QVERIFY2(reason.contains(output) && reason.contains(QLatin1String("go on with it")),
                 qPrintable(reason));
        QCOMPARE(peekSql(location, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("running"));

        const Result done = finish(other);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QVERIFY(!engine.isRunning(id));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(outputIds(QStringLiteral("kept"), QStringLiteral("b")).size(), items);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), items);
        QCOMPARE(peekSql(location, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    // The user's own `vigil run` of a task other Vigils run, on a machine without the key:
    // it stops saying why, and the others go on with the task; a Vigil joining it there
    // passes it over.
    void aRunWithoutTheKeyLeavesTheTaskToTheOthers()
    {
        SimProcess sim;
        QString location;
        QVERIFY2(startFresh(sim, location), qPrintable(m_cluster.error()));
        const int items = 400;
        const auto keyedTask = [&](const QString &folder) {
            QString path = batchTask(sim, QStringLiteral("keyed"), items, folder);
            QFile file(path);
            if (!file.open(QIODevice::ReadWrite))
                return QString();
            QJsonObject task = QJsonDocument::fromJson(file.readAll()).object();
            QJsonObject provider = task.value(QLatin1String("provider")).toObject();
            provider.insert(QStringLiteral("api_key_env"), QStringLiteral("VIGIL_TEST_FLEET_KEY"));
            task.insert(QStringLiteral("provider"), provider);
            file.resize(0);
            file.write(QJsonDocument(task).toJson());
            return path;
        };
        QProcessEnvironment keyed = QProcessEnvironment::systemEnvironment();
        keyed.insert(QStringLiteral("VIGIL_TEST_FLEET_KEY"), QStringLiteral("sk-fleet"));
        QProcess other;
        other.setProcessEnvironment(keyed);
        startVigil(other, keyedTask(QStringLiteral("b")), location);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 20, 30000);

        QProcess keyless;
        QProcessEnvironment unkeyed = QProcessEnvironment::systemEnvironment();
        unkeyed.remove(QStringLiteral("VIGIL_TEST_FLEET_KEY"));
        keyless.setProcessEnvironment(unkeyed);
        startVigil(keyless, keyedTask(QStringLiteral("a")), location);
        const Result stopped = finish(keyless);
        QVERIFY2(stopped.exitCode == kExitPaused, qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(QLatin1String("VIGIL_TEST_FLEET_KEY")) &&
                     stopped.err.contains(QLatin1String("go on with it")),
                 qPrintable(stopped.err));
        QCOMPARE(peekSql(location, QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 1);
        QCOMPARE(peekSql(location, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("running"));

        // A Vigil taking the task up (as `vigil serve` does) without the key passes it over.
        QVERIFY(!qEnvironmentVariableIsSet("VIGIL_TEST_FLEET_KEY"));
        LocalVigil joining(location);
        QVERIFY2(joining.engine, qPrintable(joining.store.lastError()));
        const qint64 id = peekSql(location, QStringLiteral("SELECT id FROM tasks")).toLongLong();
        joining.engine->joinSharedTasks();
        QTest::qWait(1000);
        QVERIFY(!joining.engine->isRunning(id));
        QVERIFY(!joining.engine->hasWork());
        QVERIFY(joining.ended->isEmpty());
        QCOMPARE(peekSql(location, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("running"));

        const Result done = finish(other);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(outputIds(QStringLiteral("keyed"), QStringLiteral("b")).size(), items);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), items);
    }

    // In the engine: a task waiting for the store counts as running and keeps the computer
    // awake; the user can pause it, and a store that comes back does not start it again.
    void aTaskWaitingForTheStoreCanBePaused()
    {
        SimProcess sim;
        QString location;
        QVERIFY2(startFresh(sim, location), qPrintable(m_cluster.error()));
        vigil::CheckpointStore store;
        QVERIFY2(store.open(location), qPrintable(store.lastError()));
        vigil::Engine engine(store);
        int done = 0;
        QStringList waitingReasons;
        connect(&engine, &vigil::Engine::eventOccurred, this, [&](const vigil::EngineEvent &event) {
            if (event.event == QLatin1String("step_done"))
                ++done;
            const QString state = event.fields.value(QLatin1String("state")).toString();
            if (state == QLatin1String("waiting-for-network"))
                waitingReasons.append(event.fields.value(QLatin1String("reason")).toString());
        });
        QSignalSpy ended(&engine, &vigil::Engine::taskEnded);
        QString error;
        const auto id = engine.submit(
            simBatch(sim.baseUrl(), m_dir.filePath(QStringLiteral("paused.out.jsonl")), 100, 8),
            &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY2(engine.start(*id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(done >= 10, 30000);

        m_cluster.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!waitingReasons.isEmpty(), 20000);
        QVERIFY2(waitingReasons.first().contains(QLatin1String("cannot be reached")),
                 qPrintable(waitingReasons.first()));
        QVERIFY(ended.isEmpty());
        QVERIFY(engine.isRunning(*id));
        QVERIFY(engine.hasWork());
        QVERIFY2(engine.pause(*id, &error), qPrintable(error));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<vigil::TaskState>(), vigil::TaskState::Paused);
        QVERIFY(!engine.isRunning(*id));
        QVERIFY(!engine.hasWork());

        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        const int sent = sim.stats().value(QLatin1String("requests_total")).toInt();
        QTest::qWait(2500); // past the engine's first tries to connect again
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), sent);
        QVERIFY(!engine.isRunning(*id));

        // Started again, it goes on where it was.
        QVERIFY2(engine.start(*id, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(ended.size() == 2, 60000);
        QCOMPARE(ended.last().at(1).value<vigil::TaskState>(), vigil::TaskState::Completed);
        QCOMPARE(
            peekSql(location, QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'done'"))
                .toInt(),
            100);
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_pgstore.moc"

// `vigil run --store postgresql://…` against vigil-sim, with a PostgreSQL server the test
// starts for itself: the records go to the server, one Vigil at a time runs its tasks, and
// a server that goes away pauses the run without losing a completed item.
#include "enginerun.h"
#include "postgrescluster.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kExitCannotRun = 1;
constexpr int kExitPaused = 4;

struct Result
{
    int exitCode = -1;
    QString err;
};

Result finish(QProcess &process)
{
    if (!process.waitForFinished(120000))
        qFatal("vigil did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresCluster m_cluster;

    // A batch task file of `items` documents for the simulator; returns its path.
    QString batchTask(const SimProcess &sim, const QString &name, int items)
    {
        QFile input(m_dir.filePath(name + QStringLiteral(".items.jsonl")));
        if (!input.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < items; ++i)
            input.write(
                QStringLiteral("{\"id\": \"%1\", \"text\": \"document %1\"}\n").arg(i).toUtf8());
        const QJsonObject task{
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
        QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(task).toJson());
        return path;
    }

    // The output's item ids; fails on a repeated id or a torn line.
    QSet<QString> outputIds(const QString &name)
    {
        QSet<QString> ids;
        QFile file(m_dir.filePath(name + QStringLiteral(".out.jsonl")));
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

    static void startVigil(QProcess &process, const QString &task, const QString &store)
    {
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      {QStringLiteral("run"), task, QStringLiteral("--store"), store});
    }

private slots:
    void initTestCase() { QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error())); }
    void cleanupTestCase() { m_cluster.stop(); }

    void aBatchRunsOnTheServerAndASecondVigilIsTurnedAway()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("token_delay_ms"), 10}})));
        const QString store = m_cluster.freshDatabase();
        QVERIFY2(!store.isEmpty(), qPrintable(m_cluster.error()));
        const QString task = batchTask(sim, QStringLiteral("shared"), 120);
        QProcess first;
        startVigil(first, task, store);
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 10, 30000);

        QProcess second;
        startVigil(second, batchTask(sim, QStringLiteral("other"), 3), store);
        const Result refused = finish(second);
        QCOMPARE(refused.exitCode, kExitCannotRun);
        QVERIFY2(refused.err.contains(QLatin1String("another Vigil is using this store")),
                 qPrintable(refused.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("other.out.jsonl"))));

        const Result done = finish(first);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(outputIds(QStringLiteral("shared")).size(), 120);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 120);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT COUNT(*) FROM steps WHERE state = 'done'"))
                     .toInt(),
                 120);
        QCOMPARE(peekSql(store, QStringLiteral("SELECT state FROM tasks")).toString(),
                 QStringLiteral("completed"));
    }

    void aServerThatGoesAwayPausesTheRunAndLosesNothing()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("token_delay_ms"), 10}})));
        const QString store = m_cluster.freshDatabase();
        QVERIFY2(!store.isEmpty(), qPrintable(m_cluster.error()));
        const QString task = batchTask(sim, QStringLiteral("outage"), 200);
        QProcess run;
        startVigil(run, task, store);
        QTRY_VERIFY_WITH_TIMEOUT(outputIds(QStringLiteral("outage")).size() >= 20, 30000);
        m_cluster.stop();
        const Result paused = finish(run);
        QCOMPARE(paused.exitCode, kExitPaused);
        QVERIFY2(paused.err.contains(QLatin1String("the checkpoint store failed")),
                 qPrintable(paused.err));
        const QSet<QString> before = outputIds(QStringLiteral("outage"));
        QVERIFY(before.size() < 200);

        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        QProcess again;
        startVigil(again, task, store);
        const Result done = finish(again);
        QVERIFY2(done.exitCode == 0, qPrintable(done.err));
        QCOMPARE(outputIds(QStringLiteral("outage")).size(), 200);
        // What was written out before the outage was durable: never sent again.
        for (const QString &id : before)
            QCOMPARE(sim.requestsFor(QLatin1Char(':') + id), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_pgstore.moc"

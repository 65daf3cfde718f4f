#include "enginerun.h"
#include "postgrescluster.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace vigil;

namespace {

TaskSpec makeSpec(int turns = 3)
{
    TaskSpec spec;
    spec.name = QStringLiteral("store test");
    spec.provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
    spec.model = QStringLiteral("m1");
    for (int i = 0; i < turns; ++i)
        spec.turns.append(QStringLiteral("turn %1").arg(i));
    return spec;
}

// Every field a store keeps of a step: what a write leaves in memory must be what loads.
void compareSteps(const StepRecord &written, const StepRecord &loaded)
{
    QCOMPARE(written.index, loaded.index);
    QCOMPARE(written.state, loaded.state);
    QCOMPARE(written.prompt, loaded.prompt);
    QCOMPARE(written.output, loaded.output);
    QCOMPARE(written.model, loaded.model);
    QCOMPARE(written.usage, loaded.usage);
    QCOMPARE(written.attemptsTotal, loaded.attemptsTotal);
    QCOMPARE(written.budgetAttempts, loaded.budgetAttempts);
    QCOMPARE(written.budgetStartedAt, loaded.budgetStartedAt);
    QCOMPARE(written.lastTryAt, loaded.lastTryAt);
    QCOMPARE(written.nextTryAt, loaded.nextTryAt);
    QCOMPARE(written.errorClass, loaded.errorClass);
    QCOMPARE(written.lastMessage, loaded.lastMessage);
    QCOMPARE(written.requestId, loaded.requestId);
    QCOMPARE(written.itemId, loaded.itemId);
}

void compareTasks(const TaskRecord &written, const TaskRecord &loaded)
{
    QCOMPARE(written.id, loaded.id);
    QCOMPARE(written.name, loaded.name);
    QCOMPARE(written.kind, loaded.kind);
    QCOMPARE(written.state, loaded.state);
    QCOMPARE(written.reason, loaded.reason);
    QCOMPARE(written.model, loaded.model);
    QCOMPARE(written.resumeAt, loaded.resumeAt);
    QCOMPARE(written.updatedAt, loaded.updatedAt);
    QVERIFY(written.spec && loaded.spec);
    QCOMPARE(written.spec->toJson(), loaded.spec->toJson());
    QCOMPARE(written.steps.size(), loaded.steps.size());
    for (qsizetype i = 0; i < written.steps.size(); ++i) {
        compareSteps(written.steps.at(i), loaded.steps.at(i));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("step %1 differs").arg(i)));
    }
}

} // namespace

// Every test runs against each backend: the SQLite file of a single user, and a database of
// a PostgreSQL server the test starts for itself.
class TestStore : public QObject
{
    Q_OBJECT

    bool sqlite() const { return m_backend == QLatin1String("sqlite"); }

    int schemaVersion() const
    {
        bool ok = false;
        const QVariant version =
            peekSql(m_location,
                    sqlite() ? QStringLiteral("PRAGMA user_version")
                             : QStringLiteral("SELECT version FROM vigil_schema"),
                    &ok);
        return ok ? version.toInt() : -1;
    }

    bool setSchemaVersion(int version) const
    {
        bool ok = false;
        peekSql(m_location,
                sqlite() ? QStringLiteral("PRAGMA user_version = %1").arg(version)
                         : QStringLiteral("UPDATE vigil_schema SET version = %1").arg(version),
                &ok);
        return ok;
    }

    QString m_backend;
    PostgresCluster m_cluster;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location; // a fresh store's, for each test

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_backend = backend;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        if (sqlite()) {
            m_location = m_dir->filePath(QStringLiteral("vigil.db"));
            return;
        }
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        m_location = m_cluster.freshDatabase();
        QVERIFY2(!m_location.isEmpty(), qPrintable(m_cluster.error()));
    }

    void cleanupTestCase() { m_cluster.stop(); }

    void createsAVersionedDatabase()
    {
        if (sqlite())
            m_location = m_dir->filePath(QStringLiteral("nested/folder/vigil.db"));
        {
            CheckpointStore store;
            QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
            QCOMPARE(store.journalMode(), sqlite() ? QStringLiteral("wal") : QString());
        }
        QCOMPARE(schemaVersion(), CheckpointStore::kSchemaVersion);
        CheckpointStore again;
        QVERIFY2(again.open(m_location), qPrintable(again.lastError()));
    }

    void migratesAnOlderSchemaAfterABackup()
    {
        const QString path = m_location;
        qint64 taskId = 0;
        {
            CheckpointStore store;
            QVERIFY(store.open(path));
            taskId = *store.createTask(makeSpec());
        }
        // Turn it back into a schema 1 file: no resume_at column, no item ids, no background
        // responses, no usage, no provider batches, no leases, no shared circuits.
        QStringList downgrade{
            QStringLiteral("DROP INDEX steps_pending"),
            QStringLiteral("ALTER TABLE steps DROP COLUMN lease_owner"),
            QStringLiteral("ALTER TABLE steps DROP COLUMN lease_id"),
            QStringLiteral("DROP TABLE backend_circuits"),
            QStringLiteral("ALTER TABLE tasks DROP COLUMN spec_version"),
            QStringLiteral("ALTER TABLE steps DROP COLUMN lease_until"),
            QStringLiteral("DROP INDEX attempts_by_provider_batch"),
            QStringLiteral("ALTER TABLE attempts DROP COLUMN provider_batch"),
            QStringLiteral("DROP TABLE provider_batches"),
            QStringLiteral("ALTER TABLE tasks DROP COLUMN resume_at"),
            QStringLiteral("ALTER TABLE steps DROP COLUMN item_id"),
        };
        for (const char *column : {"response_id", "response_event", "response_text"})
            downgrade.append(
                QStringLiteral("ALTER TABLE steps DROP COLUMN %1").arg(QLatin1String(column)));
        for (const char *column :
             {"response_id", "resumed_after", "partial_text", "service_tier", "input_tokens",
              "cached_tokens", "cache_write_tokens", "output_tokens", "reasoning_tokens",
              "usage_reported", "cost_usd"})
            downgrade.append(
                QStringLiteral("ALTER TABLE attempts DROP COLUMN %1").arg(QLatin1String(column)));
        for (const QString &statement : downgrade) {
            bool ok = false;
            peekSql(path, statement, &ok);
            QVERIFY2(ok, qPrintable(statement));
        }
        QVERIFY(setSchemaVersion(1));

        CheckpointStore store;
        QVERIFY2(store.open(path), qPrintable(store.lastError()));
        QCOMPARE(schemaVersion(), CheckpointStore::kSchemaVersion);
        if (sqlite()) {
            const QString backup = path + QStringLiteral(".schema-1.bak");
            QVERIFY(QFile::exists(backup));
            QCOMPARE(peekSql(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
        }
        auto task = store.loadTask(taskId);
        QVERIFY(task);
        QCOMPARE(task->steps.size(), 3);
        QCOMPARE(task->resumeAt, 0);
        QCOMPARE(task->steps.at(0).itemId, QString());
        QVERIFY(store.setTaskState(*task, TaskState::Paused, QStringLiteral("quota"), 123456));
        QCOMPARE(store.loadTask(taskId)->resumeAt, 123456);
        const auto spent = store.spend(taskId);
        QVERIFY(spent);
        QCOMPARE(spent->usage.total(), 0);
        QVERIFY(spent->costKnown());
    }

    void spendSumsTheAttemptsPerTaskAndSinceATime()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 first = *store.createTask(makeSpec(2));
        TaskSpec other = makeSpec(1);
        other.name = QStringLiteral("other");
        const qint64 second = *store.createTask(other);
        const auto attempt = [&store](qint64 taskId, int stepIndex, qint64 at, qint64 input,
                                      qint64 output, std::optional<double> cost) {
            auto task = store.loadTask(taskId);
            StepRecord &step = task->steps[stepIndex];
            const auto id =
                store.beginAttempt(taskId, step, QStringLiteral("m"), QStringLiteral("r"), at);
            AttemptEnd end;
            end.endedAt = at + 10;
            end.failureClass = FailureClass::Server;
            end.usage.input = input;
            end.usage.output = output;
            end.usage.reported = input + output > 0;
            end.costUsd = cost;
            return id && store.finishAttempt(*id, step, end);
        };
        QVERIFY(attempt(first, 0, 1000, 100, 20, 0.5));
        QVERIFY(attempt(first, 1, 2000, 0, 0, 0.0)); // a failure billed nothing
        QVERIFY(attempt(first, 1, 3000, 50, 5, std::nullopt));
        QVERIFY(attempt(second, 0, 4000, 10, 1, 0.25));
        QVERIFY(store.commitNow());

        const auto spent = store.spend(first);
        QVERIFY(spent);
        QCOMPARE(spent->usage.input, 150);
        QCOMPARE(spent->usage.output, 25);
        QCOMPARE(spent->usage.total(), 175);
        QCOMPARE(spent->costUsd, 0.5);
        QCOMPARE(spent->unpricedAttempts, 1);
        QVERIFY(!spent->costKnown());
        QVERIFY(spent->toJson().value(QLatin1String("cost_usd")).isNull());

        const auto all = store.spend(std::nullopt, 2500); // the attempts since then
        QVERIFY(all);
        QCOMPARE(all->usage.total(), 66);
        QCOMPARE(all->costUsd, 0.25);
        QCOMPARE(all->unpricedAttempts, 1);

        const QList<TaskSummary> tasks = store.listTasks({second});
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.first().spend.usage.total(), 11);
        QCOMPARE(tasks.first().spend.costUsd, 0.25);
        const QList<AttemptRecord> attempts = store.attempts(first);
        QCOMPARE(attempts.size(), 3);
        QCOMPARE(attempts.at(0).usage.input, 100);
        QCOMPARE(attempts.at(0).costUsd, std::optional<double>(0.5));
        QVERIFY(!attempts.at(1).usage.reported);
        QVERIFY(!attempts.at(2).costUsd);
    }

    void chartsBucketWholeRoundLengths()
    {
        QCOMPARE(activityBucketMs(10'000), qint64(1000));
        QCOMPARE(activityBucketMs(120'000), qint64(1000));
        QCOMPARE(activityBucketMs(121'000), qint64(2000));
        QCOMPARE(activityBucketMs(8 * 3600'000LL), qint64(5 * 60'000)); // a night: 96 buckets
        QCOMPARE(activityBucketMs(30 * 86400'000LL), qint64(6 * 3600'000));
        QCOMPARE(activityBucketMs(100 * 86400'000LL), qint64(86400'000));
        QCOMPARE(activityBucketMs(400 * 86400'000LL), 4 * 86400'000LL);
        const QList<TimeSpan> merged = mergeSpans({{50, 60}, {0, 10}, {5, 20}, {20, 30}, {40, 40}});
        QCOMPARE(merged, (QList<TimeSpan>{{0, 30}, {50, 60}}));
    }

    void activityBucketsAttemptsWaitsAndCostOfATaskAndOfAll()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 night = *store.createTask(makeSpec(3));
        TaskSpec other = makeSpec(1);
        other.name = QStringLiteral("other");
        const qint64 second = *store.createTask(other);
        QVERIFY(store.activity(night, 0, 10'000'000)->isEmpty()); // nothing sent yet

        constexpr qint64 t0 = 10'000'000;
        const auto attempt = [&store](qint64 taskId, int stepIndex, qint64 from, qint64 to,
                                      FailureClass failureClass, std::optional<qint64> delayMs,
                                      std::optional<double> cost) {
            auto task = store.loadTask(taskId);
            StepRecord &step = task->steps[stepIndex];
            const auto id = store.beginAttempt(taskId, step, QStringLiteral("m"),
                                               QStringLiteral("r"), t0 + from);
            AttemptEnd end;
            end.endedAt = t0 + to;
            end.failureClass = failureClass;
            end.retry = failureClass != FailureClass::Ok;
            end.delayMs = delayMs;
            end.costUsd = cost;
            if (!id)
                return false;
            if (failureClass == FailureClass::Ok)
                return store.completeStep(*id, step, end, {QStringLiteral("done"), {}, {}});
            return store.finishAttempt(*id, step, end);
        };
        // A cool-down announced twice (the waits overlap), a rate limit, a network error
        // whose backoff is the step's own, and three completions.
        QVERIFY(attempt(night, 0, 0, 100, FailureClass::Capacity, 5000, 0.0));
        QVERIFY(attempt(night, 0, 200, 300, FailureClass::Capacity, 2000, 0.0));
        QVERIFY(attempt(night, 0, 5200, 5600, FailureClass::Ok, std::nullopt, 0.01));
        QVERIFY(attempt(night, 1, 6000, 6100, FailureClass::RateLimited, 1000, 0.0));
        QVERIFY(attempt(night, 1, 7200, 7500, FailureClass::Ok, std::nullopt, 0.02));
        QVERIFY(attempt(night, 2, 8000, 8100, FailureClass::Network, 500, 0.0));
        QVERIFY(attempt(night, 2, 8700, 9000, FailureClass::Ok, std::nullopt, std::nullopt));
        QVERIFY(attempt(second, 0, 1000, 1500, FailureClass::Ok, std::nullopt, 0.5));
        QVERIFY(store.commitNow());

        const auto task = store.activity(night, 0, t0 + 10'000);
        QVERIFY(task);
        QCOMPARE(task->since, t0);
        QCOMPARE(task->bucketMs, qint64(1000));
        QCOMPARE(task->buckets.size(), std::size_t(10));
        QCOMPARE(task->buckets.at(3).startMs, t0 + 3000);
        QCOMPARE(task->buckets.at(0).attempts.at(std::size_t(ActivityKind::Capacity)), 2);
        QCOMPARE(task->buckets.at(5).attempts.at(std::size_t(ActivityKind::Done)), 1);
        QCOMPARE(task->buckets.at(5).costUsd, 0.01);
        QCOMPARE(task->buckets.at(6).attempts.at(std::size_t(ActivityKind::RateLimit)), 1);
        QCOMPARE(task->buckets.at(8).attempts.at(std::size_t(ActivityKind::Network)), 1);
        QCOMPARE(task->attempts(ActivityKind::Done), 3);
        QCOMPARE(task->waits, (QList<TimeSpan>{{t0 + 100, t0 + 5100}, {t0 + 6100, t0 + 7100}}));
        QCOMPARE(task->waitedMs(), qint64(6000));
        QCOMPARE(task->spend.costUsd, 0.03);
        QCOMPARE(task->spend.unpricedAttempts, 1);

        // Every task since a time: what came before it is left out, waits are cut to it.
        const auto all = store.activity(std::nullopt, t0 + 5000, t0 + 10'000);
        QVERIFY(all);
        QCOMPARE(all->since, t0 + 5000);
        QCOMPARE(all->buckets.size(), std::size_t(5));
        QCOMPARE(all->attempts(ActivityKind::Done), 3);
        QCOMPARE(all->attempts(ActivityKind::Capacity), 0);
        QCOMPARE(all->waits, (QList<TimeSpan>{{t0 + 5000, t0 + 5100}, {t0 + 6100, t0 + 7100}}));
        QCOMPARE(all->waitedMs(), qint64(1100));
        QCOMPARE(all->spend.costUsd, 0.03);
        // A time long before the night does not stretch the chart to it.
        const auto everything = store.activity(std::nullopt, 1, t0 + 10'000);
        QCOMPARE(everything->since, t0);
        QCOMPARE(everything->attempts(ActivityKind::Done), 4);
        QCOMPARE(everything->spend.costUsd, 0.53);
    }

    void aBatchKeepsEveryItemWithItsId()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        TaskSpec spec = makeSpec(0);
        spec.batch.emplace();
        spec.batch->input = m_dir->filePath(QStringLiteral("in.jsonl"));
        spec.batch->promptTemplate = QStringLiteral("{{text}}");
        spec.batch->output = m_dir->filePath(QStringLiteral("out.jsonl"));
        for (int i = 0; i < 500; ++i)
            spec.batch->items.append(
                {QStringLiteral("\"item-%1\"").arg(i), i + 1, QStringLiteral("prompt %1").arg(i)});
        const auto id = store.createTask(spec);
        QVERIFY2(id, qPrintable(store.lastError()));
        const auto task = store.loadTask(*id);
        QVERIFY(task);
        QCOMPARE(task->steps.size(), 500);
        QCOMPARE(task->steps.at(499).itemId, QStringLiteral("\"item-499\""));
        QCOMPARE(task->steps.at(499).prompt, QStringLiteral("prompt 499"));
        QVERIFY2(task->spec, qPrintable(task->specProblem));
        QCOMPARE(task->spec->batch->output, spec.batch->output);
        QCOMPARE(store.findTaskByKey(spec.workKey())->id, *id);
    }

    void groupedWritesCommitTogetherAndThenRunWhatWaited()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        const qint64 taskId = *store.createTask(makeSpec(3));
        auto task = store.loadTask(taskId);
        store.groupCommits(60'000); // only commitNow() commits in this test
        const qint64 before = store.commits();
        QList<qint64> attempts;
        for (int i = 0; i < 100; ++i)
            attempts.append(*store.beginAttempt(taskId, task->steps[i % 3], QStringLiteral("m"),
                                                QStringLiteral("r%1").arg(i), 1000 + i));
        bool durable = false;
        store.afterCommit([&durable](bool ok) { durable = ok; });
        QVERIFY(!durable);
        // Another connection sees nothing yet; this one sees its own writes.
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 0);
        QCOMPARE(store.attempts(taskId).size(), 100);

        // A write that fails undoes itself only.
        const AttemptEnd end{2000, 500, FailureClass::Server, true, 10, QStringLiteral("x")};
        StepRecord untouched = task->steps[0];
        QVERIFY(!store.finishAttempt(999999, untouched, end));
        QCOMPARE(untouched.nextTryAt, task->steps[0].nextTryAt); // a failed write leaves it
        QVERIFY(store.finishAttempt(attempts.first(), task->steps[0], end));

        QVERIFY(store.commitNow());
        QVERIFY(durable);
        QCOMPARE(store.commits(), before + 1);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 100);
        QCOMPARE(store.attempts(taskId).first().failureClass, QStringLiteral("server"));

        // Without an open group, what waits for durability runs at once.
        bool immediate = false;
        store.afterCommit([&immediate](bool ok) { immediate = ok; });
        QVERIFY(immediate);
    }

    void aZeroWindowCommitsAtTheNextTurnOfTheEventLoop()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        store.groupCommits(0);
        QVERIFY(store.createTask(makeSpec(2)));
        QVERIFY(store.createTask(makeSpec(3)));
        QCOMPARE(countRows(path, QStringLiteral("steps")), 0);
        const qint64 before = store.commits();
        QCoreApplication::processEvents();
        QCOMPARE(countRows(path, QStringLiteral("steps")), 5);
        QCOMPARE(store.commits(), before + 1);
        store.commitEachWrite();
        QVERIFY(store.createTask(makeSpec(1)));
        QCOMPARE(countRows(path, QStringLiteral("steps")), 6);
    }

    void aWriteWithNoCompanyComingCommitsAtTheNextTurn()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        bool busy = true;
        store.groupCommits(60'000, 60'000, [&busy] { return busy; });
        const qint64 taskId = *store.createTask(makeSpec(2));
        auto task = store.loadTask(taskId);
        QCoreApplication::processEvents();
        QCOMPARE(countRows(path, QStringLiteral("tasks")), 0); // company may come: it waits

        // Nothing under way could write soon: what someone waits on goes at the next turn.
        busy = false;
        QVERIFY(store.beginAttempt(taskId, task->steps[0], QStringLiteral("m"), QStringLiteral("r"),
                                   1000));
        bool durable = false;
        store.afterCommit([&durable](bool ok) { durable = ok; });
        QVERIFY(!durable);
        QCoreApplication::processEvents();
        QVERIFY(durable);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 1);

        // A patient write still waits for its patience.
        {
            const PatientWrites patient(store);
            QVERIFY(store.beginAttempt(taskId, task->steps[1], QStringLiteral("m"),
                                       QStringLiteral("r2"), 1001));
        }
        QCoreApplication::processEvents();
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 1);
        QVERIFY(store.commitNow());
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 2);
    }

    void theGroupCommitsByItselfWhenItsWindowPasses()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        store.groupCommits(50);
        const qint64 taskId = *store.createTask(makeSpec(2));
        bool durable = false;
        store.afterCommit([&durable](bool ok) { durable = ok; });
        QCOMPARE(countRows(path, QStringLiteral("steps")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(durable, 2000);
        QCOMPARE(countRows(path, QStringLiteral("steps")), 2);
        QVERIFY(store.loadTask(taskId));
    }

    // Writes that come a few milliseconds apart, as a busy batch's do, share one commit.
    void writesWithinTheWindowShareOneCommit()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        const qint64 taskId = *store.createTask(makeSpec(3));
        auto task = store.loadTask(taskId);
        store.groupCommits(500);
        QCOMPARE(store.groupWindowMs(), 500);
        const qint64 before = store.commits();
        QElapsedTimer spread;
        spread.start();
        int durable = 0;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(store.beginAttempt(taskId, task->steps[i], QStringLiteral("m"),
                                       QStringLiteral("r%1").arg(i), 1000 + i));
            store.afterCommit([&durable](bool ok) { durable += ok; });
            QTest::qWait(5);
        }
        if (spread.elapsed() >= 500)
            QSKIP("the machine was too busy to write three times within the window");
        QCOMPARE(durable, 0);
        QTRY_COMPARE_WITH_TIMEOUT(durable, 3, 5000);
        QCOMPARE(store.commits(), before + 1);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 3);

        store.commitEachWrite();
        QCOMPARE(store.groupWindowMs(), -1);
    }

    // A batch item's result, which only its output line waits for, may wait for company;
    // the first write or wait that is not patient brings the commit back within the window.
    void patientWritesWaitUntilSomethingIsNot()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        const qint64 taskId = *store.createTask(makeSpec(3));
        auto task = store.loadTask(taskId);
        store.groupCommits(5, 60'000);
        QCOMPARE(store.groupPatienceMs(), 60'000);
        const qint64 before = store.commits();
        bool durable = false;
        {
            const PatientWrites patient(store);
            QVERIFY(store.beginAttempt(taskId, task->steps[0], QStringLiteral("m"),
                                       QStringLiteral("r0"), 1000));
            store.afterCommit([&durable](bool ok) { durable = ok; });
        }
        QTest::qWait(100);
        QVERIFY(!durable);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 0);

        QVERIFY(store.beginAttempt(taskId, task->steps[1], QStringLiteral("m"),
                                   QStringLiteral("r1"), 1000));
        QTRY_VERIFY_WITH_TIMEOUT(durable, 5000);
        QCOMPARE(store.commits(), before + 1);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 2);

        // A wait that is not patient hurries a patient group too.
        {
            const PatientWrites patient(store);
            QVERIFY(store.beginAttempt(taskId, task->steps[2], QStringLiteral("m"),
                                       QStringLiteral("r2"), 1000));
        }
        durable = false;
        store.afterCommit([&durable](bool ok) { durable = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(durable, 5000);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 3);
    }

    void refusesANewerSchemaAndChangesNothing()
    {
        const QString path = m_location;
        {
            CheckpointStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.createTask(makeSpec()));
        }
        QVERIFY(setSchemaVersion(CheckpointStore::kSchemaVersion + 1));
        CheckpointStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.lastError().contains(QLatin1String("newer Vigil")),
                 qPrintable(store.lastError()));
        QCOMPARE(schemaVersion(), CheckpointStore::kSchemaVersion + 1);
        QCOMPARE(countRows(path, QStringLiteral("tasks")), 1);
    }

    void refusesAFileThatIsNotADatabaseAndKeepsIt()
    {
        if (!sqlite())
            QSKIP("a file of SQLite's");
        const QString path = m_location;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage = QByteArray("this is not sqlite ").repeated(200);
        file.write(garbage);
        file.close();
        CheckpointStore store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void attemptsAndStepsAreCheckpointed()
    {
        const QString path = m_location;
        qint64 taskId = 0;
        {
            CheckpointStore store;
            QVERIFY(store.open(path));
            const auto id = store.createTask(makeSpec());
            QVERIFY(id);
            taskId = *id;
            auto written = store.loadTask(taskId);
            StepRecord &step = written->steps[0];
            const auto first =
                store.beginAttempt(taskId, step, QStringLiteral("m1"), QStringLiteral("r1"), 1000);
            QVERIFY(first);
            QVERIFY(store.finishAttempt(*first, step,
                                        AttemptEnd{1500, 503, FailureClass::Capacity, true, 4000,
                                                   QStringLiteral("Overloaded")}));
            const auto second =
                store.beginAttempt(taskId, step, QStringLiteral("m1"), QStringLiteral("r2"), 6000);
            QVERIFY(second);
            QVERIFY(store.completeStep(
                *second, step, AttemptEnd{6500, 200, FailureClass::Ok, false, std::nullopt, {}},
                {QStringLiteral("the answer"), QJsonObject{{QStringLiteral("tokens"), 3}},
                 QStringLiteral("m1")}));
            QVERIFY(
                store.setTaskState(*written, TaskState::Running, QStringLiteral("step 2 of 3")));
        }
        // A fresh connection, as after a restart, sees everything.
        CheckpointStore store;
        QVERIFY(store.open(path));
        const auto task = store.loadTask(taskId);
        QVERIFY(task);
        QCOMPARE(task->state, TaskState::Running);
        QCOMPARE(task->steps.size(), 3);
        QCOMPARE(task->steps[0].state, StepState::Done);
        QCOMPARE(task->steps[0].output, QStringLiteral("the answer"));
        QCOMPARE(task->steps[0].model, QStringLiteral("m1"));
        QCOMPARE(task->steps[0].attemptsTotal, 2);
        QCOMPARE(task->steps[0].budgetStartedAt, 1000);
        QCOMPARE(task->steps[1].state, StepState::Pending);
        const QList<AttemptRecord> attempts = store.attempts(taskId);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0].attempt, 1);
        QCOMPARE(attempts[0].httpStatus, 503);
        QCOMPARE(attempts[0].failureClass, QStringLiteral("capacity"));
        QCOMPARE(attempts[0].delayMs.value_or(-1), 4000);
        QCOMPARE(attempts[0].message, QStringLiteral("Overloaded"));
        QCOMPARE(attempts[1].attempt, 2);
        QCOMPARE(attempts[1].failureClass, QStringLiteral("ok"));
    }

    void retryScheduleSurvivesAndBudgetsReset()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 taskId = *store.createTask(makeSpec(1));
        auto task = store.loadTask(taskId);
        const auto attempt = store.beginAttempt(taskId, task->steps[0], QStringLiteral("m1"),
                                                QStringLiteral("r"), 1000);
        QVERIFY(store.finishAttempt(
            *attempt, task->steps[0],
            AttemptEnd{2000, 500, FailureClass::Server, true, 3000, QStringLiteral("x")}));
        task = store.loadTask(taskId);
        QCOMPARE(task->steps[0].nextTryAt, 5000);
        QCOMPARE(task->steps[0].budgetAttempts, 1);
        QCOMPARE(task->steps[0].errorClass, QStringLiteral("server"));
        QVERIFY(store.resetBudgets(*task));
        task = store.loadTask(taskId);
        QCOMPARE(task->steps[0].nextTryAt, 0);
        QCOMPARE(task->steps[0].budgetAttempts, 0);
        QCOMPARE(task->steps[0].budgetStartedAt, 0);
        QCOMPARE(task->steps[0].attemptsTotal, 1);
    }

    void danglingAttemptsAreClosedOnRestart()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 taskId = *store.createTask(makeSpec(1));
        auto task = store.loadTask(taskId);
        QVERIFY(store.beginAttempt(taskId, task->steps[0], QStringLiteral("m1"),
                                   QStringLiteral("r"), 1000));
        QVERIFY(store.closeDanglingAttempts(*task, 9000));
        const QList<AttemptRecord> attempts = store.attempts(taskId);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0].endedAt, 9000);
        QCOMPARE(attempts[0].failureClass, QStringLiteral("cancelled"));
        QCOMPARE(task->steps[0].attemptsTotal, 1);
    }

    // A provider batch's intent and its items' attempts are written together; the provider's
    // answers are kept; a restart leaves its attempts open (the provider still runs them)
    // until the batch is collected or given up.
    void providerBatchesOutliveARestart()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        const qint64 taskId = *store.createTask(makeSpec(3));
        auto task = store.loadTask(taskId);
        ProviderBatchRecord batch;
        batch.taskId = taskId;
        batch.round = 1;
        batch.chunk = 2;
        batch.intendedAt = 5000;
        const auto id = store.beginProviderBatch(batch, {&task->steps[0], &task->steps[2]},
                                                 {QStringLiteral("k-0"), QStringLiteral("k-2")},
                                                 QStringLiteral("m1"));
        QVERIFY2(id, qPrintable(store.lastError()));
        QCOMPARE(batch.id, *id);
        QCOMPARE(batch.steps, (QList<int>{0, 2}));
        QCOMPARE(batch.attemptIds.size(), 2);
        QCOMPARE(task->steps[0].attemptsTotal, 1);
        QCOMPARE(task->steps[1].attemptsTotal, 0);

        batch.stage = ProviderBatchRecord::Stage::Created;
        batch.batchId = QStringLiteral("batch_1");
        batch.status = QStringLiteral("in_progress");
        batch.counts = {{QStringLiteral("total"), 2}};
        batch.expiresAt = 90000;
        QVERIFY(store.updateProviderBatch(batch));

        auto reloaded = store.loadTask(taskId);
        QCOMPARE(reloaded->steps[2].attemptsTotal, 1);
        QCOMPARE(reloaded->steps[2].budgetAttempts, 1);
        QVERIFY(store.closeDanglingAttempts(*reloaded, 9000));
        auto batches = store.providerBatches(taskId);
        QVERIFY(batches);
        QCOMPARE(batches->size(), 1);
        const ProviderBatchRecord &read = batches->first();
        QCOMPARE(read.stage, ProviderBatchRecord::Stage::Created);
        QCOMPARE(read.batchId, QStringLiteral("batch_1"));
        QCOMPARE(read.status, QStringLiteral("in_progress"));
        QCOMPARE(read.counts.value(QLatin1String("total")).toInt(), 2);
        QCOMPARE(read.round, 1);
        QCOMPARE(read.chunk, 2);
        QCOMPARE(read.intendedAt, qint64(5000));
        QCOMPARE(read.expiresAt, qint64(90000));
        QCOMPARE(read.steps, (QList<int>{0, 2}));
        QCOMPARE(read.attemptIds, batch.attemptIds);
        for (const AttemptRecord &attempt : store.attempts(taskId))
            QCOMPARE(attempt.endedAt, 0);

        // Once given up, its attempts are the restart's to close.
        batch.stage = ProviderBatchRecord::Stage::Abandoned;
        QVERIFY(store.updateProviderBatch(batch));
        QVERIFY(store.closeDanglingAttempts(*reloaded, 9500));
        for (const AttemptRecord &attempt : store.attempts(taskId))
            QCOMPARE(attempt.endedAt, 9500);
        batches = store.providerBatches(taskId);
        QVERIFY(batches->first().steps.isEmpty());
    }

    // Armed attempts share a commit before any is sent; each is numbered and charged when
    // it goes out, and one withdrawn unsent leaves nothing behind.
    void armedAttemptsCountOnlyWhenSent()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        const qint64 taskId = *store.createTask(makeSpec(3));
        auto task = store.loadTask(taskId);
        QVERIFY(store.beginAttempt(taskId, task->steps[0], QStringLiteral("m"),
                                   QStringLiteral("first"), 500));
        store.groupCommits(60'000);
        const qint64 before = store.commits();
        QList<qint64> armed;
        for (int i = 0; i < 3; ++i)
            armed.append(*store.armAttempt(taskId, task->steps[i], QStringLiteral("m"),
                                           QStringLiteral("armed%1").arg(i), 1000));
        QVERIFY(store.commitNow());
        QCOMPARE(store.commits(), before + 1);
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 4);
        QCOMPARE(store.attempts(taskId).size(), 1); // armed is not sent
        QCOMPARE(task->steps[0].attemptsTotal, 1);

        QVERIFY(store.sendArmedAttempt(armed[0], taskId, task->steps[0], QStringLiteral("armed0"),
                                       1500));
        QVERIFY(!store.sendArmedAttempt(armed[0], taskId, task->steps[0], QStringLiteral("armed0"),
                                        1600)); // sent once only
        QVERIFY(store.lastError().contains(QString::number(armed[0])));
        QCOMPARE(task->steps[0].attemptsTotal, 2);
        QCOMPARE(task->steps[0].requestId, QStringLiteral("armed0"));
        QVERIFY(store.withdrawArmedAttempts({armed[0], armed[1]})); // armed[0] went out
        QVERIFY(store.commitNow());

        const QList<AttemptRecord> sent = store.attempts(taskId);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[1].attempt, 2);
        QCOMPARE(sent[1].startedAt, 1500);
        QCOMPARE(sent[1].requestId, QStringLiteral("armed0"));
        QCOMPARE(countRows(path, QStringLiteral("attempts")), 3); // armed[1] is gone
        auto reloaded = store.loadTask(taskId);
        QCOMPARE(reloaded->steps[0].attemptsTotal, 2);
        QCOMPARE(reloaded->steps[1].attemptsTotal, 0);
        QCOMPARE(reloaded->steps[1].budgetStartedAt, 0);

        // A restart cannot know whether armed[2] went out: it counts, and says so.
        QVERIFY(store.closeDanglingAttempts(*reloaded, 9000));
        QVERIFY(store.commitNow());
        QCOMPARE(reloaded->steps[2].attemptsTotal, 1);
        QCOMPARE(reloaded->steps[2].budgetAttempts, 1);
        QCOMPARE(store.loadTask(taskId)->steps[2].attemptsTotal, 1);
        const QList<AttemptRecord> afterRestart = store.attempts(taskId);
        QCOMPARE(afterRestart.size(), 3);
        const AttemptRecord &maybeSent = afterRestart.last();
        QCOMPARE(maybeSent.step, 2);
        QCOMPARE(maybeSent.attempt, 1);
        QCOMPARE(maybeSent.failureClass, QStringLiteral("cancelled"));
        QVERIFY2(maybeSent.message.contains(QStringLiteral("may not have reached")),
                 qPrintable(maybeSent.message));
        QCOMPARE(afterRestart[1].failureClass, QStringLiteral("cancelled"));
        QVERIFY2(afterRestart[1].message.contains(QStringLiteral("in flight")),
                 qPrintable(afterRestart[1].message));
    }

    void eachWriteLeavesTheRecordAsTheStoreKeepsIt_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::newRow("conversation") << false;
        QTest::newRow("batch") << true;
    }

    void eachWriteLeavesTheRecordAsTheStoreKeepsIt()
    {
        QFETCH(bool, batch);
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        TaskSpec spec = makeSpec(batch ? 0 : 3);
        if (batch) {
            spec.batch.emplace();
            spec.batch->input = m_dir->filePath(QStringLiteral("in.jsonl"));
            spec.batch->promptTemplate = QStringLiteral("{{text}}");
            spec.batch->output = m_dir->filePath(QStringLiteral("out.jsonl"));
            for (int i = 0; i < 3; ++i)
                spec.batch->items.append({QString::number(i), i + 1, QStringLiteral("p%1").arg(i)});
        }
        auto task = store.loadTask(*store.createTask(spec));
        QVERIFY(task);
        const auto check = [&store, &task] { compareTasks(*task, *store.loadTask(task->id)); };
        check();

        StepRecord &first = task->steps[0];
        const auto busy =
            store.beginAttempt(task->id, first, QStringLiteral("m1"), QStringLiteral("a"), 1000);
        QVERIFY(busy);
        check();
        QVERIFY(store.finishAttempt(
            *busy, first,
            {1500, 529, FailureClass::Capacity, true, 2500, QStringLiteral("overloaded")}));
        check();
        QVERIFY(store.creditWaitingTime(task->id, first, 700));
        check();
        QVERIFY(store.refundAttempt(task->id, first));
        check();
        const auto served =
            store.beginAttempt(task->id, first, QStringLiteral("m1"), QStringLiteral("b"), 4000);
        QVERIFY(store.completeStep(*served, first,
                                   {4200, 200, FailureClass::Ok, false, std::nullopt, {}},
                                   {QStringLiteral("done"),
                                    {{QStringLiteral("output_tokens"), 2}},
                                    QStringLiteral("m1")}));
        check();

        StepRecord &second = task->steps[1];
        const auto refused =
            store.beginAttempt(task->id, second, QStringLiteral("m1"), QStringLiteral("c"), 5000);
        QVERIFY(store.failStep(*refused, second,
                               {5100, 400, FailureClass::Request, false, std::nullopt,
                                QStringLiteral("bad request")}));
        check();
        const auto quota = store.beginAttempt(task->id, task->steps[2], QStringLiteral("m1"),
                                              QStringLiteral("d"), 6000);
        QVERIFY(store.finishAttempt(
            *quota, task->steps[2],
            {6100, 429, FailureClass::Quota, true, 3'600'000, QStringLiteral("daily limit")}));
        QVERIFY(store.setTaskState(*task, TaskState::Paused, QStringLiteral("quota"), 3'606'100));
        check();

        // A conversation's failed step is tried again; a batch's failed item stays failed.
        QVERIFY(store.resetBudgets(*task));
        check();
        QCOMPARE(task->steps[1].state, batch ? StepState::Failed : StepState::Pending);
        spec.model = QStringLiteral("m2");
        QVERIFY(store.updateTaskSpec(*task, spec));
        check();
        QCOMPARE(task->model, QStringLiteral("m2"));
        // A model switch is a new version of the spec for the Vigils running it; the same
        // model with other retry figures is not.
        QCOMPARE(task->specVersion, 1);
        QCOMPARE(store.loadTask(task->id)->specVersion, 1);
        spec.retry.maxAttempts += 1;
        QVERIFY(store.updateTaskSpec(*task, spec));
        QCOMPARE(store.taskState(task->id)->specVersion, 1);
        QCOMPARE(store.taskState(task->id)->model, QStringLiteral("m2"));
    }

    void findsTasksByTheirWork()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const TaskSpec spec = makeSpec();
        QVERIFY(!store.findTaskByKey(spec.workKey()));
        QVERIFY(store.lastError().isEmpty());
        const qint64 id = *store.createTask(spec);
        QCOMPARE(store.findTaskByKey(spec.workKey())->id, id);
        QVERIFY(!store.createTask(spec)); // the same work twice is refused
    }

    void listsTheTasksBeingWorkedOn()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        QList<qint64> ids;
        for (const TaskState state :
             {TaskState::Queued, TaskState::Running, TaskState::Paused, TaskState::Retrying,
              TaskState::WaitingForNetwork, TaskState::Completed, TaskState::Failed,
              TaskState::Cancelled}) {
            TaskSpec spec = makeSpec();
            spec.name = taskStateName(state);
            const auto id = store.createTask(spec);
            QVERIFY2(id, qPrintable(store.lastError()));
            auto task = store.loadTask(*id);
            QVERIFY(task);
            QVERIFY(store.setTaskState(*task, state, QString()));
            if (isWorking(state))
                ids.append(*id);
        }
        QVERIFY(store.commitNow());
        QCOMPARE(store.workingTasks(), std::optional<QList<qint64>>(ids));
    }

    // How a task goes on every Vigil: its pending steps, and those completed since a time,
    // the first and the last of them (what a shared batch's ETA is reckoned from).
    void tellsHowTheTaskGoes()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 id = *store.createTask(makeSpec(5));
        auto task = store.loadTask(id);
        QVERIFY(task);
        QCOMPARE(store.progress(id, 0)->pending, 5);
        QCOMPARE(store.progress(id, 0)->doneLately, 0);
        QCOMPARE(store.progress(id, 0)->firstDoneAt, 0);
        const QList<std::pair<int, qint64>> completions{{0, 1000}, {3, 3000}, {1, 5000}};
        for (const auto &[index, at] : completions) {
            StepRecord &step = task->steps[index];
            const auto attempt =
                store.beginAttempt(id, step, QStringLiteral("m"), QStringLiteral("r"), at - 100);
            QVERIFY2(attempt, qPrintable(store.lastError()));
            AttemptEnd end;
            end.endedAt = at;
            QVERIFY2(store.completeStep(*attempt, step, end, {QStringLiteral("out"), {}, {}}),
                     qPrintable(store.lastError()));
        }
        const auto lately = store.progress(id, 2000);
        QVERIFY2(lately, qPrintable(store.lastError()));
        QCOMPARE(lately->pending, 2);
        QCOMPARE(lately->doneLately, 2);
        QCOMPARE(lately->firstDoneAt, 3000);
        QCOMPARE(lately->lastDoneAt, 5000);
        const auto all = store.progress(id, 0);
        QCOMPARE(all->doneLately, 3);
        QCOMPARE(all->firstDoneAt, 1000);
        QCOMPARE(store.progress(id, 6000)->doneLately, 0);
    }

    // Asking for a task that is not there is an answer, not a failure: it says so plainly
    // and warns no one.
    void aMissingTaskIsNamedWithoutAWarning()
    {
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 id = *store.createTask(makeSpec());
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QVERIFY(!store.loadTask(id + 41));
        QCOMPARE(store.lastError(), QStringLiteral("no task %1").arg(id + 41));
        QCOMPARE(store.loadTask(id)->id, id);
        QVERIFY(store.lastError().isEmpty());
    }

    void aStoredSpecThatCannotBeReadIsNamedAndTheTaskKept()
    {
        const QString path = m_location;
        CheckpointStore store;
        QVERIFY(store.open(path));
        const qint64 id = *store.createTask(makeSpec(2));
        bool spoiled = false;
        peekSql(path,
                QStringLiteral("UPDATE tasks SET spec = '{\"name\": 7}' WHERE id = %1").arg(id),
                &spoiled);
        QVERIFY(spoiled);
        const auto task = store.loadTask(id);
        QVERIFY(task);
        QVERIFY(!task->spec);
        QVERIFY2(task->specProblem.startsWith(QStringLiteral("stored task %1: $.").arg(id)),
                 qPrintable(task->specProblem));
        QCOMPARE(task->steps.size(), 2);
        QCOMPARE(task->name, QStringLiteral("store test"));
    }

    // Each Vigil sends only the steps it holds a lease on, and a step's writes are refused
    // under a lease that is not the step's any more: its attempt keeps what it cost, its
    // result is dropped.
    void claimsShareTheStepsAndALeaseGuardsTheirWrites()
    {
        CheckpointStore first;
        CheckpointStore second;
        QVERIFY2(first.open(m_location), qPrintable(first.lastError()));
        QVERIFY2(second.open(m_location), qPrintable(second.lastError()));
        QCOMPARE(first.sharesWork(), !sqlite());
        QVERIFY(first.workerId() != second.workerId());
        const qint64 id = *first.createTask(makeSpec(5));

        const auto mine = first.claimSteps(id, 3);
        QVERIFY2(mine, qPrintable(first.lastError()));
        const auto theirs = second.claimSteps(id, 5);
        QVERIFY2(theirs, qPrintable(second.lastError()));
        QCOMPARE(mine->size(), 3);
        QCOMPARE(theirs->size(), 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(mine->at(i).index, i);
            QCOMPARE(mine->at(i).prompt, QStringLiteral("turn %1").arg(i));
            QVERIFY(mine->at(i).leaseId != 0);
        }
        QCOMPARE(theirs->at(0).index, 3);
        QVERIFY(theirs->at(0).leaseId != mine->at(0).leaseId);
        QCOMPARE(second.claimSteps(id, 5)->size(), 0); // none is free
        QCOMPARE(first.pendingSteps(id), std::optional<int>(5));
        // Who runs the task, and how much of it each holds.
        const auto workers = second.workers(id);
        QVERIFY2(workers, qPrintable(second.lastError()));
        QCOMPARE(workers->size(), 2);
        QMap<QString, int> holding;
        for (const TaskWorker &worker : *workers) {
            holding.insert(worker.worker, worker.holding);
            QCOMPARE(worker.host, QSysInfo::machineHostName());
            QCOMPARE(worker.pid, QCoreApplication::applicationPid());
        }
        QCOMPARE(holding.value(first.workerId()), 3);
        QCOMPARE(holding.value(second.workerId()), 2);

        StepRecord done = mine->at(0);
        const auto attempt =
            first.beginAttempt(id, done, QStringLiteral("m1"), QStringLiteral("r0"), 1000);
        QVERIFY2(attempt, qPrintable(first.lastError()));
        AttemptEnd end;
        end.endedAt = 1500;
        end.costUsd = 0.25;
        QVERIFY2(first.completeStep(*attempt, done, end, {QStringLiteral("out"), {}, {}}),
                 qPrintable(first.lastError()));
        QCOMPARE(second.pendingSteps(id), std::optional<int>(4));

        // A lease that is not the step's sends nothing.
        StepRecord notMine = theirs->at(0);
        notMine.leaseId = mine->at(1).leaseId;
        QVERIFY(!first.beginAttempt(id, notMine, QStringLiteral("m1"), QStringLiteral("r3"), 1000));
        QVERIFY(first.claimLost());
        QVERIFY2(
            first.lastError().startsWith(QLatin1String("step 4 was taken over by another Vigil")),
            qPrintable(first.lastError()));
        QCOMPARE(notMine.attemptsTotal, 0);

        // Leases given up are free at once; a result under one of them is not kept.
        StepRecord lost = mine->at(1);
        const auto lostAttempt =
            first.beginAttempt(id, lost, QStringLiteral("m1"), QStringLiteral("r1"), 1000);
        QVERIFY(lostAttempt);
        QVERIFY(!first.claimLost());
        QVERIFY(first.releaseLeases(id));
        const auto freed = second.claimSteps(id, 5);
        QVERIFY(freed);
        QCOMPARE(freed->size(), 2);
        QCOMPARE(freed->at(0).index, 1);
        QCOMPARE(freed->at(0).attemptsTotal, 1); // as the first one left it
        QCOMPARE(second.workers(id)->size(), 1); // the first gave up all it held
        QVERIFY(!first.completeStep(*lostAttempt, lost, end, {QStringLiteral("stale"), {}, {}}));
        QVERIFY(first.claimLost());
        QCOMPARE(lost.state, StepState::Pending); // the record stays as it was
        QCOMPARE(
            peekSql(m_location,
                    QStringLiteral("SELECT class FROM attempts WHERE id = %1").arg(*lostAttempt))
                .toString(),
            QStringLiteral("cancelled"));
        QCOMPARE(second.spend(id)->costUsd, 0.5); // what the lost attempt cost is counted
        StepRecord taken = freed->at(0);
        const auto again =
            second.beginAttempt(id, taken, QStringLiteral("m1"), QStringLiteral("r1b"), 2000);
        QVERIFY(again);
        QVERIFY2(second.completeStep(*again, taken, end, {QStringLiteral("kept"), {}, {}}),
                 qPrintable(second.lastError()));
        const auto task = first.loadTask(id);
        QCOMPARE(task->steps.at(1).output, QStringLiteral("kept"));
        QCOMPARE(task->steps.at(1).attemptsTotal, 2);
    }

    void aLeaseThatRanOutIsTakenOver()
    {
        if (sqlite())
            QSKIP("a file is one Vigil's: its steps need no lease");
        const QString shortLeases = m_location + QStringLiteral("?vigil_lease=1");
        CheckpointStore first;
        CheckpointStore second;
        QVERIFY2(first.open(shortLeases), qPrintable(first.lastError()));
        QVERIFY2(second.open(shortLeases), qPrintable(second.lastError()));
        QCOMPARE(first.leaseMs(), 1000);
        const qint64 id = *first.createTask(makeSpec(3));
        const auto mine = first.claimSteps(id, 3);
        QCOMPARE(mine->size(), 3);
        StepRecord flying = mine->at(0);
        QVERIFY(first.beginAttempt(id, flying, QStringLiteral("m1"), QStringLiteral("r"), 1000));

        // Another Vigil starting the task leaves alone what a live lease holds.
        auto seen = second.loadTask(id);
        QVERIFY(second.closeDanglingAttempts(*seen, 5000));
        QCOMPARE(peekSql(m_location,
                         QStringLiteral("SELECT COUNT(*) FROM attempts WHERE ended_at IS NULL"))
                     .toInt(),
                 1);
        QCOMPARE(second.claimSteps(id, 3)->size(), 0);
        QTest::qWait(500);
        QVERIFY(first.renewLeases(id)); // renewed: still the first one's a second later
        QTest::qWait(700);
        QCOMPARE(second.claimSteps(id, 3)->size(), 0);

        QTest::qWait(1200); // not renewed: they run out
        const auto taken = second.claimSteps(id, 3);
        QCOMPARE(taken->size(), 3);
        QVERIFY(first.renewLeases(id)); // renews nothing of another's
        QCOMPARE(first.claimSteps(id, 3)->size(), 0);
        seen = second.loadTask(id);
        QVERIFY(second.closeDanglingAttempts(*seen, 5000)); // the first one's is closed now
        QCOMPARE(peekSql(m_location,
                         QStringLiteral("SELECT COUNT(*) FROM attempts WHERE ended_at IS NULL"))
                     .toInt(),
                 0);
    }

    // A Vigil waiting for others hears at once when they finish steps or give some up.
    void othersHearOfFinishedAndReleasedSteps()
    {
        if (sqlite())
            QSKIP("a file is one Vigil's");
        CheckpointStore first;
        CheckpointStore second;
        QVERIFY2(first.open(m_location), qPrintable(first.lastError()));
        QVERIFY2(second.open(m_location), qPrintable(second.lastError()));
        QSignalSpy heardBySecond(&second.events(), &StoreEvents::stepsChanged);
        QSignalSpy heardByFirst(&first.events(), &StoreEvents::stepsChanged);
        const qint64 id = *first.createTask(makeSpec(2));
        const auto mine = first.claimSteps(id, 2);
        QCOMPARE(mine->size(), 2);
        QTest::qWait(200);
        QCOMPARE(heardBySecond.size(), 0); // a claim changes nothing the others wait for

        StepRecord done = mine->at(0);
        const auto attempt =
            first.beginAttempt(id, done, QStringLiteral("m1"), QStringLiteral("r"), 1000);
        QVERIFY(first.completeStep(*attempt, done, AttemptEnd{}, {QStringLiteral("out"), {}, {}}));
        QTRY_COMPARE(heardBySecond.size(), 1);
        QCOMPARE(heardBySecond.at(0).at(0).toLongLong(), id);

        QVERIFY(first.releaseLeases(id));
        QTRY_COMPARE(heardBySecond.size(), 2);
        QCOMPARE(heardByFirst.size(), 0); // a Vigil does not hear itself
    }

    void aBadLeaseIsRefused()
    {
        if (sqlite())
            QSKIP("a server's");
        CheckpointStore store;
        QVERIFY(!store.open(m_location + QStringLiteral("?vigil_lease=soon")));
        QVERIFY2(store.lastError().contains(
                     QLatin1String("vigil_lease must be a whole number of seconds")),
                 qPrintable(store.lastError()));
    }

    void aServerThatComesBackIsConnectedAgain()
    {
        if (sqlite())
            QSKIP("a server's");
        CheckpointStore store;
        QVERIFY2(store.open(m_location), qPrintable(store.lastError()));
        const qint64 taskId = *store.createTask(makeSpec(2));
        auto task = store.loadTask(taskId);
        store.groupCommits(60'000);
        QVERIFY(store.beginAttempt(taskId, task->steps[0], QStringLiteral("m"),
                                   QStringLiteral("lost"), 1000));
        bool waited = false;
        std::optional<bool> durable;
        store.afterCommit([&](bool ok) {
            waited = true;
            durable = ok;
        });

        m_cluster.stop();
        QVERIFY(!store.commitNow());
        QVERIFY(waited);
        QCOMPARE(durable, std::optional<bool>(false)); // what waited for it hears so
        QVERIFY(store.connectionLost());
        QVERIFY2(store.lastError().contains(QLatin1String("database server")),
                 qPrintable(store.lastError()));
        QVERIFY(!store.loadTask(taskId)); // tries again, and the server is still away
        QVERIFY(store.connectionLost());
        QVERIFY2(store.lastError().contains(QLatin1String("cannot be reached")),
                 qPrintable(store.lastError()));

        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        auto again = store.loadTask(taskId); // connects again by itself
        QVERIFY2(again, qPrintable(store.lastError()));
        QVERIFY(!store.connectionLost());
        QCOMPARE(again->steps.at(0).attemptsTotal, 0); // the lost group left nothing
        QCOMPARE(countRows(m_location, QStringLiteral("attempts")), 0);
        QVERIFY(store.beginAttempt(taskId, again->steps[0], QStringLiteral("m"),
                                   QStringLiteral("kept"), 2000));
        QVERIFY(store.commitNow());
        QCOMPARE(countRows(m_location, QStringLiteral("attempts")), 1);
    }

    void aServerThatDoesNotAnswerIsNamedWithoutItsPassword()
    {
        if (sqlite())
            QSKIP("a server's");
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        CheckpointStore store;
        QVERIFY(!store.open(
            QStringLiteral("postgresql://vigil:s3cret@127.0.0.1:%1/vigil?connect_timeout=2")
                .arg(port)));
        QVERIFY2(store.lastError().contains(QLatin1String("cannot be reached")),
                 qPrintable(store.lastError()));
        QVERIFY(!store.lastError().contains(QLatin1String("s3cret")));
        QVERIFY(!store.path().contains(QLatin1String("s3cret")));
        QVERIFY(store.path().contains(QStringLiteral("127.0.0.1:%1/vigil").arg(port)));

        CheckpointStore missing;
        QVERIFY(!missing.open(m_cluster.url(QStringLiteral("no_such_database"))));
        QVERIFY2(missing.lastError().contains(QLatin1String("does not exist")),
                 qPrintable(missing.lastError()));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

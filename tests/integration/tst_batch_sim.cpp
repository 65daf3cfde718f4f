// Batches against the real vigil-sim: every item exactly once in the output, concurrency
// beyond Qt's six connections, one probe per cool-down during an outage, pacing by the
// provider's announced limits, quota pauses that resume by themselves, offline waits.
#include "enginerun.h"
#include "reachability.h"
#include "simprocess.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

TaskSpec batchSpec(const SimProcess &sim, const QString &output, int items, int concurrency)
{
    TaskSpec spec = simBatch(sim.baseUrl(), output, items, concurrency);
    spec.retry.maxAttempts = 10;
    spec.retry.capacityInitialDelayMs = 300;
    spec.retry.capacityMaxDelayMs = 600;
    spec.retry.probeInitialDelayMs = 300;
    spec.retry.probeMaxDelayMs = 600;
    spec.retry.ttfbTimeoutMs = 5000;
    spec.retry.idleTimeoutMs = 5000;
    return spec;
}

// The output file's lines by item id; fails the test on a line that is not JSON.
QHash<QString, QJsonObject> readOutput(const QString &path, int *lines = nullptr)
{
    QHash<QString, QJsonObject> byId;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return byId;
    int count = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            qFatal("a torn line in %s", qPrintable(path));
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            qFatal("not a JSON object: %s", line.constData());
        byId.insert(object.value(QLatin1String("id")).toString(), object);
        ++count;
    }
    if (lines)
        *lines = count;
    return byId;
}

// Every step the simulator saw, completed exactly once.
void verifyEachStepCompletedOnce(SimProcess &sim, int items)
{
    const QJsonObject steps = sim.stats().value(QLatin1String("steps")).toObject();
    QCOMPARE(steps.size(), items);
    for (auto it = steps.begin(); it != steps.end(); ++it)
        QCOMPARE(it.value().toObject().value(QLatin1String("completions")).toInt(), 1);
}

// No attempt armed and left in the store, none missing: every request the simulator saw
// is recorded, and every attempt recorded reached it unless it was cut as cancelled.
void verifyAttemptsAreRequests(SimProcess &sim, CheckpointStore &store, const QString &db,
                               qint64 taskId)
{
    const QList<AttemptRecord> attempts = store.attempts(taskId);
    QCOMPARE(countRows(db, QStringLiteral("attempts")), attempts.size());
    const auto requests = sim.stats().value(QLatin1String("requests_total")).toInt();
    const auto cut = std::count_if(attempts.begin(), attempts.end(), [](const AttemptRecord &a) {
        return a.failureClass == QLatin1String("cancelled");
    });
    QVERIFY2(attempts.size() >= requests && attempts.size() - cut <= requests,
             qPrintable(QStringLiteral("%1 attempts (%2 cancelled), %3 requests")
                            .arg(attempts.size())
                            .arg(cut)
                            .arg(requests)));
}

int faultCount(SimProcess &sim, const QString &fault)
{
    return sim.stats().value(QLatin1String("by_fault")).toObject().value(fault).toInt();
}

} // namespace

class TestBatchSim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString fresh(const QString &suffix)
    {
        return m_dir.filePath(QStringLiteral("f%1%2").arg(++m_counter).arg(suffix));
    }

private slots:
    void initTestCase() { qRegisterMetaType<vigil::TaskState>(); }

    void everyItemOnceWithBoundedConcurrency()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("token_delay_ms"), 5}})));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        const Run run = runTask(db, batchSpec(sim, output, 200, 16));
        QCOMPARE(run.state, TaskState::Completed);
        QVERIFY2(run.reason.contains(QLatin1String("all 200 items completed")),
                 qPrintable(run.reason));
        // Items share commits: their attempts are recorded ahead, their results land
        // together; and no attempt is recorded that was not sent.
        QVERIFY2(run.commits * 3 <= 200, qPrintable(QString::number(run.commits)));
        QCOMPARE(countRows(db, QStringLiteral("attempts")),
                 sim.stats().value(QLatin1String("requests_total")).toInt());
        int lines = 0;
        const auto results = readOutput(output, &lines);
        QCOMPARE(lines, 200);
        QCOMPARE(results.size(), 200);
        const QJsonObject first = results.value(QStringLiteral("item-0"));
        QVERIFY(!first.value(QLatin1String("text")).toString().isEmpty());
        QCOMPARE(first.value(QLatin1String("model")).toString(), QStringLiteral("vigil-large"));
        QVERIFY(first.value(QLatin1String("usage"))
                    .toObject()
                    .contains(QLatin1String("completion_tokens")));
        verifyEachStepCompletedOnce(sim, 200);
        QCOMPARE(sim.stats().value(QLatin1String("max_in_flight")).toInt(), 16);
        // Step events name the item they are about.
        for (const EngineEvent &event : run.named(QStringLiteral("step_done")))
            QCOMPARE(event.fields.value(QLatin1String("item")),
                     QJsonValue(QStringLiteral("item-%1").arg(event.step)));
    }

    // Attempts recorded ahead of their send and not sent when the user paused leave no
    // trace: the store's attempts are the simulator's requests, but for those the pause
    // cut on their way out.
    void aPausedBatchKeepsOnlyTheAttemptsItSent()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("token_delay_ms"), 10}})));
        const QString db = fresh(QStringLiteral(".db"));
        const QString output = fresh(QStringLiteral(".jsonl"));
        CheckpointStore store;
        QVERIFY(store.open(db));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        const auto id = engine.submit(batchSpec(sim, output, 300, 16), &error);
        QVERIFY(id && engine.start(*id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.stats().value(QLatin1String("completions_total")).toInt() >= 40, 20000);
        QVERIFY2(engine.pause(*id, &error), qPrintable(error));
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Paused);
        QVERIFY(sim.stats().value(QLatin1String("requests_total")).toInt() < 300);
        verifyAttemptsAreRequests(sim, store, db, *id);
        if (QTest::currentTestFailed())
            return;

        QVERIFY2(engine.start(*id, &error), qPrintable(error));
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.last().at(1).value<TaskState>(), TaskState::Completed);
        verifyAttemptsAreRequests(sim, store, db, *id);
        if (QTest::currentTestFailed())
            return;
        int lines = 0;
        QCOMPARE(readOutput(output, &lines).size(), 300);
        QCOMPARE(lines, 300);
        // The pause cut the attempts in flight; the simulator may have finished some of
        // them all the same. Those are the only items it completed twice.
        const QList<AttemptRecord> attempts = store.attempts(*id);
        const auto cut =
            std::count_if(attempts.begin(), attempts.end(), [](const AttemptRecord &a) {
                return a.failureClass == QLatin1String("cancelled");
            });
        const int completions = sim.stats().value(QLatin1String("completions_total")).toInt();
        QVERIFY2(completions >= 300 && completions - 300 <= cut,
                 qPrintable(QStringLiteral("%1 completions, %2 cut").arg(completions).arg(cut)));
    }

    void sixtyFourStreamsAtOnceToOneHost()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("token_delay_ms"), 60},
                                       {QStringLiteral("reply_words"), QJsonArray{25, 25}}})));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const Run run = runTask(fresh(QStringLiteral(".db")), batchSpec(sim, output, 64, 64));
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(sim.stats().value(QLatin1String("max_in_flight")).toInt(), 64);
        QCOMPARE(run.named(QStringLiteral("attempt_start")).size(), 64);
        verifyEachStepCompletedOnce(sim, 64);
    }

    void aThousandItemsRideOutAnOutageWithOneProbePerCoolDown()
    {
        SimProcess sim;
        QVERIFY(
            sim.start(testProfile(openingWindow(4000, QStringLiteral("openai-503-overloaded")))));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        const Run run = runTask(db, batchSpec(sim, output, 1000, 16), 120000);
        QCOMPARE(run.state, TaskState::Completed);

        // The first 16 went out before anything was known; after that, one probe per
        // cool-down of 300–600 ms over four seconds: about ten, not a thousand retries.
        const int capacityAnswers = faultCount(sim, QStringLiteral("openai-503-overloaded"));
        qInfo("capacity answers during the 4 s outage: %d", capacityAnswers);
        QVERIFY2(capacityAnswers >= 16 + 4 && capacityAnswers <= 16 + 20,
                 qPrintable(QString::number(capacityAnswers)));
        int lines = 0;
        QCOMPARE(readOutput(output, &lines).size(), 1000);
        QCOMPARE(lines, 1000);
        verifyEachStepCompletedOnce(sim, 1000);

        // Waiting behind the circuit spent no attempts: only the steps that were sent
        // into the outage were charged more than one.
        CheckpointStore store;
        QVERIFY(store.open(db));
        const auto task = store.loadTask(run.taskId);
        int attempts = 0;
        for (const StepRecord &step : task->steps)
            attempts += step.attemptsTotal;
        QCOMPARE(attempts, 1000 + capacityAnswers);

        // The circuit's life is in the event log: open, probing, releasing, closed.
        QStringList states;
        for (const EngineEvent &event : run.named(QStringLiteral("backend_state"))) {
            const QString state = event.fields.value(QLatin1String("state")).toString();
            if (states.isEmpty() || states.last() != state)
                states.append(state);
            if (state == QLatin1String("open"))
                QVERIFY(event.fields.value(QLatin1String("next_probe_at"))
                            .toString()
                            .endsWith(QLatin1Char('Z')));
        }
        QCOMPARE(states.first(), QStringLiteral("open"));
        QVERIFY(states.contains(QStringLiteral("probing")));
        QVERIFY(states.contains(QStringLiteral("releasing")));
        QCOMPARE(states.last(), QStringLiteral("closed"));
    }

    void probesKeepTheirCadenceThroughAnOutageAndNoticeItsEnd()
    {
        SimProcess sim;
        QVERIFY(
            sim.start(testProfile(openingWindow(8000, QStringLiteral("openai-503-overloaded")))));
        // The simulator's clock started before this: its window ends 8 s after that.
        const qint64 outageEnd = QDateTime::currentMSecsSinceEpoch() -
                                 sim.stats().value(QLatin1String("uptime_ms")).toInteger() + 8000;
        const QString output = fresh(QStringLiteral(".jsonl"));
        TaskSpec spec = batchSpec(sim, output, 40, 8);
        spec.retry.capacityInitialDelayMs = 5000; // a step on its own would wait seconds
        spec.retry.capacityMaxDelayMs = 60000;
        const Run run = runTask(fresh(QStringLiteral(".db")), spec, 60000);
        QCOMPARE(run.state, TaskState::Completed);
        verifyEachStepCompletedOnce(sim, 40);

        // One probe at a time, every 300–600 ms, however long the outage has lasted.
        QList<qint64> probes;
        qint64 firstAfter = 0;
        for (const EngineEvent &event : run.named(QStringLiteral("attempt_start"))) {
            const qint64 at = event.ts.toMSecsSinceEpoch();
            if (at >= outageEnd) {
                firstAfter = at;
                break;
            }
            probes.append(at);
        }
        QVERIFY2(probes.size() >= 8 + 10, qPrintable(QString::number(probes.size())));
        for (int i = 9; i < probes.size(); ++i)
            QVERIFY2(probes.at(i) - probes.at(i - 1) <= 600 + 150,
                     qPrintable(QStringLiteral("probe %1 came %2 ms after the one before")
                                    .arg(i)
                                    .arg(probes.at(i) - probes.at(i - 1))));
        // The first request after the end of the outage went within one probe interval.
        QVERIFY(firstAfter > 0);
        QVERIFY2(firstAfter - outageEnd <= 600 + 150,
                 qPrintable(QString::number(firstAfter - outageEnd)));
        // And then everyone at once within a couple of seconds: 40 items of a few
        // milliseconds each are done well before that.
        const qint64 last = run.named(QStringLiteral("step_done")).last().ts.toMSecsSinceEpoch();
        QVERIFY2(last - firstAfter < 2500, qPrintable(QString::number(last - firstAfter)));
    }

    void sporadicRateLimitsLowerTheLimitAndStopNoOne()
    {
        SimProcess sim;
        // Items 3, 13, 23… meet a 429 asking for 120 ms on their first request.
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("token_delay_ms"), 5},
             {QStringLiteral("step_scripts"),
              QJsonObject{{QStringLiteral("3"), QJsonArray{QStringLiteral("openai-429-rpm")}}}}})));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        const Run run = runTask(db, batchSpec(sim, output, 100, 8), 60000);
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(faultCount(sim, QStringLiteral("openai-429-rpm")), 10);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 110);
        verifyEachStepCompletedOnce(sim, 100);
        QCOMPARE(readOutput(output).size(), 100);

        // The backend never stopped: its limit went down and came back up.
        int lowered = 0;
        int restored = 0;
        int lastLimit = 0;
        for (const EngineEvent &event : run.named(QStringLiteral("backend_state"))) {
            const QString state = event.fields.value(QLatin1String("state")).toString();
            QVERIFY2(state == QLatin1String("closed"), qPrintable(state));
            const int limit = event.fields.value(QLatin1String("concurrency_limit")).toInt();
            if (limit > 0 && (lastLimit == 0 || limit < lastLimit))
                ++lowered;
            if (limit == 0 && lastLimit > 0)
                ++restored;
            lastLimit = limit;
        }
        QVERIFY2(lowered >= 5, qPrintable(QString::number(lowered)));
        QVERIFY2(restored >= 5, qPrintable(QString::number(restored)));
        // Each rate-limited item waited its own 120 ms; none was charged a second attempt
        // for another's 429.
        for (const EngineEvent &event : run.named(QStringLiteral("attempt_end"))) {
            if (event.fields.value(QLatin1String("class")).toString() ==
                QLatin1String("rate-limited")) {
                QCOMPARE(event.step % 10, 3);
                QCOMPARE(event.fields.value(QLatin1String("delay_ms")).toInt(), 120);
            }
        }
        QCOMPARE(run.named(QStringLiteral("attempt_start")).size(), 110);
    }

    void aBurstOfRateLimitsStillStopsTheBackend()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile(openingWindow(1500, QStringLiteral("openai-429-rpm")))));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const Run run = runTask(fresh(QStringLiteral(".db")), batchSpec(sim, output, 40, 8), 60000);
        QCOMPARE(run.state, TaskState::Completed);
        verifyEachStepCompletedOnce(sim, 40);
        bool stopped = false;
        for (const EngineEvent &event : run.named(QStringLiteral("backend_state"))) {
            if (event.fields.value(QLatin1String("state")).toString() == QLatin1String("open")) {
                QCOMPARE(event.fields.value(QLatin1String("class")).toString(),
                         QStringLiteral("rate-limited"));
                stopped = true;
            }
        }
        QVERIFY(stopped);
        // Stopped, the backend heard one probe per short cool-down, not eight retries each.
        const int refusals = faultCount(sim, QStringLiteral("openai-429-rpm"));
        QVERIFY2(refusals <= 8 + 1500 / 120 + 2, qPrintable(QString::number(refusals)));
    }

    void aPromptTooLongFailsOnlyItsItem()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("step_scripts"),
              QJsonObject{{QStringLiteral(":3"),
                           QJsonArray{QStringLiteral("openai-400-context-length")}}}}})));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        const Run run = runTask(db, batchSpec(sim, output, 12, 4));
        QCOMPARE(run.state, TaskState::Completed);
        QVERIFY2(run.reason.contains(QLatin1String("11 of 12 items completed, 1 failed")),
                 qPrintable(run.reason));
        const auto results = readOutput(output);
        QCOMPARE(results.size(), 12);
        const QJsonObject failed = results.value(QStringLiteral("item-3"));
        QCOMPARE(failed.value(QLatin1String("error")).toObject().value(QLatin1String("class")),
                 QJsonValue(QStringLiteral("request")));
        QVERIFY(!failed.contains(QLatin1String("text")));
        QCOMPARE(sim.requestsFor(QStringLiteral(":3")), 1);
        QCOMPARE(run.named(QStringLiteral("step_failed")).size(), 1);

        // Running it again sends nothing: the failed item stays failed, the rest done.
        const int before = sim.stats().value(QLatin1String("requests_total")).toInt();
        const Run again = runTask(db, batchSpec(sim, output, 12, 4));
        QCOMPARE(again.state, TaskState::Completed);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), before);
        QCOMPARE(readOutput(output).size(), 12);
    }

    void theOutputFollowsTheStoreAfterACrash()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        QCOMPARE(runTask(db, batchSpec(sim, output, 30, 8)).state, TaskState::Completed);

        // A crash between the store's commit and the file's append loses the last lines;
        // one in the middle of an append leaves half a line.
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray all = file.readAll();
        qsizetype cut = all.size() - 1;
        for (int dropped = 0; dropped < 5; ++dropped)
            cut = all.lastIndexOf('\n', cut - 1);
        QVERIFY(file.resize(cut + 1));
        file.seek(cut + 1);
        file.write("{\"id\":\"item-");
        file.close();

        const int before = sim.stats().value(QLatin1String("requests_total")).toInt();
        QCOMPARE(runTask(db, batchSpec(sim, output, 30, 8)).state, TaskState::Completed);
        int lines = 0;
        QCOMPARE(readOutput(output, &lines).size(), 30);
        QCOMPARE(lines, 30);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), before);
    }

    void aForeignOutputFileIsRefusedAndKept()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QByteArray foreign = "{\"id\":\"item-0\",\"text\":\"mine\"}\n{\"id\":\"other\"}\n";
        {
            QFile file(output);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(foreign);
        }
        const Run run = runTask(fresh(QStringLiteral(".db")), batchSpec(sim, output, 5, 2));
        QCOMPARE(run.state, TaskState::Failed);
        QVERIFY2(run.reason.contains(QLatin1String("line 2: not a result of this batch")),
                 qPrintable(run.reason));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), foreign);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
    }

    void requestsWaitForTheAnnouncedLimitToReset()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("rate_limit"),
              QJsonObject{{QStringLiteral("requests"), 5}, {QStringLiteral("window_ms"), 500}}}})));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const Run run = runTask(fresh(QStringLiteral(".db")), batchSpec(sim, output, 25, 4));
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(faultCount(sim, QStringLiteral("openai-429-rpm")), 0);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 25);
        bool held = false;
        for (const EngineEvent &event : run.named(QStringLiteral("backend_state")))
            held |=
                event.fields.value(QLatin1String("state")).toString() == QLatin1String("holding");
        QVERIFY(held);
    }

    void aQuotaResetFiveSecondsAheadResumesAcrossARestart()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            testProfile({{QStringLiteral("capacity_windows"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("model"), QStringLiteral("vigil-large")},
                              {QStringLiteral("start_ms"), 0},
                              {QStringLiteral("duration_ms"), 5000},
                              {QStringLiteral("response"), QStringLiteral("groq-429-per-day")},
                              {QStringLiteral("retry_after_end"), true}}}}})));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        const TaskSpec spec = batchSpec(sim, output, 20, 4);
        qint64 id = 0;
        qint64 resumeAt = 0;
        {
            CheckpointStore store;
            QVERIFY(store.open(db));
            Engine engine(store);
            QString error;
            id = *engine.submit(spec, &error);
            QVERIFY(engine.start(id, &error));
            QTRY_VERIFY_WITH_TIMEOUT(store.loadTask(id)->resumeAt > 0, 5000);
            const auto task = store.loadTask(id);
            QCOMPARE(task->state, TaskState::Paused);
            resumeAt = task->resumeAt;
            const qint64 ahead = resumeAt - QDateTime::currentMSecsSinceEpoch();
            QVERIFY2(ahead > 3000 && ahead <= 5500, qPrintable(QString::number(ahead)));
        } // Vigil stops while the batch waits for its quota.
        const int quotaAnswers = faultCount(sim, QStringLiteral("groq-429-per-day"));
        QVERIFY(quotaAnswers >= 1 && quotaAnswers <= 4);

        CheckpointStore store;
        QVERIFY(store.open(db));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        QVERIFY(engine.start(id, &error));
        QTest::qWait(500);
        QCOMPARE(faultCount(sim, QStringLiteral("groq-429-per-day")), quotaAnswers);
        QCOMPARE(faultCount(sim, QStringLiteral("ok")), 0);
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QVERIFY(QDateTime::currentMSecsSinceEpoch() >= resumeAt);
        QCOMPARE(readOutput(output).size(), 20);
        verifyEachStepCompletedOnce(sim, 20);
    }

    void aCoolDownSurvivesARestartWithoutABurst()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            openingWindow(6000, QStringLiteral("openai-503-overloaded"),
                          QJsonObject{{QStringLiteral("retry-after"), QStringLiteral("3")}}))));
        const QString output = fresh(QStringLiteral(".jsonl"));
        const QString db = fresh(QStringLiteral(".db"));
        const TaskSpec spec = batchSpec(sim, output, 16, 8);
        qint64 id = 0;
        {
            CheckpointStore store;
            QVERIFY(store.open(db));
            Engine engine(store);
            QString error;
            id = *engine.submit(spec, &error);
            QVERIFY(engine.start(id, &error));
            QTRY_COMPARE_WITH_TIMEOUT(store.loadTask(id)->state, TaskState::Retrying, 5000);
        } // Vigil stops while the backend cools down.
        const int before = sim.stats().value(QLatin1String("requests_total")).toInt();
        QVERIFY(before >= 1 && before <= 8);

        CheckpointStore store;
        QVERIFY(store.open(db));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        QVERIFY(engine.start(id, &error));
        QTest::qWait(1000);
        // The cool-down was read back from the store: nothing goes before it ends.
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), before);
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        // After the restart, one probe per three-second cool-down until the window closes.
        const int refusals = faultCount(sim, QStringLiteral("openai-503-overloaded"));
        QVERIFY2(refusals <= before + 3, qPrintable(QString::number(refusals)));
        verifyEachStepCompletedOnce(sim, 16);
    }

    void offlineSpendsNoAttempts()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        CheckpointStore store;
        QVERIFY(store.open(fresh(QStringLiteral(".db"))));
        Reachability reachability(Reachability::Source::Manual);
        reachability.setOnline(false);
        Engine engine(store, &reachability);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        const auto id =
            engine.submit(batchSpec(sim, fresh(QStringLiteral(".jsonl")), 40, 8), &error);
        QVERIFY(id && engine.start(*id, &error));
        QTRY_COMPARE(store.loadTask(*id)->state, TaskState::WaitingForNetwork);
        QTest::qWait(300);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
        reachability.setOnline(true);
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 40);
        QCOMPARE(store.attempts(*id).size(), 40);
    }

    // Retry-now in the same turn as the start (two control commands read at once): the
    // batch opens its output and runs, rather than ending before it began.
    void retryNowBeforeTheFirstTurnRunsTheBatch()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        CheckpointStore store;
        QVERIFY(store.open(fresh(QStringLiteral(".db"))));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        const QString output = fresh(QStringLiteral(".jsonl"));
        const auto id = engine.submit(batchSpec(sim, output, 12, 4), &error);
        QVERIFY(id && engine.start(*id, &error));
        QVERIFY(engine.retryNow(*id, &error));
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        int lines = 0;
        QCOMPARE(readOutput(output, &lines).size(), 12);
        QCOMPARE(lines, 12);
        verifyEachStepCompletedOnce(sim, 12);
    }
};

QTEST_GUILESS_MAIN(TestBatchSim)
#include "tst_batch_sim.moc"

// Streams re-attached instead of paid for twice (OpenAI Responses in background mode), the
// partial text of a dropped stream kept for the user, and the service tier's fallback —
// against the real vigil-sim over loopback.
#include "engine.h"
#include "enginerun.h"
#include "simprocess.h"
#include "store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

TaskSpec responsesTask(const SimProcess &sim, int turns)
{
    TaskSpec spec;
    spec.name = QStringLiteral("resume test");
    spec.provider.baseUrl = QUrl(sim.baseUrl());
    spec.provider.protocol = Protocol::OpenAiResponses;
    spec.model = QStringLiteral("vigil-large");
    for (int i = 0; i < turns; ++i)
        spec.turns.append(QStringLiteral("Question number %1?").arg(i + 1));
    spec.retry = quickRetry();
    return spec;
}

struct Stored
{
    QStringList outputs;
    QList<AttemptRecord> attempts;
};

Stored stored(const QString &dbPath, qint64 taskId)
{
    CheckpointStore store;
    store.open(dbPath);
    Stored result;
    const auto task = store.loadTask(taskId);
    for (const StepRecord &step : task->steps)
        result.outputs.append(step.state == StepState::Done ? step.output : QString());
    result.attempts = store.attempts(taskId);
    return result;
}

// The outputs of the same task on a simulator without faults.
QStringList uncutOutputs(const QString &folder, int turns)
{
    SimProcess sim;
    if (!sim.start(testProfile()))
        return {};
    const QString db = folder + QStringLiteral("/uncut.db");
    const Run run = runTask(db, responsesTask(sim, turns));
    return stored(db, run.taskId).outputs;
}

} // namespace

class TestResume : public QObject
{
    Q_OBJECT

private slots:
    void aDroppedStreamIsReattachedNotPaidForTwice()
    {
        constexpr int kTurns = 4;
        SimProcess sim;
        // Every step's stream drops after an event drawn from the seed, at least once.
        QVERIFY(sim.start(
            testProfile({{QStringLiteral("script"), QJsonArray{QStringLiteral("drop")}}})));
        const QString db = m_dir.filePath(QStringLiteral("dropped.db"));
        const Run run = runTask(db, responsesTask(sim, kTurns));
        QCOMPARE(run.state, TaskState::Completed);
        const Stored result = stored(db, run.taskId);
        for (int step = 0; step < kTurns; ++step) {
            const QString tag = QStringLiteral(":%1").arg(step);
            QCOMPARE(sim.requestsFor(tag), 1);
            QCOMPARE(sim.countFor(tag, QStringLiteral("generations")), 1);
            QCOMPARE(sim.completionsFor(tag), 1);
            QVERIFY(sim.countFor(tag, QStringLiteral("reattaches")) >= 1);
        }
        QCOMPARE(result.outputs, uncutOutputs(m_dir.path(), kTurns));
        // The timeline tells a re-attach from a send.
        int reattached = 0;
        for (const AttemptRecord &attempt : result.attempts) {
            QVERIFY(!attempt.responseId.isEmpty());
            if (attempt.resumedAfter >= 0)
                ++reattached;
        }
        QCOMPARE(reattached, kTurns);
        const auto starts = run.named(QStringLiteral("attempt_start"));
        QVERIFY(std::any_of(starts.begin(), starts.end(), [](const EngineEvent &event) {
            return event.fields.contains(QLatin1String("resumed_after"));
        }));
    }

    void withoutResumeADroppedStreamIsSentAgain()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            testProfile({{QStringLiteral("script"), QJsonArray{QStringLiteral("truncate")}}})));
        TaskSpec spec = responsesTask(sim, 1);
        spec.resumeStreams = false;
        const QString db = m_dir.filePath(QStringLiteral("noresume.db"));
        const Run run = runTask(db, spec);
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 2);
        QCOMPARE(sim.countFor(QStringLiteral(":0"), QStringLiteral("reattaches")), 0);
        // What the cut stream had said is kept with its attempt, not passed off as output.
        const Stored result = stored(db, run.taskId);
        QCOMPARE(result.attempts.size(), 2);
        QVERIFY(!result.attempts.at(0).partialText.isEmpty());
        QVERIFY(result.outputs.at(0).startsWith(result.attempts.at(0).partialText.trimmed()));
        QVERIFY(result.attempts.at(1).partialText.isEmpty());
    }

    void anExpiredResponseIsSentAgainOnce()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            testProfile({{QStringLiteral("script"), QJsonArray{QStringLiteral("expire")}}})));
        const QString db = m_dir.filePath(QStringLiteral("expired.db"));
        const Run run = runTask(db, responsesTask(sim, 1));
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 2);
        QCOMPARE(sim.countFor(QStringLiteral(":0"), QStringLiteral("generations")), 2);
        QCOMPARE(sim.completionsFor(QStringLiteral(":0")), 1);
        const Stored result = stored(db, run.taskId);
        QCOMPARE(result.attempts.size(), 3); // sent, re-attached to a 404, sent again
        QCOMPARE(result.attempts.at(1).httpStatus, 404);
        QVERIFY(result.attempts.at(1).resumedAfter >= 0);
        QVERIFY2(result.attempts.at(1).message.contains(QLatin1String("gone")),
                 qPrintable(result.attempts.at(1).message));
        QCOMPARE(result.attempts.at(2).resumedAfter, -1);
    }

    void pauseCancelsTheBackgroundResponse()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("reply_words"), QJsonArray{60, 60}},
                                       {QStringLiteral("token_delay_ms"), 50}})));
        CheckpointStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("paused.db"))));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        const auto id = engine.submit(responsesTask(sim, 1), &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(engine.start(*id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.countFor(QStringLiteral(":0"), QStringLiteral("generations")) == 1, 10000);
        QTest::qWait(300); // a few words in
        QVERIFY(engine.pause(*id, &error));
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sim.countFor(QStringLiteral(":0"), QStringLiteral("cancels")), 1,
                                  5000);
        QCOMPARE(sim.completionsFor(QStringLiteral(":0")), 0);
        // Resumed, the step starts afresh: the cancelled response is not re-attached to.
        const auto task = store.loadTask(*id);
        QVERIFY(task->steps.at(0).responseId.isEmpty());
    }

    void aKilledVigilReattachesAfterItsRestart()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("reply_words"), QJsonArray{40, 40}},
                                       {QStringLiteral("token_delay_ms"), 50}})));
        QJsonObject task{
            {QStringLiteral("name"), QStringLiteral("killed mid-stream")},
            {QStringLiteral("provider"),
             QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()},
                         {QStringLiteral("protocol"), QStringLiteral("openai-responses")}}},
            {QStringLiteral("model"), QStringLiteral("vigil-large")},
            {QStringLiteral("turns"), QJsonArray{QStringLiteral("Tell me a long story.")}}};
        const QString path = m_dir.filePath(QStringLiteral("killed.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(task).toJson());
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("killed.db"));
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      {QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            sim.countFor(QStringLiteral(":0"), QStringLiteral("generations")) == 1, 20000);
        QTest::qWait(600); // the response's id is on the disk by then
        process.kill();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(sim.completionsFor(QStringLiteral(":0")), 0);

        QProcess again;
        again.start(QStringLiteral(VIGIL_CLI_BINARY),
                    {QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1);
        QCOMPARE(sim.countFor(QStringLiteral(":0"), QStringLiteral("generations")), 1);
        QCOMPARE(sim.countFor(QStringLiteral(":0"), QStringLiteral("reattaches")), 1);
        QCOMPARE(sim.completionsFor(QStringLiteral(":0")), 1);
    }

    void aBackgroundResponseIsPolledWhenNotStreamed()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("reply_words"), QJsonArray{30, 30}},
                                       {QStringLiteral("token_delay_ms"), 20}})));
        TaskSpec spec = responsesTask(sim, 2);
        spec.stream = false;
        const QString db = m_dir.filePath(QStringLiteral("polled.db"));
        const Run run = runTask(db, spec);
        QCOMPARE(run.state, TaskState::Completed);
        for (const char *tag : {":0", ":1"}) {
            QCOMPARE(sim.requestsFor(QLatin1String(tag)), 1);
            QCOMPARE(sim.countFor(QLatin1String(tag), QStringLiteral("generations")), 1);
            QVERIFY(sim.countFor(QLatin1String(tag), QStringLiteral("polls")) >= 1);
        }
        const Stored result = stored(db, run.taskId);
        QCOMPARE(result.attempts.size(), 2); // one attempt each, however many polls
        QCOMPARE(result.outputs.size(), 2);
        for (const QString &output : result.outputs)
            QCOMPARE(output.split(QLatin1Char(' ')).size(), 30);
    }

    void flexUnavailableFallsBackToTheDefaultTier()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("flex_unavailable"), 1.0}})));
        TaskSpec spec = responsesTask(sim, 1);
        spec.serviceTier = QStringLiteral("flex");
        spec.serviceTierFallbackAfter = 2;
        const QString db = m_dir.filePath(QStringLiteral("flex.db"));
        const Run run = runTask(db, spec);
        QCOMPARE(run.state, TaskState::Completed);
        const Stored result = stored(db, run.taskId);
        QStringList tiers;
        QStringList classes;
        for (const AttemptRecord &attempt : result.attempts) {
            tiers.append(attempt.serviceTier);
            classes.append(attempt.failureClass);
        }
        QCOMPARE(tiers, (QStringList{QStringLiteral("flex"), QStringLiteral("flex"),
                                     QStringLiteral("default")}));
        QCOMPARE(classes, (QStringList{QStringLiteral("capacity"), QStringLiteral("capacity"),
                                       QStringLiteral("ok")}));
        const auto fallbacks = run.named(QStringLiteral("service_tier_fallback"));
        QCOMPARE(fallbacks.size(), 1);
        QCOMPARE(fallbacks.first().fields.value(QLatin1String("to")).toString(),
                 QStringLiteral("default"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"

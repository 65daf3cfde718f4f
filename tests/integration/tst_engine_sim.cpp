// The engine against the real vigil-sim over loopback: each fault gets the right class
// and retry decision, budgets pause, nothing completed is sent twice, and the
// watchdogs cut what they should and nothing else.
#include "engine.h"
#include "enginerun.h"
#include "manualclock.h"
#include "reachability.h"
#include "secretstore.h"
#include "simprocess.h"
#include "store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigil;

namespace {

QJsonArray script(const QStringList &faults)
{
    return QJsonArray::fromStringList(faults);
}

TaskSpec spec(const SimProcess &sim, int turns = 1, Protocol protocol = Protocol::OpenAiChat)
{
    TaskSpec spec;
    spec.name = QStringLiteral("engine test");
    spec.provider.baseUrl = QUrl(sim.baseUrl());
    spec.provider.protocol = protocol;
    spec.model = QStringLiteral("vigil-large");
    spec.system = QStringLiteral("Be brief.");
    for (int i = 0; i < turns; ++i)
        spec.turns.append(QStringLiteral("Question number %1?").arg(i + 1));
    spec.retry = quickRetry();
    return spec;
}

QStringList outputs(const QString &dbPath, qint64 taskId)
{
    CheckpointStore store;
    store.open(dbPath);
    QStringList result;
    const auto task = store.loadTask(taskId);
    for (const StepRecord &step : task->steps)
        result.append(step.state == StepState::Done ? step.output : QString());
    return result;
}

// A keychain that answers only when the test says so.
class HeldSecrets : public SecretStore
{
public:
    void readKey(const QString &entry, Done done) override
    {
        asked.append(entry);
        m_pending.append(std::move(done));
    }
    void writeKey(const QString &, const QString &, Done done) override { done({}, {}); }
    void removeKey(const QString &, Done done) override { done({}, {}); }
    void answer(const QString &key, const QString &error = {})
    {
        const auto pending = std::exchange(m_pending, {});
        for (const Done &done : pending)
            done(key, error);
    }

    QStringList asked;

private:
    QList<Done> m_pending;
};

} // namespace

class TestEngineSim : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_dbCounter = 0;
    QStringList m_calmOutputs;

    QString freshDb() { return m_dir.filePath(QStringLiteral("run%1.db").arg(++m_dbCounter)); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<vigil::TaskState>();
        SimProcess calm;
        QVERIFY(calm.start(testProfile()));
        const QString db = freshDb();
        const Run run = runTask(db, spec(calm, 2));
        QCOMPARE(run.state, TaskState::Completed);
        m_calmOutputs = outputs(db, run.taskId);
        QCOMPARE(m_calmOutputs.size(), 2);
        QVERIFY(!m_calmOutputs.first().isEmpty());
        QVERIFY(m_calmOutputs.first() != m_calmOutputs.last());
    }

    void aConversationsEndRidesWithItsLastAnswer()
    {
        // Each turn is on the disk before it is sent and once it is answered; the task's
        // end shares the last answer's sync instead of costing one of its own.
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        const QString db = freshDb();
        const Run run = runTask(db, spec(sim, 3));
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(run.commits, 6);
        bool ok = false;
        QCOMPARE(peekSql(db, QStringLiteral("SELECT state || ': ' || reason FROM tasks"), &ok)
                     .toString(),
                 QStringLiteral("completed: all 3 steps completed"));
        QVERIFY(ok);
        // Still told in order: the last step's end, then the task's.
        const EngineEvent &last = run.events.last();
        QCOMPARE(last.event, QStringLiteral("task_state"));
        QCOMPARE(last.fields.value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(run.events.at(run.events.size() - 2).event, QStringLiteral("step_done"));
        QCOMPARE(run.named(QStringLiteral("step_done")).size(), 3);
        QCOMPARE(outputs(db, run.taskId).size(), 3);
    }

    void eachFaultIsClassifiedAndRetried_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<int>("expectedStatus"); // 0: no HTTP status
        QTest::newRow("503 overloaded")
            << "openai-503-overloaded" << int(Protocol::OpenAiChat) << "capacity" << 503;
        QTest::newRow("529 overloaded")
            << "anthropic-529-overloaded" << int(Protocol::AnthropicMessages) << "capacity" << 529;
        QTest::newRow("at capacity")
            << "codex-at-capacity" << int(Protocol::OpenAiResponses) << "capacity" << 429;
        QTest::newRow("500") << "openai-500" << int(Protocol::OpenAiChat) << "server" << 500;
        QTest::newRow("502 html") << "proxy-502-html" << int(Protocol::OpenAiChat) << "server"
                                  << 502;
        QTest::newRow("429 rate limit")
            << "openai-429-rpm" << int(Protocol::OpenAiChat) << "rate-limited" << 429;
        QTest::newRow("409 environment_offline")
            << "codex-409-environment-offline" << int(Protocol::OpenAiResponses) << "server" << 409;
        QTest::newRow("reset") << "reset" << int(Protocol::OpenAiChat) << "network" << 0;
        QTest::newRow("stall before first byte")
            << "stall-before-first-byte" << int(Protocol::AnthropicMessages) << "stall" << 0;
        QTest::newRow("stall mid-stream")
            << "stall-mid-stream" << int(Protocol::OpenAiChat) << "stall" << 200;
        QTest::newRow("truncated stream")
            << "truncate" << int(Protocol::OpenAiResponses) << "server" << 200;
        QTest::newRow("error event in 200 stream")
            << "anthropic-stream-overloaded" << int(Protocol::AnthropicMessages) << "capacity"
            << 200;
        QTest::newRow("error chunk in 200 stream")
            << "openai-stream-error-chunk" << int(Protocol::OpenAiChat) << "server" << 200;
    }

    void eachFaultIsClassifiedAndRetried()
    {
        QFETCH(QString, fault);
        QFETCH(int, protocol);
        QFETCH(QString, expectedClass);
        QFETCH(int, expectedStatus);
        SimProcess sim;
        QVERIFY(sim.start(
            testProfile({{QStringLiteral("script"), script({fault, QStringLiteral("ok")})}})));
        const QString db = freshDb();
        TaskSpec task = spec(sim, 2, static_cast<Protocol>(protocol));
        task.resumeStreams = false; // a cut Responses stream is sent again, as others are
        const Run run = runTask(db, task);
        QCOMPARE(run.state, TaskState::Completed);

        const QList<EngineEvent> ends = run.named(QStringLiteral("attempt_end"));
        QCOMPARE(ends.size(), 4); // each step: the fault, then success
        for (int step = 0; step < 2; ++step) {
            const QJsonObject failed = ends[step * 2].fields;
            QCOMPARE(ends[step * 2].step, step);
            QCOMPARE(failed.value(QLatin1String("class")).toString(), expectedClass);
            QCOMPARE(failed.value(QLatin1String("retry")).toBool(), true);
            QVERIFY(failed.value(QLatin1String("delay_ms")).isDouble());
            QCOMPARE(failed.value(QLatin1String("http_status")).toInt(0), expectedStatus);
            QVERIFY(!failed.value(QLatin1String("message")).toString().isEmpty());
            QCOMPARE(ends[step * 2 + 1].fields.value(QLatin1String("class")).toString(),
                     QStringLiteral("ok"));
            QCOMPARE(sim.requestsFor(QStringLiteral(":%1").arg(step)), 2);
            QCOMPARE(sim.completionsFor(QStringLiteral(":%1").arg(step)), 1);
        }
        // What was saved is the whole reply of the successful attempt, never a fragment.
        QCOMPARE(outputs(db, run.taskId), m_calmOutputs);
        QCOMPARE(run.named(QStringLiteral("task_state"))
                     .last()
                     .fields.value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("completed"));
    }

    void terminalErrorsFailAtOnce_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<QString>("reasonHint");
        QTest::newRow("auth") << "openai-401-invalid-key"
                              << "vigil-large"
                              << "auth"
                              << "check the API key";
        QTest::newRow("context length") << "openai-400-context-length"
                                        << "vigil-large"
                                        << "request"
                                        << "rejected";
        QTest::newRow("unknown model") << "ok"
                                       << "no-such-model"
                                       << "not-found"
                                       << "switch model";
        QTest::newRow("other 409") << "generic-409-conflict"
                                   << "vigil-large"
                                   << "request"
                                   << "rejected";
    }

    void terminalErrorsFailAtOnce()
    {
        QFETCH(QString, fault);
        QFETCH(QString, model);
        QFETCH(QString, expectedClass);
        QFETCH(QString, reasonHint);
        SimProcess sim;
        QVERIFY(
            sim.start(testProfile({{QStringLiteral("script"), script({fault, fault, fault})}})));
        TaskSpec task = spec(sim, 2);
        task.model = model;
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Failed);
        QVERIFY2(run.reason.contains(reasonHint), qPrintable(run.reason));
        QCOMPARE(run.named(QStringLiteral("attempt_start")).size(), 1);
        const QList<EngineEvent> failed = run.named(QStringLiteral("step_failed"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().fields.value(QLatin1String("class")).toString(), expectedClass);
        QCOMPARE(run.named(QStringLiteral("attempt_end"))
                     .first()
                     .fields.value(QLatin1String("retry"))
                     .toBool(),
                 false);
    }

    void quotaPausesWithoutRetrying()
    {
        SimProcess sim;
        QVERIFY(
            sim.start(testProfile({{QStringLiteral("script"),
                                    script({QStringLiteral("openai-429-insufficient-quota")})}})));
        const Run run = runTask(freshDb(), spec(sim));
        QCOMPARE(run.state, TaskState::Paused);
        QVERIFY2(
            run.reason.contains(QStringLiteral("quota exhausted — add credit or switch provider")),
            qPrintable(run.reason));
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1);
    }

    void aQuotaWithAResetTimeResumesByItselfAlsoAfterARestart()
    {
        // The first request meets a per-day quota whose allowance "resets" in 57 s. The
        // engine's time is the test's: the wait passes at once, and nothing is sent a
        // millisecond before the reset.
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("script"), script({QStringLiteral("gemini-429-per-day")})}})));
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        const QString db = freshDb();
        QDateTime resumeAt;
        qint64 id = 0;
        {
            CheckpointStore store(clock);
            QVERIFY(store.open(db));
            Engine engine(store, nullptr, nullptr, clock);
            QObject::connect(&engine, &Engine::eventOccurred, &engine,
                             [&resumeAt](const EngineEvent &event) {
                                 if (event.event == QLatin1String("task_state") &&
                                     event.fields.contains(QLatin1String("resume_at")))
                                     resumeAt = QDateTime::fromString(
                                         event.fields.value(QLatin1String("resume_at")).toString(),
                                         Qt::ISODateWithMs);
                             });
            QString error;
            id = *engine.submit(spec(sim), &error);
            QVERIFY(engine.start(id, &error));
            QTRY_VERIFY_WITH_TIMEOUT(resumeAt.isValid(), 5000);
            const auto task = store.loadTask(id);
            QCOMPARE(task->state, TaskState::Paused);
            QVERIFY2(task->reason.contains(QLatin1String("resumes by itself")),
                     qPrintable(task->reason));
            QCOMPARE(task->resumeAt, resumeAt.toMSecsSinceEpoch());
            QCOMPARE(task->resumeAt, clock.nowMs() + 57'000);
        } // Vigil stops while the task waits for its quota.

        CheckpointStore store(clock);
        QVERIFY(store.open(db));
        Engine engine(store, nullptr, nullptr, clock);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        QVERIFY(engine.start(id, &error));
        QCoreApplication::processEvents();
        clock.advance(resumeAt.toMSecsSinceEpoch() - clock.nowMs() - 1);
        QCoreApplication::processEvents();
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1); // nothing before the reset
        QCOMPARE(store.loadTask(id)->state, TaskState::Paused);
        clock.advance(1);
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QVERIFY(clock.nowMs() >= resumeAt.toMSecsSinceEpoch());
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 2);
        QCOMPARE(store.loadTask(id)->resumeAt, 0);
    }

    void aStepAloneBehindAnOutageSpendsItsBudgetAtItsOwnPace()
    {
        // Three seconds at capacity. The backend's probe cadence is 50–100 ms, but every
        // probe is an attempt of its step: a step alone behind the backend probes on its
        // own capacity schedule (375–1500 ms), so ten attempts outlast the outage.
        SimProcess sim;
        QVERIFY(
            sim.start(testProfile(openingWindow(3000, QStringLiteral("openai-503-overloaded")))));
        TaskSpec task = spec(sim);
        task.retry.maxAttempts = 10;
        task.retry.capacityInitialDelayMs = 1500;
        task.retry.capacityMaxDelayMs = 1500;
        task.retry.probeInitialDelayMs = 100;
        task.retry.probeMaxDelayMs = 100;
        const Run run = runTask(freshDb(), task, 20000);
        QVERIFY2(run.state == TaskState::Completed, qPrintable(run.reason));
        const int sent = sim.requestsFor(QStringLiteral(":0"));
        QVERIFY2(sent >= 3 && sent <= 3000 / 375 + 2, qPrintable(QString::number(sent)));
        // The attempt that opened the circuit waits for the first probe, which it is; after
        // that each refused attempt waits the step's own delay, not the probe cadence.
        const QList<EngineEvent> ends = run.named(QStringLiteral("attempt_end"));
        for (const EngineEvent &event : ends.mid(1)) {
            if (event.fields.value(QLatin1String("class")).toString() == QLatin1String("capacity"))
                QVERIFY2(event.fields.value(QLatin1String("delay_ms")).toInt() >= 375,
                         qPrintable(QString::number(
                             event.fields.value(QLatin1String("delay_ms")).toInt())));
        }
    }

    void aDayLongRetryAfterPausesWithAScheduledResume()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            openingWindow(60000, QStringLiteral("openai-429-rpm"),
                          QJsonObject{{QStringLiteral("retry-after"), QStringLiteral("86400")}}))));
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        CheckpointStore store(clock);
        QVERIFY(store.open(freshDb()));
        Engine engine(store, nullptr, nullptr, clock);
        QList<EngineEvent> events;
        QObject::connect(&engine, &Engine::eventOccurred, &engine,
                         [&events](const EngineEvent &event) { events.append(event); });
        QString error;
        const qint64 id = *engine.submit(spec(sim), &error);
        const qint64 sent = clock.nowMs();
        QVERIFY(engine.start(id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(store.loadTask(id)->resumeAt > 0, 5000);
        const auto task = store.loadTask(id);
        // A day is longer than the step's hour of budget: a quota in practice, not "retrying".
        QCOMPARE(task->state, TaskState::Paused);
        QVERIFY2(task->reason.contains(QLatin1String("resumes by itself")),
                 qPrintable(task->reason));
        const qint64 ahead = task->resumeAt - sent;
        QVERIFY2(ahead >= 86'400'000 && ahead <= 86'400'000 + 5000,
                 qPrintable(QString::number(ahead)));
        // Nothing goes during the day, to its last millisecond.
        clock.advance(task->resumeAt - clock.nowMs() - 1);
        QCoreApplication::processEvents();
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1);
        QCOMPARE(store.loadTask(id)->state, TaskState::Paused);
        QStringList states;
        for (const EngineEvent &event : events) {
            if (event.event == QLatin1String("task_state"))
                states.append(event.fields.value(QLatin1String("state")).toString());
            if (event.event == QLatin1String("attempt_end")) {
                QCOMPARE(event.fields.value(QLatin1String("retry")).toBool(), true);
                QCOMPARE(event.fields.value(QLatin1String("delay_ms")).toInteger(), 86'400'000);
            }
        }
        QVERIFY2(!states.contains(QStringLiteral("retrying")), qPrintable(states.join(u' ')));
        QCOMPARE(states.last(), QStringLiteral("paused"));

        // Waiting for the quota's reset is work: the computer is kept awake for it, and
        // let sleep once the task is cancelled.
        QVERIFY(engine.hasWork());
        QSignalSpy work(&engine, &Engine::workChanged);
        QVERIFY(engine.cancel(id, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!engine.hasWork(), 5000);
        QCOMPARE(work.size(), 1);
        QCOMPARE(work.first().first().toBool(), false);
    }

    void theServerSeesExactlyTheConfiguredAttempts_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("maxAttempts");
        QTest::newRow("resets, 3") << "reset" << 3;
        QTest::newRow("resets, 1") << "reset" << 1;
        QTest::newRow("503, 4") << "openai-503-overloaded" << 4;
        QTest::newRow("truncations, 2") << "truncate" << 2;
    }

    void theServerSeesExactlyTheConfiguredAttempts()
    {
        QFETCH(QString, fault);
        QFETCH(int, maxAttempts);
        SimProcess sim;
        QStringList faults;
        for (int i = 0; i < 12; ++i)
            faults.append(fault);
        QVERIFY(sim.start(testProfile({{QStringLiteral("script"), script(faults)}})));
        TaskSpec task = spec(sim);
        task.retry.maxAttempts = maxAttempts;
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Paused);
        QVERIFY2(run.reason.contains(QLatin1String("retry budget exhausted")),
                 qPrintable(run.reason));
        // Neither Qt nor an adapter may add hits of its own.
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), maxAttempts);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), maxAttempts);
        QCOMPARE(run.named(QStringLiteral("attempt_start")).size(), maxAttempts);
    }

    void theElapsedBudgetPausesBeforeTheAttemptBudget()
    {
        SimProcess sim;
        QStringList failures;
        for (int i = 0; i < 40; ++i)
            failures.append(QStringLiteral("openai-500"));
        QVERIFY(sim.start(testProfile({{QStringLiteral("script"), script(failures)}})));
        TaskSpec task = spec(sim);
        task.retry.maxAttempts = 40;
        task.retry.maxElapsedMs = 600;
        task.retry.initialDelayMs = 100;
        task.retry.maxDelayMs = 200;
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Paused);
        QVERIFY2(run.reason.contains(QLatin1String("retry budget exhausted")),
                 qPrintable(run.reason));
        const int sent = sim.requestsFor(QStringLiteral(":0"));
        QVERIFY2(sent >= 2 && sent < 15, qPrintable(QString::number(sent)));
        QCOMPARE(run.named(QStringLiteral("attempt_end"))
                     .last()
                     .fields.value(QLatin1String("retry"))
                     .toBool(),
                 false);
    }

    void anExhaustedBudgetPausesAndASecondRunCompletes()
    {
        SimProcess sim;
        QStringList failures;
        for (int i = 0; i < 4; ++i)
            failures.append(QStringLiteral("openai-500"));
        QVERIFY(sim.start(testProfile({{QStringLiteral("step_scripts"),
                                        QJsonObject{{QStringLiteral(":1"), script(failures)}}}})));
        const QString db = freshDb();
        TaskSpec task = spec(sim, 2);
        task.retry.maxAttempts = 3;
        const Run first = runTask(db, task);
        QCOMPARE(first.state, TaskState::Paused);
        QVERIFY(first.reason.contains(QLatin1String("after 3 attempts")));
        QStringList kept = outputs(db, first.taskId);
        QCOMPARE(kept.first(), m_calmOutputs.first()); // the completed step and its output are kept
        QVERIFY(kept.last().isEmpty());
        {
            CheckpointStore store;
            QVERIFY(store.open(db));
            const auto task = store.loadTask(first.taskId);
            QCOMPARE(task->state, TaskState::Paused);
            QCOMPARE(task->steps[1].attemptsTotal, 3);
            QCOMPARE(task->steps[1].errorClass, QStringLiteral("server"));
            QCOMPARE(store.attempts(first.taskId).size(), 4);
        }

        const Run second = runTask(db, task); // a fresh budget, the same task
        QCOMPARE(second.taskId, first.taskId);
        QCOMPARE(second.state, TaskState::Completed);
        QCOMPARE(outputs(db, second.taskId), m_calmOutputs);
        // The completed step was never sent again; the paused one went on where it was.
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1);
        QCOMPARE(sim.completionsFor(QStringLiteral(":0")), 1);
        QCOMPARE(sim.requestsFor(QStringLiteral(":1")), 5);
        QCOMPARE(sim.completionsFor(QStringLiteral(":1")), 1);
        QCOMPARE(second.named(QStringLiteral("attempt_start"))
                     .first()
                     .fields.value(QLatin1String("attempt"))
                     .toInt(),
                 4);

        const Run third = runTask(db, task); // a completed task sends nothing
        QCOMPARE(third.state, TaskState::Completed);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 6);
    }

    void anOutageShorterThanTheBudgetEndsCompleted()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            testProfile(openingWindow(1500, QStringLiteral("anthropic-529-overloaded")))));
        TaskSpec task = spec(sim, 2);
        task.retry.maxAttempts = 30;
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Completed);
        int capacity = 0;
        for (const EngineEvent &event : run.named(QStringLiteral("attempt_end")))
            capacity +=
                event.fields.value(QLatin1String("class")).toString() == QLatin1String("capacity")
                    ? 1
                    : 0;
        QVERIFY(capacity >= 2);
        bool sawRetrying = false;
        for (const EngineEvent &event : run.named(QStringLiteral("task_state"))) {
            if (event.fields.value(QLatin1String("state")).toString() ==
                QLatin1String("retrying")) {
                sawRetrying = true;
                QVERIFY(event.fields.value(QLatin1String("next_try_at"))
                            .toString()
                            .endsWith(QLatin1Char('Z')));
                QCOMPARE(event.fields.value(QLatin1String("max_attempts")).toInt(), 30);
            }
        }
        QVERIFY(sawRetrying);
    }

    void aStallBeforeTheFirstByteIsCutAtTheLimit()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("script"), script({QStringLiteral("stall-before-first-byte")})}})));
        TaskSpec task = spec(sim);
        task.retry.ttfbTimeoutMs = 1500;
        task.retry.idleTimeoutMs = 1500;
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Completed);
        const EngineEvent start = run.named(QStringLiteral("attempt_start")).first();
        const EngineEvent end = run.named(QStringLiteral("attempt_end")).first();
        QCOMPARE(end.fields.value(QLatin1String("class")).toString(), QStringLiteral("stall"));
        const qint64 held = start.ts.msecsTo(end.ts);
        QVERIFY2(held >= 1400 && held <= 2500, qPrintable(QStringLiteral("held %1 ms").arg(held)));
    }

    void theAttemptCeilingEndsAStreamThatNeverEnds()
    {
        SimProcess sim;
        QVERIFY(
            sim.start(testProfile({{QStringLiteral("script"), script({QStringLiteral("endless")})},
                                   {QStringLiteral("token_delay_ms"), 100}})));
        TaskSpec task = spec(sim);
        task.retry.ttfbTimeoutMs = 1000;
        task.retry.idleTimeoutMs = 1000;
        task.retry.attemptTimeoutMs = 2500;
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Completed);
        const EngineEvent start = run.named(QStringLiteral("attempt_start")).first();
        const EngineEvent end = run.named(QStringLiteral("attempt_end")).first();
        QCOMPARE(end.fields.value(QLatin1String("class")).toString(), QStringLiteral("stall"));
        QVERIFY(end.fields.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("ceiling")));
        const qint64 held = start.ts.msecsTo(end.ts);
        QVERIFY2(held >= 2400 && held <= 3500, qPrintable(QStringLiteral("held %1 ms").arg(held)));
    }

    void aSlowHealthyStreamIsNotCut()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("script"), script({QStringLiteral("slow")})},
                                       {QStringLiteral("slow_token_delay_ms"), 400},
                                       {QStringLiteral("reply_words"), QJsonArray{10, 10}}})));
        TaskSpec task = spec(sim);
        task.retry.ttfbTimeoutMs = 1000;
        task.retry.idleTimeoutMs = 1000;
        QElapsedTimer clock;
        clock.start();
        const Run run = runTask(freshDb(), task);
        QCOMPARE(run.state, TaskState::Completed);
        QVERIFY2(clock.elapsed() > 3000,
                 "the stream must last longer than both limits for this test to mean anything");
        QCOMPARE(run.named(QStringLiteral("attempt_start")).size(), 1);
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1);
        const qint64 firstEvent = run.named(QStringLiteral("attempt_end"))
                                      .first()
                                      .fields.value(QLatin1String("ttfb_ms"))
                                      .toInteger(-1);
        QVERIFY2(firstEvent >= 0 && firstEvent < 1000, qPrintable(QString::number(firstEvent)));
    }

    void tenTasksToOneHostAreTenStreamsAndNoneIsCutAsAStall()
    {
        // Ten slow streams at once against one host: more than Qt's six HTTP/1.1
        // connections per manager, so the engine must spread them over managers for all
        // ten to be in flight, and no watchdog may cut a request that waits for a socket.
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("script"), script({QStringLiteral("slow")})},
                                       {QStringLiteral("slow_token_delay_ms"), 200},
                                       {QStringLiteral("reply_words"), QJsonArray{10, 10}}})));
        CheckpointStore store;
        QVERIFY(store.open(freshDb()));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        int attempts = 0;
        QObject::connect(&engine, &Engine::eventOccurred, &engine,
                         [&attempts](const EngineEvent &event) {
                             attempts += event.event == QLatin1String("attempt_start") ? 1 : 0;
                         });
        constexpr int kTasks = 10;
        for (int i = 0; i < kTasks; ++i) {
            TaskSpec task = spec(sim);
            task.name = QStringLiteral("queued %1").arg(i);
            task.retry.ttfbTimeoutMs = 1000;
            task.retry.idleTimeoutMs = 1000;
            QString error;
            const auto id = engine.submit(task, &error);
            QVERIFY2(id && engine.start(*id, &error), qPrintable(error));
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), kTasks, 20000);
        for (const QList<QVariant> &end : std::as_const(ended))
            QCOMPARE(end.at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(attempts, kTasks);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), kTasks);
        QCOMPARE(sim.stats().value(QLatin1String("max_in_flight")).toInt(), kTasks);
        QCOMPARE(engine.networkManagers(), 2);
    }

    void everyProtocolStreamingOrNotGivesTheSameAnswers_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<bool>("stream");
        QTest::newRow("openai-chat stream") << int(Protocol::OpenAiChat) << true;
        QTest::newRow("openai-chat whole") << int(Protocol::OpenAiChat) << false;
        QTest::newRow("openai-responses stream") << int(Protocol::OpenAiResponses) << true;
        QTest::newRow("openai-responses whole") << int(Protocol::OpenAiResponses) << false;
        QTest::newRow("anthropic stream") << int(Protocol::AnthropicMessages) << true;
        QTest::newRow("anthropic whole") << int(Protocol::AnthropicMessages) << false;
    }

    void everyProtocolStreamingOrNotGivesTheSameAnswers()
    {
        QFETCH(int, protocol);
        QFETCH(bool, stream);
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        TaskSpec task = spec(sim, 2, static_cast<Protocol>(protocol));
        task.stream = stream;
        const QString db = freshDb();
        const Run run = runTask(db, task);
        QCOMPARE(run.state, TaskState::Completed);
        QCOMPARE(outputs(db, run.taskId), m_calmOutputs);
        const QJsonObject usage = run.named(QStringLiteral("step_done"))
                                      .first()
                                      .fields.value(QLatin1String("usage"))
                                      .toObject();
        QVERIFY2(!usage.isEmpty(), "usage is recorded");
    }

    void offlineWaitsWithoutSpendingAttempts()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        CheckpointStore store(clock);
        QVERIFY(store.open(freshDb()));
        Reachability reachability(Reachability::Source::Manual);
        reachability.setOnline(false);
        Engine engine(store, &reachability, nullptr, clock);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QStringList states;
        QObject::connect(
            &engine, &Engine::eventOccurred, &engine, [&states](const EngineEvent &event) {
                if (event.event == QLatin1String("task_state"))
                    states.append(event.fields.value(QLatin1String("state")).toString());
            });
        QString error;
        TaskSpec task = spec(sim, 2);
        task.retry.maxElapsedMs = 300;
        const qint64 id = *engine.submit(task, &error);
        QVERIFY(engine.start(id, &error));
        QCoreApplication::processEvents();
        clock.advance(10 * 60'000); // far past the budget's 300 ms: offline time is not spent
        QCoreApplication::processEvents();
        QCOMPARE(states.last(), QStringLiteral("waiting-for-network"));
        QCOMPARE(store.loadTask(id)->state, TaskState::WaitingForNetwork);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
        QVERIFY(ended.isEmpty());

        reachability.setOnline(true);
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 2);
    }

    void anAttemptLostToGoingOfflineIsNotCharged()
    {
        // max_attempts 1: had the stalled attempt been charged, the task would pause.
        SimProcess sim;
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("script"), script({QStringLiteral("stall-before-first-byte")})}})));
        CheckpointStore store;
        QVERIFY(store.open(freshDb()));
        Reachability reachability(Reachability::Source::Manual);
        Engine engine(store, &reachability);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QList<EngineEvent> ends;
        QObject::connect(&engine, &Engine::eventOccurred, &engine, [&](const EngineEvent &event) {
            if (event.event == QLatin1String("attempt_start") &&
                event.fields.value(QLatin1String("attempt")).toInt() == 1)
                QTimer::singleShot(200, &reachability,
                                   [&reachability] { reachability.setOnline(false); });
            if (event.event == QLatin1String("task_state") &&
                event.fields.value(QLatin1String("state")).toString() ==
                    QLatin1String("waiting-for-network"))
                QTimer::singleShot(300, &reachability,
                                   [&reachability] { reachability.setOnline(true); });
            if (event.event == QLatin1String("attempt_end"))
                ends.append(event);
        });
        QString error;
        TaskSpec task = spec(sim);
        task.retry.maxAttempts = 1;
        const qint64 id = *engine.submit(task, &error);
        QVERIFY(engine.start(id, &error));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(ends.size(), 2);
        QCOMPARE(ends.first().fields.value(QLatin1String("class")).toString(),
                 QStringLiteral("stall"));
        QVERIFY(ends.first()
                    .fields.value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("not charged")));
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 2);
    }

    void cancelAbortsTheAttemptInFlightAndKeepsOutputs()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            testProfile({{QStringLiteral("step_scripts"),
                          QJsonObject{{QStringLiteral(":1"),
                                       script({QStringLiteral("stall-before-first-byte")})}}}})));
        const QString db = freshDb();
        CheckpointStore store;
        QVERIFY(store.open(db));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        TaskSpec task = spec(sim, 2);
        task.retry.ttfbTimeoutMs = 20000;
        task.retry.idleTimeoutMs = 20000;
        const qint64 id = *engine.submit(task, &error);
        QObject::connect(&engine, &Engine::eventOccurred, &engine, [&](const EngineEvent &event) {
            if (event.event == QLatin1String("attempt_start") && event.step == 1)
                QTimer::singleShot(300, &engine, [&engine, id] { engine.cancel(id); });
        });
        QElapsedTimer clock;
        clock.start();
        QVERIFY(engine.start(id, &error));
        QVERIFY(ended.wait(10000));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Cancelled);
        QCOMPARE(store.loadTask(id)->steps.first().output, m_calmOutputs.first());
        QCOMPARE(store.attempts(id).last().failureClass, QStringLiteral("cancelled"));
    }

    void aKeyFromTheKeychainIsReadAtEachStart()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile({{QStringLiteral("api_key"), QStringLiteral("sk-held")}})));
        CheckpointStore store;
        QVERIFY(store.open(freshDb()));
        HeldSecrets secrets;
        Engine engine(store);
        engine.setSecretStore(&secrets);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        TaskSpec task = spec(sim, 2);
        task.provider.apiKeyKeychain = QStringLiteral("held");
        QString error;
        const qint64 id = *engine.submit(task, &error);

        // Paused while the keychain answers: nothing starts when it does.
        QVERIFY(engine.start(id, &error));
        QVERIFY(engine.isRunning(id));
        QVERIFY(!engine.start(id, &error));
        QVERIFY(engine.pause(id, &error));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.takeFirst().at(1).value<TaskState>(), TaskState::Paused);
        QVERIFY(!engine.isRunning(id));
        secrets.answer(QStringLiteral("sk-held"));
        QTest::qWait(200);
        QVERIFY(ended.isEmpty());
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);

        // A keychain that cannot give the key pauses the task with its reason.
        QVERIFY(engine.start(id, &error));
        secrets.answer({}, QStringLiteral("the keychain is locked"));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Paused);
        QVERIFY(
            ended.takeFirst().at(2).toString().contains(QLatin1String("the keychain is locked")));
        QCOMPARE(store.loadTask(id)->state, TaskState::Paused);

        // The key read reaches the provider, which refuses requests without it.
        QVERIFY(engine.start(id, &error));
        secrets.answer(QStringLiteral("sk-held"));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(secrets.asked, QStringList(3, QStringLiteral("held")));
        QCOMPARE(outputs(store.path(), id), m_calmOutputs);
        QVERIFY(!sim.stats()
                     .value(QLatin1String("by_fault"))
                     .toObject()
                     .contains(QLatin1String("refused-key")));
    }

    void aTaskWaitingForItsKeyCanBeCancelled()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        CheckpointStore store;
        QVERIFY(store.open(freshDb()));
        HeldSecrets secrets;
        Engine engine(store);
        QString error;
        TaskSpec task = spec(sim);
        task.provider.apiKeyKeychain = QStringLiteral("held");
        const qint64 id = *engine.submit(task, &error);
        QVERIFY(!engine.start(id, &error)); // no keychain at all: says so at once
        QVERIFY2(error.contains(QLatin1String("no keychain")), qPrintable(error));

        engine.setSecretStore(&secrets);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QVERIFY(engine.start(id, &error));
        QVERIFY(engine.cancel(id, &error));
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Cancelled);
        secrets.answer(QStringLiteral("sk"));
        QTest::qWait(200);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
        QCOMPARE(store.loadTask(id)->state, TaskState::Cancelled);
    }

    // A task starts at the event loop's next turn; what the user asks before then (two
    // commands in one read from the control socket) applies to it all the same.
    void aTaskStoppedBeforeItsFirstTurnSendsNothing_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("pause") << false;
        QTest::newRow("cancel") << true;
    }

    void aTaskStoppedBeforeItsFirstTurnSendsNothing()
    {
        QFETCH(bool, cancel);
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        CheckpointStore store;
        QVERIFY(store.open(freshDb()));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        const qint64 id = *engine.submit(spec(sim, 2), &error);
        QVERIFY(engine.start(id, &error));
        QVERIFY2(cancel ? engine.cancel(id, &error) : engine.pause(id, &error), qPrintable(error));
        const TaskState stopped = cancel ? TaskState::Cancelled : TaskState::Paused;
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().at(1).value<TaskState>(), stopped);
        QTest::qWait(300);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!engine.isRunning(id));
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
        QCOMPARE(store.loadTask(id)->state, stopped);
        QVERIFY(store.attempts(id).isEmpty());
    }

    void retryNowBeforeTheFirstTurnRunsTheTask()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        const QString db = freshDb();
        CheckpointStore store;
        QVERIFY(store.open(db));
        Engine engine(store);
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        const qint64 id = *engine.submit(spec(sim, 2), &error);
        QVERIFY(engine.start(id, &error));
        QVERIFY(engine.retryNow(id, &error));
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(outputs(db, id), m_calmOutputs);
    }
};

QTEST_GUILESS_MAIN(TestEngineSim)
#include "tst_engine_sim.moc"

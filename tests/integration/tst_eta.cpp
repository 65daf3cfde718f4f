// When a task will end, and whether it keeps its deadline, measured against the real
// vigil-sim over loopback through outages whose end the backend announces.
#include "engine.h"
#include "enginerun.h"
#include "simprocess.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace vigil;

namespace {

constexpr int kItems = 60;
constexpr int kOutageStartMs = 1500; // of the simulator's clock
constexpr int kOutageMs = 4000;

// Replies of a fixed length, so that the pace before an outage is the pace after it.
QJsonObject steadyProfile(const QString &outageResponse, int outageMs)
{
    QJsonObject extra{{QStringLiteral("reply_words"), QJsonArray{12, 12}},
                      {QStringLiteral("token_delay_ms"), 8}};
    if (!outageResponse.isEmpty())
        extra.insert(
            QStringLiteral("capacity_windows"),
            QJsonArray{QJsonObject{{QStringLiteral("model"), QStringLiteral("vigil-large")},
                                   {QStringLiteral("start_ms"), kOutageStartMs},
                                   {QStringLiteral("duration_ms"), outageMs},
                                   {QStringLiteral("response"), outageResponse},
                                   {QStringLiteral("retry_after_end"), true}}});
    return testProfile(extra);
}

struct EtaSample
{
    qint64 at = 0;
    qint64 eta = 0;
};

// One task run to its end on a fresh engine, its ETA read every 100 ms.
struct TimedRun
{
    TimedRun(const QString &dbPath, const TaskSpec &spec)
    {
        if (!store.open(dbPath))
            qFatal("store: %s", qPrintable(store.lastError()));
        QObject::connect(&engine, &Engine::eventOccurred,
                         [this](const EngineEvent &event) { events.append(event); });
        QString error;
        const auto id = engine.submit(spec, &error);
        if (!id)
            qFatal("submit: %s", qPrintable(error));
        taskId = *id;
    }

    TaskState run()
    {
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, [this] {
            if (const auto eta = engine.eta(taskId))
                samples.append({QDateTime::currentMSecsSinceEpoch(), *eta});
        });
        sampler.start(100);
        QString error;
        if (!engine.start(taskId, &error))
            qFatal("start: %s", qPrintable(error));
        if (!ended.wait(60000))
            qFatal("the task did not end");
        endedAt = QDateTime::currentMSecsSinceEpoch();
        return ended.first().at(1).value<TaskState>();
    }

    QList<EngineEvent> named(const QString &name) const { return eventsNamed(events, name); }

    CheckpointStore store;
    Engine engine{store};
    qint64 taskId = 0;
    QList<EngineEvent> events;
    QList<EtaSample> samples;
    qint64 endedAt = 0;
};

// When the simulator's clock read 0, on this machine's.
qint64 simulatorEpoch(SimProcess &sim)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    return before - sim.stats().value(QLatin1String("uptime_ms")).toInteger();
}

} // namespace

class TestEta : public QObject
{
    Q_OBJECT

private slots:
    void theEtaCountsAnAnnouncedOutage_data()
    {
        QTest::addColumn<QString>("response");
        QTest::addColumn<TaskState>("waitState");
        // A backend that cools down until a Retry-After, and a quota that resets at one.
        QTest::newRow("cool-down")
            << QStringLiteral("openai-503-overloaded") << TaskState::Retrying;
        QTest::newRow("quota reset") << QStringLiteral("groq-429-per-day") << TaskState::Paused;
    }

    void theEtaCountsAnAnnouncedOutage()
    {
        QFETCH(QString, response);
        QFETCH(TaskState, waitState);
        SimProcess sim;
        QVERIFY(sim.start(steadyProfile(response, kOutageMs)));
        QTemporaryDir dir;
        TimedRun run(dir.filePath(QStringLiteral("eta.db")),
                     simBatch(sim.baseUrl(), dir.filePath(QStringLiteral("out.jsonl")), kItems, 2));
        const qint64 outageEnd = simulatorEpoch(sim) + kOutageStartMs + kOutageMs;
        QCOMPARE(run.run(), TaskState::Completed);
        bool waited = false;
        for (const EngineEvent &event : run.named(QStringLiteral("task_state")))
            waited |=
                event.fields.value(QLatin1String("state")).toString() == taskStateName(waitState);
        QVERIFY(waited);
        QVERIFY2(run.endedAt > outageEnd, "the outage must hold the task back");

        // Read while the task waits out the outage, the ETA is within 20 % of the time
        // that was left: the announced end of the wait is counted, not assumed away.
        int checked = 0;
        double worst = 0;
        for (const EtaSample &sample : std::as_const(run.samples)) {
            if (sample.at < outageEnd - kOutageMs + 500 || sample.at > outageEnd)
                continue;
            const qint64 left = run.endedAt - sample.at;
            const qint64 error = std::abs(sample.eta - run.endedAt);
            QVERIFY2(error * 5 <= left,
                     qPrintable(QStringLiteral("at %1 ms before the end the ETA was %2 ms off")
                                    .arg(left)
                                    .arg(sample.eta - run.endedAt)));
            worst = std::max(worst, static_cast<double>(error) / static_cast<double>(left));
            ++checked;
        }
        qInfo("%d readings during the outage, the worst %.1f %% off the time left", checked,
              worst * 100);
        QVERIFY2(checked >= 25, qPrintable(QString::number(checked)));
        QVERIFY(!run.engine.eta(run.taskId)); // an ended task has none
    }

    void aDeadlineTheOutageMakesUnreachableIsWarnedOfEarly()
    {
        // Clear skies end the batch in about 3 s: a deadline 8 s ahead is kept.
        SimProcess calm;
        QVERIFY(calm.start(steadyProfile({}, 0)));
        QTemporaryDir dir;
        TaskSpec spec =
            simBatch(calm.baseUrl(), dir.filePath(QStringLiteral("calm.jsonl")), kItems, 2);
        spec.deadline = QDateTime::currentMSecsSinceEpoch() + 8000;
        TimedRun clear(dir.filePath(QStringLiteral("calm.db")), spec);
        QCOMPARE(clear.run(), TaskState::Completed);
        QVERIFY(clear.endedAt < *spec.deadline);
        QVERIFY(clear.named(QStringLiteral("deadline_warning")).isEmpty());

        // An 8 s cool-down makes it unreachable: Vigil says so while the backend is down,
        // not when the deadline has passed.
        SimProcess stormy;
        QVERIFY(stormy.start(steadyProfile(QStringLiteral("openai-503-overloaded"), 8000)));
        spec = simBatch(stormy.baseUrl(), dir.filePath(QStringLiteral("stormy.jsonl")), kItems, 2);
        spec.deadline = QDateTime::currentMSecsSinceEpoch() + 8000;
        TimedRun late(dir.filePath(QStringLiteral("stormy.db")), spec);
        const qint64 outageEnd = simulatorEpoch(stormy) + kOutageStartMs + 8000;
        QCOMPARE(late.run(), TaskState::Completed);
        QVERIFY(late.endedAt > *spec.deadline);
        const auto warnings = late.named(QStringLiteral("deadline_warning"));
        QCOMPARE(warnings.size(), 1);
        const EngineEvent &warning = warnings.first();
        QVERIFY(warning.ts.toMSecsSinceEpoch() < outageEnd);
        QVERIFY(warning.ts.toMSecsSinceEpoch() < *spec.deadline);
        const QDateTime eta = QDateTime::fromString(
            warning.fields.value(QLatin1String("eta")).toString(), Qt::ISODateWithMs);
        QVERIFY(eta.toMSecsSinceEpoch() > *spec.deadline);
        QCOMPARE(QDateTime::fromString(warning.fields.value(QLatin1String("deadline")).toString(),
                                       Qt::ISODateWithMs)
                     .toMSecsSinceEpoch(),
                 *spec.deadline);
        const QString message = warning.fields.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(QLatin1String("after its deadline")) &&
                     message.contains(QLatin1String("concurrency (now 2)")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestEta)
#include "tst_eta.moc"

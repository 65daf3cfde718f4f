// What attempts are billed for and what they cost, summed against vigil-sim's own counts,
// and the spend caps that pause a task — against the real vigil-sim over loopback.
#include "engine.h"
#include "enginerun.h"
#include "simprocess.h"
#include "store.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace vigil;

namespace {

constexpr double kInputPrice = 2.0; // dollars per million tokens, the simulator's models
constexpr double kOutputPrice = 8.0;

PriceTable simPrices()
{
    TaskFileError error;
    const auto settings =
        parseSettingsJson(R"({"prices": {"vigil-large": {"input": 2.0, "output": 8.0}}})",
                          QStringLiteral("s"), error);
    if (!settings)
        qFatal("%s", qPrintable(error.toString()));
    return settings->priceTable();
}

TaskSpec conversation(const SimProcess &sim, Protocol protocol, bool stream)
{
    TaskSpec spec;
    spec.name = QStringLiteral("spend test");
    spec.provider.baseUrl = QUrl(sim.baseUrl());
    spec.provider.protocol = protocol;
    spec.model = QStringLiteral("vigil-large");
    spec.stream = stream;
    spec.turns = {QStringLiteral("First question?"), QStringLiteral("Second question?"),
                  QStringLiteral("Third question?")};
    spec.retry = quickRetry();
    return spec;
}

double priced(qint64 input, qint64 output)
{
    return (static_cast<double>(input) * kInputPrice + static_cast<double>(output) * kOutputPrice) /
           1e6;
}

// When the attempts' cost, summed in the order they ended, first reached `cap` (0: never),
// and that sum then.
struct CapReached
{
    qint64 at = 0;
    double cost = 0;
};

CapReached capReached(QList<AttemptRecord> attempts, double cap)
{
    std::sort(attempts.begin(), attempts.end(),
              [](const AttemptRecord &a, const AttemptRecord &b) { return a.endedAt < b.endedAt; });
    CapReached reached;
    for (const AttemptRecord &attempt : attempts) {
        reached.cost += attempt.costUsd.value_or(0);
        if (reached.cost >= cap) {
            reached.at = attempt.endedAt;
            break;
        }
    }
    return reached;
}

// One engine over one store, with the simulator's prices.
struct Bench
{
    explicit Bench(const QString &path)
    {
        if (!store.open(path))
            qFatal("store: %s", qPrintable(store.lastError()));
        engine.setPrices(simPrices());
        QObject::connect(&engine, &Engine::eventOccurred,
                         [this](const EngineEvent &event) { events.append(event); });
    }

    // Runs the task (submitted already, or now) until it ends; its state.
    TaskState runUntilEnded(qint64 taskId, bool start = true)
    {
        QSignalSpy ended(&engine, &Engine::taskEnded);
        QString error;
        if (start && !engine.start(taskId, &error))
            qFatal("start: %s", qPrintable(error));
        if (!ended.wait(30000))
            qFatal("the task did not end");
        reason = ended.first().at(2).toString();
        return ended.first().at(1).value<TaskState>();
    }

    CheckpointStore store;
    Engine engine{store};
    QList<EngineEvent> events;
    QString reason;
};

} // namespace

class TestSpend : public QObject
{
    Q_OBJECT

private slots:
    void usageIsSummedAsTheSimulatorBilledIt_data()
    {
        QTest::addColumn<Protocol>("protocol");
        QTest::addColumn<bool>("stream");
        for (const Protocol protocol :
             {Protocol::OpenAiChat, Protocol::OpenAiResponses, Protocol::AnthropicMessages}) {
            for (const bool stream : {true, false})
                QTest::addRow("%s %s", qPrintable(protocolName(protocol)),
                              stream ? "streamed" : "whole")
                    << protocol << stream;
        }
    }

    void usageIsSummedAsTheSimulatorBilledIt()
    {
        QFETCH(Protocol, protocol);
        QFETCH(bool, stream);
        SimProcess sim;
        // Some attempts fail before any reply: billed nothing, retried.
        QVERIFY(sim.start(testProfile(
            {{QStringLiteral("script"),
              QJsonArray{QStringLiteral("openai-503-overloaded"), QStringLiteral("ok")}}})));
        Bench bench(m_dir.filePath(
            QStringLiteral("usage-%1-%2.db").arg(protocolName(protocol)).arg(stream)));
        QString error;
        const auto id = bench.engine.submit(conversation(sim, protocol, stream), &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(bench.runUntilEnded(*id), TaskState::Completed);

        const QJsonObject billed = sim.stats().value(QLatin1String("usage_billed")).toObject();
        const qint64 input = billed.value(QLatin1String("input_tokens")).toInteger();
        const qint64 output = billed.value(QLatin1String("output_tokens")).toInteger();
        QVERIFY(input > 0 && output > 0);
        const auto spent = bench.store.spend(*id);
        QVERIFY(spent);
        QCOMPARE(spent->usage.prompt(), input);
        QCOMPARE(spent->usage.output, output);
        QVERIFY(spent->costKnown());
        QCOMPARE(spent->costUsd, priced(input, output));

        // Each attempt keeps its own: the failed ones nothing, the ones that answered theirs,
        // and the events say the same.
        const QList<AttemptRecord> attempts = bench.store.attempts(*id);
        QCOMPARE(attempts.size(), 6);
        qint64 eventOutput = 0;
        for (const EngineEvent &event : bench.events) {
            if (event.event == QLatin1String("attempt_end"))
                eventOutput += event.fields.value(QLatin1String("usage"))
                                   .toObject()
                                   .value(QLatin1String("output_tokens"))
                                   .toInteger();
        }
        QCOMPARE(eventOutput, output);
        for (const AttemptRecord &attempt : attempts) {
            QCOMPARE(attempt.usage.reported, attempt.failureClass == QLatin1String("ok"));
            QVERIFY(attempt.costUsd);
        }
        const QList<TaskSummary> listed = bench.store.listTasks({*id});
        QCOMPARE(listed.first().spend.usage.total(), input + output);
    }

    void aTaskPausesAtItsCapAndGoesOnWhenItIsRaised()
    {
        constexpr int kItems = 40;
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        Bench bench(m_dir.filePath(QStringLiteral("cap.db")));
        TaskSpec spec =
            simBatch(sim.baseUrl(), m_dir.filePath(QStringLiteral("cap.jsonl")), kItems, 4);
        // About a third of the items' cost: prompts of some 50 tokens, replies of 6 to 12.
        spec.budget.maxCostUsd = priced(kItems * 50, kItems * 9) / 3;
        QString error;
        const auto id = bench.engine.submit(spec, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(bench.runUntilEnded(*id), TaskState::Paused);
        QVERIFY2(bench.reason.startsWith(QStringLiteral("spend cap reached")),
                 qPrintable(bench.reason));

        // The attempts in flight when the cap was reached finished; none started after it.
        const QList<AttemptRecord> attempts = bench.store.attempts(*id);
        const CapReached reached = capReached(attempts, *spec.budget.maxCostUsd);
        const qint64 reachedAt = reached.at;
        const double cost = reached.cost;
        QVERIFY(reachedAt > 0);
        for (const AttemptRecord &attempt : attempts)
            QVERIFY2(attempt.startedAt <= reachedAt, "an attempt started past the cap");
        const int doneAtCap = sim.stats().value(QLatin1String("completions_total")).toInt();
        QVERIFY2(doneAtCap > 0 && doneAtCap < kItems, qPrintable(QString::number(doneAtCap)));
        const auto capEvents =
            std::count_if(bench.events.cbegin(), bench.events.cend(), [](const EngineEvent &event) {
                return event.event == QLatin1String("spend_cap_reached");
            });
        QCOMPARE(capEvents, 1);

        // A cap raised under what was spent keeps the task paused; one above it resumes it.
        SpendBudget budget;
        budget.maxCostUsd = cost / 2;
        QVERIFY2(bench.engine.setBudget(*id, budget, &error), qPrintable(error));
        QVERIFY(!bench.engine.isRunning(*id));
        budget.maxCostUsd = 100.0;
        QSignalSpy ended(&bench.engine, &Engine::taskEnded);
        QVERIFY2(bench.engine.setBudget(*id, budget, &error), qPrintable(error));
        QVERIFY(bench.engine.isRunning(*id));
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(sim.stats().value(QLatin1String("completions_total")).toInt(), kItems);
        QCOMPARE(bench.store.loadTask(*id)->spec->budget.maxCostUsd, std::optional<double>(100.0));
    }

    void theDailyCapHoldsEveryTaskUntilTheNextDayOrARaise()
    {
        constexpr int kItems = 30;
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        Bench bench(m_dir.filePath(QStringLiteral("daily.db")));
        // About half of what the two batches cost together.
        const double cap = priced(2 * kItems * 50, 2 * kItems * 9) / 2;
        bench.engine.setDailyCap(cap);
        QString error;
        QList<qint64> ids;
        for (const char *name : {"first", "second"}) {
            TaskSpec spec =
                simBatch(sim.baseUrl(),
                         m_dir.filePath(QStringLiteral("daily-%1.jsonl").arg(QLatin1String(name))),
                         kItems, 4);
            spec.name = QLatin1String(name);
            const auto id = bench.engine.submit(spec, &error);
            QVERIFY2(id, qPrintable(error));
            QVERIFY2(bench.engine.start(*id, &error), qPrintable(error));
            ids.append(*id);
        }
        const auto paused = [&bench](qint64 id) {
            return bench.store.loadTask(id)->state == TaskState::Paused;
        };
        QTRY_VERIFY_WITH_TIMEOUT(paused(ids.at(0)) && paused(ids.at(1)), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(bench.engine.liveReplies(), 0, 10000);

        // Both wait for the next local day, by themselves.
        const qint64 midnight = QDate::currentDate().addDays(1).startOfDay().toMSecsSinceEpoch();
        for (const qint64 id : ids) {
            const auto task = bench.store.loadTask(id);
            QCOMPARE(task->resumeAt, midnight);
            QVERIFY2(task->reason.startsWith(QStringLiteral("daily spend cap reached")),
                     qPrintable(task->reason));
        }
        // Across the two tasks, no attempt started once the day's cost reached the cap.
        const QList<AttemptRecord> attempts =
            bench.store.attempts(ids.at(0)) + bench.store.attempts(ids.at(1));
        const qint64 reachedAt = capReached(attempts, cap).at;
        QVERIFY(reachedAt > 0);
        for (const AttemptRecord &attempt : attempts)
            QVERIFY2(attempt.startedAt <= reachedAt, "an attempt started past the daily cap");
        QVERIFY(sim.stats().value(QLatin1String("completions_total")).toInt() < 2 * kItems);

        // Raised, and resumed now rather than tomorrow: both finish.
        bench.engine.setDailyCap(100.0);
        QSignalSpy ended(&bench.engine, &Engine::taskEnded);
        for (const qint64 id : ids)
            QVERIFY2(bench.engine.retryNow(id, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 2, 30000);
        QCOMPARE(sim.stats().value(QLatin1String("completions_total")).toInt(), 2 * kItems);
    }

    void aTokenCapCountsEveryKindOfToken()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        Bench bench(m_dir.filePath(QStringLiteral("tokens.db")));
        TaskSpec spec = conversation(sim, Protocol::OpenAiChat, true);
        spec.budget.maxTokens = 1; // the first answer is over it
        QString error;
        const auto id = bench.engine.submit(spec, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(bench.runUntilEnded(*id), TaskState::Paused);
        QVERIFY2(bench.reason.contains(QStringLiteral("tokens used")), qPrintable(bench.reason));
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 1);
    }

    void aCostCapOnAnUnpricedModelIsRefusedBeforeAnythingIsSent()
    {
        SimProcess sim;
        QVERIFY(sim.start(testProfile()));
        Bench bench(m_dir.filePath(QStringLiteral("unpriced.db")));
        TaskSpec spec = conversation(sim, Protocol::OpenAiChat, true);
        spec.model = QStringLiteral("vigil-small"); // no price given for it
        spec.budget.maxCostUsd = 5;
        QString error;
        const auto id = bench.engine.submit(spec, &error);
        QVERIFY2(id, qPrintable(error));
        QCOMPARE(bench.runUntilEnded(*id), TaskState::Paused);
        QVERIFY2(bench.reason.contains(QStringLiteral("vigil-small is not known")),
                 qPrintable(bench.reason));
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
        // Without a cost cap it runs, its cost said to be unknown.
        spec.budget = {};
        QVERIFY(bench.engine.setBudget(*id, spec.budget, &error));
        QCOMPARE(bench.runUntilEnded(*id), TaskState::Completed);
        QCOMPARE(bench.store.spend(*id)->unpricedAttempts, 3);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSpend)
#include "tst_spend.moc"

// A batch through the provider's batch service in virtual time: the provider's answers
// canned in-process (CannedNetwork), the clock moved by hand (ManualClock). What the
// simulator cannot be made to say on cue is said here: a poll's Retry-After waited out to
// the millisecond, a batch finalizing far longer than usual, a batch the provider forgot, a
// key refused halfway through the night, a create refused for what it holds — and repairs
// going live when the deadline is too close for another batch.

#include "cannednetwork.h"
#include "engine.h"
#include "enginerun.h"
#include "manualclock.h"
#include "providerbatch.h"
#include "reachability.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::BatchSpec::Repair)

namespace {

constexpr qint64 kHourMs = 3'600'000;

CannedAnswer json(const QJsonObject &object, int status = 200)
{
    return {status, {{"content-type", "application/json"}}, QJsonDocument(object).toJson()};
}

CannedAnswer uploaded(const QString &fileId)
{
    return json({{QStringLiteral("id"), fileId},
                 {QStringLiteral("object"), QStringLiteral("file")},
                 {QStringLiteral("purpose"), QStringLiteral("batch")}});
}

// An OpenAI batch as retrieve answers it, created at `createdMs` with a 24-hour window.
CannedAnswer batch(const QString &id, const QString &status, qint64 createdMs, int total,
                   int completed = 0, int failed = 0, const QString &outputFile = {},
                   const QString &errorFile = {})
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("object"), QStringLiteral("batch")},
        {QStringLiteral("endpoint"), QStringLiteral("/v1/chat/completions")},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), createdMs / 1000},
        {QStringLiteral("expires_at"), createdMs / 1000 + 24 * 3600},
        {QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("total"), total},
                                                       {QStringLiteral("completed"), completed},
                                                       {QStringLiteral("failed"), failed}}}};
    if (status == QLatin1String("completed"))
        object.insert(QStringLiteral("completed_at"), createdMs / 1000 + 600);
    if (!outputFile.isEmpty())
        object.insert(QStringLiteral("output_file_id"), outputFile);
    if (!errorFile.isEmpty())
        object.insert(QStringLiteral("error_file_id"), errorFile);
    return json(object);
}

// One line of an output file: the item's answer, or the provider's error for it.
QByteArray resultLine(const QString &customId, int status, const QString &text)
{
    const QJsonObject body =
        status == 200
            ? QJsonDocument::fromJson(cannedCompletion(text).body).object()
            : QJsonObject{{QStringLiteral("error"),
                           QJsonObject{{QStringLiteral("message"), text},
                                       {QStringLiteral("type"), QStringLiteral("server_error")}}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("id"), QStringLiteral("batch_req_") + customId},
                           {QStringLiteral("custom_id"), customId},
                           {QStringLiteral("response"),
                            QJsonObject{{QStringLiteral("status_code"), status},
                                        {QStringLiteral("request_id"), QStringLiteral("req")},
                                        {QStringLiteral("body"), body}}},
                           {QStringLiteral("error"), QJsonValue::Null}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

class TestProviderBatchTime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{1'800'000'000'000};
    std::unique_ptr<CannedNetwork> m_network;
    std::unique_ptr<CheckpointStore> m_store;
    std::unique_ptr<Reachability> m_reachability;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QSignalSpy> m_events;
    QString m_output;
    qint64 m_taskId = 0;
    QString m_key;

    // A provider batch of `items` prompts, started; its upload and create are answered.
    void startBatch(int items, BatchSpec::Repair repair = BatchSpec::Repair::Auto,
                    std::optional<qint64> deadline = std::nullopt)
    {
        TaskSpec spec = simBatch(QStringLiteral("http://127.0.0.1:9/v1"), m_output, items, 4);
        spec.batch->via = BatchSpec::Via::ProviderBatch;
        spec.batch->repair = repair;
        spec.stream = false;
        spec.deadline = deadline;
        m_network->enqueue(uploaded(QStringLiteral("file-in")));
        m_network->enqueue(
            batch(QStringLiteral("batch_1"), QStringLiteral("validating"), now(), items));
        QString error;
        const std::optional<qint64> id = m_engine->submit(spec, &error);
        if (!id || !m_engine->start(*id, &error))
            qFatal("cannot start the task: %s", qPrintable(error));
        m_taskId = *id;
        m_key = m_store->loadTask(m_taskId)->key;
        settle();
    }

    qint64 now() const { return m_clock.nowMs(); }
    qint64 sentCount() const { return m_network->sent().size(); }
    QString lastPath() const { return m_network->sent().last().url.path(); }
    QString customId(int step) const { return batchCustomId(m_key, step); }

    void settle()
    {
        for (int i = 0; i < 8; ++i) {
            m_store->commitNow();
            QCoreApplication::processEvents();
        }
    }

    void advanceTo(qint64 at)
    {
        m_clock.advance(at - now());
        settle();
    }

    // Moves on until one more request goes out; fails the test after an hour of nothing.
    void advanceToNextRequest()
    {
        const qint64 before = sentCount();
        const qint64 limit = now() + kHourMs;
        while (sentCount() == before && now() < limit) {
            m_clock.advance(250);
            settle();
        }
        QVERIFY2(sentCount() > before, "nothing was sent for an hour");
    }

    QList<EngineEvent> events(const QString &name) const
    {
        QList<EngineEvent> all;
        for (const QList<QVariant> &arguments : *m_events)
            all.append(arguments.first().value<EngineEvent>());
        return eventsNamed(all, name);
    }

    QList<ProviderBatchRecord> batches() const { return *m_store->providerBatches(m_taskId); }

private slots:
    void initTestCase() { qRegisterMetaType<vigil::EngineEvent>(); }

    void init()
    {
        static int run = 0;
        ++run;
        m_output = m_dir.filePath(QStringLiteral("out-%1.jsonl").arg(run));
        m_network = std::make_unique<CannedNetwork>(m_clock);
        m_store = std::make_unique<CheckpointStore>(m_clock);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("vigil-%1.db").arg(run))));
        m_reachability = std::make_unique<Reachability>(Reachability::Source::Manual);
        m_engine = std::make_unique<Engine>(*m_store, m_reachability.get(), nullptr, m_clock,
                                            m_network->factory());
        m_events = std::make_unique<QSignalSpy>(m_engine.get(), &Engine::eventOccurred);
    }

    void cleanup()
    {
        m_events.reset();
        m_engine.reset();
        m_reachability.reset();
        m_store.reset();
        m_network.reset();
    }

    void aPollRefusedWithRetryAfterWaitsItOutToTheMillisecond()
    {
        startBatch(2);
        QCOMPARE(sentCount(), 2);
        QCOMPARE(lastPath(), QStringLiteral("/v1/batches"));
        m_network->enqueue(
            cannedError(429, QStringLiteral("Too many requests"), {{"retry-after", "120"}}));
        advanceToNextRequest();
        QCOMPARE(lastPath(), QStringLiteral("/v1/batches/batch_1"));
        const qint64 refused = m_network->sent().last().at;
        advanceTo(refused + 120'000 - 1);
        QCOMPARE(sentCount(), 3); // the provider's two minutes
        m_network->enqueue(
            batch(QStringLiteral("batch_1"), QStringLiteral("in_progress"), refused - 2000, 2));
        advanceTo(refused + 120'000);
        QCOMPARE(sentCount(), 4);
        QCOMPARE(lastPath(), QStringLiteral("/v1/batches/batch_1"));
        // The refusal lost nothing: the batch is still the provider's, as it said.
        QCOMPARE(batches().size(), 1);
        QCOMPARE(batches().first().stage, ProviderBatchRecord::Stage::Created);
        QCOMPARE(batches().first().status, QStringLiteral("in_progress"));
    }

    void aBatchTheProviderForgotHasItsItemsSentAgainInANewOne()
    {
        startBatch(2);
        m_network->enqueue(cannedError(404, QStringLiteral("No batch found with id 'batch_1'.")));
        // Its items did not run: a new batch of both, round 1, uploaded and created.
        m_network->enqueue(uploaded(QStringLiteral("file-again")));
        m_network->enqueue(
            batch(QStringLiteral("batch_2"), QStringLiteral("validating"), now(), 2));
        advanceToNextRequest();
        settle();
        QCOMPARE(sentCount(), 5);
        QCOMPARE(m_network->sent().at(3).url.path(), QStringLiteral("/v1/files"));
        QCOMPARE(lastPath(), QStringLiteral("/v1/batches"));
        QCOMPARE(batches().size(), 2);
        QCOMPARE(batches().at(0).stage, ProviderBatchRecord::Stage::Collected);
        QCOMPARE(batches().at(1).round, 1);
        QCOMPARE(batches().at(1).batchId, QStringLiteral("batch_2"));
        // Lost as to a server error: charged to the items' budgets, so that a provider
        // that keeps losing batches ends in a pause, not in a loop.
        const auto resent = m_store->loadTask(m_taskId);
        for (const StepRecord &step : resent->steps) {
            QCOMPARE(step.budgetAttempts, 2);
            QCOMPARE(step.errorClass, QStringLiteral("server"));
        }

        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        m_network->enqueue(batch(QStringLiteral("batch_2"), QStringLiteral("completed"), now(), 2,
                                 2, 0, QStringLiteral("file-out")));
        m_network->enqueue({200,
                            {},
                            resultLine(customId(0), 200, QStringLiteral("first")) +
                                resultLine(customId(1), 200, QStringLiteral("second"))});
        advanceToNextRequest();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        const auto task = m_store->loadTask(m_taskId);
        QCOMPARE(task->steps.at(0).output, QStringLiteral("first"));
        QCOMPARE(task->steps.at(1).output, QStringLiteral("second"));
    }

    // Finalizing for more than a 48th of the window (30 minutes of 24 hours) is written on
    // the batch, where the window and `vigil show` read it, and said once in an event; a
    // poll that fails writes what it met; both clear when the provider answers otherwise.
    void aBatchFinalizingFarLongerThanUsualSaysSoOnItself()
    {
        startBatch(2);
        const qint64 created = now();
        m_network->enqueue(
            batch(QStringLiteral("batch_1"), QStringLiteral("finalizing"), created, 2, 2));
        advanceToNextRequest();
        settle();
        const qint64 finalizing = m_network->sent().last().at;
        QCOMPARE(batches().first().status, QStringLiteral("finalizing"));
        QCOMPARE(batches().first().error, QString());
        while (now() - finalizing <= 30 * 60'000) {
            QVERIFY(events(QStringLiteral("provider_batch_stuck")).isEmpty());
            m_network->enqueue(
                batch(QStringLiteral("batch_1"), QStringLiteral("finalizing"), created, 2, 2));
            advanceToNextRequest();
            settle();
        }
        const QString stuck = batches().first().error;
        QVERIFY2(stuck.contains(QLatin1String("finalizing since")) &&
                     stuck.contains(QLatin1String("far longer than usual")),
                 qPrintable(stuck));
        QCOMPARE(events(QStringLiteral("provider_batch_stuck")).size(), 1);
        QCOMPARE(m_store->loadTask(m_taskId)->state, TaskState::Running);

        m_network->enqueue(cannedError(503, QStringLiteral("The service is unavailable")));
        advanceToNextRequest();
        settle();
        QVERIFY2(batches().first().error.contains(QLatin1String("did not answer")),
                 qPrintable(batches().first().error));
        QCOMPARE(batches().first().stage, ProviderBatchRecord::Stage::Created);

        m_network->enqueue(
            batch(QStringLiteral("batch_1"), QStringLiteral("finalizing"), created, 2, 2));
        advanceToNextRequest();
        settle();
        QCOMPARE(batches().first().error, stuck); // still finalizing, still said once
        QCOMPARE(events(QStringLiteral("provider_batch_stuck")).size(), 1);

        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        m_network->enqueue(batch(QStringLiteral("batch_1"), QStringLiteral("completed"), created, 2,
                                 2, 0, QStringLiteral("file-out")));
        m_network->enqueue({200,
                            {},
                            resultLine(customId(0), 200, QStringLiteral("first")) +
                                resultLine(customId(1), 200, QStringLiteral("second"))});
        advanceToNextRequest();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(batches().first().stage, ProviderBatchRecord::Stage::Collected);
        QCOMPARE(batches().first().error, QString());
    }

    // An hour before the deadline (a 24th of the window), the batch still running is
    // cancelled at the provider and read as it ends: what it completed is kept, the rest
    // goes live.
    void itemsABatchStillHoldsAreTakenBackBeforeTheDeadline_data()
    {
        QTest::addColumn<BatchSpec::Repair>("repair");
        QTest::newRow("repairs as the deadline allows") << BatchSpec::Repair::Auto;
        QTest::newRow("repairs in batches: never") << BatchSpec::Repair::ProviderBatch;
    }

    void itemsABatchStillHoldsAreTakenBackBeforeTheDeadline()
    {
        QFETCH(BatchSpec::Repair, repair);
        const qint64 start = now();
        const qint64 deadline = start + 3 * kHourMs;
        startBatch(2, repair, deadline);
        const QString status = QStringLiteral("/v1/batches/batch_1");
        while (true) {
            m_network->enqueue(
                batch(QStringLiteral("batch_1"), QStringLiteral("in_progress"), start, 2, 1));
            advanceToNextRequest();
            if (lastPath() != status)
                break;
            if (repair == BatchSpec::Repair::ProviderBatch) {
                if (now() > deadline)
                    return; // polled to the deadline and beyond, never cancelled
                continue;
            }
            QVERIFY2(now() < deadline - kHourMs, "polled past the hour before the deadline");
        }
        QCOMPARE(repair, BatchSpec::Repair::Auto);
        QCOMPARE(lastPath(), status + QStringLiteral("/cancel"));
        QCOMPARE(m_network->sent().last().at, deadline - kHourMs); // at once, not at a poll
        QCOMPARE(events(QStringLiteral("provider_batch_taken_back")).size(), 1);
        // The in_progress answer queued for a poll answers the cancel; the batch ends.
        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        m_network->enqueue(batch(QStringLiteral("batch_1"), QStringLiteral("cancelled"), start, 2,
                                 1, 0, QStringLiteral("file-out")));
        m_network->enqueue(
            {200, {}, resultLine(customId(0), 200, QStringLiteral("from the batch"))});
        m_network->enqueue(cannedCompletion(QStringLiteral("live, in time")));
        advanceToNextRequest();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QCOMPARE(lastPath(), QStringLiteral("/v1/chat/completions"));
        QVERIFY(now() < deadline);
        const auto task = m_store->loadTask(m_taskId);
        QCOMPARE(task->steps.at(0).output, QStringLiteral("from the batch"));
        QCOMPARE(task->steps.at(1).output, QStringLiteral("live, in time"));
        QCOMPARE(events(QStringLiteral("provider_batch_repair_live")).size(), 1);
        // Asked once.
        qint64 cancels = 0;
        for (const CannedNetwork::Sent &sent : m_network->sent())
            cancels += sent.url.path().endsWith(QLatin1String("/cancel")) ? 1 : 0;
        QCOMPARE(cancels, 1);
    }

    void aKeyRefusedWhilePollingPausesTheTaskAndKeepsTheBatch()
    {
        startBatch(2);
        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        m_network->enqueue(cannedError(401, QStringLiteral("Incorrect API key provided")));
        advanceToNextRequest();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Paused);
        QVERIFY2(ended.first().at(2).toString().contains(QLatin1String("Incorrect API key")),
                 qPrintable(ended.first().at(2).toString()));
        // The provider still runs it: kept, to be read when the key is mended.
        QCOMPARE(batches().size(), 1);
        QCOMPARE(batches().first().stage, ProviderBatchRecord::Stage::Created);
        QCOMPARE(batches().first().steps.size(), 2);
        const qint64 sent = sentCount();
        advanceTo(now() + 2 * kHourMs);
        QCOMPARE(sentCount(), sent); // a paused task polls nothing

        QString error;
        QVERIFY2(m_engine->start(m_taskId, &error), qPrintable(error));
        m_network->enqueue(batch(QStringLiteral("batch_1"), QStringLiteral("in_progress"),
                                 now() - 2 * kHourMs, 2));
        settle();
        QCOMPARE(sentCount(), sent + 1);
        QCOMPARE(lastPath(), QStringLiteral("/v1/batches/batch_1")); // polled, not created again
    }

    void aCreateRefusedForWhatItHoldsFailsItsItemsWithTheProvidersReason()
    {
        TaskSpec spec = simBatch(QStringLiteral("http://127.0.0.1:9/v1"), m_output, 3, 4);
        spec.batch->via = BatchSpec::Via::ProviderBatch;
        spec.stream = false;
        m_network->enqueue(uploaded(QStringLiteral("file-in")));
        m_network->enqueue(cannedError(
            400, QStringLiteral("The model vigil-large is not supported by the Batch API.")));
        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        QString error;
        const auto id = m_engine->submit(spec, &error);
        QVERIFY2(id && m_engine->start(*id, &error), qPrintable(error));
        m_taskId = *id;
        settle();
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        QVERIFY2(ended.first().at(2).toString().contains(QLatin1String("3 failed")),
                 qPrintable(ended.first().at(2).toString()));
        QCOMPARE(sentCount(), 2); // the upload and the refused create, nothing more
        QCOMPARE(batches().first().stage, ProviderBatchRecord::Stage::Abandoned);
        QVERIFY2(batches().first().error.contains(QLatin1String("not supported by the Batch")),
                 qPrintable(batches().first().error));
        const auto task = m_store->loadTask(m_taskId);
        for (const StepRecord &step : task->steps) {
            QCOMPARE(step.state, StepState::Failed);
            QCOMPARE(step.errorClass, QStringLiteral("request"));
            QVERIFY(step.lastMessage.contains(QLatin1String("not supported by the Batch")));
        }
        QFile output(m_output);
        QVERIFY(output.open(QIODevice::ReadOnly));
        QCOMPARE(output.readAll().count('\n'), 3); // each item's error, once
    }

    void repairsGoLiveWhenTheDeadlineIsTooCloseOrTheTaskSaysSo_data()
    {
        QTest::addColumn<BatchSpec::Repair>("repair");
        QTest::addColumn<qint64>("deadlineInMs"); // 0: none
        QTest::addColumn<bool>("live");
        QTest::newRow("no deadline") << BatchSpec::Repair::Auto << qint64(0) << false;
        QTest::newRow("deadline in three days") << BatchSpec::Repair::Auto << 72 * kHourMs << false;
        QTest::newRow("deadline in two hours") << BatchSpec::Repair::Auto << 2 * kHourMs << true;
        QTest::newRow("always live") << BatchSpec::Repair::Live << qint64(0) << true;
        QTest::newRow("always in a batch")
            << BatchSpec::Repair::ProviderBatch << 2 * kHourMs << false;
    }

    void repairsGoLiveWhenTheDeadlineIsTooCloseOrTheTaskSaysSo()
    {
        QFETCH(BatchSpec::Repair, repair);
        QFETCH(qint64, deadlineInMs);
        QFETCH(bool, live);
        startBatch(3, repair,
                   deadlineInMs > 0 ? std::optional<qint64>(now() + deadlineInMs) : std::nullopt);
        // Two items done, one the provider's server failed.
        m_network->enqueue(batch(QStringLiteral("batch_1"), QStringLiteral("completed"), now(), 3,
                                 2, 1, QStringLiteral("file-out")));
        m_network->enqueue(
            {200,
             {},
             resultLine(customId(0), 200, QStringLiteral("zero")) +
                 resultLine(customId(1), 500, QStringLiteral("The server had an error")) +
                 resultLine(customId(2), 200, QStringLiteral("two"))});
        if (live) {
            m_network->enqueue(cannedCompletion(QStringLiteral("one, live")));
        } else {
            m_network->enqueue(uploaded(QStringLiteral("file-repair")));
            m_network->enqueue(
                batch(QStringLiteral("batch_2"), QStringLiteral("validating"), now(), 1));
        }
        advanceToNextRequest(); // the poll, then the results
        settle();
        const QList<CannedNetwork::Sent> &sent = m_network->sent();
        if (live) {
            QCOMPARE(sent.size(), 5);
            QCOMPARE(sent.last().url.path(), QStringLiteral("/v1/chat/completions"));
            QVERIFY(sent.last().body.contains("document 1"));
            QCOMPARE(batches().size(), 1);
            const auto said = events(QStringLiteral("provider_batch_repair_live"));
            QCOMPARE(said.size(), 1);
            QCOMPARE(said.first().fields.value(QLatin1String("why")).toString(),
                     QLatin1String(repair == BatchSpec::Repair::Live ? "setting" : "deadline"));
            QCOMPARE(said.first().fields.value(QLatin1String("items")).toInt(), 1);
            const auto task = m_store->loadTask(m_taskId);
            QCOMPARE(task->state, TaskState::Completed);
            QCOMPARE(task->steps.at(1).output, QStringLiteral("one, live"));
            // The live attempt is priced as live, the batch's at the batch tier.
            const auto attempts = m_store->attempts(m_taskId);
            QCOMPARE(attempts.last().step, 1);
            QVERIFY(attempts.last().serviceTier != QLatin1String("batch"));
        } else {
            QCOMPARE(sent.size(), 6);
            QCOMPARE(sent.at(4).url.path(), QStringLiteral("/v1/files"));
            QVERIFY(sent.at(4).body.contains(customId(1).toUtf8()));
            QVERIFY(!sent.at(4).body.contains(customId(0).toUtf8()));
            QCOMPARE(batches().size(), 2);
            QCOMPARE(batches().last().round, 1);
            QVERIFY(events(QStringLiteral("provider_batch_repair_live")).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderBatchTime)
#include "tst_providerbatchtime.moc"

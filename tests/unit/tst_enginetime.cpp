// The engine in virtual time: its requests answered in-process (CannedNetwork) and its clock
// moved by hand (ManualClock). Real schedules — seconds of backoff, a Retry-After, a
// backend's cool-down — pass in no time, and that nothing is sent a millisecond early is
// checked, not waited for.

#include "cannednetwork.h"
#include "engine.h"
#include "manualclock.h"
#include "reachability.h"
#include "store.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

TaskSpec conversation(const QString &name, const QString &question)
{
    TaskSpec spec;
    spec.name = name;
    spec.provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1")); // never reached
    spec.provider.protocol = Protocol::OpenAiChat;
    spec.model = QStringLiteral("vigil-large");
    spec.stream = false;
    spec.turns.append(question);
    return spec; // the default retry policy: real seconds
}

} // namespace

class TestEngineTime : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{1'800'000'000'000};
    std::unique_ptr<CannedNetwork> m_network;
    std::unique_ptr<CheckpointStore> m_store;
    std::unique_ptr<Reachability> m_reachability;
    std::unique_ptr<Engine> m_engine;

    qint64 start(const TaskSpec &spec)
    {
        QString error;
        const std::optional<qint64> id = m_engine->submit(spec, &error);
        if (!id || !m_engine->start(*id, &error))
            qFatal("cannot start the task: %s", qPrintable(error));
        return *id;
    }

    qint64 sentCount() const { return m_network->sent().size(); }

    // Lets the canned replies of this moment arrive; the clock stays where it is. The
    // store's group commit waits a few real milliseconds for company: here it commits at
    // once, as it would when that window has passed.
    void settle()
    {
        for (int i = 0; i < 5; ++i) {
            m_store->commitNow();
            QCoreApplication::processEvents();
        }
    }

    // Moves the clock to `at` (each timer fires at its own time on the way), then lets the
    // replies of that moment arrive.
    void advanceTo(qint64 at)
    {
        m_clock.advance(at - m_clock.nowMs());
        settle();
    }

private slots:
    void init()
    {
        static int run = 0;
        m_network = std::make_unique<CannedNetwork>(m_clock);
        m_store = std::make_unique<CheckpointStore>(m_clock);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("vigil-%1.db").arg(++run))));
        m_reachability = std::make_unique<Reachability>(Reachability::Source::Manual);
        m_engine = std::make_unique<Engine>(*m_store, m_reachability.get(), nullptr, m_clock,
                                            m_network->factory());
    }

    void cleanup()
    {
        m_engine.reset();
        m_reachability.reset();
        m_store.reset();
        m_network.reset();
    }

    // A busy batch's writes share commits: the engine gives them a few milliseconds, few
    // enough that a lone conversation step does not notice; batch results, which only
    // their lines wait for, may wait a little longer, short of what a user would see.
    void theEngineGroupsCommitsOverAFewMilliseconds()
    {
        QVERIFY2(m_store->groupWindowMs() >= 1 && m_store->groupWindowMs() <= 10,
                 qPrintable(QString::number(m_store->groupWindowMs())));
        QVERIFY2(m_store->groupPatienceMs() >= 20 && m_store->groupPatienceMs() <= 250,
                 qPrintable(QString::number(m_store->groupPatienceMs())));
    }

    void aServerErrorWaitsOutItsBackoffToTheMillisecond()
    {
        m_network->enqueue(cannedError(500, QStringLiteral("Internal error")));
        m_network->enqueue(cannedError(502, QStringLiteral("Bad gateway")));
        m_network->enqueue(cannedCompletion(QStringLiteral("forty-two")));
        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        const qint64 id = start(conversation(QStringLiteral("backoff"), QStringLiteral("Why?")));
        settle();
        QCOMPARE(sentCount(), 1);

        for (int retry = 1; retry <= 2; ++retry) {
            const auto task = m_store->loadTask(id);
            QCOMPARE(task->state, TaskState::Retrying);
            const qint64 nextTry = task->steps.at(0).nextTryAt;
            QVERIFY2(nextTry > m_clock.nowMs(), "a retry waits");
            advanceTo(nextTry - 1);
            QCOMPARE(sentCount(), retry); // not a millisecond early
            advanceTo(nextTry);
            QCOMPARE(sentCount(), retry + 1);
            QCOMPARE(m_network->sent().last().at, nextTry);
        }
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
        const auto task = m_store->loadTask(id);
        QCOMPARE(task->steps.at(0).output, QStringLiteral("forty-two"));
        QCOMPARE(task->steps.at(0).attemptsTotal, 3);
        // Each wait is within the policy's ceiling.
        const QList<CannedNetwork::Sent> &sent = m_network->sent();
        for (int i = 1; i < sent.size(); ++i)
            QVERIFY(sent.at(i).at - sent.at(i - 1).at <= RetryPolicy().maxDelayMs);
    }

    void anAnnouncedRetryAfterIsWaitedOut()
    {
        m_network->enqueue(
            cannedError(503, QStringLiteral("Service unavailable"), {{"retry-after", "45"}}));
        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        start(conversation(QStringLiteral("announced"), QStringLiteral("When?")));
        settle();
        QCOMPARE(sentCount(), 1);
        const qint64 first = m_network->sent().first().at;
        advanceTo(first + 45'000 - 1);
        QCOMPARE(sentCount(), 1); // the server's 45 s hold
        advanceTo(first + 10 * 60'000);
        QCOMPARE(sentCount(), 2);
        QVERIFY(m_network->sent().at(1).at >= first + 45'000);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 2000);
        QCOMPARE(ended.first().at(1).value<TaskState>(), TaskState::Completed);
    }

    void aBackendAtCapacitySendsOneProbeForEveryTaskBehindIt()
    {
        // The first request and the first probe meet capacity; the second probe succeeds.
        for (int i = 0; i < 2; ++i)
            m_network->enqueue(cannedError(503, QStringLiteral("The model is overloaded")));
        QSignalSpy ended(m_engine.get(), &Engine::taskEnded);
        const qint64 first = start(conversation(QStringLiteral("first"), QStringLiteral("One?")));
        settle();
        QCOMPARE(sentCount(), 1);
        QCOMPARE(m_store->loadTask(first)->steps.at(0).errorClass, QStringLiteral("capacity"));

        // A second task for the same backend, started during the cool-down, sends nothing.
        const qint64 second = start(conversation(QStringLiteral("second"), QStringLiteral("Two?")));
        settle();
        QCOMPARE(sentCount(), 1);

        // Each time a cool-down ends one probe goes, for both tasks: the first meets capacity
        // again, the second succeeds and releases the other task.
        const qint64 outageStart = m_network->sent().first().at;
        while (ended.size() < 2 && m_clock.nowMs() < outageStart + 30 * 60'000) {
            m_clock.advance(100);
            settle();
        }
        QCOMPARE(ended.size(), 2);
        QCOMPARE(m_store->loadTask(first)->state, TaskState::Completed);
        QCOMPARE(m_store->loadTask(second)->state, TaskState::Completed);
        const QList<CannedNetwork::Sent> &sent = m_network->sent();
        QCOMPARE(sent.size(), 4); // the first request, two probes, the released task
        QVERIFY2(sent.at(1).at - sent.at(0).at >= 1000, "the first probe waits for the cool-down");
        QVERIFY2(sent.at(2).at - sent.at(1).at >= 1000, "the second probe waits too");
        QVERIFY(sent.at(3).at >= sent.at(2).at);
    }
};

QTEST_GUILESS_MAIN(TestEngineTime)
#include "tst_enginetime.moc"

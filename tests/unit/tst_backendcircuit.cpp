// The per-backend circuit on its own: who may send, who waits, who probes, in what order
// the waiting steps are released, and how announced limits hold the backend.
#include "backendcircuit.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace vigil;

namespace {

// Records the steps the circuit lets go, in order.
class Recorder : public BackendClient
{
public:
    void backendReleased(int step) override { released.append(step); }
    QList<int> released;
};

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.capacityInitialDelayMs = 200;
    policy.capacityMaxDelayMs = 200;
    return policy;
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestBackendCircuit : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_random{42};

private slots:
    void aClosedCircuitLetsEveryoneThrough()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        for (int step = 0; step < 100; ++step)
            QVERIFY(circuit.admit(&client, step));
        QCOMPARE(circuit.inFlight(), 100);
        circuit.attemptEnded(&client, 0, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        QCOMPARE(circuit.inFlight(), 99);
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
    }

    void capacityOpensItAndOneProbeGoesFirst()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QVERIFY(circuit.nextProbeAt() > now() && circuit.nextProbeAt() <= now() + 200);
        for (int step = 0; step < 10; ++step)
            QVERIFY(!circuit.admit(&client, step));
        QVERIFY(!circuit.admit(&client, 3)); // asking twice does not queue twice
        QCOMPARE(circuit.waiting(), 10);

        QTRY_COMPARE_WITH_TIMEOUT(client.released, QList<int>{0}, 1000);
        QCOMPARE(circuit.state(), BackendCircuit::State::Probing);
        QTest::qWait(300);
        QCOMPARE(client.released, QList<int>{0}); // nobody else while the probe is out
        QVERIFY(!circuit.admit(&client, 99));
    }

    void aLoneRefusalFromAServingBackendLeavesItClosed()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        const qint64 sent = now();
        QVERIFY(circuit.admit(&client, 0));
        QVERIFY(circuit.admit(&client, 1));
        QTest::qWait(5);
        circuit.attemptEnded(&client, 1, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        // Step 0 was sent before step 1 came back well: the backend is serving.
        QVERIFY(!circuit.attemptEnded(&client, 0, sent, FailureClass::Capacity, std::nullopt,
                                      fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
        // A refusal of a request sent after the last success opens it.
        QVERIFY(circuit.admit(&client, 2));
        QVERIFY(circuit.attemptEnded(&client, 2, now(), FailureClass::Capacity, std::nullopt,
                                     fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
    }

    void aRateLimitOpensItEvenWhileServing()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        const qint64 sent = now();
        QVERIFY(circuit.admit(&client, 0));
        QVERIFY(circuit.admit(&client, 1));
        QTest::qWait(5);
        circuit.attemptEnded(&client, 1, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        QVERIFY(
            circuit.attemptEnded(&client, 0, sent, FailureClass::RateLimited, 3000, fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
    }

    void aFailedProbeReopensWithTheFailuresCounted()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::RateLimited, std::nullopt,
                             fastPolicy());
        QVERIFY(!circuit.admit(&client, 0));
        QVERIFY(!circuit.admit(&client, 1));
        QTRY_COMPARE_WITH_TIMEOUT(client.released, QList<int>{0}, 1000);
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.consecutiveFailures(), 2);
        // The failed probe's step goes to the back of the line; the next one probes.
        QVERIFY(!circuit.admit(&client, 0));
        QTRY_COMPARE_WITH_TIMEOUT(client.released, (QList<int>{0, 1}), 1000);
    }

    void theServersDelayWins()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::RateLimited, 30'000, fastPolicy());
        QVERIFY(circuit.nextProbeAt() >= now() + 29'000);
        // A later answer from a request sent before the circuit opened extends it.
        QVERIFY(circuit.admit(&client, 1) == false);
        circuit.attemptEnded(&client, 7, now(), FailureClass::RateLimited, 60'000, fastPolicy());
        QVERIFY(circuit.nextProbeAt() >= now() + 59'000);
        QCOMPARE(circuit.consecutiveFailures(), 1);
    }

    void aGoodProbeReleasesTheLineInDoublingBursts()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        for (int step = 0; step < 8; ++step)
            QVERIFY(!circuit.admit(&client, step));
        QTRY_COMPARE_WITH_TIMEOUT(client.released.size(), 1, 1000);
        circuit.attemptEnded(&client, 0, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Releasing);
        QCOMPARE(circuit.consecutiveFailures(), 0);
        // 1 at once, then 2, then 4 a stagger later each: 1 + 1 + 2 + 4 = 8 in all.
        QTRY_COMPARE_WITH_TIMEOUT(client.released.size(), 2, 1000);
        QTest::qWait(BackendCircuit::kStaggerMs / 2);
        QCOMPARE(client.released.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(client.released.size(), 4, 1000);
        QTRY_COMPARE_WITH_TIMEOUT(client.released.size(), 8, 1000);
        QCOMPARE(client.released, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        QTRY_COMPARE_WITH_TIMEOUT(circuit.state(), BackendCircuit::State::Closed, 1000);
        QVERIFY(circuit.admit(&client, 100));
    }

    void aProbeThatMetSomethingElsePassesTheTurn()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QVERIFY(!circuit.admit(&client, 1));
        QVERIFY(!circuit.admit(&client, 2));
        QTRY_COMPARE_WITH_TIMEOUT(client.released, QList<int>{1}, 1000);
        circuit.attemptEnded(&client, 1, now(), FailureClass::Server, std::nullopt, fastPolicy());
        QTRY_COMPARE_WITH_TIMEOUT(client.released, (QList<int>{1, 2}), 1000);
        QCOMPARE(circuit.state(), BackendCircuit::State::Probing);
    }

    void aWithdrawnProbeIsReplaced()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder leaving;
        Recorder staying;
        QVERIFY(circuit.admit(&leaving, 0));
        circuit.attemptEnded(&leaving, 0, now(), FailureClass::Capacity, std::nullopt,
                             fastPolicy());
        QVERIFY(!circuit.admit(&leaving, 0));
        QVERIFY(!circuit.admit(&staying, 5));
        QTRY_COMPARE_WITH_TIMEOUT(leaving.released, QList<int>{0}, 1000);
        circuit.withdraw(&leaving);
        QTRY_COMPARE_WITH_TIMEOUT(staying.released, QList<int>{5}, 1000);
        QCOMPARE(circuit.inFlight(), 1);
    }

    void anAnnouncedAllowanceHoldsTheRestUntilTheReset()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        circuit.noteAllowance(2, now() + 400);
        QVERIFY(circuit.admit(&client, 1));
        QVERIFY(circuit.admit(&client, 2));
        QVERIFY(!circuit.admit(&client, 3));
        QCOMPARE(circuit.state(), BackendCircuit::State::Holding);
        QVERIFY(!circuit.admit(&client, 4));
        QTest::qWait(200);
        QVERIFY(client.released.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(client.released, (QList<int>{3, 4}), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(circuit.state(), BackendCircuit::State::Closed, 1000);
    }

    void requestsInFlightCountAgainstTheAllowance()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        for (int step = 0; step < 3; ++step)
            QVERIFY(circuit.admit(&client, step));
        // Three are out; the provider says three are left: none may be added.
        circuit.noteAllowance(3, now() + 300);
        QCOMPARE(circuit.state(), BackendCircuit::State::Holding);
        QVERIFY(!circuit.admit(&client, 3));
    }

    void aRestoredCoolDownWaitsItsTime()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random);
        Recorder client;
        QSignalSpy changed(&circuit, &BackendCircuit::stateChanged);
        circuit.restoreCoolDown(now() + 300, 4);
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.consecutiveFailures(), 4);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!circuit.admit(&client, 0));
        QTRY_COMPARE_WITH_TIMEOUT(client.released, QList<int>{0}, 1000);
        circuit.restoreCoolDown(now() - 1, 9); // past: nothing to restore
        QCOMPARE(circuit.consecutiveFailures(), 4);
    }
};

QTEST_GUILESS_MAIN(TestBackendCircuit)
#include "tst_backendcircuit.moc"

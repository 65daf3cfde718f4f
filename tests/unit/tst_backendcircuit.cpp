// The per-backend circuit on its own: who may send, who waits, who probes, in what order
// the waiting steps are released, and how announced limits hold the backend.
#include "backendcircuit.h"
#include "manualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace vigil;

// QTRY_COMPARE_WITH_TIMEOUT in the test's own time: the clock moves on a millisecond at a
// time until `actual` is `expected`, for at most `timeoutMs`.
#define CLOCK_TRY_COMPARE(actual, expected, timeoutMs)                                             \
    do {                                                                                           \
        for (qint64 waited = 0; !((actual) == (expected)) && waited < (timeoutMs); ++waited)       \
            m_clock.advance(1);                                                                    \
        QCOMPARE(actual, expected);                                                                \
    } while (false)

namespace {

// Records the steps the circuit lets go, in order.
class Recorder : public BackendClient
{
public:
    void backendReleased(int step) override { released.append(step); }
    QList<int> released;
};

// Other Vigils as a circuit sees them: what it told them, and the turn they give it.
class Peers : public BackendPeers
{
public:
    void join(BackendCircuit &) override { ++joined; }
    void coolingDown(const BackendCircuit &circuit) override
    {
        coolDowns.append(circuit.nextProbeAt());
    }
    ProbeTurn probeTurn(const BackendCircuit &) override
    {
        ++turnsAsked;
        return turn;
    }
    void recovered(const BackendCircuit &) override { ++recoveries; }

    int joined = 0;
    QList<qint64> coolDowns;
    int turnsAsked = 0;
    int recoveries = 0;
    ProbeTurn turn;
};

RetryPolicy fastPolicy()
{
    RetryPolicy policy;
    policy.capacityInitialDelayMs = 200;
    policy.capacityMaxDelayMs = 200;
    policy.probeInitialDelayMs = 200;
    policy.probeMaxDelayMs = 200;
    return policy;
}

} // namespace

class TestBackendCircuit : public QObject
{
    Q_OBJECT

private:
    qint64 now() const { return m_clock.nowMs(); }

    QRandomGenerator m_random{42};
    // Time moves only when a test moves it, so that what the circuit does in the next
    // hundreds of milliseconds is seen without waiting for them, and never late.
    ManualClock m_clock;

private slots:
    void aClosedCircuitLetsEveryoneThrough()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
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
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QVERIFY(circuit.nextProbeAt() > now() && circuit.nextProbeAt() <= now() + 200);
        for (int step = 0; step < 10; ++step)
            QVERIFY(!circuit.admit(&client, step));
        QVERIFY(!circuit.admit(&client, 3)); // asking twice does not queue twice
        QCOMPARE(circuit.waiting(), 10);

        CLOCK_TRY_COMPARE(client.released, QList<int>{0}, 1000);
        QCOMPARE(circuit.state(), BackendCircuit::State::Probing);
        m_clock.advance(300);
        QCOMPARE(client.released, QList<int>{0}); // nobody else while the probe is out
        QVERIFY(!circuit.admit(&client, 99));
    }

    void aLoneRefusalFromAServingBackendLeavesItClosed()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        const qint64 sent = now();
        QVERIFY(circuit.admit(&client, 0));
        QVERIFY(circuit.admit(&client, 1));
        m_clock.advance(5);
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

    void aLoneRateLimitLowersTheLimitAndStopsNoOne()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        QSignalSpy changed(&circuit, &BackendCircuit::stateChanged);
        Recorder client;
        for (int step = 0; step < 10; ++step)
            QVERIFY(circuit.admit(&client, step));
        // A 429 asking for a second: that step waits its second, the others go on.
        QVERIFY(!circuit.attemptEnded(&client, 0, now(), FailureClass::RateLimited, 1000,
                                      fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
        // Ten were in flight, and every answer so far was a rate limit: half of them.
        QCOMPARE(circuit.concurrencyLimit(), 5);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(circuit.inFlight(), 9);
        // Nine are out and five may be: new requests wait for room.
        QVERIFY(!circuit.admit(&client, 10));
        QVERIFY(!circuit.admit(&client, 11));
        QCOMPARE(circuit.waiting(), 2);
        for (int step = 1; step <= 3; ++step)
            circuit.attemptEnded(&client, step, now(), FailureClass::Ok, std::nullopt,
                                 fastPolicy());
        // Three successes raised the limit to seven; six in flight: one place under it,
        // taken in the order of waiting.
        CLOCK_TRY_COMPARE(client.released, QList<int>{10}, 1000);
        QCOMPARE(circuit.inFlight(), 7);
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
    }

    void aRateLimitFreesItsPlaceForTheNextInLine()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        const qint64 sent = now();
        QVERIFY(circuit.admit(&client, 0));
        QVERIFY(circuit.admit(&client, 1));
        m_clock.advance(2);
        circuit.attemptEnded(&client, 0, sent, FailureClass::RateLimited, 1000, fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 1);
        QVERIFY(!circuit.admit(&client, 2));
        // The one in flight meets a rate limit too: the limit stays, and its place goes to
        // the step that waits.
        circuit.attemptEnded(&client, 1, sent, FailureClass::RateLimited, 1000, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
        CLOCK_TRY_COMPARE(client.released, QList<int>{2}, 1000);
        QCOMPARE(circuit.inFlight(), 1);
    }

    void aProbeThatMeetsARateLimitFindsTheBackendServing()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        QVERIFY(circuit.admit(&client, 1));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        for (int step = 2; step < 6; ++step)
            QVERIFY(!circuit.admit(&client, step));
        CLOCK_TRY_COMPARE(client.released, QList<int>{2}, 1000);
        // Step 1, sent before the outage, is still out; the probe meets a short rate limit.
        circuit.attemptEnded(&client, 2, now(), FailureClass::RateLimited, 1000, fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 1);
        QCOMPARE(circuit.consecutiveFailures(), 0);
        // Nothing more goes while step 1 fills the one place; when it ends, the line moves.
        m_clock.advance(BackendCircuit::kStaggerMs * 2);
        QCOMPARE(client.released, QList<int>{2});
        circuit.attemptEnded(&client, 1, now(), FailureClass::RateLimited, 1000, fastPolicy());
        CLOCK_TRY_COMPARE(client.released, (QList<int>{2, 3}), 1000);
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
    }

    void successesRaiseTheLimitUntilItNoLongerBinds()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        for (int step = 0; step < 8; ++step)
            QVERIFY(circuit.admit(&client, step));
        circuit.attemptEnded(&client, 0, now(), FailureClass::RateLimited, 500, fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 4);
        // Additive increase: one more for every quarter of a limit of successes.
        QList<int> limits;
        int successes = 0;
        while (circuit.concurrencyLimit() > 0 && successes < 100) {
            circuit.attemptEnded(&client, 100 + successes++, now(), FailureClass::Ok, std::nullopt,
                                 fastPolicy());
            if (limits.isEmpty() || limits.last() != circuit.concurrencyLimit())
                limits.append(circuit.concurrencyLimit());
        }
        QCOMPARE(limits, (QList<int>{5, 6, 7, 0})); // back to eight in flight: no limit
        QCOMPARE(successes, 6);
    }

    void rateLimitsOfRequestsSentBeforeADecreaseLowerItOnce()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        const qint64 sent = now();
        for (int step = 0; step < 20; ++step)
            QVERIFY(circuit.admit(&client, step));
        m_clock.advance(5);
        circuit.attemptEnded(&client, 0, sent, FailureClass::RateLimited, 500, fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 10);
        // Sent before the decrease, answered after it: that load is answered for already.
        circuit.attemptEnded(&client, 1, sent, FailureClass::RateLimited, 500, fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 10);
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
        for (int step = 2; step < 10; ++step)
            circuit.attemptEnded(&client, step, now(), FailureClass::Ok, std::nullopt,
                                 fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 12);
        // One sent after the decrease lowers it again, in proportion to the share of rate
        // limits among the recent answers: 3 of 11, so by 3/22 of twelve.
        m_clock.advance(2);
        circuit.attemptEnded(&client, 10, now(), FailureClass::RateLimited, 500, fastPolicy());
        QCOMPARE(circuit.concurrencyLimit(), 10);
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
    }

    void aBurstOfRateLimitsStopsTheBackend()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        for (int step = 0; step < 8; ++step)
            QVERIFY(circuit.admit(&client, step));
        QVERIFY(
            !circuit.attemptEnded(&client, 0, now(), FailureClass::RateLimited, 800, fastPolicy()));
        m_clock.advance(2);
        QVERIFY(
            !circuit.attemptEnded(&client, 1, now(), FailureClass::RateLimited, 800, fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
        // The third within the window, with nothing answered well: the backend is over its
        // limit, and everyone waits the server's delay.
        m_clock.advance(2);
        QVERIFY(
            circuit.attemptEnded(&client, 2, now(), FailureClass::RateLimited, 800, fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.lastFailure(), FailureClass::RateLimited);
        QVERIFY(circuit.nextProbeAt() >= now() + 700);
        QVERIFY(!circuit.admit(&client, 50));
    }

    void rateLimitsAmongManySuccessesAreNoBurst()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        int step = 0;
        for (; step < 8; ++step)
            QVERIFY(circuit.admit(&client, step));
        // One in ten answered 429, forty answers in all: the backend keeps going, each 429
        // lowering its concurrency for a while.
        for (int answer = 0; answer < 40; ++answer) {
            const bool limited = answer % 10 == 3;
            QVERIFY(!circuit.attemptEnded(&client, answer, now(),
                                          limited ? FailureClass::RateLimited : FailureClass::Ok,
                                          1000, fastPolicy()));
            QCOMPARE(circuit.state(), BackendCircuit::State::Closed);
            if (limited)
                QVERIFY(circuit.concurrencyLimit() > 0 && circuit.concurrencyLimit() < 8);
            m_clock.advance(1);
            circuit.admit(&client, step++);
        }
    }

    void aRateLimitWithALongDelayStopsTheBackend()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        const qint64 sent = now();
        QVERIFY(circuit.admit(&client, 0));
        QVERIFY(circuit.admit(&client, 1));
        m_clock.advance(5);
        circuit.attemptEnded(&client, 1, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        QVERIFY(circuit.attemptEnded(&client, 0, sent, FailureClass::RateLimited,
                                     BackendCircuit::kShortRateLimitMs + 1000, fastPolicy()));
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QVERIFY(circuit.nextProbeAt() >= now() + BackendCircuit::kShortRateLimitMs);
    }

    void probesKeepTheirShortCadenceWhateverTheCapacitySchedule()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        RetryPolicy policy; // capacity backoff of 5 s to 2 min for a step on its own
        policy.probeInitialDelayMs = 100;
        policy.probeMaxDelayMs = 300;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, policy);
        for (int probe = 1; probe <= 8; ++probe) {
            const qint64 opened = now();
            QVERIFY(circuit.nextProbeAt() >= opened + 50 - 5);
            QVERIFY2(circuit.nextProbeAt() <= opened + 300,
                     qPrintable(QString::number(circuit.nextProbeAt() - opened)));
            QVERIFY(!circuit.admit(&client, probe));
            CLOCK_TRY_COMPARE(client.released.size(), probe, 1000);
            // The refused probe's step waits its own backoff; the next step in line probes.
            QVERIFY(!circuit.attemptEnded(&client, client.released.last(), now(),
                                          FailureClass::Capacity, std::nullopt, policy));
        }
        QCOMPARE(circuit.consecutiveFailures(), 9);
    }

    void aFailedProbeReopensWithTheFailuresCounted()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QVERIFY(!circuit.admit(&client, 0));
        QVERIFY(!circuit.admit(&client, 1));
        CLOCK_TRY_COMPARE(client.released, QList<int>{0}, 1000);
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.consecutiveFailures(), 2);
        // The failed probe's step goes to the back of the line; the next one probes.
        QVERIFY(!circuit.admit(&client, 0));
        CLOCK_TRY_COMPARE(client.released, (QList<int>{0, 1}), 1000);
    }

    void theServersDelayWins()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
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
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        for (int step = 0; step < 8; ++step)
            QVERIFY(!circuit.admit(&client, step));
        CLOCK_TRY_COMPARE(client.released.size(), 1, 1000);
        circuit.attemptEnded(&client, 0, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        QCOMPARE(circuit.state(), BackendCircuit::State::Releasing);
        QCOMPARE(circuit.consecutiveFailures(), 0);
        // 1 at once, then 2, then 4 a stagger later each: 1 + 1 + 2 + 4 = 8 in all.
        CLOCK_TRY_COMPARE(client.released.size(), 2, 1000);
        m_clock.advance(BackendCircuit::kStaggerMs / 2);
        QCOMPARE(client.released.size(), 2);
        CLOCK_TRY_COMPARE(client.released.size(), 4, 1000);
        CLOCK_TRY_COMPARE(client.released.size(), 8, 1000);
        QCOMPARE(client.released, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        CLOCK_TRY_COMPARE(circuit.state(), BackendCircuit::State::Closed, 1000);
        QVERIFY(circuit.admit(&client, 100));
    }

    void aProbeThatMetSomethingElsePassesTheTurn()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QVERIFY(!circuit.admit(&client, 1));
        QVERIFY(!circuit.admit(&client, 2));
        CLOCK_TRY_COMPARE(client.released, QList<int>{1}, 1000);
        circuit.attemptEnded(&client, 1, now(), FailureClass::Server, std::nullopt, fastPolicy());
        CLOCK_TRY_COMPARE(client.released, (QList<int>{1, 2}), 1000);
        QCOMPARE(circuit.state(), BackendCircuit::State::Probing);
    }

    void aWithdrawnProbeIsReplaced()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder leaving;
        Recorder staying;
        QVERIFY(circuit.admit(&leaving, 0));
        circuit.attemptEnded(&leaving, 0, now(), FailureClass::Capacity, std::nullopt,
                             fastPolicy());
        QVERIFY(!circuit.admit(&leaving, 0));
        QVERIFY(!circuit.admit(&staying, 5));
        CLOCK_TRY_COMPARE(leaving.released, QList<int>{0}, 1000);
        circuit.withdraw(&leaving);
        CLOCK_TRY_COMPARE(staying.released, QList<int>{5}, 1000);
        QCOMPARE(circuit.inFlight(), 1);
    }

    void anAnnouncedAllowanceHoldsTheRestUntilTheReset()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        circuit.noteAllowance(2, now() + 400);
        QVERIFY(circuit.admit(&client, 1));
        QVERIFY(circuit.admit(&client, 2));
        QVERIFY(!circuit.admit(&client, 3));
        QCOMPARE(circuit.state(), BackendCircuit::State::Holding);
        QVERIFY(!circuit.admit(&client, 4));
        m_clock.advance(200);
        QVERIFY(client.released.isEmpty());
        CLOCK_TRY_COMPARE(client.released, (QList<int>{3, 4}), 2000);
        CLOCK_TRY_COMPARE(circuit.state(), BackendCircuit::State::Closed, 1000);
    }

    void requestsInFlightCountAgainstTheAllowance()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
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
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Recorder client;
        QSignalSpy changed(&circuit, &BackendCircuit::stateChanged);
        circuit.restoreCoolDown(now() + 300, 4);
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.consecutiveFailures(), 4);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!circuit.admit(&client, 0));
        CLOCK_TRY_COMPARE(client.released, QList<int>{0}, 1000);
        circuit.restoreCoolDown(now() - 1, 9); // past: nothing to restore
        QCOMPARE(circuit.consecutiveFailures(), 4);
    }

    // Shared with other Vigils: what this one meets, they hear; its probe goes only when
    // the turn is its own, and its success is theirs.
    void aCoolDownMetHereIsToldAndItsProbeIsTheFleets()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Peers peers;
        circuit.setPeers(&peers);
        QCOMPARE(peers.joined, 1);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QCOMPARE(peers.coolDowns, QList<qint64>{circuit.nextProbeAt()});
        QVERIFY(!circuit.admit(&client, 0));
        QVERIFY(!circuit.admit(&client, 1));
        QCOMPARE(peers.turnsAsked, 0);
        CLOCK_TRY_COMPARE(client.released, QList<int>{0}, 1000);
        QCOMPARE(peers.turnsAsked, 1);
        circuit.attemptEnded(&client, 0, now(), FailureClass::Ok, std::nullopt, fastPolicy());
        QCOMPARE(peers.recoveries, 1);
        CLOCK_TRY_COMPARE(client.released, (QList<int>{0, 1}), 1000);
    }

    void anotherVigilsProbeGoesInsteadOfThisOnes()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Peers peers;
        circuit.setPeers(&peers);
        peers.turn = {ProbeTurn::Kind::Wait, 500};
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        for (int step = 0; step < 4; ++step)
            QVERIFY(!circuit.admit(&client, step));
        CLOCK_TRY_COMPARE(peers.turnsAsked, 1, 1000);
        // Not this one's turn: it waits as long as the other's probe may take.
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.nextProbeAt(), now() + 500);
        m_clock.advance(499);
        QVERIFY(client.released.isEmpty());
        QCOMPARE(peers.turnsAsked, 1);
        // The other's probe found the backend serving: everyone goes, in turn, and no
        // probe of this Vigil's was needed.
        circuit.othersRecovered();
        QCOMPARE(circuit.state(), BackendCircuit::State::Releasing);
        CLOCK_TRY_COMPARE(client.released.size(), 4, 2000);
        QCOMPARE(peers.recoveries, 0);
        QCOMPARE(peers.turnsAsked, 1);
        QCOMPARE(circuit.consecutiveFailures(), 0);
    }

    void aRecoveryMissedWhileWaitingIsFoundAtTheTurn()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Peers peers;
        circuit.setPeers(&peers);
        peers.turn = {ProbeTurn::Kind::Recovered, 0};
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.attemptEnded(&client, 0, now(), FailureClass::Capacity, std::nullopt, fastPolicy());
        QVERIFY(!circuit.admit(&client, 0));
        QVERIFY(!circuit.admit(&client, 1));
        CLOCK_TRY_COMPARE(client.released, (QList<int>{0, 1}), 2000);
        QCOMPARE(peers.turnsAsked, 1);
        QCOMPARE(peers.recoveries, 0);
        CLOCK_TRY_COMPARE(circuit.state(), BackendCircuit::State::Closed, 1000);
    }

    void aCoolDownAnotherVigilMetHoldsTheStepsHere()
    {
        BackendCircuit circuit(QStringLiteral("b"), m_random, m_clock);
        Peers peers;
        circuit.setPeers(&peers);
        Recorder client;
        QVERIFY(circuit.admit(&client, 0));
        circuit.adoptCoolDown(now() + 300, false, 3, FailureClass::Capacity);
        QCOMPARE(circuit.state(), BackendCircuit::State::Open);
        QCOMPARE(circuit.consecutiveFailures(), 3);
        QCOMPARE(circuit.lastFailure(), FailureClass::Capacity);
        QVERIFY(peers.coolDowns.isEmpty()); // theirs, not told back
        QVERIFY(!circuit.admit(&client, 1));
        // A shorter one changes nothing; a later one holds longer.
        circuit.adoptCoolDown(now() + 100, false, 1, FailureClass::Capacity);
        QCOMPARE(circuit.nextProbeAt(), now() + 300);
        circuit.adoptCoolDown(now() + 400, false, 4, FailureClass::Capacity);
        QCOMPARE(circuit.nextProbeAt(), now() + 400);
        m_clock.advance(399);
        QVERIFY(client.released.isEmpty());
        // When it ends, this one probes if the turn is its own.
        CLOCK_TRY_COMPARE(client.released, QList<int>{1}, 1000);
        QCOMPARE(circuit.state(), BackendCircuit::State::Probing);
        // While its own probe is out, another's cool-down does not stop it.
        circuit.adoptCoolDown(now() + 5000, false, 5, FailureClass::Capacity);
        QCOMPARE(circuit.state(), BackendCircuit::State::Probing);
        // An announced hold is taken up as a hold: no probe at its end.
        BackendCircuit held(QStringLiteral("h"), m_random, m_clock);
        held.setPeers(&peers);
        held.adoptCoolDown(now() + 200, true, 0, FailureClass::RateLimited);
        QCOMPARE(held.state(), BackendCircuit::State::Holding);
        Recorder waiting;
        QVERIFY(!held.admit(&waiting, 7));
        CLOCK_TRY_COMPARE(waiting.released, QList<int>{7}, 1000);
        QCOMPARE(peers.turnsAsked, 1);
    }
};

QTEST_GUILESS_MAIN(TestBackendCircuit)
#include "tst_backendcircuit.moc"

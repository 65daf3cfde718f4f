#include "retrydecision.h"

#include <QTest>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::FailureClass)
Q_DECLARE_METATYPE(vigil::AfterFailure)

namespace {

constexpr qint64 kNow = 1'700'000'000'000;
constexpr qint64 kNone = -1;

} // namespace

// The retry decision as a table: every row one failed attempt and what must follow it.
class TestRetryDecision : public QObject
{
    Q_OBJECT

private slots:
    void decides_data()
    {
        QTest::addColumn<FailureClass>("failureClass");
        QTest::addColumn<bool>("retryable");     // what the classifier said
        QTest::addColumn<qint64>("serverDelay"); // kNone: the server named no time
        QTest::addColumn<int>("budgetAttempts"); // this attempt included
        QTest::addColumn<qint64>("elapsed");     // since the budget's first attempt
        QTest::addColumn<bool>("stopping");
        QTest::addColumn<bool>("online");
        QTest::addColumn<bool>("behindBackend");
        QTest::addColumn<bool>("coolingDown");
        QTest::addColumn<qint64>("probeIn");
        QTest::addColumn<AfterFailure>("next");
        QTest::addColumn<bool>("endRetry");
        QTest::addColumn<qint64>("minDelay"); // the delay recorded, or kNone
        QTest::addColumn<qint64>("maxDelay");
        QTest::addColumn<qint64>("resumeIn"); // 0: no resume time
        QTest::addColumn<bool>("stepFails");
        QTest::addColumn<bool>("refusedProbe");

        const RetryPolicy policy;
        const auto window = [&policy](FailureClass failureClass, int attempt) {
            return backoffWindow(policy, failureClass, attempt);
        };
        const BackoffWindow server1 = window(FailureClass::Server, 1);
        const BackoffWindow server4 = window(FailureClass::Server, 4);
        const BackoffWindow capacity2 = window(FailureClass::Capacity, 2);
        const BackoffWindow network1 = window(FailureClass::Network, 1);

        // clang-format off
        QTest::newRow("a 500 retries after full jitter")
            << FailureClass::Server << true << kNone << 1 << qint64(0) << false << true << false
            << false << qint64(0) << AfterFailure::Retry << true << server1.floorMs
            << server1.ceilingMs << qint64(0) << false << false;
        QTest::newRow("the window grows with the attempts")
            << FailureClass::Server << true << kNone << 4 << qint64(20'000) << false << true
            << false << false << qint64(0) << AfterFailure::Retry << true << server4.floorMs
            << server4.ceilingMs << qint64(0) << false << false;
        QTest::newRow("capacity keeps its slower schedule")
            << FailureClass::Capacity << true << kNone << 2 << qint64(9000) << false << true
            << false << false << qint64(0) << AfterFailure::Retry << true << capacity2.floorMs
            << capacity2.ceilingMs << qint64(0) << false << false;
        QTest::newRow("the server's delay is taken as it is")
            << FailureClass::Capacity << true << qint64(7000) << 1 << qint64(0) << false << true
            << false << false << qint64(0) << AfterFailure::Retry << true << qint64(7000)
            << qint64(7000) << qint64(0) << false << false;
        QTest::newRow("a delay that still fits the time budget is a retry")
            << FailureClass::RateLimited << true << qint64(3'000'000) << 2 << qint64(500'000)
            << false << true << false << false << qint64(0) << AfterFailure::Retry << true
            << qint64(3'000'000) << qint64(3'000'000) << qint64(0) << false << false;
        QTest::newRow("a delay beyond the time budget pauses until then")
            << FailureClass::RateLimited << true << qint64(7'200'000) << 1 << qint64(0) << false
            << true << false << false << qint64(0) << AfterFailure::PauseUntil << true
            << qint64(7'200'000) << qint64(7'200'000) << qint64(7'200'000) << false << false;
        QTest::newRow("the last attempt of the budget exhausts it")
            << FailureClass::Server << true << kNone << 10 << qint64(60'000) << false << true
            << false << false << qint64(0) << AfterFailure::Exhausted << false << kNone << kNone
            << qint64(0) << false << false;
        QTest::newRow("the budget's hour exhausts it")
            << FailureClass::Stall << true << kNone << 3 << qint64(3'600'000) << false << true
            << false << false << qint64(0) << AfterFailure::Exhausted << false << kNone << kNone
            << qint64(0) << false << false;
        QTest::newRow("an exhausted budget wins over the server's delay")
            << FailureClass::Capacity << true << qint64(9'000'000) << 10 << qint64(1000) << false
            << true << false << false << qint64(0) << AfterFailure::Exhausted << false << kNone
            << kNone << qint64(0) << false << false;
        QTest::newRow("behind a cooling backend the step waits for its probe")
            << FailureClass::Capacity << true << kNone << 2 << qint64(4000) << false << true
            << true << true << qint64(4500) << AfterFailure::WaitForBackend << true
            << qint64(4500) << qint64(4500) << qint64(0) << false << false;
        QTest::newRow("a probe the backend refused waits its own backoff")
            << FailureClass::Capacity << true << kNone << 2 << qint64(4000) << false << true
            << false << true << qint64(4500) << AfterFailure::Retry << true << capacity2.floorMs
            << capacity2.ceilingMs << qint64(0) << false << true;
        QTest::newRow("a 500 is no refused probe even while cooling down")
            << FailureClass::Server << true << kNone << 1 << qint64(0) << false << true << false
            << true << qint64(4500) << AfterFailure::Retry << true << server1.floorMs
            << server1.ceilingMs << qint64(0) << false << false;
        QTest::newRow("a refused key fails the step")
            << FailureClass::Auth << false << kNone << 1 << qint64(0) << false << true << false
            << false << qint64(0) << AfterFailure::Fail << false << kNone << kNone << qint64(0)
            << true << false;
        QTest::newRow("a malformed request fails the step")
            << FailureClass::Request << false << kNone << 1 << qint64(0) << false << true << false
            << false << qint64(0) << AfterFailure::Fail << false << kNone << kNone << qint64(0)
            << true << false;
        QTest::newRow("an unknown model fails the step")
            << FailureClass::NotFound << false << kNone << 1 << qint64(0) << false << true
            << false << false << qint64(0) << AfterFailure::Fail << false << kNone << kNone
            << qint64(0) << true << false;
        QTest::newRow("a spent quota pauses for the user")
            << FailureClass::Quota << false << kNone << 1 << qint64(0) << false << true << false
            << false << qint64(0) << AfterFailure::QuotaPause << false << kNone << kNone
            << qint64(0) << false << false;
        QTest::newRow("a quota with a known reset resumes then, its wait recorded")
            << FailureClass::Quota << false << qint64(600'000) << 1 << qint64(0) << false << true
            << false << false << qint64(0) << AfterFailure::QuotaPause << false << qint64(600'000)
            << qint64(600'000) << qint64(600'000) << false << false;
        QTest::newRow("a connection lost offline is not charged")
            << FailureClass::Network << true << kNone << 3 << qint64(1000) << false << false
            << false << false << qint64(0) << AfterFailure::Refund << true << kNone << kNone
            << qint64(0) << false << false;
        QTest::newRow("a stall offline is not charged")
            << FailureClass::Stall << true << kNone << 10 << qint64(1000) << false << false
            << false << false << qint64(0) << AfterFailure::Refund << true << kNone << kNone
            << qint64(0) << false << false;
        QTest::newRow("a 503 while offline is charged")
            << FailureClass::Server << true << kNone << 1 << qint64(0) << false << false << false
            << false << qint64(0) << AfterFailure::Retry << true << server1.floorMs
            << server1.ceilingMs << qint64(0) << false << false;
        QTest::newRow("a network failure online retries")
            << FailureClass::Network << true << kNone << 1 << qint64(0) << false << true << false
            << false << qint64(0) << AfterFailure::Retry << true << network1.floorMs
            << network1.ceilingMs << qint64(0) << false << false;
        QTest::newRow("an attempt the user aborted leaves the step as it was")
            << FailureClass::Cancelled << false << kNone << 1 << qint64(0) << true << true << false
            << false << qint64(0) << AfterFailure::Stopped << false << kNone << kNone << qint64(0)
            << false << false;
        QTest::newRow("a 503 while the user stops schedules nothing")
            << FailureClass::Capacity << true << kNone << 1 << qint64(0) << true << true << false
            << false << qint64(0) << AfterFailure::Stopped << false << kNone << kNone << qint64(0)
            << false << false;
        QTest::newRow("a refused key while the user stops still fails the step")
            << FailureClass::Auth << false << kNone << 1 << qint64(0) << true << true << false
            << false << qint64(0) << AfterFailure::Stopped << false << kNone << kNone << qint64(0)
            << true << false;
        QTest::newRow("the user's stop wins over going offline")
            << FailureClass::Network << true << kNone << 1 << qint64(0) << true << false << false
            << false << qint64(0) << AfterFailure::Stopped << false << kNone << kNone << qint64(0)
            << false << false;
        // clang-format on
    }

    void decides()
    {
        QFETCH(FailureClass, failureClass);
        QFETCH(bool, retryable);
        QFETCH(qint64, serverDelay);
        QFETCH(int, budgetAttempts);
        QFETCH(qint64, elapsed);
        QFETCH(bool, stopping);
        QFETCH(bool, online);
        QFETCH(bool, behindBackend);
        QFETCH(bool, coolingDown);
        QFETCH(qint64, probeIn);
        QFETCH(AfterFailure, next);
        QFETCH(bool, endRetry);
        QFETCH(qint64, minDelay);
        QFETCH(qint64, maxDelay);
        QFETCH(qint64, resumeIn);
        QFETCH(bool, stepFails);
        QFETCH(bool, refusedProbe);

        StepRecord step;
        step.budgetAttempts = budgetAttempts;
        step.budgetStartedAt = kNow - elapsed;
        FailedAttempt attempt;
        attempt.verdict.failureClass = failureClass;
        attempt.verdict.retry = retryable;
        if (serverDelay != kNone)
            attempt.verdict.serverDelayMs = serverDelay;
        attempt.verdict.message = QStringLiteral("what the server said");
        attempt.httpStatus = 503;
        attempt.stopping = stopping;
        attempt.online = online;
        const CircuitAnswer circuit{behindBackend, coolingDown, probeIn ? kNow + probeIn : 0};

        // Jitter is drawn, never the whole decision: many seeds, one answer but the delay.
        for (quint32 seed = 1; seed <= 50; ++seed) {
            QRandomGenerator random(seed);
            const RetryDecision decision =
                decideAfterFailure(step, attempt, RetryPolicy(), circuit, kNow, random);
            QCOMPARE(decision.next, next);
            QCOMPARE(decision.end.retry, endRetry);
            QCOMPARE(decision.end.endedAt, kNow);
            QCOMPARE(decision.end.httpStatus, 503);
            QCOMPARE(decision.end.failureClass, failureClass);
            if (minDelay == kNone) {
                QVERIFY(!decision.end.delayMs);
            } else {
                QVERIFY(decision.end.delayMs);
                QVERIFY2(*decision.end.delayMs >= minDelay && *decision.end.delayMs <= maxDelay,
                         qPrintable(QString::number(*decision.end.delayMs)));
            }
            QCOMPARE(decision.resumeAt, resumeIn ? kNow + resumeIn : 0);
            QCOMPARE(decision.stepFails, stepFails);
            QCOMPARE(decision.refusedProbe, refusedProbe);
            if (next == AfterFailure::Refund)
                QVERIFY(decision.end.message.startsWith(QStringLiteral("what the server said")) &&
                        decision.end.message.size() > attempt.verdict.message.size());
            else
                QCOMPARE(decision.end.message, attempt.verdict.message);
        }
    }

    void anAbortBelowVigilIsANetworkFailure()
    {
        Classification aborted;
        aborted.failureClass = FailureClass::Cancelled;
        const Classification dropped = recordedVerdict(aborted, false);
        QCOMPARE(dropped.failureClass, FailureClass::Network);
        QVERIFY(dropped.retry);
        const Classification stopped = recordedVerdict(aborted, true);
        QCOMPARE(stopped.failureClass, FailureClass::Cancelled);
        QVERIFY(!stopped.retry);
        Classification busy;
        busy.failureClass = FailureClass::Capacity;
        busy.retry = true;
        QCOMPARE(recordedVerdict(busy, false).failureClass, FailureClass::Capacity);
    }
};

QTEST_GUILESS_MAIN(TestRetryDecision)
#include "tst_retrydecision.moc"

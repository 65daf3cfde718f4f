#include "retrypolicy.h"
#include "serverdelay.h"

#include <QTest>

#include <ctime>

using namespace vigil;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);

private slots:
    void backoffWindowsDoubleUpToTheCap()
    {
        const RetryPolicy policy;
        QCOMPARE(backoffWindow(policy, FailureClass::Server, 1).ceilingMs, 1000);
        QCOMPARE(backoffWindow(policy, FailureClass::Server, 2).ceilingMs, 2000);
        QCOMPARE(backoffWindow(policy, FailureClass::Network, 6).ceilingMs, 32000);
        QCOMPARE(backoffWindow(policy, FailureClass::Stall, 7).ceilingMs, 60000);
        QCOMPARE(backoffWindow(policy, FailureClass::Stall, 1000).ceilingMs, 60000);
        QCOMPARE(backoffWindow(policy, FailureClass::Capacity, 1).ceilingMs, 5000);
        QCOMPARE(backoffWindow(policy, FailureClass::RateLimited, 3).ceilingMs, 20000);
        QCOMPARE(backoffWindow(policy, FailureClass::Capacity, 9).ceilingMs, 120000);
        QCOMPARE(backoffWindow(policy, FailureClass::Server, 1).floorMs, 250);
        QCOMPARE(backoffWindow(policy, FailureClass::Capacity, 1).floorMs, 1250);
    }

    void jitterStaysInsideTheWindowAndSpreads()
    {
        const RetryPolicy policy;
        QRandomGenerator random(42);
        for (int attempt = 1; attempt <= 10; ++attempt) {
            for (FailureClass failureClass : {FailureClass::Server, FailureClass::Capacity}) {
                const BackoffWindow window = backoffWindow(policy, failureClass, attempt);
                qint64 low = std::numeric_limits<qint64>::max();
                qint64 high = 0;
                double sum = 0;
                const int draws = 4000;
                for (int i = 0; i < draws; ++i) {
                    const qint64 delay =
                        retryDelayMs(policy, failureClass, attempt, std::nullopt, random);
                    QVERIFY(delay >= window.floorMs && delay <= window.ceilingMs);
                    low = std::min(low, delay);
                    high = std::max(high, delay);
                    sum += delay;
                }
                // Full jitter: the draws cover the window, and their mean sits near its middle.
                const double span = window.ceilingMs - window.floorMs;
                QVERIFY(low - window.floorMs < span * 0.02);
                QVERIFY(window.ceilingMs - high < span * 0.02);
                const double mean = sum / draws;
                QVERIFY(std::abs(mean - (window.floorMs + span / 2)) < span * 0.05);
            }
        }
    }

    void serverDelayWinsHoweverLong()
    {
        const RetryPolicy policy;
        QRandomGenerator random(1);
        QCOMPARE(retryDelayMs(policy, FailureClass::RateLimited, 1, 578000, random), 578000);
        QCOMPARE(retryDelayMs(policy, FailureClass::Capacity, 9, 7 * 3600 * 1000, random),
                 7 * 3600 * 1000);
        QCOMPARE(retryDelayMs(policy, FailureClass::Server, 1, 0, random), 0);
    }

    void retryAfterHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("imf date") << QByteArray("Tue, 24 Nov 2026 12:05:00 GMT") << qint64(300000);
        QTest::newRow("rfc850 date")
            << QByteArray("Tuesday, 24-Nov-26 12:00:10 GMT") << qint64(10000);
        QTest::newRow("asctime") << QByteArray("Tue Nov 24 12:01:00 2026") << qint64(60000);
        QTest::newRow("past date") << QByteArray("Tue, 24 Nov 2026 11:00:00 GMT") << qint64(0);
    }

    void retryAfterHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expected);
        const auto delay = parseRetryAfterHeader(value, m_now);
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, expected);
    }

    void retryAfterGarbage()
    {
        for (const QByteArray &value :
             {QByteArray(""), QByteArray("soon"), QByteArray("-5"), QByteArray("Tue, 99 Foo")})
            QVERIFY2(!parseRetryAfterHeader(value, m_now).has_value(), value.constData());
    }

    void delaysInMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("9m38s") << "You have hit your usage limit. Please try again in 9m38s."
                               << qint64(578000);
        QTest::newRow("26.6s") << "Please retry in 26.6s." << qint64(26600);
        QTest::newRow("ms") << "Please try again in 120ms. Visit https://x" << qint64(120);
        QTest::newRow("1m30.5s") << "Please try again in 1m30.5s. Visit" << qint64(90500);
        QTest::newRow("words") << "Please retry after 6 seconds. Please go here" << qint64(6000);
        QTest::newRow("hours") << "try again in 2 hours and 5 minutes" << qint64(7500000);
        QTest::newRow("h m") << "Try again in 1h2m" << qint64(3720000);
    }

    void delaysInMessages()
    {
        QFETCH(QString, message);
        QFETCH(qint64, expected);
        const auto delay = parseDelayFromMessage(message);
        QVERIFY(delay.has_value());
        QCOMPARE(*delay, expected);
    }

    void noDelayInOrdinaryMessages()
    {
        for (const QString &message :
             {QStringLiteral("Overloaded"), QStringLiteral("Please try again later."),
              QStringLiteral("retry in a moment"), QStringLiteral("")})
            QVERIFY2(!parseDelayFromMessage(message).has_value(), qPrintable(message));
    }

    void compactDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("1s") << "1s" << qint64(1000);
        QTest::newRow("6m0s") << "6m0s" << qint64(360000);
        QTest::newRow("20ms") << "20ms" << qint64(20);
        QTest::newRow("1h2m3.5s") << "1h2m3.5s" << qint64(3723500);
        QTest::newRow("bare seconds") << "17" << qint64(17000);
    }

    void compactDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(parseCompactDuration(text).value_or(-1), expected);
    }

    void retryAfterMsBeatsRetryAfter()
    {
        const HeaderList headers{{"Retry-After", "6"}, {"retry-after-ms", "5500"}};
        QCOMPARE(serverDelayMs(headers, {}, {}, m_now).value_or(-1), 5500);
    }

    // Found by fuzz_classifier: a retry-after-ms too large for 64 bits came back negative.
    void absurdDelaysAreAYearAtMost()
    {
        constexpr qint64 year = qint64(365) * 24 * 3600 * 1000;
        const QByteArray huge = "6" + QByteArray(100, '0');
        QCOMPARE(serverDelayMs({{"retry-after-ms", huge}}, {}, {}, m_now).value_or(-1), year);
        QCOMPARE(serverDelayMs({{"retry-after", huge}}, {}, {}, m_now).value_or(-1), year);
        QCOMPARE(serverDelayMs({{"retry-after", "Tue, 24 Nov 2126 12:05:00 GMT"}}, {}, {}, m_now)
                     .value_or(-1),
                 year);
        QCOMPARE(serverDelayMs({{"x-ratelimit-remaining-requests", "0"},
                                {"x-ratelimit-reset-requests", "9000000000000000000"}},
                               {}, {}, m_now)
                     .value_or(-1),
                 year);
        QVERIFY(!serverDelayMs({{"retry-after-ms", "1e999"}}, {}, {}, m_now).has_value());
    }

    // Every server date is UTC. Read through the local clock, an instant inside its
    // spring-forward gap (Berlin skips 02:00-03:00 on 29 March 2026) was lost or an hour off.
    void serverDatesIgnoreTheLocalClock()
    {
        const QByteArray savedTz = qgetenv("TZ");
        qputenv("TZ", "Europe/Berlin");
        tzset();
        const QDateTime now(QDate(2026, 3, 29), QTime(2, 0), Qt::UTC);
        const auto afterDate = parseRetryAfterHeader("Sun, 29 Mar 2026 02:30:00 GMT", now);
        const auto afterAsctime = parseRetryAfterHeader("Sun Mar 29 02:30:00 2026", now);
        const auto reset =
            serverDelayMs({{"anthropic-ratelimit-requests-remaining", "0"},
                           {"anthropic-ratelimit-requests-reset", "2026-03-29T02:30:00"}},
                          {}, {}, now);
        if (savedTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", savedTz);
        tzset();
        QCOMPARE(afterDate.value_or(-1), 1800000);
        QCOMPARE(afterAsctime.value_or(-1), 1800000);
        QCOMPARE(reset.value_or(-1), 1800000);
    }

    void resetHeadersOnlyWhenTheBudgetIsSpent()
    {
        const HeaderList spent{{"x-ratelimit-remaining-requests", "0"},
                               {"x-ratelimit-reset-requests", "2s"}};
        QCOMPARE(serverDelayMs(spent, {}, {}, m_now).value_or(-1), 2000);
        const HeaderList left{{"x-ratelimit-remaining-requests", "10"},
                              {"x-ratelimit-reset-requests", "2s"}};
        QVERIFY(!serverDelayMs(left, {}, {}, m_now).has_value());
    }

    void probesComeWithinATenthOfTheOutageAndNeverBeyondTheirCap_data()
    {
        QTest::addColumn<qint64>("outageMs");
        QTest::addColumn<qint64>("floorMs");
        QTest::addColumn<qint64>("ceilingMs");
        QTest::newRow("first refusal") << qint64(0) << qint64(1000) << qint64(2000);
        QTest::newRow("30 s in") << qint64(30'000) << qint64(1500) << qint64(3000);
        QTest::newRow("2 min in") << qint64(120'000) << qint64(6000) << qint64(12'000);
        QTest::newRow("10 min in") << qint64(600'000) << qint64(7500) << qint64(15'000);
        QTest::newRow("a day in") << qint64(86'400'000) << qint64(7500) << qint64(15'000);
    }

    void probesComeWithinATenthOfTheOutageAndNeverBeyondTheirCap()
    {
        QFETCH(qint64, outageMs);
        QFETCH(qint64, floorMs);
        QFETCH(qint64, ceilingMs);
        const RetryPolicy policy;
        const BackoffWindow window = probeWindow(policy, outageMs);
        QCOMPARE(window.floorMs, floorMs);
        QCOMPARE(window.ceilingMs, ceilingMs);
        QRandomGenerator random(7);
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = probeDelayMs(policy, outageMs, std::nullopt, random);
            QVERIFY(delay >= floorMs && delay <= ceilingMs);
        }
        // A time the server names wins, however far.
        QCOMPARE(probeDelayMs(policy, outageMs, 3'600'000, random), 3'600'000);
    }

    void taskFileFigures()
    {
        RetryPolicy policy;
        QCOMPARE(policy.applyJson({{QStringLiteral("max_attempts"), 3},
                                   {QStringLiteral("ttfb_timeout_ms"), 1500}}),
                 QString());
        QCOMPARE(policy.maxAttempts, 3);
        QCOMPARE(policy.ttfbTimeoutMs, 1500);
        QVERIFY(policy.applyJson({{QStringLiteral("max_attempt"), 3}})
                    .contains(QLatin1String("unknown")));
        QVERIFY(policy.applyJson({{QStringLiteral("max_attempts"), 0}})
                    .startsWith(QLatin1String("max_attempts")));
        QVERIFY(policy.applyJson({{QStringLiteral("initial_delay_ms"), 1.5}})
                    .startsWith(QLatin1String("initial_delay_ms")));
        QVERIFY(policy.applyJson({{QStringLiteral("initial_delay_ms"), QStringLiteral("5")}})
                    .startsWith(QLatin1String("initial_delay_ms")));
        // Found by fuzz_taskfile: a figure beyond 64 bits was cast to one (undefined).
        for (const double huge : {1.1e81, -1.1e81, 9.3e18, 1e300})
            QVERIFY(policy.applyJson({{QStringLiteral("max_delay_ms"), huge}})
                        .startsWith(QLatin1String("max_delay_ms: must be a whole number")));
        QCOMPARE(policy.ttfbTimeoutMs, 1500);
        QCOMPARE(policy.applyJson({{QStringLiteral("probe_initial_delay_ms"), 500},
                                   {QStringLiteral("probe_max_delay_ms"), 4000}}),
                 QString());
        QCOMPARE(policy.probeInitialDelayMs, 500);
        QCOMPARE(policy.probeMaxDelayMs, 4000);
        QVERIFY(policy.applyJson({{QStringLiteral("probe_initial_delay_ms"), 5000}})
                    .contains(QLatin1String("probe_max_delay_ms")));
        RetryPolicy inverted;
        QVERIFY(!inverted
                     .applyJson({{QStringLiteral("idle_timeout_ms"), 3600000},
                                 {QStringLiteral("attempt_timeout_ms"), 60000}})
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"

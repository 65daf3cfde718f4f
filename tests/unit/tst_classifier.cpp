#include "classifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::AttemptOutcome)

class TestClassifier : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now =
        QDateTime::fromString(QStringLiteral("2026-11-24T12:00:00Z"), Qt::ISODate);

private slots:
    void providerResponses_data()
    {
        QTest::addColumn<AttemptOutcome>("outcome");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<bool>("expectedRetry");
        QTest::addColumn<qint64>("expectedDelayMs"); // -1: no server delay

        QFile file(QStringLiteral(VIGIL_SOURCE_DIR "/src/sim/provider-errors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QLatin1String("responses"))
                                       .toArray();
        QVERIFY2(entries.size() >= 30, "the corpus must hold at least 30 real responses");
        for (const auto &value : entries) {
            const QJsonObject entry = value.toObject();
            AttemptOutcome outcome;
            outcome.httpStatus = entry.value(QLatin1String("status")).toInt();
            const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it)
                outcome.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
            const QJsonValue body = entry.value(QLatin1String("body"));
            outcome.body = body.isString()  ? body.toString().toUtf8()
                           : body.isArray() ? QJsonDocument(body.toArray()).toJson()
                                            : QJsonDocument(body.toObject()).toJson();
            if (entry.value(QLatin1String("in_stream")).toBool())
                outcome.transport = TransportFailure::TruncatedStream;
            const QJsonObject expect = entry.value(QLatin1String("expect")).toObject();
            QTest::newRow(entry.value(QLatin1String("id")).toString().toUtf8().constData())
                << outcome << expect.value(QLatin1String("class")).toString()
                << expect.value(QLatin1String("retry")).toBool()
                << expect.value(QLatin1String("delay_ms")).toInteger(-1);
        }
    }

    void providerResponses()
    {
        QFETCH(AttemptOutcome, outcome);
        QFETCH(QString, expectedClass);
        QFETCH(bool, expectedRetry);
        QFETCH(qint64, expectedDelayMs);
        const Classification result = classify(outcome, m_now);
        QCOMPARE(failureClassName(result.failureClass), expectedClass);
        QCOMPARE(result.retry, expectedRetry);
        if (expectedDelayMs >= 0) {
            QVERIFY2(result.serverDelayMs.has_value(), "expected a server-given delay");
            QCOMPARE(*result.serverDelayMs, expectedDelayMs);
        }
        QVERIFY2(!result.message.isEmpty(), "the server's message must be kept for the user");
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<bool>("expectedRetry");
        QTest::newRow("refused") << int(TransportFailure::ConnectionRefused) << "network" << true;
        QTest::newRow("reset") << int(TransportFailure::ConnectionClosed) << "network" << true;
        QTest::newRow("dns") << int(TransportFailure::HostNotFound) << "network" << true;
        QTest::newRow("proxy") << int(TransportFailure::Proxy) << "network" << true;
        QTest::newRow("ttfb") << int(TransportFailure::TimeToFirstByte) << "stall" << true;
        QTest::newRow("idle") << int(TransportFailure::IdleStream) << "stall" << true;
        QTest::newRow("ceiling") << int(TransportFailure::AttemptCeiling) << "stall" << true;
        QTest::newRow("truncated") << int(TransportFailure::TruncatedStream) << "server" << true;
        QTest::newRow("tls") << int(TransportFailure::Tls) << "tls" << false;
        QTest::newRow("cancelled") << int(TransportFailure::Cancelled) << "cancelled" << false;
    }

    void transportFailures()
    {
        QFETCH(int, transport);
        QFETCH(QString, expectedClass);
        QFETCH(bool, expectedRetry);
        AttemptOutcome outcome;
        outcome.transport = static_cast<TransportFailure>(transport);
        outcome.transportDetail = QStringLiteral("detail");
        const Classification result = classify(outcome, m_now);
        QCOMPARE(failureClassName(result.failureClass), expectedClass);
        QCOMPARE(result.retry, expectedRetry);
        QVERIFY(!result.message.isEmpty());
    }

    void networkMessagesSayWhatHappened()
    {
        AttemptOutcome outcome;
        outcome.transport = TransportFailure::ConnectionClosed;
        outcome.transportDetail = QStringLiteral("Unknown error");
        QCOMPARE(
            classify(outcome, m_now).message,
            QStringLiteral("the connection was closed or reset before the reply was complete"));
        outcome.transport = TransportFailure::ConnectionRefused;
        outcome.transportDetail = QStringLiteral("Connection refused");
        QCOMPARE(classify(outcome, m_now).message,
                 QStringLiteral("the connection was refused (Connection refused)"));
    }

    // A redirected POST would carry the prompt and the key elsewhere: never followed, never
    // retried, and the message says where the server pointed.
    void redirectsAreRequestErrorsThatSayWhere()
    {
        AttemptOutcome outcome;
        outcome.httpStatus = 308;
        outcome.headers = {{"Location", "https://api.example.com/v2/chat/completions"}};
        outcome.body = R"({"error": {"message": "moved"}})";
        const Classification result = classify(outcome, m_now);
        QCOMPARE(result.failureClass, FailureClass::Request);
        QVERIFY(!result.retry);
        QVERIFY2(result.message.startsWith(QStringLiteral(
                     "the server redirected to https://api.example.com/v2/chat/completions "
                     "(HTTP 308)")),
                 qPrintable(result.message));
    }

    // Found by fuzz_classifier: a reset time too large for 64 bits was cast to one.
    void absurdResetTimesAreAYearAtMost()
    {
        constexpr qint64 year = qint64(365) * 24 * 3600 * 1000;
        const QByteArray huge = "9" + QByteArray(80, '9');
        QCOMPARE(parseErrorBody(R"({"error": {"resets_in_seconds": )" + huge + "}}", m_now)
                     .resetInMs.value_or(-1),
                 year);
        QCOMPARE(parseErrorBody(R"({"error": {"resets_at": )" + huge + "}}", m_now)
                     .resetInMs.value_or(-1),
                 year);
        QCOMPARE(parseErrorBody(R"({"error": {"resets_at": -)" + huge + "}}", m_now)
                     .resetInMs.value_or(-1),
                 0);
    }

    void tlsIsNeverRetriedEvenWhenAHeaderAsks()
    {
        AttemptOutcome outcome;
        outcome.transport = TransportFailure::Tls;
        outcome.body = "{}";
        outcome.headers = {{"x-should-retry", "true"}};
        QCOMPARE(classify(outcome, m_now).retry, false);
    }

    void statusAloneWhenTheBodyIsUseless_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedClass");
        QTest::addColumn<bool>("expectedRetry");
        for (int status : {500, 502, 504, 520, 521, 522, 523, 524, 408, 425})
            QTest::addRow("%d", status) << status << "server" << true;
        QTest::newRow("503") << 503 << "capacity" << true;
        QTest::newRow("529") << 529 << "capacity" << true;
        QTest::newRow("429") << 429 << "rate-limited" << true;
        QTest::newRow("402") << 402 << "quota" << false;
        QTest::newRow("401") << 401 << "auth" << false;
        QTest::newRow("403") << 403 << "auth" << false;
        QTest::newRow("404") << 404 << "not-found" << false;
        QTest::newRow("400") << 400 << "request" << false;
        QTest::newRow("413") << 413 << "request" << false;
        QTest::newRow("422") << 422 << "request" << false;
        QTest::newRow("409 without a code") << 409 << "request" << false;
    }

    void statusAloneWhenTheBodyIsUseless()
    {
        QFETCH(int, status);
        QFETCH(QString, expectedClass);
        QFETCH(bool, expectedRetry);
        for (const QByteArray &body :
             {QByteArray(), QByteArray("<html>oops</html>"), QByteArray("{\"nested\":[[[]]]}")}) {
            AttemptOutcome outcome;
            outcome.httpStatus = status;
            outcome.body = body;
            const Classification result = classify(outcome, m_now);
            QCOMPARE(failureClassName(result.failureClass), expectedClass);
            QCOMPARE(result.retry, expectedRetry);
        }
    }

    void lenientAboutShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("error object")
            << QByteArray(R"({"error":{"message":"m1","type":"t"}})") << "m1";
        QTest::newRow("typed error")
            << QByteArray(R"({"type":"error","error":{"type":"t","message":"m2"}})") << "m2";
        QTest::newRow("array") << QByteArray(
                                      R"([{"error":{"code":1,"message":"m3","status":"S"}}])")
                               << "m3";
        QTest::newRow("string error") << QByteArray(R"({"error":"m4"})") << "m4";
        QTest::newRow("flat") << QByteArray(R"({"object":"error","message":"m5","type":"X"})")
                              << "m5";
        QTest::newRow("detail") << QByteArray(R"({"detail":"m6"})") << "m6";
        QTest::newRow("plain text") << QByteArray("  m7 \n") << "m7";
        QTest::newRow("json string") << QByteArray(R"("m8")") << "m8";
        QTest::newRow("html page")
            << QByteArray(
                   "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>x</body></html>")
            << "502 Bad Gateway";
        QTest::newRow("html fragment")
            << QByteArray("<h1>Service <b>down</b></h1>") << "Service down";
    }

    void lenientAboutShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedMessage);
        QCOMPARE(parseErrorBody(body, m_now).message, expectedMessage);
    }

    void longMessagesAreBounded()
    {
        const QByteArray body = "{\"error\":{\"message\":\"" + QByteArray(100000, 'x') + "\"}}";
        QVERIFY(parseErrorBody(body, m_now).message.size() <= 500);
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"

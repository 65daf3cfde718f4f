#include "taskspec.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace vigil;

namespace {

QByteArray validTask()
{
    QFile file(QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/valid-task.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/valid-task.json");
    return file.readAll();
}

const QByteArray kValid = validTask();

} // namespace

class TestTaskSpec : public QObject
{
    Q_OBJECT

private slots:
    void readsAConversation()
    {
        TaskFileError error;
        const auto spec = parseTaskJson(kValid, QStringLiteral("night.json"), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QCOMPARE(spec->name, QStringLiteral("night"));
        QCOMPARE(spec->provider.protocol, Protocol::AnthropicMessages);
        QCOMPARE(spec->provider.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QCOMPARE(spec->provider.apiKeyEnv, QStringLiteral("ANTHROPIC_API_KEY"));
        QCOMPARE(spec->turns, (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(spec->retry.maxAttempts, 4);
        QCOMPARE(spec->retry.ttfbTimeoutMs, 5000);
        QCOMPARE(spec->retry.idleTimeoutMs, 120000);
        QCOMPARE(spec->stream, false);
        QCOMPARE(spec->maxTokens, 256);
    }

    void roundTripsThroughItsStoredForm()
    {
        TaskFileError error;
        const auto spec = parseTaskJson(kValid, QStringLiteral("night.json"), error);
        QVERIFY(spec);
        const auto again =
            parseTaskJson(QJsonDocument(spec->toJson()).toJson(), QStringLiteral("stored"), error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(again->toJson(), spec->toJson());
        QCOMPARE(again->workKey(), spec->workKey());
    }

    void theWorkKeyIgnoresModelAndRetry()
    {
        TaskFileError error;
        auto spec = parseTaskJson(kValid, QStringLiteral("a"), error);
        const QString key = spec->workKey();
        spec->model = QStringLiteral("other");
        spec->retry.maxAttempts = 99;
        QCOMPARE(spec->workKey(), key);
        spec->turns.append(QStringLiteral("three"));
        QVERIFY(spec->workKey() != key);
    }

    void errorsNameTheFileThePlaceAndTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("problem");
        const auto base = [](const QByteArray &replace, const QByteArray &with) {
            QByteArray json = kValid;
            json.replace(replace, with);
            return json;
        };
        QTest::newRow("syntax") << QByteArray("{\n  \"name\": \"x\",\n  oops\n}")
                                << "line 3, column 4"
                                << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1]") << "$"
                                       << "one JSON object";
        QTest::newRow("unknown key") << base("\"stream\"", "\"streem\"") << "$.streem"
                                     << "unknown key";
        QTest::newRow("unknown provider key")
            << base("\"protocol\"", "\"protocl\"") << "$.provider.protocl"
            << "unknown key";
        QTest::newRow("unknown retry key")
            << base("\"max_attempts\"", "\"attempts\"") << "$.retry.attempts"
            << "unknown retry setting";
        QTest::newRow("bad retry value")
            << base("\"max_attempts\": 4", "\"max_attempts\": -1") << "$.retry.max_attempts"
            << "whole number";
        QTest::newRow("missing name") << base("\"name\": \"night\",", "") << "$.name"
                                      << "required";
        QTest::newRow("empty name") << base("\"name\": \"night\"", "\"name\": \" \"") << "$.name"
                                    << "must not be empty";
        QTest::newRow("model type") << base("\"model\": \"claude\"", "\"model\": 5") << "$.model"
                                    << "must be a string, not a number";
        QTest::newRow("no turns") << base("[\"one\", \"two\"]", "[]") << "$.turns"
                                  << "at least one";
        QTest::newRow("turn type") << base("[\"one\", \"two\"]", "[\"one\", 2]") << "$.turns[1]"
                                   << "must be a string";
        QTest::newRow("empty turn") << base("[\"one\", \"two\"]", "[\"one\", \"\"]") << "$.turns[1]"
                                    << "must not be empty";
        QTest::newRow("bad url") << base("http://127.0.0.1:8080/v1", "ftp://x")
                                 << "$.provider.base_url"
                                 << "not an http or https URL";
        QTest::newRow("bad protocol") << base("anthropic-messages", "grpc") << "$.provider.protocol"
                                      << "not one of";
        QTest::newRow("key in file")
            << base("\"api_key_env\"", "\"api_key\"") << "$.provider.api_key"
            << "environment variable";
        QTest::newRow("bad env name")
            << base("ANTHROPIC_API_KEY", "MY KEY") << "$.provider.api_key_env"
            << "not an environment variable name";
        QTest::newRow("named provider")
            << base(kValid.mid(kValid.indexOf("{\"base_url"),
                               kValid.indexOf('}') - kValid.indexOf("{\"base_url") + 1),
                    "\"work\"")
            << "$.provider"
            << "no provider named";
        QTest::newRow("stream type")
            << base("\"stream\": false", "\"stream\": \"no\"") << "$.stream"
            << "true or false";
        QTest::newRow("max_tokens")
            << base("\"max_tokens\": 256", "\"max_tokens\": 0") << "$.max_tokens"
            << "whole number";
        QTest::newRow("batch") << base("\"turns\"", "\"batch\": {}, \"turns\"") << "$.batch"
                               << "not supported";
    }

    void errorsNameTheFileThePlaceAndTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, problem);
        TaskFileError error;
        QVERIFY(!parseTaskJson(json, QStringLiteral("night.json"), error));
        QCOMPARE(error.file, QStringLiteral("night.json"));
        QCOMPARE(error.place, place);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
        QVERIFY(error.toString().startsWith(QStringLiteral("night.json: ") + place +
                                            QStringLiteral(": ")));
    }

    void missingFile()
    {
        TaskFileError error;
        QVERIFY(!loadTaskFile(QStringLiteral("/nonexistent/night.json"), error));
        QCOMPARE(error.file, QStringLiteral("/nonexistent/night.json"));
        QVERIFY(!error.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskSpec)
#include "tst_taskspec.moc"

#include "taskspec.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

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

    void readsTheStreamOptions()
    {
        QByteArray json = kValid;
        json.replace("\"anthropic-messages\"", "\"openai-responses\"");
        TaskFileError error;
        auto spec = parseTaskJson(json, QStringLiteral("night.json"), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QVERIFY(spec->resumesStreams()); // on by default where the protocol can
        QVERIFY(spec->serviceTier.isEmpty());
        json.replace("\"stream\": false", "\"resume_streams\": false, \"service_tier\": \"flex\","
                                          " \"service_tier_fallback_after\": 3");
        spec = parseTaskJson(json, QStringLiteral("night.json"), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QVERIFY(!spec->resumesStreams());
        QCOMPARE(spec->serviceTier, QStringLiteral("flex"));
        QCOMPARE(spec->serviceTierFallbackAfter, 3);
        const QByteArray stored = QJsonDocument(spec->toJson()).toJson();
        const auto again = parseTaskJson(stored, QStringLiteral("stored"), error);
        QVERIFY2(again, qPrintable(error.toString()));
        QVERIFY(!again->resumesStreams());
        QCOMPARE(again->serviceTier, QStringLiteral("flex"));
        QCOMPARE(again->serviceTierFallbackAfter, 3);
        // Anthropic has no server-side resume: off, and no error when not asked for.
        spec = parseTaskJson(kValid, QStringLiteral("night.json"), error);
        QVERIFY(spec && !spec->resumesStreams());
    }

    void readsTheSpendBudget()
    {
        TaskFileError error;
        auto spec = parseTaskJson(kValid, QStringLiteral("night.json"), error);
        QVERIFY(spec && spec->budget.isEmpty());
        QByteArray json = kValid;
        json.replace("\"stream\": false",
                     "\"budget\": {\"max_cost_usd\": 20.5, \"max_tokens\": 3000000}");
        spec = parseTaskJson(json, QStringLiteral("night.json"), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QCOMPARE(spec->budget.maxCostUsd, std::optional<double>(20.5));
        QCOMPARE(spec->budget.maxTokens, std::optional<qint64>(3000000));
        const auto again =
            parseTaskJson(QJsonDocument(spec->toJson()).toJson(), QStringLiteral("stored"), error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(again->budget.toJson(), spec->budget.toJson());
        QCOMPARE(again->workKey(), spec->workKey()); // a cap is not the work
    }

    void readsTheDeadline()
    {
        TaskFileError error;
        QByteArray json = kValid;
        json.replace("\"stream\": false", "\"deadline\": \"2026-12-07T08:00:00+01:00\"");
        auto spec = parseTaskJson(json, QStringLiteral("night.json"), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QCOMPARE(spec->deadline,
                 std::optional<qint64>(
                     QDateTime(QDate(2026, 12, 7), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch()));
        const auto again =
            parseTaskJson(QJsonDocument(spec->toJson()).toJson(), QStringLiteral("stored"), error);
        QVERIFY2(again, qPrintable(error.toString()));
        QCOMPARE(again->deadline, spec->deadline);
        QCOMPARE(again->workKey(), spec->workKey()); // a deadline is not the work

        // A time of day is its next occurrence, local time: within the coming day.
        const QDateTime before = QDateTime::currentDateTime();
        const QTime inAMinute = before.time().addSecs(120);
        json = kValid;
        json.replace("\"stream\": false", "\"deadline\": \"" +
                                              inAMinute.toString(QStringLiteral("H:mm")).toUtf8() +
                                              '"');
        spec = parseTaskJson(json, QStringLiteral("night.json"), error);
        QVERIFY2(spec && spec->deadline, qPrintable(error.toString()));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(*spec->deadline);
        QCOMPARE(at.time().hour(), inAMinute.hour());
        QCOMPARE(at.time().minute(), inAMinute.minute());
        QVERIFY(at > before && at <= before.addDays(1));
        json = kValid;
        json.replace("\"stream\": false",
                     "\"deadline\": \"" +
                         before.time().addSecs(-120).toString(QStringLiteral("H:mm")).toUtf8() +
                         '"');
        spec = parseTaskJson(json, QStringLiteral("night.json"), error);
        QVERIFY2(spec && spec->deadline, qPrintable(error.toString()));
        QVERIFY(*spec->deadline > before.toMSecsSinceEpoch()); // tomorrow's, not today's past one
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
        QTest::newRow("two key places")
            << base("\"api_key_env\": \"ANTHROPIC_API_KEY\"",
                    "\"api_key_env\": \"ANTHROPIC_API_KEY\", \"api_key_keychain\": \"claude\"")
            << "$.provider"
            << "both name a key";
        QTest::newRow("bad keychain name")
            << base("\"api_key_env\": \"ANTHROPIC_API_KEY\"", "\"api_key_keychain\": \"my key\"")
            << "$.provider.api_key_keychain"
            << "letters, digits";
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
        QTest::newRow("resume_streams type")
            << base("\"stream\": false", "\"resume_streams\": 1") << "$.resume_streams"
            << "true or false";
        QTest::newRow("resume_streams without server-side resume")
            << base("\"stream\": false", "\"resume_streams\": true") << "$.resume_streams"
            << "only the openai-responses protocol";
        QTest::newRow("service_tier")
            << base("\"stream\": false", "\"service_tier\": \"Flex Now\"") << "$.service_tier"
            << "name for a tier";
        QTest::newRow("fallback without a tier")
            << base("\"stream\": false", "\"service_tier_fallback_after\": 3")
            << "$.service_tier_fallback_after"
            << "set service_tier too";
        QTest::newRow("fallback count")
            << base("\"stream\": false",
                    "\"service_tier\": \"flex\", \"service_tier_fallback_after\": 0")
            << "$.service_tier_fallback_after"
            << "whole number";
        QTest::newRow("budget type") << base("\"stream\": false", "\"budget\": 20") << "$.budget"
                                     << "must be an object";
        QTest::newRow("budget empty") << base("\"stream\": false", "\"budget\": {}") << "$.budget"
                                      << "max_cost_usd, max_tokens or both";
        QTest::newRow("budget cost")
            << base("\"stream\": false", "\"budget\": {\"max_cost_usd\": -1}")
            << "$.budget.max_cost_usd"
            << "more than 0";
        QTest::newRow("budget tokens")
            << base("\"stream\": false", "\"budget\": {\"max_tokens\": 2.5}")
            << "$.budget.max_tokens"
            << "whole number";
        QTest::newRow("budget key")
            << base("\"stream\": false", "\"budget\": {\"max_usd\": 3}") << "$.budget.max_usd"
            << "unknown key";
        for (const char *deadline : {"\"8 o'clock\"", "\"25:00\"", "800", "\"2026-13-01T08:00\""})
            QTest::addRow("deadline %s", deadline)
                << base("\"stream\": false", QByteArray("\"deadline\": ") + deadline)
                << "$.deadline"
                << "local time such as \"08:00\"";
        QTest::newRow("batch and turns")
            << base("\"turns\"", "\"batch\": {}, \"turns\"") << "$.batch"
            << "not both";
        const auto batch = [&](const QByteArray &object) {
            return base("\"turns\": [\"one\", \"two\"]", "\"batch\": " + object);
        };
        QTest::newRow("batch type") << batch("[]") << "$.batch"
                                    << "must be an object";
        QTest::newRow("batch input")
            << batch("{\"template\": \"t\", \"output\": \"o\"}") << "$.batch.input"
            << "required";
        QTest::newRow("batch key")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", \"x\": 1}")
            << "$.batch.x"
            << "unknown key";
        QTest::newRow("batch same file")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"./i\"}")
            << "$.batch.output"
            << "not be the input";
        QTest::newRow("batch concurrency")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", "
                     "\"concurrency\": 0}")
            << "$.batch.concurrency"
            << "from 1 to 256";
        QTest::newRow("batch via")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", "
                     "\"via\": \"carrier-pigeon\"}")
            << "$.batch.via"
            << "\"live\" or \"provider-batch\"";
        QTest::newRow("batch repair")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", "
                     "\"via\": \"provider-batch\", \"repair\": \"never\"}")
            << "$.batch.repair"
            << "\"auto\", \"live\" or \"provider-batch\", not \"never\"";
        QTest::newRow("batch chunk requests")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", "
                     "\"chunk_requests\": 100001}")
            << "$.batch.chunk_requests"
            << "from 1 to 100000";
        QTest::newRow("batch chunk bytes")
            << batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", "
                     "\"chunk_bytes\": 1.5}")
            << "$.batch.chunk_bytes"
            << "whole number";
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

    void readsABatchWithItsItems()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/batch-task.json"),
                            dir.filePath(QStringLiteral("task.json"))));
        writeFile(dir.filePath(QStringLiteral("items.jsonl")),
                  "{\"id\": \"a\", \"text\": \"first\", \"meta\": {\"lang\": \"en\"}}\n"
                  "\n"
                  "{\"text\": \"second\", \"meta\": {\"lang\": 2}}\r\n"
                  "{\"id\": 7, \"text\": [1, \"x\"], \"meta\": {\"lang\": true}}");
        TaskFileError error;
        const auto spec = loadTaskFile(dir.filePath(QStringLiteral("task.json")), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QVERIFY(spec->isBatch());
        QCOMPARE(spec->batch->input, dir.filePath(QStringLiteral("items.jsonl")));
        QCOMPARE(spec->batch->output, dir.filePath(QStringLiteral("out/out.jsonl")));
        QCOMPARE(spec->batch->concurrency, 16);
        QCOMPARE(spec->batch->items.size(), 3);
        QCOMPARE(spec->batch->items.at(0).id, QStringLiteral("\"a\""));
        QCOMPARE(spec->batch->items.at(1).id, QStringLiteral("3"));
        QCOMPARE(spec->batch->items.at(1).line, 3);
        QCOMPARE(spec->batch->items.at(2).id, QStringLiteral("7"));
        QCOMPARE(spec->stepPrompts(), (QStringList{QStringLiteral("Summarise en: first"),
                                                   QStringLiteral("Summarise 2: second"),
                                                   QStringLiteral("Summarise true: [1,\"x\"]")}));

        const auto stored =
            parseTaskJson(QJsonDocument(spec->toJson()).toJson(), QStringLiteral("stored"), error);
        QVERIFY2(stored, qPrintable(error.toString()));
        QCOMPARE(stored->toJson(), spec->toJson());
        QVERIFY(stored->batch->items.isEmpty());
    }

    void aBatchMayRunInTheProvidersBatches()
    {
        const auto batch = [](const QByteArray &object) {
            QByteArray json = kValid;
            return json.replace("\"turns\": [\"one\", \"two\"]", "\"batch\": " + object);
        };
        TaskFileError error;
        const auto spec =
            parseTaskJson(batch("{\"input\": \"i\", \"template\": \"t\", \"output\": \"o\", "
                                "\"via\": \"provider-batch\", \"chunk_requests\": 5000, "
                                "\"chunk_bytes\": 50000000, \"repair\": \"live\"}"),
                          QStringLiteral("night.json"), error);
        QVERIFY2(spec, qPrintable(error.toString()));
        QCOMPARE(spec->batch->via, BatchSpec::Via::ProviderBatch);
        QCOMPARE(spec->batch->chunkRequests, 5000);
        QCOMPARE(spec->batch->chunkBytes, qint64(50'000'000));
        QCOMPARE(spec->batch->repair, BatchSpec::Repair::Live);
        const auto stored =
            parseTaskJson(QJsonDocument(spec->toJson()).toJson(), QStringLiteral("stored"), error);
        QVERIFY2(stored, qPrintable(error.toString()));
        QCOMPARE(stored->batch->via, BatchSpec::Via::ProviderBatch);
        QCOMPARE(stored->batch->repair, BatchSpec::Repair::Live);
        QCOMPARE(stored->toJson(), spec->toJson());
        // Live is the default, and is not written out.
        const auto live = parseTaskJson(batch("{\"input\": \"i\", \"template\": \"t\", "
                                              "\"output\": \"o\"}"),
                                        QStringLiteral("night.json"), error);
        QCOMPARE(live->batch->via, BatchSpec::Via::Live);
        QCOMPARE(live->batch->repair, BatchSpec::Repair::Auto);
        QVERIFY(!live->toJson()
                     .value(QLatin1String("batch"))
                     .toObject()
                     .contains(QLatin1String("via")));
    }

    void theBatchWorkKeyFollowsTheItemsNotTheSettings()
    {
        TaskSpec spec;
        spec.name = QStringLiteral("b");
        spec.batch.emplace();
        spec.batch->items = {{QStringLiteral("1"), 1, QStringLiteral("ab")},
                             {QStringLiteral("2"), 2, QStringLiteral("c")}};
        const QString key = spec.workKey();
        spec.batch->concurrency = 64;
        spec.batch->output = QStringLiteral("/elsewhere.jsonl");
        QCOMPARE(spec.workKey(), key);
        spec.batch->items[0].prompt = QStringLiteral("a");
        spec.batch->items[1].prompt = QStringLiteral("bc");
        QVERIFY(spec.workKey() != key);
    }

    void batchInputProblemsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("items");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("problem");
        QTest::newRow("syntax") << QByteArray("{\"text\": \"a\"}\n{\"text\": \"b\"\n") << "line 2"
                                << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("{\"text\": \"a\"}\n\n[1]\n") << "line 3"
                                       << "one JSON object";
        QTest::newRow("missing field")
            << QByteArray("{\"text\": \"a\"}\n{\"body\": \"b\"}\n") << "line 2"
            << "needs the field \"text\"";
        QTest::newRow("repeated id")
            << QByteArray("{\"id\": \"x\", \"text\": \"a\"}\n{\"id\": \"x\", \"text\": \"b\"}\n")
            << "line 2"
            << "already used on line 1";
        QTest::newRow("line number as id")
            << QByteArray("{\"text\": \"a\"}\n{\"id\": 1, \"text\": \"b\"}\n") << "line 2"
            << "already used on line 1";
        QTest::newRow("id type") << QByteArray("{\"id\": 1.5, \"text\": \"a\"}\n") << "line 1"
                                 << "whole number";
        QTest::newRow("empty prompt") << QByteArray("{\"text\": \"  \"}\n") << "line 1"
                                      << "prompt is empty";
        QTest::newRow("no items") << QByteArray("\n\n") << "file"
                                  << "no items";
        const QByteArray longest = "{\"text\": \"" + QByteArray(16 * 1024 * 1024 - 12, 'w') + "\"}";
        QTest::newRow("a line over 16 MiB")
            << QByteArray("{\"text\": \"a\"}\n" + longest + "\n" + longest + " \n") << "line 3"
            << "longer than 16 MiB";
        QTest::newRow("a last line over 16 MiB, unended")
            << QByteArray("{\"text\": \"a\"}\n" + longest + " ") << "line 2"
            << "longer than 16 MiB";
    }

    void batchInputProblemsNameTheLine()
    {
        QFETCH(QByteArray, items);
        QFETCH(QString, place);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        BatchSpec batch;
        batch.input = dir.filePath(QStringLiteral("items.jsonl"));
        batch.promptTemplate = QStringLiteral("{{text}}");
        writeFile(batch.input, items);
        TaskFileError error;
        QVERIFY(!loadBatchItems(batch, error));
        QCOMPARE(error.file, batch.input);
        QCOMPARE(error.place, place);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
    }

    // Lines are read in pieces; one many pieces long, unended or not, arrives whole.
    void aLongItemArrivesWhole()
    {
        QTemporaryDir dir;
        BatchSpec batch;
        batch.input = dir.filePath(QStringLiteral("items.jsonl"));
        batch.promptTemplate = QStringLiteral("{{text}}");
        const QByteArray text = QByteArray(100 * 1024, 'w') + "\u00e9" + QByteArray(5000, 'z');
        writeFile(batch.input, "{\"text\": \"" + text + "\"}\r\n{\"text\": \"" + text + "\"}");
        TaskFileError error;
        QVERIFY2(loadBatchItems(batch, error), qPrintable(error.problem));
        QCOMPARE(batch.items.size(), 2);
        const QString expected =
            QString(100 * 1024, QLatin1Char('w')) + QChar(0xE9) + QString(5000, QLatin1Char('z'));
        QCOMPARE(batch.items.at(0).prompt, expected);
        QCOMPARE(batch.items.at(1).prompt, expected);
    }

    void aMissingBatchInputIsReported()
    {
        BatchSpec batch;
        batch.input = QStringLiteral("/nonexistent/items.jsonl");
        batch.promptTemplate = QStringLiteral("{{text}}");
        TaskFileError error;
        QVERIFY(!loadBatchItems(batch, error));
        QCOMPARE(error.file, batch.input);
        QCOMPARE(error.place, QStringLiteral("file"));
    }

    void templatesLeaveOtherBracesAlone()
    {
        const QJsonObject item{{QStringLiteral("a"), QStringLiteral("x")},
                               {QStringLiteral("n"), 2.5}};
        QString missing;
        QCOMPARE(renderTemplate(QStringLiteral("{a} {{a}}{{ n }} {{}} {{a"), item, &missing),
                 QStringLiteral("{a} x2.5 {{}} {{a"));
        QVERIFY(!renderTemplate(QStringLiteral("{{a.b}}"), item, &missing));
        QCOMPARE(missing, QStringLiteral("a.b"));
    }

    void aTaskNamesAConfiguredProviderAndItsFiguresLayer()
    {
        TaskFileError error;
        const auto settings =
            loadSettings(QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/settings.json"), error);
        QVERIFY2(settings, qPrintable(error.toString()));
        QCOMPARE(settings->providers.size(), 2);
        QCOMPARE(settings->provider(QStringLiteral("local"))->models,
                 (QStringList{QStringLiteral("vigil-large"), QStringLiteral("vigil-small")}));

        QByteArray json = kValid;
        json.replace(kValid.mid(kValid.indexOf("{\"base_url"),
                                kValid.indexOf('}') - kValid.indexOf("{\"base_url") + 1),
                     "\"local\"");
        json.replace("\"max_tokens\": 256",
                     "\"max_tokens\": 256, \"retry\": {\"idle_timeout_ms\": 60000}");
        json.replace("\"retry\": {\"max_attempts\": 4, \"ttfb_timeout_ms\": 5000},\n", "");
        const auto spec = parseTaskJson(json, QStringLiteral("night.json"), error, &*settings);
        QVERIFY2(spec, qPrintable(error.toString()));
        QCOMPARE(spec->provider.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QCOMPARE(spec->retry.maxAttempts, 12);      // the provider's, over the global 7
        QCOMPARE(spec->retry.initialDelayMs, 2000); // global
        QCOMPARE(spec->retry.ttfbTimeoutMs, 30000); // the provider's
        QCOMPARE(spec->retry.idleTimeoutMs, 60000); // the task's own
        QCOMPARE(spec->retry.maxDelayMs, 60000);    // the default

        // A task with its own provider object still gets the global figures.
        const auto inline_ = parseTaskJson(kValid, QStringLiteral("night.json"), error, &*settings);
        QVERIFY(inline_);
        QCOMPARE(inline_->retry.initialDelayMs, 2000);
        QCOMPARE(inline_->retry.maxAttempts, 4);

        json.replace("\"local\"", "\"elsewhere\"");
        QVERIFY(!parseTaskJson(json, QStringLiteral("night.json"), error, &*settings));
        QCOMPARE(error.place, QStringLiteral("$.provider"));
        QVERIFY2(error.problem.contains(QLatin1String("no provider named \"elsewhere\"")) &&
                     error.problem.contains(QLatin1String("settings.json")),
                 qPrintable(error.problem));
    }

    void settingsProblemsNameTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("problem");
        QTest::newRow("key") << QByteArray("{\"providers\": [{\"name\": \"a\", \"base_url\": "
                                           "\"http://h/v1\", \"api_key\": \"sk-1\"}]}")
                             << "$.providers[0].api_key"
                             << "keys do not belong";
        QTest::newRow("twice") << QByteArray("{\"providers\": [{\"name\": \"a\", \"base_url\": "
                                             "\"http://h/v1\"}, {\"name\": \"a\", \"base_url\": "
                                             "\"http://i/v1\"}]}")
                               << "$.providers[1].name"
                               << "another provider";
        QTest::newRow("no name") << QByteArray("{\"providers\": [{\"base_url\": \"http://h/v1\"}]}")
                                 << "$.providers[0].name"
                                 << "required";
        QTest::newRow("retry") << QByteArray("{\"retry\": {\"max_attempts\": 0}}")
                               << "$.retry.max_attempts"
                               << "from 1 to 1000";
        QTest::newRow("unknown") << QByteArray("{\"colour\": 1}") << "$.colour"
                                 << "unknown key";
        QTest::newRow("daily cap") << QByteArray("{\"daily_cap_usd\": 0}") << "$.daily_cap_usd"
                                   << "more than 0";
        QTest::newRow("price missing")
            << QByteArray("{\"prices\": {\"m\": {\"input\": 1}}}") << "$.prices[\"m\"].output"
            << "required";
        QTest::newRow("price negative")
            << QByteArray("{\"prices\": {\"m\": {\"input\": -1, \"output\": 1}}}")
            << "$.prices[\"m\"].input"
            << "0 or more";
        QTest::newRow("price key")
            << QByteArray("{\"prices\": {\"m\": {\"input\": 1, \"output\": 1, \"in\": 1}}}")
            << "$.prices[\"m\"].in"
            << "unknown key";
        QTest::newRow("price tier")
            << QByteArray("{\"prices\": {\"m\": {\"input\": 1, \"output\": 1, "
                          "\"tiers\": {\"flex\": 0}}}}")
            << "$.prices[\"m\"].tiers.flex"
            << "more than 0";
        QTest::newRow("long price alone")
            << QByteArray("{\"prices\": {\"m\": {\"input\": 1, \"output\": 1, "
                          "\"long_input\": 2}}}")
            << "$.prices[\"m\"].long_input"
            << "long_prompt_over";
        QTest::newRow("provider price")
            << QByteArray("{\"providers\": [{\"name\": \"a\", \"base_url\": \"http://h/v1\", "
                          "\"prices\": {\"m\": 3}}]}")
            << "$.providers[0].prices[\"m\"]"
            << "must be an object";
        QTest::newRow("syntax") << QByteArray("{") << "line 1, column 2"
                                << "not valid JSON";
    }

    void settingsProblemsNameTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, place);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.json"));
        writeFile(path, json);
        TaskFileError error;
        QVERIFY(!loadSettings(path, error));
        QCOMPARE(error.file, path);
        QCOMPARE(error.place, place);
        QVERIFY2(error.problem.contains(problem), qPrintable(error.problem));
    }

    void noSettingsFileIsNoSettings()
    {
        TaskFileError error;
        const auto settings = loadSettings(QStringLiteral("/nonexistent/settings.json"), error);
        QVERIFY(settings);
        QVERIFY(settings->providers.isEmpty());
    }

    void missingFile()
    {
        TaskFileError error;
        QVERIFY(!loadTaskFile(QStringLiteral("/nonexistent/night.json"), error));
        QCOMPARE(error.file, QStringLiteral("/nonexistent/night.json"));
        QVERIFY(!error.problem.isEmpty());
    }

    // The README's examples, the demo's and one per provider, are valid task files.
    void everyExampleIsAValidTaskFile_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator files(QStringLiteral(VIGIL_SOURCE_DIR "/examples"), {QStringLiteral("*.json")},
                           QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
            ++count;
        }
        QVERIFY(count >= 12);
    }

    void everyExampleIsAValidTaskFile()
    {
        QFETCH(QString, path);
        TaskFileError error;
        const auto task = loadTaskFile(path, error);
        QVERIFY2(task, qPrintable(error.toString()));
        QVERIFY(!task->name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTaskSpec)
#include "tst_taskspec.moc"

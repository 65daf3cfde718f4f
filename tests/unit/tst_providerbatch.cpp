// The providers' batch services as Vigil reads and writes them (docs/provider-batches.md):
// request entries built from the live request, chunks within the limits, statuses, result
// lines of every kind, custom_ids, and what an errored request means.
#include "providerbatch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace vigil;

namespace {

ModelRequest request(const QString &prompt)
{
    ModelRequest made;
    made.model = QStringLiteral("gpt-test");
    made.messages = {{QStringLiteral("user"), prompt}};
    made.maxTokens = 100;
    made.stream = true; // a batch sends it whole all the same
    made.background = true;
    return made;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestProviderBatchApi : public QObject
{
    Q_OBJECT

private slots:
    void entriesAreTheLiveRequestsSentWhole()
    {
        const auto chat = ProviderBatchApi::create(Protocol::OpenAiChat);
        const QByteArray line =
            chat->requestEntry(QStringLiteral("k-1"), request(QStringLiteral("a\nb")));
        QVERIFY(!line.contains('\n')); // one JSONL line, whatever the prompt holds
        const QJsonObject entry = object(line);
        QCOMPARE(entry.value(QLatin1String("custom_id")).toString(), QStringLiteral("k-1"));
        QCOMPARE(entry.value(QLatin1String("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(entry.value(QLatin1String("url")).toString(),
                 QStringLiteral("/v1/chat/completions"));
        const QJsonObject body = entry.value(QLatin1String("body")).toObject();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-test"));
        QVERIFY(!body.value(QLatin1String("stream")).toBool());
        QVERIFY(!body.contains(QLatin1String("background")));

        const auto responses = ProviderBatchApi::create(Protocol::OpenAiResponses);
        QCOMPARE(
            object(responses->requestEntry(QStringLiteral("k-2"), request(QStringLiteral("x"))))
                .value(QLatin1String("url"))
                .toString(),
            QStringLiteral("/v1/responses"));

        const auto anthropic = ProviderBatchApi::create(Protocol::AnthropicMessages);
        QVERIFY(!anthropic->uploadsFile());
        QVERIFY(!anthropic->keepsMetadata());
        const QJsonObject params =
            object(anthropic->requestEntry(QStringLiteral("k-3"), request(QStringLiteral("x"))))
                .value(QLatin1String("params"))
                .toObject();
        QCOMPARE(params.value(QLatin1String("max_tokens")).toInt(), 100);
        QVERIFY(!params.value(QLatin1String("stream")).toBool());
        const QJsonObject created = object(anthropic->createBody(
            {},
            {anthropic->requestEntry(QStringLiteral("a"), request(QStringLiteral("1"))),
             anthropic->requestEntry(QStringLiteral("b"), request(QStringLiteral("2")))},
            {}));
        QCOMPARE(created.value(QLatin1String("requests")).toArray().size(), 2);
    }

    void openAiUploadsAFileThenCreatesWithMetadata()
    {
        const auto api = ProviderBatchApi::create(Protocol::OpenAiChat);
        const QUrl base(QStringLiteral("http://127.0.0.1:8399/v1"));
        QCOMPARE(api->uploadEndpoint(base).toString(),
                 QStringLiteral("http://127.0.0.1:8399/v1/files"));
        const auto [contentType, body] =
            api->uploadBody({QByteArrayLiteral("{\"a\":1}"), QByteArrayLiteral("{\"b\":2}")},
                            QStringLiteral("in.jsonl"));
        QVERIFY(contentType.startsWith("multipart/form-data; boundary="));
        const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
        QVERIFY(body.contains("name=\"purpose\"\r\n\r\nbatch\r\n"));
        QVERIFY(body.contains("filename=\"in.jsonl\""));
        QVERIFY(body.contains("{\"a\":1}\n{\"b\":2}\n\r\n--" + boundary + "--\r\n"));
        QCOMPARE(api->uploadedFileId(R"({"id":"file-1","object":"file"})"),
                 QStringLiteral("file-1"));
        QVERIFY(api->uploadedFileId(R"({"error":{}})").isEmpty());
        const QJsonObject create = object(api->createBody(
            QStringLiteral("file-1"), {}, {{QStringLiteral("vigil_task"), QStringLiteral("k")}}));
        QCOMPARE(create.value(QLatin1String("input_file_id")).toString(), QStringLiteral("file-1"));
        QCOMPARE(create.value(QLatin1String("completion_window")).toString(),
                 QStringLiteral("24h"));
        QCOMPARE(create.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("vigil_task"))
                     .toString(),
                 QStringLiteral("k"));
        QCOMPARE(api->listEndpoint(base, QStringLiteral("batch_9")).toString(),
                 QStringLiteral("http://127.0.0.1:8399/v1/batches?limit=100&after=batch_9"));
    }

    void chunksFitTheLimits()
    {
        // By count.
        QCOMPARE(splitIntoChunks(QList<qint64>(5, 10), {2, 1'000'000}),
                 (QList<QPair<int, int>>{{0, 1}, {2, 3}, {4, 4}}));
        // By bytes, with room for the envelope: 1024 + 3 × 301 > 1,800.
        QCOMPARE(splitIntoChunks(QList<qint64>(4, 300), {100, 1800}),
                 (QList<QPair<int, int>>{{0, 1}, {2, 3}}));
        // An entry larger than a batch goes alone: the provider says why it refuses it.
        QCOMPARE(splitIntoChunks({10, 5000, 10}, {100, 1800}),
                 (QList<QPair<int, int>>{{0, 0}, {1, 1}, {2, 2}}));
        QVERIFY(splitIntoChunks({}, {100, 1800}).isEmpty());
    }

    void openAiStatusesAreRead()
    {
        const auto api = ProviderBatchApi::create(Protocol::OpenAiChat);
        QString error;
        const auto running = api->parseStatus(
            R"({"id":"batch_1","object":"batch","status":"finalizing","created_at":1700000000,)"
            R"("finalizing_at":1700000500,)"
            R"("expires_at":1700086400,"request_counts":{"total":10,"completed":7,"failed":3},)"
            R"("metadata":{"vigil_task":"k"}})",
            &error);
        QVERIFY2(running, qPrintable(error));
        QCOMPARE(running->phase, BatchPhase::Finalizing);
        QCOMPARE(running->counts.total, 10);
        QCOMPARE(running->counts.succeeded, 7);
        QCOMPARE(running->counts.failed, 3);
        QCOMPARE(running->createdAtMs, qint64(1'700'000'000'000));
        QCOMPARE(running->expiresAtMs, qint64(1'700'086'400'000));
        QCOMPARE(running->phaseSinceMs, qint64(1'700'000'500'000)); // finalizing since
        QCOMPARE(running->metadata.value(QLatin1String("vigil_task")).toString(),
                 QStringLiteral("k"));

        const auto failed = api->parseStatus(
            R"({"id":"batch_2","object":"batch","status":"failed","failed_at":1700000100,)"
            R"("errors":{"object":"list","data":[{"code":"invalid_request","line":4,"message":"no"}]}})",
            &error);
        QVERIFY(failed);
        QCOMPARE(failed->phase, BatchPhase::Ended);
        QVERIFY(failed->failed);
        QCOMPARE(failed->endedAtMs, qint64(1'700'000'100'000));
        QCOMPARE(failed->errors.size(), 1);
        QCOMPARE(failed->errors.first().line, 4);

        const auto done = api->parseStatus(
            R"({"id":"batch_3","object":"batch","status":"completed","output_file_id":"file-o",)"
            R"("error_file_id":"file-e"})",
            &error);
        const QList<QUrl> files = api->resultEndpoints(QUrl(QStringLiteral("http://h/v1")), *done);
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(1).toString(), QStringLiteral("http://h/v1/files/file-e/content"));

        QVERIFY(!api->parseStatus(R"({"object":"batch","status":"melting"})", &error));
        QVERIFY(error.contains(QLatin1String("melting")));
        QVERIFY(!api->parseStatus("<html>", &error));
        QVERIFY(!api->parseStatus(R"({"object":"file"})", &error));
    }

    void anthropicStatusesAreRead()
    {
        const auto api = ProviderBatchApi::create(Protocol::AnthropicMessages);
        QString error;
        const auto ended = api->parseStatus(
            R"({"id":"msgbatch_1","type":"message_batch","processing_status":"ended",)"
            R"("request_counts":{"processing":0,"succeeded":5,"errored":1,"canceled":2,"expired":3},)"
            R"("created_at":"2026-12-06T08:00:00.500Z","expires_at":"2026-12-07T08:00:00Z",)"
            R"("ended_at":"2026-12-06T09:00:00Z",)"
            R"("results_url":"https://evil.example/v1/messages/batches/msgbatch_1/results"})",
            &error);
        QVERIFY2(ended, qPrintable(error));
        QCOMPARE(ended->phase, BatchPhase::Ended);
        QCOMPARE(ended->counts.total, 11);
        QCOMPARE(ended->counts.expired, 3);
        QCOMPARE(ended->counts.cancelled, 2);
        QCOMPARE(ended->createdAtMs,
                 QDateTime(QDate(2026, 12, 6), QTime(8, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch());
        // The API key goes with the request: results are read from the task's own server.
        const QUrl base(QStringLiteral("https://api.anthropic.com/v1"));
        QCOMPARE(api->resultEndpoints(base, *ended),
                 (QList<QUrl>{QUrl(QStringLiteral(
                     "https://api.anthropic.com/v1/messages/batches/msgbatch_1/results"))}));
        ProviderBatchStatus own = *ended;
        own.resultsUrl = QUrl(QStringLiteral("https://api.anthropic.com/v1/results/abc"));
        QCOMPARE(api->resultEndpoints(base, own), (QList<QUrl>{own.resultsUrl}));
        const auto cancelling = api->parseStatus(
            R"({"id":"b","type":"message_batch","processing_status":"canceling"})", &error);
        QCOMPARE(cancelling->phase, BatchPhase::Cancelling);
    }

    void resultLinesOfEveryKind()
    {
        const auto openAi = ProviderBatchApi::create(Protocol::OpenAiChat);
        QString error;
        auto ok = openAi->parseResult(
            R"({"id":"r","custom_id":"k-1","response":{"status_code":200,"body":{"choices":[]}},"error":null})",
            &error);
        QCOMPARE(ok->outcome, BatchItemOutcome::Succeeded);
        QCOMPARE(ok->body, QByteArray(R"({"choices":[]})"));
        auto failed = openAi->parseResult(
            R"({"custom_id":"k-2","response":{"status_code":503,"body":{"error":{"message":"busy"}}}})",
            &error);
        QCOMPARE(failed->outcome, BatchItemOutcome::Failed);
        QCOMPARE(failed->httpStatus, 503);
        auto expired = openAi->parseResult(
            R"({"custom_id":"k-3","response":null,"error":{"code":"batch_expired","message":"late"}})",
            &error);
        QCOMPARE(expired->outcome, BatchItemOutcome::Expired);
        QCOMPARE(expired->message, QStringLiteral("late"));
        auto cancelled = openAi->parseResult(
            R"({"custom_id":"k-4","response":null,"error":{"code":"batch_cancelled"}})", &error);
        QCOMPARE(cancelled->outcome, BatchItemOutcome::Cancelled);
        QVERIFY(!openAi->parseResult(R"({"response":null})", &error));

        const auto anthropic = ProviderBatchApi::create(Protocol::AnthropicMessages);
        auto message = anthropic->parseResult(
            R"({"custom_id":"k-1","result":{"type":"succeeded","message":{"content":[]}}})",
            &error);
        QCOMPARE(message->outcome, BatchItemOutcome::Succeeded);
        QCOMPARE(message->httpStatus, 200);
        auto overloaded = anthropic->parseResult(
            R"({"custom_id":"k-2","result":{"type":"errored","error":{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}}})",
            &error);
        QCOMPARE(overloaded->outcome, BatchItemOutcome::Failed);
        QCOMPARE(overloaded->httpStatus, 529);
        auto gone =
            anthropic->parseResult(R"({"custom_id":"k-3","result":{"type":"expired"}})", &error);
        QCOMPARE(gone->outcome, BatchItemOutcome::Expired);
        auto stopped =
            anthropic->parseResult(R"({"custom_id":"k-4","result":{"type":"canceled"}})", &error);
        QCOMPARE(stopped->outcome, BatchItemOutcome::Cancelled);
        QVERIFY(
            !anthropic->parseResult(R"({"custom_id":"k-5","result":{"type":"exploded"}})", &error));
        QVERIFY(error.contains(QLatin1String("exploded")));
    }

    void customIdsNameTheTasksSteps()
    {
        const QString key = QStringLiteral("0123456789abcdef0123456789abcdef");
        const QString id = batchCustomId(key, 42);
        QCOMPARE(id, QStringLiteral("0123456789abcdef-42"));
        QCOMPARE(stepOfCustomId(key, id), 42);
        QVERIFY(!stepOfCustomId(key, QStringLiteral("ffff456789abcdef-42")));
        QVERIFY(!stepOfCustomId(key, QStringLiteral("0123456789abcdef-042")));
        QVERIFY(!stepOfCustomId(key, QStringLiteral("0123456789abcdef-x")));
    }

    void anErroredRequestMeansWhatTheLiveOneWould()
    {
        BatchItemResult overloaded;
        overloaded.outcome = BatchItemOutcome::Failed;
        overloaded.httpStatus = 529;
        overloaded.body =
            R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})";
        const Classification busy = classifyBatchFailure(overloaded);
        QCOMPARE(busy.failureClass, FailureClass::Capacity);
        QVERIFY(busy.retry);

        BatchItemResult tooLong;
        tooLong.outcome = BatchItemOutcome::Failed;
        tooLong.httpStatus = 400;
        tooLong.body =
            R"({"error":{"message":"The maximum context length is 8192 tokens.","type":"invalid_request_error","code":"context_length_exceeded"}})";
        const Classification refused = classifyBatchFailure(tooLong);
        QCOMPARE(refused.failureClass, FailureClass::Request);
        QVERIFY(!refused.retry);

        BatchItemResult noAnswer; // an error the provider gave without an HTTP answer
        noAnswer.outcome = BatchItemOutcome::Failed;
        noAnswer.body = R"({"error":{"code":"server_error","message":"failed"}})";
        QVERIFY(classifyBatchFailure(noAnswer).retry);
    }
};

QTEST_GUILESS_MAIN(TestProviderBatchApi)
#include "tst_providerbatch.moc"

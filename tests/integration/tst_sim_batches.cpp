// vigil-sim's batch services over real HTTP: the providers' shapes, the accelerated clock
// and every fault the batch engine must survive — validation failures with line numbers,
// errored items, expiry with part of the items done, a batch stuck in finalizing, a batch
// with no output file, failed polls — and the per-item counts the tests of Vigil rely on.
#include "simprocess.h"

#include <QEventLoop>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QJsonObject profileWith(const QJsonObject &batches)
{
    return {{QStringLiteral("reply_words"), QJsonArray{5, 10}},
            {QStringLiteral("batches"), batches}};
}

QString prompt(int n)
{
    return QStringLiteral("Summarise document %1.").arg(n);
}

} // namespace

class TestSimBatches : public QObject
{
    Q_OBJECT

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                QHttpMultiPart *form = nullptr)
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        if (!form)
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        QNetworkReply *reply = form ? m_network.post(request, form)
                                    : m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->readAll()};
        delete reply;
        return answer;
    }

    // Uploads the lines as an OpenAI batch input file; returns the file's id.
    QString upload(const QList<QByteArray> &lines)
    {
        auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart purpose;
        purpose.setHeader(QNetworkRequest::ContentDispositionHeader,
                          QStringLiteral("form-data; name=\"purpose\""));
        purpose.setBody("batch");
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"items.jsonl\""));
        file.setBody(lines.join('\n') + '\n');
        form->append(purpose);
        form->append(file);
        const Answer answer = call("POST", QStringLiteral("/v1/files"), {}, form);
        delete form;
        return answer.json().value(QLatin1String("id")).toString();
    }

    static QByteArray chatLine(const QString &customId, const QString &text)
    {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("custom_id"), customId},
                       {QStringLiteral("method"), QStringLiteral("POST")},
                       {QStringLiteral("url"), QStringLiteral("/v1/chat/completions")},
                       {QStringLiteral("body"),
                        QJsonObject{{QStringLiteral("model"), QStringLiteral("vigil-small")},
                                    {QStringLiteral("messages"),
                                     QJsonArray{QJsonObject{
                                         {QStringLiteral("role"), QStringLiteral("user")},
                                         {QStringLiteral("content"), text}}}}}}})
            .toJson(QJsonDocument::Compact);
    }

    QJsonObject createOpenAi(int items, const QString &marked = {})
    {
        QList<QByteArray> lines;
        for (int n = 1; n <= items; ++n)
            lines.append(chatLine(QStringLiteral("item-%1").arg(n),
                                  n == 3 && !marked.isEmpty() ? marked : prompt(n)));
        const QString file = upload(lines);
        const Answer created = call(
            "POST", QStringLiteral("/v1/batches"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("input_file_id"), file},
                            {QStringLiteral("endpoint"), QStringLiteral("/v1/chat/completions")},
                            {QStringLiteral("completion_window"), QStringLiteral("24h")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("vigil_task"), QStringLiteral("t1")}}}})
                .toJson());
        return created.json();
    }

    QJsonObject createAnthropic(int items, const QString &marked = {})
    {
        QJsonArray requests;
        for (int n = 1; n <= items; ++n) {
            const QJsonObject message{
                {QStringLiteral("role"), QStringLiteral("user")},
                {QStringLiteral("content"), n == 3 && !marked.isEmpty() ? marked : prompt(n)}};
            requests.append(
                QJsonObject{{QStringLiteral("custom_id"), QStringLiteral("item-%1").arg(n)},
                            {QStringLiteral("params"),
                             QJsonObject{{QStringLiteral("model"), QStringLiteral("vigil-small")},
                                         {QStringLiteral("max_tokens"), 256},
                                         {QStringLiteral("messages"), QJsonArray{message}}}}});
        }
        return call("POST", QStringLiteral("/v1/messages/batches"),
                    QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson())
            .json();
    }

    // Polls the batch until `done` holds (or 20 s pass), through failed polls.
    QJsonObject pollUntil(const QString &path, const std::function<bool(const QJsonObject &)> &done,
                          int *failedPolls = nullptr)
    {
        for (int i = 0; i < 400; ++i) {
            const Answer answer = call("GET", path);
            if (answer.status != 200) {
                if (failedPolls)
                    ++*failedPolls;
            } else if (done(answer.json())) {
                return answer.json();
            }
            QTest::qWait(50);
        }
        return {};
    }

    // The lines of an OpenAI file, by custom_id.
    QHash<QString, QJsonObject> fileLines(const QJsonValue &fileId)
    {
        QHash<QString, QJsonObject> lines;
        if (fileId.isNull())
            return lines;
        const Answer content =
            call("GET", QStringLiteral("/v1/files/%1/content").arg(fileId.toString()));
        for (const QByteArray &line : content.body.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            lines.insert(object.value(QLatin1String("custom_id")).toString(), object);
        }
        return lines;
    }

    QNetworkAccessManager m_network;
    quint16 m_port = 0;

private slots:
    void anOpenAiBatchRunsEveryItemOnceAndSaysHowEachEnded()
    {
        SimProcess sim;
        QVERIFY(sim.start(profileWith(
            {{QStringLiteral("validating_ms"), 100},
             {QStringLiteral("item_ms"), 5},
             {QStringLiteral("finalizing_ms"), 100},
             {QStringLiteral("item_faults"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("server-error")},
                                     {QStringLiteral("weight"), 0.2}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("overloaded")},
                                     {QStringLiteral("weight"), 0.1}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("quota")},
                                     {QStringLiteral("weight"), 0.1}}}}})));
        m_port = sim.port();
        const QJsonObject created = createOpenAi(60);
        QCOMPARE(created.value(QLatin1String("status")).toString(), QStringLiteral("validating"));
        QCOMPARE(
            created.value(QLatin1String("metadata")).toObject().value(QLatin1String("vigil_task")),
            QJsonValue(QStringLiteral("t1")));
        const QString path =
            QStringLiteral("/v1/batches/%1").arg(created.value(QLatin1String("id")).toString());
        QSet<QString> seen;
        const QJsonObject done = pollUntil(path, [&seen](const QJsonObject &batch) {
            seen.insert(batch.value(QLatin1String("status")).toString());
            return batch.value(QLatin1String("status")) == QLatin1String("completed");
        });
        QVERIFY(!done.isEmpty());
        QVERIFY2(seen.contains(QStringLiteral("in_progress")) &&
                     seen.contains(QStringLiteral("finalizing")),
                 qPrintable(QStringList(seen.values()).join(u',')));
        const QJsonObject counts = done.value(QLatin1String("request_counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("total")).toInt(), 60);

        const auto output = fileLines(done.value(QLatin1String("output_file_id")));
        const auto errors = fileLines(done.value(QLatin1String("error_file_id")));
        QCOMPARE(output.size(), counts.value(QLatin1String("completed")).toInt());
        QCOMPARE(errors.size(), counts.value(QLatin1String("failed")).toInt());
        QVERIFY2(errors.size() >= 10 && errors.size() <= 40,
                 qPrintable(QString::number(errors.size())));
        QSet<int> statuses;
        for (int n = 1; n <= 60; ++n) {
            const QString id = QStringLiteral("item-%1").arg(n);
            QVERIFY2(output.contains(id) != errors.contains(id), qPrintable(id));
            if (output.contains(id)) {
                const QJsonObject response =
                    output.value(id).value(QLatin1String("response")).toObject();
                QCOMPARE(response.value(QLatin1String("status_code")).toInt(), 200);
                QVERIFY(!response.value(QLatin1String("body"))
                             .toObject()
                             .value(QLatin1String("choices"))
                             .toArray()
                             .isEmpty());
            } else {
                statuses.insert(errors.value(id)
                                    .value(QLatin1String("response"))
                                    .toObject()
                                    .value(QLatin1String("status_code"))
                                    .toInt());
            }
            // The simulator counts a completion for each item that succeeded, once.
            QCOMPARE(sim.completionsFor(id), output.contains(id) ? 1 : 0);
            QCOMPARE(sim.requestsFor(id), 1);
        }
        QCOMPARE(statuses, (QSet<int>{500, 503, 429}));
    }

    void aValidationFailureNamesTheLine()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            profileWith({{QStringLiteral("validating_ms"), 50},
                         {QStringLiteral("invalid_marker"), QStringLiteral("#refuse")}})));
        m_port = sim.port();
        const QJsonObject created = createOpenAi(5, QStringLiteral("Please #refuse this."));
        const QJsonObject failed = pollUntil(
            QStringLiteral("/v1/batches/%1").arg(created.value(QLatin1String("id")).toString()),
            [](const QJsonObject &batch) {
                return batch.value(QLatin1String("status")) == QLatin1String("failed");
            });
        const QJsonArray errors =
            failed.value(QLatin1String("errors")).toObject().value(QLatin1String("data")).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).toObject().value(QLatin1String("line")).toInt(), 3);
        QCOMPARE(errors.at(0).toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("invalid_request"));
        QVERIFY(failed.value(QLatin1String("output_file_id")).isNull());
        QCOMPARE(sim.requestsFor(QStringLiteral("item-1")), 0); // nothing ran
    }

    void anExpiredBatchKeepsWhatItDid()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            profileWith({{QStringLiteral("validating_ms"), 0},
                         {QStringLiteral("item_ms"), 1},
                         {QStringLiteral("window_ms"), 600},
                         {QStringLiteral("script"), QJsonArray{QStringLiteral("expire")}}})));
        m_port = sim.port();
        const QJsonObject created = createOpenAi(20);
        const QJsonObject expired = pollUntil(
            QStringLiteral("/v1/batches/%1").arg(created.value(QLatin1String("id")).toString()),
            [](const QJsonObject &batch) {
                return batch.value(QLatin1String("status")) == QLatin1String("expired");
            });
        QVERIFY(!expired.isEmpty());
        QVERIFY(expired.value(QLatin1String("expired_at")).toInteger() > 0);
        const auto output = fileLines(expired.value(QLatin1String("output_file_id")));
        const auto errors = fileLines(expired.value(QLatin1String("error_file_id")));
        QCOMPARE(output.size(), 10);
        QCOMPARE(errors.size(), 10);
        for (const QJsonObject &line : errors) {
            QVERIFY(line.value(QLatin1String("response")).isNull());
            QCOMPARE(line.value(QLatin1String("error")).toObject().value(QLatin1String("code")),
                     QJsonValue(QStringLiteral("batch_expired")));
        }
    }

    void aBatchStuckInFinalizingSaysSoUntilItEnds()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            profileWith({{QStringLiteral("validating_ms"), 0},
                         {QStringLiteral("finalizing_ms"), 0},
                         {QStringLiteral("stuck_ms"), 1500},
                         {QStringLiteral("script"), QJsonArray{QStringLiteral("stuck-finalizing"),
                                                               QStringLiteral("all-failed")}}})));
        m_port = sim.port();
        const QString stuck = createOpenAi(3).value(QLatin1String("id")).toString();
        QElapsedTimer finalizing;
        pollUntil(QStringLiteral("/v1/batches/%1").arg(stuck), [](const QJsonObject &batch) {
            return batch.value(QLatin1String("status")) == QLatin1String("finalizing");
        });
        finalizing.start();
        const QJsonObject completed =
            pollUntil(QStringLiteral("/v1/batches/%1").arg(stuck), [](const QJsonObject &batch) {
                return batch.value(QLatin1String("status")) == QLatin1String("completed");
            });
        QVERIFY(finalizing.elapsed() >= 1000);
        QCOMPARE(fileLines(completed.value(QLatin1String("output_file_id"))).size(), 3);

        // The next batch fails every item: completed, with no output file at all.
        const QString failing = createOpenAi(4).value(QLatin1String("id")).toString();
        const QJsonObject allFailed =
            pollUntil(QStringLiteral("/v1/batches/%1").arg(failing), [](const QJsonObject &batch) {
                return batch.value(QLatin1String("status")) == QLatin1String("completed");
            });
        QVERIFY(allFailed.value(QLatin1String("output_file_id")).isNull());
        QCOMPARE(allFailed.value(QLatin1String("request_counts"))
                     .toObject()
                     .value(QLatin1String("failed"))
                     .toInt(),
                 4);
        QCOMPARE(fileLines(allFailed.value(QLatin1String("error_file_id"))).size(), 4);
    }

    void pollsFailAndTheBatchGoesOn()
    {
        SimProcess sim;
        QVERIFY(sim.start(profileWith(
            {{QStringLiteral("validating_ms"), 0},
             {QStringLiteral("item_ms"), 20},
             {QStringLiteral("poll_faults"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("server-error")},
                                     {QStringLiteral("weight"), 0.3}},
                         QJsonObject{{QStringLiteral("kind"), QStringLiteral("rate-limit")},
                                     {QStringLiteral("weight"), 0.2}}}}})));
        m_port = sim.port();
        const QString id = createAnthropic(20).value(QLatin1String("id")).toString();
        int failedPolls = 0;
        const QJsonObject ended = pollUntil(
            QStringLiteral("/v1/messages/batches/%1").arg(id),
            [](const QJsonObject &batch) {
                return batch.value(QLatin1String("processing_status")) == QLatin1String("ended");
            },
            &failedPolls);
        QVERIFY(!ended.isEmpty());
        QVERIFY2(failedPolls >= 2, qPrintable(QString::number(failedPolls)));
        QCOMPARE(ended.value(QLatin1String("request_counts"))
                     .toObject()
                     .value(QLatin1String("succeeded"))
                     .toInt(),
                 20);
        const QJsonObject batches = sim.stats().value(QLatin1String("batches")).toObject();
        QCOMPARE(batches.value(QLatin1String("read_faults")).toInt(), failedPolls);
    }

    void anthropicResultsSayHowEachRequestEnded()
    {
        SimProcess sim;
        QVERIFY(sim.start(profileWith(
            {{QStringLiteral("item_ms"), 1},
             {QStringLiteral("window_ms"), 800},
             {QStringLiteral("invalid_marker"), QStringLiteral("#refuse")},
             {QStringLiteral("script"), QJsonArray{QString(), QStringLiteral("expire")}},
             {QStringLiteral("item_faults"),
              QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("too-long")},
                                     {QStringLiteral("weight"), 0.25}}}}})));
        m_port = sim.port();
        const auto results = [this](const QString &id) {
            pollUntil(QStringLiteral("/v1/messages/batches/%1").arg(id), [](const QJsonObject &b) {
                return b.value(QLatin1String("processing_status")) == QLatin1String("ended");
            });
            QHash<QString, QJsonObject> byId;
            const Answer answer =
                call("GET", QStringLiteral("/v1/messages/batches/%1/results").arg(id));
            for (const QByteArray &line : answer.body.split('\n')) {
                const QJsonObject object = QJsonDocument::fromJson(line).object();
                if (!object.isEmpty())
                    byId.insert(object.value(QLatin1String("custom_id")).toString(),
                                object.value(QLatin1String("result")).toObject());
            }
            return byId;
        };
        const auto first = results(createAnthropic(40, QStringLiteral("#refuse me"))
                                       .value(QLatin1String("id"))
                                       .toString());
        QCOMPARE(first.size(), 40);
        const QJsonObject refused = first.value(QStringLiteral("item-3"));
        QCOMPARE(refused.value(QLatin1String("type")).toString(), QStringLiteral("errored"));
        QCOMPARE(refused.value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("invalid_request_error"));
        QStringList tooLong;
        for (auto it = first.begin(); it != first.end(); ++it) {
            if (it.key() != QLatin1String("item-3") &&
                it->value(QLatin1String("type")) == QLatin1String("errored"))
                tooLong.append(it.key());
        }
        QVERIFY2(tooLong.size() >= 4 && tooLong.size() <= 18, qPrintable(tooLong.join(u' ')));

        // Sent again, a prompt too long is too long again; the second batch expires halfway.
        const auto second = results(createAnthropic(40).value(QLatin1String("id")).toString());
        int expired = 0;
        for (auto it = second.begin(); it != second.end(); ++it) {
            const QString type = it->value(QLatin1String("type")).toString();
            expired += type == QLatin1String("expired");
            if (type != QLatin1String("expired") && it.key() != QLatin1String("item-3"))
                QCOMPARE(type == QLatin1String("errored"), tooLong.contains(it.key()));
        }
        QCOMPARE(expired, 20);
    }

    void badRequestsAreRefusedWithTheirReason()
    {
        SimProcess sim;
        QVERIFY(sim.start(profileWith({{QStringLiteral("finalizing_ms"), 60000}})));
        m_port = sim.port();
        const Answer unknownFile = call(
            "POST", QStringLiteral("/v1/batches"),
            R"({"input_file_id":"file-nope","endpoint":"/v1/chat/completions","completion_window":"24h"})");
        QCOMPARE(unknownFile.status, 400);
        QCOMPARE(unknownFile.json()
                     .value(QLatin1String("error"))
                     .toObject()
                     .value(QLatin1String("param")),
                 QJsonValue(QStringLiteral("input_file_id")));
        const Answer duplicate =
            call("POST", QStringLiteral("/v1/messages/batches"),
                 R"({"requests":[{"custom_id":"a","params":{}},{"custom_id":"a","params":{}}]})");
        QCOMPARE(duplicate.status, 400);
        QVERIFY(duplicate.body.contains("requests.1.custom_id"));
        QCOMPARE(call("GET", QStringLiteral("/v1/batches/batch_nope")).status, 404);
        const QString running = createAnthropic(2).value(QLatin1String("id")).toString();
        QCOMPARE(call("DELETE", QStringLiteral("/v1/messages/batches/%1").arg(running)).status,
                 400);
    }

    void aProfileWithBadBatchesIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("batches");
        QTest::addColumn<QString>("reason");
        QTest::newRow("key") << QByteArray(R"({"colour": 1})")
                             << QStringLiteral("batches: unknown key \"colour\"");
        QTest::newRow("fault") << QByteArray(R"({"script": ["melt"]})")
                               << QStringLiteral("batches: unknown batch fault \"melt\"");
        QTest::newRow("kind") << QByteArray(R"({"poll_faults": [{"kind": "too-long"}]})")
                              << QStringLiteral("batches: poll_faults: unknown kind \"too-long\"");
        QTest::newRow("window") << QByteArray(R"({"window_ms": 0})")
                                << QStringLiteral("window_ms is positive");
        QTest::newRow("limits") << QByteArray(R"({"openai_limits": {"requests": 0}})")
                                << QStringLiteral("batches: limits must be positive");
    }

    void aProfileWithBadBatchesIsRefusedWithItsReason()
    {
        QFETCH(QByteArray, batches);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QFile profile(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(R"({"batches": )" + batches + "}");
        profile.close();
        QProcess sim;
        sim.start(QStringLiteral(VIGIL_SIM_BINARY),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--profile"),
                   profile.fileName()});
        QVERIFY(sim.waitForFinished(10000));
        QVERIFY(sim.exitCode() != 0);
        const QString error = QString::fromUtf8(sim.readAllStandardError());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimBatches)
#include "tst_sim_batches.moc"

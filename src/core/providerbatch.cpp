#include "providerbatch.h"

#include "tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vigil {

namespace {

QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

// The request as a batch sends it: a whole reply, in the foreground.
QByteArray wholeReplyBody(const ProtocolAdapter &adapter, ModelRequest request)
{
    request.stream = false;
    request.background = false;
    return adapter.body(request);
}

QUrl withQuery(QUrl url, const QList<QPair<QString, QString>> &items)
{
    QUrlQuery query;
    for (const auto &[key, value] : items) {
        if (!value.isEmpty())
            query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url;
}

qint64 secondsToMs(const QJsonValue &value)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) * 1000 : 0;
}

qint64 rfc3339ToMs(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

class OpenAiBatchApi final : public ProviderBatchApi
{
public:
    explicit OpenAiBatchApi(Protocol protocol)
        : m_adapter(ProtocolAdapter::create(protocol)),
          m_endpoint(protocol == Protocol::OpenAiResponses ? QStringLiteral("/v1/responses")
                                                           : QStringLiteral("/v1/chat/completions"))
    {
    }

    BatchLimits limits() const override { return {50'000, 200LL * 1000 * 1000}; }

    QByteArray requestEntry(const QString &customId, const ModelRequest &request) const override
    {
        return R"({"custom_id":)" + jsonString(customId) + R"(,"method":"POST","url":)" +
               jsonString(m_endpoint) + R"(,"body":)" + wholeReplyBody(*m_adapter, request) + "}";
    }

    bool uploadsFile() const override { return true; }
    QUrl uploadEndpoint(const QUrl &baseUrl) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/files"));
    }
    QString uploadedFileId(const QByteArray &answer) const override
    {
        const QJsonObject file = QJsonDocument::fromJson(answer).object();
        return file.value(QLatin1String("object")) == QLatin1String("file")
                   ? file.value(QLatin1String("id")).toString()
                   : QString();
    }

    QUrl createEndpoint(const QUrl &baseUrl) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/batches"));
    }
    QByteArray createBody(const QString &fileId, const QList<QByteArray> &,
                          const QJsonObject &metadata) const override
    {
        QJsonObject body{{QStringLiteral("input_file_id"), fileId},
                         {QStringLiteral("endpoint"), m_endpoint},
                         {QStringLiteral("completion_window"), QStringLiteral("24h")}};
        if (!metadata.isEmpty())
            body.insert(QStringLiteral("metadata"), metadata);
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    bool keepsMetadata() const override { return true; }

    QUrl statusEndpoint(const QUrl &baseUrl, const QString &batchId) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/batches/") + batchId);
    }
    QUrl cancelEndpoint(const QUrl &baseUrl, const QString &batchId) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/batches/%1/cancel").arg(batchId));
    }
    QUrl listEndpoint(const QUrl &baseUrl, const QString &after) const override
    {
        return withQuery(
            joinUrl(baseUrl, QStringLiteral("/batches")),
            {{QStringLiteral("limit"), QStringLiteral("100")}, {QStringLiteral("after"), after}});
    }
    QList<QUrl> resultEndpoints(const QUrl &baseUrl,
                                const ProviderBatchStatus &status) const override
    {
        QList<QUrl> files;
        for (const QString &id : {status.outputFileId, status.errorFileId}) {
            if (!id.isEmpty())
                files.append(joinUrl(baseUrl, QStringLiteral("/files/%1/content").arg(id)));
        }
        return files;
    }

    std::optional<BatchItemResult> parseResult(const QByteArray &line,
                                               QString *error) const override
    {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        BatchItemResult result;
        result.customId = object.value(QLatin1String("custom_id")).toString();
        if (result.customId.isEmpty()) {
            *error = Tr::tr("a result line without a custom_id");
            return std::nullopt;
        }
        const QJsonValue response = object.value(QLatin1String("response"));
        if (response.isObject()) {
            result.httpStatus = response.toObject().value(QLatin1String("status_code")).toInt();
            result.body = compact(response.toObject().value(QLatin1String("body")));
            result.outcome = result.httpStatus >= 200 && result.httpStatus < 300
                                 ? BatchItemOutcome::Succeeded
                                 : BatchItemOutcome::Failed;
            return result;
        }
        const QJsonObject failure = object.value(QLatin1String("error")).toObject();
        const QString code = failure.value(QLatin1String("code")).toString();
        result.message = failure.value(QLatin1String("message")).toString();
        if (code == QLatin1String("batch_expired"))
            result.outcome = BatchItemOutcome::Expired;
        else if (code == QLatin1String("batch_cancelled"))
            result.outcome = BatchItemOutcome::Cancelled;
        else
            result.body = compact(QJsonObject{{QStringLiteral("error"), failure}});
        return result;
    }

protected:
    std::optional<ProviderBatchStatus> readStatus(const QJsonObject &object,
                                                  QString *error) const override
    {
        if (object.value(QLatin1String("object")) != QLatin1String("batch")) {
            *error = Tr::tr("the answer is not a batch");
            return std::nullopt;
        }
        ProviderBatchStatus status;
        status.id = object.value(QLatin1String("id")).toString();
        status.status = object.value(QLatin1String("status")).toString();
        static const QHash<QString, BatchPhase> phases{
            {QStringLiteral("validating"), BatchPhase::Validating},
            {QStringLiteral("in_progress"), BatchPhase::InProgress},
            {QStringLiteral("finalizing"), BatchPhase::Finalizing},
            {QStringLiteral("cancelling"), BatchPhase::Cancelling},
        };
        status.phase = phases.value(status.status, BatchPhase::Ended);
        if (status.phase == BatchPhase::Ended && status.status != QLatin1String("completed") &&
            status.status != QLatin1String("expired") &&
            status.status != QLatin1String("cancelled") &&
            status.status != QLatin1String("failed")) {
            *error =
                Tr::tr("the batch has a status Vigil does not know: \"%1\"").arg(status.status);
            return std::nullopt;
        }
        status.failed = status.status == QLatin1String("failed");
        const QJsonObject counts = object.value(QLatin1String("request_counts")).toObject();
        status.counts.total = counts.value(QLatin1String("total")).toInt();
        status.counts.succeeded = counts.value(QLatin1String("completed")).toInt();
        status.counts.failed = counts.value(QLatin1String("failed")).toInt();
        status.createdAtMs = secondsToMs(object.value(QLatin1String("created_at")));
        status.expiresAtMs = secondsToMs(object.value(QLatin1String("expires_at")));
        for (const char *ended : {"completed_at", "failed_at", "expired_at", "cancelled_at"}) {
            if (const qint64 at = secondsToMs(object.value(QLatin1String(ended))))
                status.endedAtMs = at;
        }
        if (status.phase == BatchPhase::Validating)
            status.phaseSinceMs = status.createdAtMs;
        else if (status.phase == BatchPhase::Finalizing)
            status.phaseSinceMs = secondsToMs(object.value(QLatin1String("finalizing_at")));
        status.outputFileId = object.value(QLatin1String("output_file_id")).toString();
        status.errorFileId = object.value(QLatin1String("error_file_id")).toString();
        const QJsonArray errors =
            object.value(QLatin1String("errors")).toObject().value(QLatin1String("data")).toArray();
        for (const auto &entry : errors) {
            const QJsonObject e = entry.toObject();
            status.errors.append({e.value(QLatin1String("line")).toInt(),
                                  e.value(QLatin1String("code")).toString(),
                                  e.value(QLatin1String("message")).toString()});
        }
        status.metadata = object.value(QLatin1String("metadata")).toObject();
        return status;
    }

private:
    std::unique_ptr<ProtocolAdapter> m_adapter;
    QString m_endpoint;
};

// The HTTP status each of Anthropic's error types stands for, so that an errored request
// is classified as the same error on a live call would be.
int anthropicErrorStatus(const QString &type)
{
    static const QHash<QString, int> statuses{
        {QStringLiteral("invalid_request_error"), 400},
        {QStringLiteral("authentication_error"), 401},
        {QStringLiteral("billing_error"), 402},
        {QStringLiteral("permission_error"), 403},
        {QStringLiteral("not_found_error"), 404},
        {QStringLiteral("request_too_large"), 413},
        {QStringLiteral("rate_limit_error"), 429},
        {QStringLiteral("api_error"), 500},
        {QStringLiteral("timeout_error"), 504},
        {QStringLiteral("overloaded_error"), 529},
    };
    return statuses.value(type, 500);
}

class AnthropicBatchApi final : public ProviderBatchApi
{
public:
    AnthropicBatchApi() : m_adapter(ProtocolAdapter::create(Protocol::AnthropicMessages)) {}

    BatchLimits limits() const override { return {100'000, 256LL * 1000 * 1000}; }

    QByteArray requestEntry(const QString &customId, const ModelRequest &request) const override
    {
        return R"({"custom_id":)" + jsonString(customId) + R"(,"params":)" +
               wholeReplyBody(*m_adapter, request) + "}";
    }

    bool uploadsFile() const override { return false; }
    QUrl uploadEndpoint(const QUrl &) const override { return {}; }
    QString uploadedFileId(const QByteArray &) const override { return {}; }

    QUrl createEndpoint(const QUrl &baseUrl) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/messages/batches"));
    }
    QByteArray createBody(const QString &, const QList<QByteArray> &entries,
                          const QJsonObject &) const override
    {
        QByteArray body = R"({"requests":[)";
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i > 0)
                body += ',';
            body += entries.at(i);
        }
        return body + "]}";
    }
    bool keepsMetadata() const override { return false; }

    QUrl statusEndpoint(const QUrl &baseUrl, const QString &batchId) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/messages/batches/") + batchId);
    }
    QUrl cancelEndpoint(const QUrl &baseUrl, const QString &batchId) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/messages/batches/%1/cancel").arg(batchId));
    }
    QUrl listEndpoint(const QUrl &baseUrl, const QString &after) const override
    {
        return withQuery(joinUrl(baseUrl, QStringLiteral("/messages/batches")),
                         {{QStringLiteral("limit"), QStringLiteral("100")},
                          {QStringLiteral("after_id"), after}});
    }
    QList<QUrl> resultEndpoints(const QUrl &baseUrl,
                                const ProviderBatchStatus &status) const override
    {
        // The API key goes with the request: a results URL on another server than the
        // task's is not followed.
        const QUrl given = status.resultsUrl;
        if (given.isValid() && given.scheme() == baseUrl.scheme() &&
            given.host() == baseUrl.host() && given.port() == baseUrl.port())
            return {given};
        return {joinUrl(baseUrl, QStringLiteral("/messages/batches/%1/results").arg(status.id))};
    }

    std::optional<BatchItemResult> parseResult(const QByteArray &line,
                                               QString *error) const override
    {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        BatchItemResult result;
        result.customId = object.value(QLatin1String("custom_id")).toString();
        const QJsonObject outcome = object.value(QLatin1String("result")).toObject();
        const QString type = outcome.value(QLatin1String("type")).toString();
        if (result.customId.isEmpty() || type.isEmpty()) {
            *error = Tr::tr("a result line without a custom_id or a result");
            return std::nullopt;
        }
        if (type == QLatin1String("succeeded")) {
            result.outcome = BatchItemOutcome::Succeeded;
            result.httpStatus = 200;
            result.body = compact(outcome.value(QLatin1String("message")));
        } else if (type == QLatin1String("errored")) {
            const QJsonObject body = outcome.value(QLatin1String("error")).toObject();
            result.outcome = BatchItemOutcome::Failed;
            result.httpStatus = anthropicErrorStatus(body.value(QLatin1String("error"))
                                                         .toObject()
                                                         .value(QLatin1String("type"))
                                                         .toString());
            result.body = compact(body);
        } else if (type == QLatin1String("expired")) {
            result.outcome = BatchItemOutcome::Expired;
            result.message = Tr::tr("the batch expired before this request ran");
        } else if (type == QLatin1String("canceled")) {
            result.outcome = BatchItemOutcome::Cancelled;
            result.message = Tr::tr("the batch was cancelled before this request ran");
        } else {
            *error = Tr::tr("a result of a type Vigil does not know: \"%1\"").arg(type);
            return std::nullopt;
        }
        return result;
    }

protected:
    std::optional<ProviderBatchStatus> readStatus(const QJsonObject &object,
                                                  QString *error) const override
    {
        if (object.value(QLatin1String("type")) != QLatin1String("message_batch")) {
            *error = Tr::tr("the answer is not a message batch");
            return std::nullopt;
        }
        ProviderBatchStatus status;
        status.id = object.value(QLatin1String("id")).toString();
        status.status = object.value(QLatin1String("processing_status")).toString();
        if (status.status == QLatin1String("in_progress"))
            status.phase = BatchPhase::InProgress;
        else if (status.status == QLatin1String("canceling"))
            status.phase = BatchPhase::Cancelling;
        else if (status.status == QLatin1String("ended"))
            status.phase = BatchPhase::Ended;
        else {
            *error =
                Tr::tr("the batch has a status Vigil does not know: \"%1\"").arg(status.status);
            return std::nullopt;
        }
        const QJsonObject counts = object.value(QLatin1String("request_counts")).toObject();
        status.counts.succeeded = counts.value(QLatin1String("succeeded")).toInt();
        status.counts.failed = counts.value(QLatin1String("errored")).toInt();
        status.counts.expired = counts.value(QLatin1String("expired")).toInt();
        status.counts.cancelled = counts.value(QLatin1String("canceled")).toInt();
        status.counts.total = status.counts.succeeded + status.counts.failed +
                              status.counts.expired + status.counts.cancelled +
                              counts.value(QLatin1String("processing")).toInt();
        status.createdAtMs = rfc3339ToMs(object.value(QLatin1String("created_at")));
        status.expiresAtMs = rfc3339ToMs(object.value(QLatin1String("expires_at")));
        status.endedAtMs = rfc3339ToMs(object.value(QLatin1String("ended_at")));
        status.resultsUrl = QUrl(object.value(QLatin1String("results_url")).toString());
        return status;
    }

private:
    std::unique_ptr<ProtocolAdapter> m_adapter;
};

} // namespace

std::unique_ptr<ProviderBatchApi> ProviderBatchApi::create(Protocol protocol)
{
    if (protocol == Protocol::AnthropicMessages)
        return std::make_unique<AnthropicBatchApi>();
    return std::make_unique<OpenAiBatchApi>(protocol);
}

QPair<QByteArray, QByteArray> ProviderBatchApi::uploadBody(const QList<QByteArray> &entries,
                                                           const QString &filename) const
{
    // The boundary cannot occur in JSONL: every line starts with '{'.
    const QByteArray boundary = "vigil-batch-boundary-7c1e9a";
    QByteArray body = "--" + boundary +
                      "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--" +
                      boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                      filename.toUtf8() + "\"\r\nContent-Type: application/jsonl\r\n\r\n";
    for (const QByteArray &entry : entries)
        body += entry + '\n';
    body += "\r\n--" + boundary + "--\r\n";
    return {"multipart/form-data; boundary=" + boundary, body};
}

std::optional<ProviderBatchStatus> ProviderBatchApi::parseStatus(const QByteArray &answer,
                                                                 QString *error) const
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(answer, &parseError);
    if (!document.isObject()) {
        *error = Tr::tr("the answer is not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    return readStatus(document.object(), error);
}

QList<ProviderBatchStatus> ProviderBatchApi::parseList(const QByteArray &answer,
                                                       bool *hasMore) const
{
    const QJsonObject page = QJsonDocument::fromJson(answer).object();
    *hasMore = page.value(QLatin1String("has_more")).toBool();
    QList<ProviderBatchStatus> batches;
    for (const auto &entry : page.value(QLatin1String("data")).toArray()) {
        QString ignored;
        if (auto status = readStatus(entry.toObject(), &ignored))
            batches.append(*status);
    }
    return batches;
}

QString batchCustomId(const QString &taskKey, int stepIndex)
{
    return QStringLiteral("%1-%2").arg(taskKey.left(16)).arg(stepIndex);
}

std::optional<int> stepOfCustomId(const QString &taskKey, const QString &customId)
{
    const QString prefix = taskKey.left(16) + QLatin1Char('-');
    if (!customId.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int index = customId.mid(prefix.size()).toInt(&ok);
    if (!ok || index < 0 || batchCustomId(taskKey, index) != customId)
        return std::nullopt;
    return index;
}

QList<QPair<int, int>> splitIntoChunks(const QList<qint64> &entrySizes, BatchLimits limits)
{
    // Framing: a line end per entry, or a comma, plus the create call's or the upload's
    // own envelope.
    constexpr qint64 kEnvelope = 1024;
    QList<QPair<int, int>> chunks;
    int first = 0;
    qint64 bytes = kEnvelope;
    for (int i = 0; i < entrySizes.size(); ++i) {
        const qint64 size = entrySizes.at(i) + 1;
        const bool full = i - first >= limits.requests || bytes + size > limits.bytes;
        if (i > first && full) {
            chunks.append({first, i - 1});
            first = i;
            bytes = kEnvelope;
        }
        bytes += size;
    }
    if (first < entrySizes.size())
        chunks.append({first, static_cast<int>(entrySizes.size()) - 1});
    return chunks;
}

Classification classifyBatchFailure(const BatchItemResult &result)
{
    AttemptOutcome outcome;
    // An error without an HTTP answer is the provider's own failure to run the request.
    outcome.httpStatus = result.httpStatus > 0 ? result.httpStatus : 500;
    outcome.body = result.body;
    return classify(outcome);
}

} // namespace vigil

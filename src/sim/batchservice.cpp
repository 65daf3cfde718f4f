#include "batchservice.h"

#include "simserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <utility>

namespace vigil::sim {

namespace {

const QString kOpenAiExpired =
    QStringLiteral("This request could not be executed before the completion window expired.");
const QString kOpenAiCancelled =
    QStringLiteral("This request was not executed because the batch was cancelled.");

// The canned response each item or read fault answers with, per provider.
QString cannedId(const QString &kind, bool anthropic)
{
    static const QHash<QString, QPair<QString, QString>> ids{
        {QStringLiteral("server-error"),
         {QStringLiteral("openai-500"), QStringLiteral("anthropic-500")}},
        {QStringLiteral("overloaded"),
         {QStringLiteral("openai-503-overloaded"), QStringLiteral("anthropic-529-overloaded")}},
        {QStringLiteral("rate-limit"),
         {QStringLiteral("openai-429-tpm"), QStringLiteral("anthropic-429-rate-limit")}},
        {QStringLiteral("quota"),
         {QStringLiteral("openai-429-insufficient-quota"), QStringLiteral("anthropic-400-credit")}},
        {QStringLiteral("too-long"),
         {QStringLiteral("openai-400-context-length"),
          QStringLiteral("anthropic-400-prompt-too-long")}},
    };
    const auto pair = ids.value(kind);
    return anthropic ? pair.second : pair.first;
}

// The text a request's messages end with: what the deterministic reply answers.
QString lastPrompt(const QJsonValue &messages)
{
    if (messages.isString())
        return messages.toString();
    const QJsonValue content = messages.toArray().last().toObject().value(QLatin1String("content"));
    if (content.isString())
        return content.toString();
    QString text;
    for (const auto &part : content.toArray())
        text += part.toObject().value(QLatin1String("text")).toString();
    return text;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// One part of a multipart/form-data body.
struct FormPart
{
    QString name;
    QString filename;
    QByteArray content;
};

QList<FormPart> formParts(const QByteArray &contentType, const QByteArray &body)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return {};
    QByteArray boundary = contentType.mid(at + 9);
    if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0)
        boundary.truncate(semicolon);
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() > 1)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    QList<FormPart> parts;
    qsizetype from = body.indexOf(delimiter);
    while (from >= 0) {
        from += delimiter.size();
        if (body.mid(from, 2) == "--")
            break;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", from);
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd);
        if (headersEnd < 0 || next < 0)
            break;
        FormPart part;
        const QByteArray partHeaders = body.mid(from, headersEnd - from);
        static const QRegularExpression name(QStringLiteral("\\bname=\"([^\"]*)\""));
        static const QRegularExpression filename(QStringLiteral("\\bfilename=\"([^\"]*)\""));
        part.name = name.match(QString::fromUtf8(partHeaders)).captured(1);
        part.filename = filename.match(QString::fromUtf8(partHeaders)).captured(1);
        part.content = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        from = next + 2;
    }
    return parts;
}

} // namespace

BatchService::BatchService(SimServer &server, BatchProfile profile)
    : m_server(server), m_profile(std::move(profile))
{
    m_clock.start();
    m_wallStartMs = QDateTime::currentMSecsSinceEpoch();
}

namespace {

enum class Service
{
    None,
    Files,
    OpenAi,
    Anthropic
};

// Which service a path belongs to, and what follows its name there.
Service route(const QString &path, QStringList *rest = nullptr)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto follows = [&](const QStringList &name) {
        for (qsizetype i = 0; i + name.size() <= parts.size(); ++i) {
            if (parts.mid(i, name.size()) == name) {
                if (rest)
                    *rest = parts.mid(i + name.size());
                return true;
            }
        }
        return false;
    };
    if (follows({QStringLiteral("messages"), QStringLiteral("batches")}))
        return Service::Anthropic;
    if (follows({QStringLiteral("batches")}))
        return Service::OpenAi;
    if (follows({QStringLiteral("files")}))
        return Service::Files;
    return Service::None;
}

} // namespace

bool BatchService::serves(const QString &path)
{
    return route(path) != Service::None;
}

bool BatchService::isAnthropic(const QString &path)
{
    return route(path) == Service::Anthropic;
}

HttpAnswer BatchService::handle(const QByteArray &method, const QString &path,
                                const QUrlQuery &query, const QMap<QByteArray, QByteArray> &headers,
                                const QByteArray &body, const QString &origin)
{
    QStringList rest;
    switch (route(path, &rest)) {
    case Service::Anthropic:
        return handleAnthropic(method, rest, query, body, origin);
    case Service::OpenAi:
        return handleOpenAi(method, rest, query, body, origin);
    case Service::Files:
        return handleFiles(method, rest, headers, body);
    case Service::None:
        break;
    }
    return error(404, false, QStringLiteral("no such endpoint"));
}

HttpAnswer BatchService::handleFiles(const QByteArray &method, const QStringList &rest,
                                     const QMap<QByteArray, QByteArray> &headers,
                                     const QByteArray &body)
{
    if (method == "POST" && rest.isEmpty()) {
        File file;
        for (const FormPart &part : formParts(headers.value("content-type"), body)) {
            if (part.name == QLatin1String("purpose"))
                file.purpose = QString::fromUtf8(part.content);
            else if (part.name == QLatin1String("file")) {
                file.filename = part.filename;
                file.content = part.content;
            }
        }
        if (file.purpose.isEmpty())
            return error(400, false, QStringLiteral("Missing required parameter: 'purpose'."),
                         QStringLiteral("purpose"));
        if (file.filename.isEmpty())
            return error(400, false, QStringLiteral("Missing required parameter: 'file'."),
                         QStringLiteral("file"));
        file.id = newId("file-");
        file.createdMs = m_clock.elapsed();
        m_files.insert(file.id, file);
        return json(fileObject(file));
    }
    if (rest.isEmpty())
        return error(405, false, QStringLiteral("method not allowed"));
    if (const auto fault = method == "GET" ? pollFault(false) : std::nullopt)
        return *fault;
    const auto found = m_files.constFind(rest.at(0));
    if (found == m_files.constEnd())
        return error(404, false, QStringLiteral("No such File object: %1").arg(rest.at(0)), {},
                     QStringLiteral("invalid_request_error"));
    if (method == "GET" && rest.size() == 1)
        return json(fileObject(*found));
    if (method == "GET" && rest.size() == 2 && rest.at(1) == QLatin1String("content"))
        return HttpAnswer{200, "application/octet-stream", found->content};
    if (method == "DELETE" && rest.size() == 1) {
        m_files.remove(rest.at(0));
        return json({{QStringLiteral("id"), rest.at(0)},
                     {QStringLiteral("object"), QStringLiteral("file")},
                     {QStringLiteral("deleted"), true}});
    }
    return error(405, false, QStringLiteral("method not allowed"));
}

HttpAnswer BatchService::handleOpenAi(const QByteArray &method, const QStringList &rest,
                                      const QUrlQuery &query, const QByteArray &body,
                                      const QString &origin)
{
    if (method == "POST" && rest.isEmpty())
        return createOpenAi(body, origin);
    if (const auto fault = method == "GET" ? pollFault(false) : std::nullopt)
        return *fault;
    if (method == "GET" && rest.isEmpty())
        return list(false, query);
    if (rest.isEmpty())
        return error(405, false, QStringLiteral("method not allowed"));
    Batch *batch = find(rest.at(0), false);
    if (!batch)
        return error(404, false, QStringLiteral("No batch found with id '%1'.").arg(rest.at(0)));
    advance(*batch);
    if (method == "GET" && rest.size() == 1)
        return json(openAiObject(*batch));
    if (method == "POST" && rest.size() == 2 && rest.at(1) == QLatin1String("cancel")) {
        if (batch->endedMs >= 0 || batch->cancelMs >= 0) {
            if (batch->cancelMs < 0)
                return error(
                    409, false,
                    QStringLiteral("Cannot cancel a batch with status '%1'.").arg(batch->status));
            return json(openAiObject(*batch));
        }
        batch->cancelMs = m_clock.elapsed();
        advance(*batch);
        return json(openAiObject(*batch));
    }
    return error(405, false, QStringLiteral("method not allowed"));
}

HttpAnswer BatchService::handleAnthropic(const QByteArray &method, const QStringList &rest,
                                         const QUrlQuery &query, const QByteArray &body,
                                         const QString &origin)
{
    if (method == "POST" && rest.isEmpty())
        return createAnthropic(body, origin);
    if (const auto fault = method == "GET" ? pollFault(true) : std::nullopt)
        return *fault;
    if (method == "GET" && rest.isEmpty())
        return list(true, query);
    if (rest.isEmpty())
        return error(405, true, QStringLiteral("method not allowed"));
    Batch *batch = find(rest.at(0), true);
    if (!batch)
        return error(404, true, QStringLiteral("No message batch with id %1.").arg(rest.at(0)), {},
                     QStringLiteral("not_found_error"));
    advance(*batch);
    if (method == "GET" && rest.size() == 1)
        return json(anthropicObject(*batch));
    if (method == "GET" && rest.size() == 2 && rest.at(1) == QLatin1String("results")) {
        if (batch->endedMs < 0)
            return error(
                404, true,
                QStringLiteral("Message batch %1 has not ended: no results yet.").arg(batch->id),
                {}, QStringLiteral("not_found_error"));
        return HttpAnswer{200, "application/binary", batch->results};
    }
    if (method == "POST" && rest.size() == 2 && rest.at(1) == QLatin1String("cancel")) {
        if (batch->endedMs < 0 && batch->cancelMs < 0) {
            batch->cancelMs = m_clock.elapsed();
            advance(*batch);
        }
        return json(anthropicObject(*batch));
    }
    if (method == "DELETE" && rest.size() == 1) {
        if (batch->endedMs < 0)
            return error(400, true,
                         QStringLiteral("Message batch %1 cannot be deleted while it is "
                                        "processing; cancel it first.")
                             .arg(batch->id));
        const QString id = batch->id;
        m_batches.erase(std::remove_if(m_batches.begin(), m_batches.end(),
                                       [&id](const Batch &b) { return b.id == id; }),
                        m_batches.end());
        return json({{QStringLiteral("id"), id},
                     {QStringLiteral("type"), QStringLiteral("message_batch_deleted")}});
    }
    return error(405, true, QStringLiteral("method not allowed"));
}

HttpAnswer BatchService::createOpenAi(const QByteArray &body, const QString &origin)
{
    const QJsonObject params = QJsonDocument::fromJson(body).object();
    const QString fileId = params.value(QLatin1String("input_file_id")).toString();
    const QString endpoint = params.value(QLatin1String("endpoint")).toString();
    if (!m_files.contains(fileId))
        return error(400, false, QStringLiteral("No such File object: %1").arg(fileId),
                     QStringLiteral("input_file_id"));
    if (endpoint != QLatin1String("/v1/chat/completions") &&
        endpoint != QLatin1String("/v1/responses"))
        return error(400, false,
                     QStringLiteral("Invalid value: '%1'. The simulator's batches serve "
                                    "/v1/chat/completions and /v1/responses.")
                         .arg(endpoint),
                     QStringLiteral("endpoint"));
    if (params.value(QLatin1String("completion_window")).toString() != QLatin1String("24h"))
        return error(400, false,
                     QStringLiteral("Invalid value for 'completion_window': only '24h' is "
                                    "supported."),
                     QStringLiteral("completion_window"));
    const QJsonObject metadata = params.value(QLatin1String("metadata")).toObject();
    if (metadata.size() > 16)
        return error(400, false, QStringLiteral("Metadata can hold at most 16 keys."),
                     QStringLiteral("metadata"));
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (it.key().size() > 64 || !it.value().isString() || it.value().toString().size() > 512)
            return error(400, false,
                         QStringLiteral("Metadata keys are strings of at most 64 characters, "
                                        "values strings of at most 512."),
                         QStringLiteral("metadata"));
    }

    Batch batch;
    batch.id = newId("batch_");
    batch.protocol =
        endpoint.endsWith(QLatin1String("/responses")) ? Protocol::Responses : Protocol::Chat;
    batch.endpoint = endpoint;
    batch.inputFileId = fileId;
    batch.metadata = params.contains(QLatin1String("metadata"))
                         ? params.value(QLatin1String("metadata"))
                         : QJsonValue(QJsonValue::Null);
    batch.origin = origin;
    batch.createdMs = m_clock.elapsed();
    batch.status = QStringLiteral("validating");
    batch.fault = m_profile.script.value(m_created++);

    // Validation, reported when the batch leaves "validating": every line is a POST of a
    // JSON request to the batch's endpoint, with a custom_id of its own.
    const QByteArray &content = m_files.value(fileId).content;
    const auto reject = [&batch](int line, const QString &code, const QString &message,
                                 const QString &param = {}) {
        batch.validationErrors.append(QJsonObject{
            {QStringLiteral("code"), code},
            {QStringLiteral("line"), line},
            {QStringLiteral("message"), message},
            {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : QJsonValue(param)}});
    };
    if (content.size() > m_profile.openAiMaxBytes)
        reject(0, QStringLiteral("file_too_large"),
               QStringLiteral("The input file is larger than the %1 bytes a batch can hold.")
                   .arg(m_profile.openAiMaxBytes));
    QSet<QString> seen;
    int line = 0;
    for (const QByteArray &text : content.split('\n')) {
        ++line;
        if (text.trimmed().isEmpty())
            continue;
        QJsonParseError parseError{};
        const QJsonObject request = QJsonDocument::fromJson(text, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            reject(line, QStringLiteral("invalid_json_line"),
                   QStringLiteral("This line is not parseable as valid JSON."));
            continue;
        }
        const QString customId = request.value(QLatin1String("custom_id")).toString();
        if (customId.isEmpty()) {
            reject(line, QStringLiteral("missing_required_parameter"),
                   QStringLiteral("Missing required parameter: 'custom_id'."),
                   QStringLiteral("custom_id"));
            continue;
        }
        if (seen.contains(customId)) {
            reject(line, QStringLiteral("duplicate_custom_id"),
                   QStringLiteral("The custom_id for this request is a duplicate of another "
                                  "request. The custom_id parameter must be unique for each "
                                  "request in a batch."),
                   QStringLiteral("custom_id"));
            continue;
        }
        seen.insert(customId);
        if (request.value(QLatin1String("method")).toString() != QLatin1String("POST"))
            reject(line, QStringLiteral("invalid_method"),
                   QStringLiteral("The only supported method is POST."), QStringLiteral("method"));
        if (request.value(QLatin1String("url")).toString() != endpoint)
            reject(line, QStringLiteral("mismatched_endpoint"),
                   QStringLiteral("The url of this request does not match the batch's "
                                  "endpoint %1.")
                       .arg(endpoint),
                   QStringLiteral("url"));
        Request parsed = readRequest(customId, request.value(QLatin1String("body")).toObject(),
                                     batch.protocol, text.size());
        if (!parsed.invalid.isEmpty())
            reject(line, QStringLiteral("invalid_request"), parsed.invalid, QStringLiteral("body"));
        batch.requests.push_back(std::move(parsed));
    }
    if (batch.requests.empty())
        reject(0, QStringLiteral("empty_file"),
               QStringLiteral("The input file holds no requests."));
    if (static_cast<qsizetype>(batch.requests.size()) > m_profile.openAiMaxRequests)
        reject(0, QStringLiteral("too_many_requests"),
               QStringLiteral("The input file holds %1 requests; a batch holds at most %2.")
                   .arg(batch.requests.size())
                   .arg(m_profile.openAiMaxRequests));
    m_batches.push_back(std::move(batch));
    return json(openAiObject(m_batches.back()));
}

HttpAnswer BatchService::createAnthropic(const QByteArray &body, const QString &origin)
{
    if (body.size() > m_profile.anthropicMaxBytes)
        return canned(QStringLiteral("too-large"), true);
    const QJsonArray requests =
        QJsonDocument::fromJson(body).object().value(QLatin1String("requests")).toArray();
    if (requests.isEmpty())
        return error(400, true, QStringLiteral("requests: must hold at least one request"), {},
                     QStringLiteral("invalid_request_error"));
    if (requests.size() > m_profile.anthropicMaxRequests)
        return error(400, true,
                     QStringLiteral("requests: at most %1 requests in a batch, got %2")
                         .arg(m_profile.anthropicMaxRequests)
                         .arg(requests.size()),
                     {}, QStringLiteral("invalid_request_error"));
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    Batch batch;
    QSet<QString> seen;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject request = requests.at(i).toObject();
        const QString customId = request.value(QLatin1String("custom_id")).toString();
        if (!pattern.match(customId).hasMatch())
            return error(400, true,
                         QStringLiteral("requests.%1.custom_id: String should match pattern "
                                        "'^[a-zA-Z0-9_-]{1,64}$'")
                             .arg(i),
                         {}, QStringLiteral("invalid_request_error"));
        if (seen.contains(customId))
            return error(400, true,
                         QStringLiteral("requests.%1.custom_id: Duplicate custom_id \"%2\"; each "
                                        "request in a batch needs its own.")
                             .arg(i)
                             .arg(customId),
                         {}, QStringLiteral("invalid_request_error"));
        seen.insert(customId);
        const QJsonObject params = request.value(QLatin1String("params")).toObject();
        batch.requests.push_back(readRequest(customId, params, Protocol::Anthropic,
                                             QJsonDocument(params).toJson().size()));
    }
    batch.id = newId("msgbatch_");
    batch.anthropic = true;
    batch.protocol = Protocol::Anthropic;
    batch.origin = origin;
    batch.createdMs = m_clock.elapsed();
    batch.inProgressMs = batch.createdMs;
    batch.status = QStringLiteral("in_progress");
    batch.fault = m_profile.script.value(m_created++);
    m_batches.push_back(std::move(batch));
    return json(anthropicObject(m_batches.back()));
}

BatchService::Request BatchService::readRequest(const QString &customId, const QJsonObject &body,
                                                Protocol protocol, qint64 bodyBytes) const
{
    Request request;
    request.customId = customId;
    request.model = body.value(QLatin1String("model")).toString();
    const QString prompt = lastPrompt(
        body.value(QLatin1String(protocol == Protocol::Responses ? "input" : "messages")));
    const Profile &profile = m_server.m_profile;
    request.words =
        SimServer::replyWords(request.model, prompt, profile.minWords, profile.maxWords);
    request.promptTokens = static_cast<int>(bodyBytes / 4);
    if (!profile.models.contains(request.model))
        request.invalid = QStringLiteral("The model '%1' does not exist.").arg(request.model);
    else if (!m_profile.invalidMarker.isEmpty() && prompt.contains(m_profile.invalidMarker))
        request.invalid = QStringLiteral("The request's prompt holds \"%1\", which the simulator "
                                         "refuses at validation.")
                              .arg(m_profile.invalidMarker);
    return request;
}

void BatchService::advance(Batch &batch)
{
    if (batch.endedMs >= 0)
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 start = batch.createdMs + (batch.anthropic ? 0 : m_profile.validatingMs);
    if (now < start && batch.cancelMs >= 0) { // cancelled while validating: nothing runs
        batch.status = QStringLiteral("cancelling");
        if (now >= batch.cancelMs + m_profile.cancellingMs)
            end(batch, batch.cancelMs + m_profile.cancellingMs, QStringLiteral("cancelled"));
        return;
    }
    if (now < start)
        return;
    if (!batch.anthropic && !batch.validationErrors.isEmpty()) {
        end(batch, start, QStringLiteral("failed"));
        return;
    }
    batch.inProgressMs = start;
    const qint64 expiresMs = batch.createdMs + m_profile.windowMs;
    const auto n = static_cast<qint64>(batch.requests.size());
    qint64 stopMs = std::min(now, expiresMs);
    if (batch.cancelMs >= 0)
        stopMs = std::min(stopMs, batch.cancelMs);
    qint64 limit = m_profile.itemMs > 0 ? (stopMs - start) / m_profile.itemMs : n;
    limit = std::clamp<qint64>(limit, 0, n);
    if (batch.fault == QLatin1String("expire"))
        limit = std::min(limit, n / 2);
    while (batch.ran < limit)
        run(batch, batch.requests.at(batch.ran++));
    if (batch.cancelMs >= 0) {
        batch.status = batch.anthropic ? QStringLiteral("canceling") : QStringLiteral("cancelling");
        if (now >= batch.cancelMs + m_profile.cancellingMs)
            end(batch, batch.cancelMs + m_profile.cancellingMs, QStringLiteral("cancelled"));
        return;
    }
    if (batch.ran < n) {
        batch.status = QStringLiteral("in_progress");
        if (now >= expiresMs)
            end(batch, expiresMs, QStringLiteral("expired"));
        return;
    }
    const qint64 doneMs = start + n * m_profile.itemMs;
    const qint64 lastsMs = batch.fault == QLatin1String("stuck-finalizing")
                               ? m_profile.stuckMs
                               : m_profile.finalizingMs;
    batch.finalizingMs = doneMs;
    if (now < doneMs + lastsMs) {
        // Anthropic shows no phase of its own for this: the batch stays in progress.
        batch.status =
            batch.anthropic ? QStringLiteral("in_progress") : QStringLiteral("finalizing");
        return;
    }
    end(batch, doneMs + lastsMs, QStringLiteral("completed"));
}

void BatchService::run(Batch &batch, Request &request)
{
    SimServer::StepStats &step = m_server.m_steps[request.customId];
    ++step.requests;
    ++step.generations;
    ++m_server.m_requestsTotal;
    ++m_server.m_byModel[request.model];
    if (!request.invalid.isEmpty()) { // only Anthropic runs a request validation refused
        request.outcome = Outcome::Errored;
        request.errorKind = QStringLiteral("invalid");
        return;
    }
    request.errorKind = batch.fault == QLatin1String("all-failed") ? QStringLiteral("server-error")
                                                                   : itemFault(request.customId);
    ++m_server
          .m_byFault[request.errorKind.isEmpty() ? QStringLiteral("batch-ok")
                                                 : QStringLiteral("batch-") + request.errorKind];
    if (!request.errorKind.isEmpty()) {
        request.outcome = Outcome::Errored;
        return;
    }
    request.outcome = Outcome::Succeeded;
    m_server.m_tokensGenerated += request.words.size();
    m_server.countCompletion(request.customId, request.promptTokens, request.words.size());
}

QString BatchService::itemFault(const QString &customId)
{
    const int sends = ++m_sends[customId];
    double cumulative = 0;
    // A prompt too long stays too long: drawn by the item alone, not by its send.
    for (const WeightedFault &fault : m_profile.itemFaults) {
        if (fault.kind == QLatin1String("too-long") &&
            m_server.roll(customId, 0, 0x7001) < fault.weight)
            return fault.kind;
    }
    const double drawn = m_server.roll(customId, sends, 0xBA7C);
    for (const WeightedFault &fault : m_profile.itemFaults) {
        if (fault.kind == QLatin1String("too-long"))
            continue;
        cumulative += fault.weight;
        if (drawn < cumulative)
            return fault.kind;
    }
    return {};
}

void BatchService::end(Batch &batch, qint64 atMs, const QString &status)
{
    batch.endedMs = atMs;
    for (Request &request : batch.requests) {
        if (request.outcome == Outcome::Pending)
            request.outcome =
                status == QLatin1String("expired") ? Outcome::Expired : Outcome::Cancelled;
    }
    batch.status = batch.anthropic ? QStringLiteral("ended") : status;
    if (status == QLatin1String("failed"))
        return;
    // Results come in no particular order, as the providers say: a client joins them by
    // custom_id.
    std::vector<const Request *> order;
    order.reserve(batch.requests.size());
    for (const Request &request : batch.requests)
        order.push_back(&request);
    const quint64 seed = m_server.m_profile.seed;
    std::sort(order.begin(), order.end(), [seed](const Request *a, const Request *b) {
        return qHash(a->customId, seed) < qHash(b->customId, seed);
    });
    if (batch.anthropic) {
        for (const Request *request : order)
            batch.results += anthropicLine(*request) + '\n';
        return;
    }
    QByteArray output;
    QByteArray errors;
    for (const Request *request : order)
        (request->outcome == Outcome::Succeeded ? output : errors) +=
            openAiLine(batch, *request) + '\n';
    const auto store = [this, atMs](const QByteArray &content, const QString &name) {
        File file{newId("file-"), name, QStringLiteral("batch_output"), atMs, content};
        m_files.insert(file.id, file);
        return file.id;
    };
    if (!output.isEmpty())
        batch.outputFileId = store(output, QStringLiteral("batch_%1_output.jsonl").arg(batch.id));
    if (!errors.isEmpty())
        batch.errorFileId = store(errors, QStringLiteral("batch_%1_error.jsonl").arg(batch.id));
}

QByteArray BatchService::openAiLine(const Batch &batch, const Request &request) const
{
    const QByteArray head = R"({"id":"batch_req_)" +
                            QByteArray::number(qHash(request.customId), 16) + R"(","custom_id":)" +
                            QJsonDocument(QJsonArray{request.customId})
                                .toJson(QJsonDocument::Compact)
                                .mid(1)
                                .chopped(1);
    const QByteArray requestId = "req_" + QByteArray::number(qHash(request.customId, 7), 16);
    switch (request.outcome) {
    case Outcome::Succeeded:
        return head + R"(,"response":{"status_code":200,"request_id":")" + requestId +
               R"(","body":)" +
               SimServer::replyBody(batch.protocol, request.model, request.words,
                                    request.promptTokens, "default") +
               R"(},"error":null})";
    case Outcome::Errored: {
        const HttpAnswer answer = canned(request.errorKind, false);
        return head + R"(,"response":{"status_code":)" + QByteArray::number(answer.status) +
               R"(,"request_id":")" + requestId + R"(","body":)" + answer.body +
               R"(},"error":null})";
    }
    case Outcome::Expired:
    case Outcome::Cancelled:
    case Outcome::Pending:
        break;
    }
    const bool expired = request.outcome == Outcome::Expired;
    return head + R"(,"response":null,"error":)" +
           compact({{QStringLiteral("code"),
                     expired ? QStringLiteral("batch_expired") : QStringLiteral("batch_cancelled")},
                    {QStringLiteral("message"), expired ? kOpenAiExpired : kOpenAiCancelled}}) +
           "}";
}

QByteArray BatchService::anthropicLine(const Request &request) const
{
    QJsonObject result;
    switch (request.outcome) {
    case Outcome::Succeeded:
        return R"({"custom_id":")" + request.customId.toUtf8() +
               R"(","result":{"type":"succeeded","message":)" +
               SimServer::replyBody(Protocol::Anthropic, request.model, request.words,
                                    request.promptTokens, "default") +
               "}}";
    case Outcome::Errored:
        result = {{QStringLiteral("type"), QStringLiteral("errored")},
                  {QStringLiteral("error"),
                   request.errorKind == QLatin1String("invalid")
                       ? QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                                     {QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("type"),
                                                   QStringLiteral("invalid_request_error")},
                                                  {QStringLiteral("message"), request.invalid}}}}
                       : QJsonDocument::fromJson(canned(request.errorKind, true).body).object()}};
        break;
    case Outcome::Expired:
        result = {{QStringLiteral("type"), QStringLiteral("expired")}};
        break;
    case Outcome::Cancelled:
    case Outcome::Pending:
        result = {{QStringLiteral("type"), QStringLiteral("canceled")}};
        break;
    }
    return compact(
        {{QStringLiteral("custom_id"), request.customId}, {QStringLiteral("result"), result}});
}

std::optional<HttpAnswer> BatchService::pollFault(bool anthropic)
{
    ++m_reads;
    if (m_profile.pollFaults.isEmpty())
        return std::nullopt;
    const double drawn = m_server.roll(QStringLiteral("batch-reads"), m_reads, 0x9011);
    double cumulative = 0;
    for (const WeightedFault &fault : m_profile.pollFaults) {
        cumulative += fault.weight;
        if (drawn < cumulative) {
            ++m_readFaults;
            ++m_server.m_byFault[QStringLiteral("batch-read-") + fault.kind];
            return canned(fault.kind, anthropic);
        }
    }
    return std::nullopt;
}

HttpAnswer BatchService::canned(const QString &kind, bool anthropic) const
{
    const QString id = kind == QLatin1String("too-large") ? QStringLiteral("anthropic-413")
                                                          : cannedId(kind, anthropic);
    const CannedResponse response = m_server.m_responses.value(id);
    return {response.status, "application/json", response.body};
}

QJsonObject BatchService::openAiObject(const Batch &batch) const
{
    int completed = 0;
    int failed = 0;
    for (const Request &request : batch.requests) {
        completed += request.outcome == Outcome::Succeeded;
        failed += request.outcome == Outcome::Errored || request.outcome == Outcome::Expired ||
                  request.outcome == Outcome::Cancelled;
    }
    const auto at = [this](qint64 ms) {
        return ms < 0 ? QJsonValue() : QJsonValue(epochSeconds(ms));
    };
    const bool ended = batch.endedMs >= 0;
    const auto endedAs = [&](const char *status) {
        return ended && batch.status == QLatin1String(status) ? at(batch.endedMs) : QJsonValue();
    };
    QJsonObject object{
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("object"), QStringLiteral("batch")},
        {QStringLiteral("endpoint"), batch.endpoint},
        {QStringLiteral("model"),
         batch.requests.empty() ? QString() : batch.requests.front().model},
        {QStringLiteral("errors"),
         batch.validationErrors.isEmpty() || batch.status != QLatin1String("failed")
             ? QJsonValue()
             : QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                           {QStringLiteral("data"), batch.validationErrors}}},
        {QStringLiteral("input_file_id"), batch.inputFileId},
        {QStringLiteral("completion_window"), QStringLiteral("24h")},
        {QStringLiteral("status"), batch.status},
        {QStringLiteral("output_file_id"),
         batch.outputFileId.isEmpty() ? QJsonValue() : QJsonValue(batch.outputFileId)},
        {QStringLiteral("error_file_id"),
         batch.errorFileId.isEmpty() ? QJsonValue() : QJsonValue(batch.errorFileId)},
        {QStringLiteral("created_at"), epochSeconds(batch.createdMs)},
        {QStringLiteral("in_progress_at"), at(batch.inProgressMs)},
        {QStringLiteral("expires_at"), epochSeconds(batch.createdMs + m_profile.windowMs)},
        {QStringLiteral("finalizing_at"), at(batch.finalizingMs)},
        {QStringLiteral("completed_at"), endedAs("completed")},
        {QStringLiteral("failed_at"), endedAs("failed")},
        {QStringLiteral("expired_at"), endedAs("expired")},
        {QStringLiteral("cancelling_at"), at(batch.cancelMs)},
        {QStringLiteral("cancelled_at"), endedAs("cancelled")},
        {QStringLiteral("request_counts"),
         QJsonObject{{QStringLiteral("total"), static_cast<int>(batch.requests.size())},
                     {QStringLiteral("completed"), completed},
                     {QStringLiteral("failed"), failed}}},
        {QStringLiteral("metadata"), batch.metadata}};
    return object;
}

QJsonObject BatchService::anthropicObject(const Batch &batch) const
{
    int counts[5] = {};
    for (const Request &request : batch.requests)
        ++counts[static_cast<int>(request.outcome)];
    const auto at = [this](qint64 ms) { return ms < 0 ? QJsonValue() : QJsonValue(rfc3339(ms)); };
    return {
        {QStringLiteral("id"), batch.id},
        {QStringLiteral("type"), QStringLiteral("message_batch")},
        {QStringLiteral("processing_status"), batch.status},
        {QStringLiteral("request_counts"),
         QJsonObject{{QStringLiteral("processing"), counts[static_cast<int>(Outcome::Pending)]},
                     {QStringLiteral("succeeded"), counts[static_cast<int>(Outcome::Succeeded)]},
                     {QStringLiteral("errored"), counts[static_cast<int>(Outcome::Errored)]},
                     {QStringLiteral("canceled"), counts[static_cast<int>(Outcome::Cancelled)]},
                     {QStringLiteral("expired"), counts[static_cast<int>(Outcome::Expired)]}}},
        {QStringLiteral("ended_at"), at(batch.endedMs)},
        {QStringLiteral("created_at"), rfc3339(batch.createdMs)},
        {QStringLiteral("expires_at"), rfc3339(batch.createdMs + m_profile.windowMs)},
        {QStringLiteral("archived_at"), QJsonValue()},
        {QStringLiteral("cancel_initiated_at"), at(batch.cancelMs)},
        {QStringLiteral("results_url"),
         batch.endedMs < 0 ? QJsonValue()
                           : QJsonValue(QStringLiteral("%1/v1/messages/batches/%2/results")
                                            .arg(batch.origin, batch.id))}};
}

QJsonObject BatchService::fileObject(const File &file) const
{
    return {{QStringLiteral("id"), file.id},
            {QStringLiteral("object"), QStringLiteral("file")},
            {QStringLiteral("bytes"), file.content.size()},
            {QStringLiteral("created_at"), epochSeconds(file.createdMs)},
            {QStringLiteral("filename"), file.filename},
            {QStringLiteral("purpose"), file.purpose},
            {QStringLiteral("status"), QStringLiteral("processed")}};
}

HttpAnswer BatchService::list(bool anthropic, const QUrlQuery &query)
{
    const int limit = std::clamp(query.queryItemValue(QStringLiteral("limit")).toInt(), 0, 1000);
    const QString after =
        query.queryItemValue(anthropic ? QStringLiteral("after_id") : QStringLiteral("after"));
    const QString before =
        anthropic ? query.queryItemValue(QStringLiteral("before_id")) : QString();
    // Newest first; `after` pages on to older batches, `before` back to newer ones.
    QList<Batch *> newestFirst;
    for (auto it = m_batches.rbegin(); it != m_batches.rend(); ++it) {
        if (it->anthropic == anthropic)
            newestFirst.append(&*it);
    }
    qsizetype from = 0;
    qsizetype to = newestFirst.size();
    for (qsizetype i = 0; i < newestFirst.size(); ++i) {
        if (!after.isEmpty() && newestFirst.at(i)->id == after)
            from = i + 1;
        if (!before.isEmpty() && newestFirst.at(i)->id == before)
            to = i;
    }
    const qsizetype page = limit > 0 ? limit : 20;
    QList<Batch *> shown;
    if (before.isEmpty())
        shown = newestFirst.mid(from, std::min(page, to - from));
    else
        shown = newestFirst.mid(std::max(from, to - page), std::min(page, to - from));
    QJsonArray data;
    for (Batch *batch : shown) {
        advance(*batch);
        data.append(anthropic ? anthropicObject(*batch) : openAiObject(*batch));
    }
    const bool more = before.isEmpty() ? from + shown.size() < to : to - shown.size() > from;
    QJsonObject object{
        {QStringLiteral("data"), data},
        {QStringLiteral("has_more"), more},
        {QStringLiteral("first_id"),
         shown.isEmpty() ? QJsonValue() : QJsonValue(shown.first()->id)},
        {QStringLiteral("last_id"), shown.isEmpty() ? QJsonValue() : QJsonValue(shown.last()->id)}};
    if (!anthropic)
        object.insert(QStringLiteral("object"), QStringLiteral("list"));
    return json(object);
}

QString BatchService::newId(const char *prefix)
{
    const quint64 number = ++m_nextId;
    return QLatin1String(prefix) +
           QStringLiteral("%1%2")
               .arg(number, 6, 16, QLatin1Char('0'))
               .arg(qHash(QString::number(number), m_server.m_profile.seed) & 0xffffffffU, 8, 16,
                    QLatin1Char('0'));
}

qint64 BatchService::epochSeconds(qint64 atMs) const
{
    return (m_wallStartMs + atMs) / 1000;
}

QString BatchService::rfc3339(qint64 atMs) const
{
    return QDateTime::fromMSecsSinceEpoch(m_wallStartMs + atMs, Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

BatchService::Batch *BatchService::find(const QString &id, bool anthropic)
{
    for (Batch &batch : m_batches) {
        if (batch.id == id && batch.anthropic == anthropic)
            return &batch;
    }
    return nullptr;
}

HttpAnswer BatchService::error(int status, bool anthropic, const QString &message,
                               const QString &param, const QString &type)
{
    if (anthropic)
        return json({{QStringLiteral("type"), QStringLiteral("error")},
                     {QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("type"),
                                   type.isEmpty() ? QStringLiteral("invalid_request_error") : type},
                                  {QStringLiteral("message"), message}}}},
                    status);
    return json({{QStringLiteral("error"),
                  QJsonObject{{QStringLiteral("message"), message},
                              {QStringLiteral("type"), QStringLiteral("invalid_request_error")},
                              {QStringLiteral("param"), param.isEmpty() ? QJsonValue() : param},
                              {QStringLiteral("code"), QJsonValue()}}}},
                status);
}

HttpAnswer BatchService::json(const QJsonObject &object, int status)
{
    return {status, "application/json", compact(object)};
}

QJsonObject BatchService::stats()
{
    QJsonArray batches;
    QJsonObject byStatus;
    for (Batch &batch : m_batches) {
        advance(batch);
        const QJsonObject object = batch.anthropic ? anthropicObject(batch) : openAiObject(batch);
        byStatus.insert(batch.status, byStatus.value(batch.status).toInt() + 1);
        batches.append(QJsonObject{
            {QStringLiteral("id"), batch.id},
            {QStringLiteral("provider"),
             batch.anthropic ? QStringLiteral("anthropic") : QStringLiteral("openai")},
            {QStringLiteral("status"), batch.status},
            {QStringLiteral("fault"), batch.fault},
            {QStringLiteral("requests"), static_cast<int>(batch.requests.size())},
            {QStringLiteral("ran"), batch.ran},
            {QStringLiteral("metadata"), batch.metadata},
            {QStringLiteral("output_file_id"), batch.outputFileId},
            {QStringLiteral("error_file_id"), batch.errorFileId},
            {QStringLiteral("request_counts"), object.value(QLatin1String("request_counts"))}});
    }
    return {{QStringLiteral("created"), m_created},
            {QStringLiteral("by_status"), byStatus},
            {QStringLiteral("files"), static_cast<int>(m_files.size())},
            {QStringLiteral("reads"), m_reads},
            {QStringLiteral("read_faults"), m_readFaults},
            {QStringLiteral("list"), batches}};
}

} // namespace vigil::sim

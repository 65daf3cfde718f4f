#include "protocol.h"

#include "jsonpeek.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace vigil {

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAiChat:
        return QStringLiteral("openai-chat");
    case Protocol::OpenAiResponses:
        return QStringLiteral("openai-responses");
    case Protocol::AnthropicMessages:
        return QStringLiteral("anthropic-messages");
    }
    return {};
}

std::optional<Protocol> protocolFromName(const QString &name)
{
    for (Protocol protocol :
         {Protocol::OpenAiChat, Protocol::OpenAiResponses, Protocol::AnthropicMessages}) {
        if (protocolName(protocol) == name)
            return protocol;
    }
    return std::nullopt;
}

QUrl ProtocolAdapter::resumeEndpoint(const QUrl &, const QString &, qint64, bool) const
{
    return {};
}

QUrl ProtocolAdapter::cancelEndpoint(const QUrl &, const QString &) const
{
    return {};
}

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

namespace {

// A JSON text as QJsonDocument reads it, with malformed UTF-8 read as U+FFFD rather than
// refused: a server's one bad byte costs a character, not the event.
QJsonDocument lenientDocument(QByteArrayView json)
{
    return QJsonDocument::fromJson(QString::fromUtf8(json).toUtf8());
}

QJsonObject toObject(const JsonPeek &value)
{
    return value.isObject() ? lenientDocument(value.raw()).object() : QJsonObject();
}

// An event's JSON, read in place; what is not JSON reads as an object without members.
JsonPeek readEvent(QByteArrayView data)
{
    return JsonPeek::parse(data).value_or(JsonPeek());
}

QJsonArray messagesArray(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(QJsonObject{{QStringLiteral("role"), message.role},
                                 {QStringLiteral("content"), message.content}});
    return array;
}

// ---------------------------------------------------------------- OpenAI Chat Completions

class OpenAiChatDecoder final : public ReplyDecoder
{
public:
    void onEvent(const SseEvent &event, DecodedReply &reply) override
    {
        if (event.data.trimmed() == "[DONE]") {
            reply.complete = true;
            return;
        }
        const auto [error, choices, usage, tier] =
            readEvent(event.data).members("error", "choices", "usage", "service_tier");
        if (error.type() != JsonPeek::Type::Missing || event.event == "error") {
            reply.errorEvent = event.data;
            return;
        }
        const auto [delta, finishReason] = choices.at(0).members("delta", "finish_reason");
        reply.text += delta["content"].toString();
        const QString finish = finishReason.toString();
        if (!finish.isEmpty())
            reply.finishReason = finish;
        if (usage.isObject())
            reply.usage = toObject(usage);
        if (tier.type() == JsonPeek::Type::String)
            reply.serviceTier = tier.toString();
    }

    void onWholeBody(const QByteArray &body, DecodedReply &reply) override
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
        if (object.contains(QLatin1String("error")) || choices.isEmpty()) {
            reply.errorEvent = body;
            return;
        }
        const QJsonObject choice = choices.first().toObject();
        reply.text = choice.value(QLatin1String("message"))
                         .toObject()
                         .value(QLatin1String("content"))
                         .toString();
        reply.finishReason = choice.value(QLatin1String("finish_reason")).toString();
        reply.usage = object.value(QLatin1String("usage")).toObject();
        reply.serviceTier = object.value(QLatin1String("service_tier")).toString();
        reply.complete = true;
    }
};

class OpenAiChatAdapter final : public ProtocolAdapter
{
public:
    QUrl endpoint(const QUrl &baseUrl) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/chat/completions"));
    }
    QByteArray body(const ModelRequest &request) const override
    {
        QList<ChatMessage> messages;
        if (!request.system.isEmpty())
            messages.append({QStringLiteral("system"), request.system});
        messages.append(request.messages);
        QJsonObject object{{QStringLiteral("model"), request.model},
                           {QStringLiteral("messages"), messagesArray(messages)},
                           {QStringLiteral("max_tokens"), request.maxTokens},
                           {QStringLiteral("stream"), request.stream}};
        if (request.stream)
            object.insert(QStringLiteral("stream_options"),
                          QJsonObject{{QStringLiteral("include_usage"), true}});
        if (!request.serviceTier.isEmpty())
            object.insert(QStringLiteral("service_tier"), request.serviceTier);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    void authorize(QNetworkRequest &request, const QString &apiKey) const override
    {
        if (!apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    }
    std::unique_ptr<ReplyDecoder> newDecoder() const override
    {
        return std::make_unique<OpenAiChatDecoder>();
    }
};

// ---------------------------------------------------------------- OpenAI Responses

class OpenAiResponsesDecoder final : public ReplyDecoder
{
public:
    void onEvent(const SseEvent &event, DecodedReply &reply) override
    {
        const auto [typeMember, delta, response, sequence] =
            readEvent(event.data).members("type", "delta", "response", "sequence_number");
        bool numbered = false;
        const qint64 number = sequence.raw().toLongLong(&numbered);
        if (numbered) {
            if (number <= reply.lastEvent)
                return; // read already, before the stream was re-attached
            reply.lastEvent = number;
        }
        QString type = typeMember.toString();
        if (type.isEmpty())
            type = QString::fromUtf8(event.event);
        if (response.isObject()) {
            const auto [id, tier] = response.members("id", "service_tier");
            if (reply.responseId.isEmpty())
                reply.responseId = id.toString();
            if (tier.type() == JsonPeek::Type::String)
                reply.serviceTier = tier.toString();
        }
        if (type == QLatin1String("response.output_text.delta")) {
            reply.text += delta.toString();
        } else if (type == QLatin1String("response.completed")) {
            reply.usage = toObject(response["usage"]);
            reply.finishReason = response["status"].toString();
            reply.complete = true;
        } else if (type == QLatin1String("response.failed") || type == QLatin1String("error") ||
                   type == QLatin1String("response.incomplete")) {
            reply.errorEvent = event.data;
        }
    }

    void onWholeBody(const QByteArray &body, DecodedReply &reply) override
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        const QString status = object.value(QLatin1String("status")).toString();
        reply.responseId = object.value(QLatin1String("id")).toString();
        if (status == QLatin1String("queued") || status == QLatin1String("in_progress"))
            return; // a background response, still being generated: neither done nor failed
        if (status != QLatin1String("completed")) {
            reply.errorEvent = body;
            return;
        }
        reply.text.clear();
        for (const auto &item : object.value(QLatin1String("output")).toArray()) {
            for (const auto &part : item.toObject().value(QLatin1String("content")).toArray()) {
                const QJsonObject content = part.toObject();
                if (content.value(QLatin1String("type")).toString() == QLatin1String("output_text"))
                    reply.text += content.value(QLatin1String("text")).toString();
            }
        }
        reply.usage = object.value(QLatin1String("usage")).toObject();
        reply.serviceTier = object.value(QLatin1String("service_tier")).toString();
        reply.finishReason = QStringLiteral("completed");
        reply.complete = true;
    }
};

class OpenAiResponsesAdapter final : public ProtocolAdapter
{
public:
    QUrl endpoint(const QUrl &baseUrl) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/responses"));
    }
    QByteArray body(const ModelRequest &request) const override
    {
        QJsonObject object{{QStringLiteral("model"), request.model},
                           {QStringLiteral("input"), messagesArray(request.messages)},
                           {QStringLiteral("max_output_tokens"), request.maxTokens},
                           {QStringLiteral("stream"), request.stream},
                           {QStringLiteral("store"), request.background}};
        if (request.background)
            object.insert(QStringLiteral("background"), true);
        if (!request.system.isEmpty())
            object.insert(QStringLiteral("instructions"), request.system);
        if (!request.serviceTier.isEmpty())
            object.insert(QStringLiteral("service_tier"), request.serviceTier);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    QUrl resumeEndpoint(const QUrl &baseUrl, const QString &responseId, qint64 startingAfter,
                        bool stream) const override
    {
        QUrl url = joinUrl(baseUrl, QStringLiteral("/responses/") + responseId);
        if (!stream)
            return url;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("stream"), QStringLiteral("true"));
        if (startingAfter >= 0)
            query.addQueryItem(QStringLiteral("starting_after"), QString::number(startingAfter));
        url.setQuery(query);
        return url;
    }
    QUrl cancelEndpoint(const QUrl &baseUrl, const QString &responseId) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/responses/%1/cancel").arg(responseId));
    }
    void authorize(QNetworkRequest &request, const QString &apiKey) const override
    {
        if (!apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    }
    std::unique_ptr<ReplyDecoder> newDecoder() const override
    {
        return std::make_unique<OpenAiResponsesDecoder>();
    }
};

// ---------------------------------------------------------------- Anthropic Messages

class AnthropicDecoder final : public ReplyDecoder
{
public:
    void onEvent(const SseEvent &event, DecodedReply &reply) override
    {
        const auto [typeMember, delta, message, usage] =
            readEvent(event.data).members("type", "delta", "message", "usage");
        QString type = typeMember.toString();
        if (type.isEmpty())
            type = QString::fromUtf8(event.event);
        if (type == QLatin1String("content_block_delta")) {
            const auto [deltaType, text] = delta.members("type", "text");
            if (deltaType.toString() == QLatin1String("text_delta"))
                reply.text += text.toString();
        } else if (type == QLatin1String("message_start")) {
            mergeUsage(toObject(message["usage"]), reply);
        } else if (type == QLatin1String("message_delta")) {
            mergeUsage(toObject(usage), reply);
            const QString stop = delta["stop_reason"].toString();
            if (!stop.isEmpty())
                reply.finishReason = stop;
        } else if (type == QLatin1String("message_stop")) {
            reply.complete = true;
        } else if (type == QLatin1String("error")) {
            reply.errorEvent = event.data;
        }
    }

    void onWholeBody(const QByteArray &body, DecodedReply &reply) override
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (object.value(QLatin1String("type")).toString() != QLatin1String("message")) {
            reply.errorEvent = body;
            return;
        }
        for (const auto &part : object.value(QLatin1String("content")).toArray()) {
            const QJsonObject block = part.toObject();
            if (block.value(QLatin1String("type")).toString() == QLatin1String("text"))
                reply.text += block.value(QLatin1String("text")).toString();
        }
        reply.usage = object.value(QLatin1String("usage")).toObject();
        reply.finishReason = object.value(QLatin1String("stop_reason")).toString();
        reply.complete = true;
    }

private:
    static void mergeUsage(const QJsonObject &usage, DecodedReply &reply)
    {
        for (auto it = usage.begin(); it != usage.end(); ++it)
            reply.usage.insert(it.key(), it.value());
    }
};

class AnthropicAdapter final : public ProtocolAdapter
{
public:
    QUrl endpoint(const QUrl &baseUrl) const override
    {
        return joinUrl(baseUrl, QStringLiteral("/messages"));
    }
    QByteArray body(const ModelRequest &request) const override
    {
        QJsonObject object{{QStringLiteral("model"), request.model},
                           {QStringLiteral("messages"), messagesArray(request.messages)},
                           {QStringLiteral("max_tokens"), request.maxTokens},
                           {QStringLiteral("stream"), request.stream}};
        if (!request.system.isEmpty())
            object.insert(QStringLiteral("system"), request.system);
        if (!request.serviceTier.isEmpty())
            object.insert(QStringLiteral("service_tier"), request.serviceTier);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    void authorize(QNetworkRequest &request, const QString &apiKey) const override
    {
        request.setRawHeader("anthropic-version", "2023-06-01");
        if (!apiKey.isEmpty())
            request.setRawHeader("x-api-key", apiKey.toUtf8());
    }
    std::unique_ptr<ReplyDecoder> newDecoder() const override
    {
        return std::make_unique<AnthropicDecoder>();
    }
};

} // namespace

std::unique_ptr<ProtocolAdapter> ProtocolAdapter::create(Protocol protocol)
{
    switch (protocol) {
    case Protocol::OpenAiChat:
        return std::make_unique<OpenAiChatAdapter>();
    case Protocol::OpenAiResponses:
        return std::make_unique<OpenAiResponsesAdapter>();
    case Protocol::AnthropicMessages:
        return std::make_unique<AnthropicAdapter>();
    }
    return nullptr;
}

} // namespace vigil

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

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

QJsonObject parseObject(QStringView data)
{
    return QJsonDocument::fromJson(data.toUtf8()).object();
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
        if (event.data.trimmed() == QLatin1String("[DONE]")) {
            reply.complete = true;
            return;
        }
        const QJsonObject chunk = parseObject(event.data);
        if (chunk.contains(QLatin1String("error")) || event.event == QLatin1String("error")) {
            reply.errorEvent = event.data.toUtf8();
            return;
        }
        const QJsonArray choices = chunk.value(QLatin1String("choices")).toArray();
        if (!choices.isEmpty()) {
            const QJsonObject choice = choices.first().toObject();
            reply.text += choice.value(QLatin1String("delta"))
                              .toObject()
                              .value(QLatin1String("content"))
                              .toString();
            const QString finish = choice.value(QLatin1String("finish_reason")).toString();
            if (!finish.isEmpty())
                reply.finishReason = finish;
        }
        if (chunk.value(QLatin1String("usage")).isObject())
            reply.usage = chunk.value(QLatin1String("usage")).toObject();
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
        const QJsonObject object = parseObject(event.data);
        QString type = object.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = event.event;
        if (type == QLatin1String("response.output_text.delta")) {
            reply.text += object.value(QLatin1String("delta")).toString();
        } else if (type == QLatin1String("response.completed")) {
            const QJsonObject response = object.value(QLatin1String("response")).toObject();
            reply.usage = response.value(QLatin1String("usage")).toObject();
            reply.finishReason = response.value(QLatin1String("status")).toString();
            reply.complete = true;
        } else if (type == QLatin1String("response.failed") || type == QLatin1String("error") ||
                   type == QLatin1String("response.incomplete")) {
            reply.errorEvent = event.data.toUtf8();
        }
    }

    void onWholeBody(const QByteArray &body, DecodedReply &reply) override
    {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        if (object.value(QLatin1String("status")).toString() != QLatin1String("completed")) {
            reply.errorEvent = body;
            return;
        }
        for (const auto &item : object.value(QLatin1String("output")).toArray()) {
            for (const auto &part : item.toObject().value(QLatin1String("content")).toArray()) {
                const QJsonObject content = part.toObject();
                if (content.value(QLatin1String("type")).toString() == QLatin1String("output_text"))
                    reply.text += content.value(QLatin1String("text")).toString();
            }
        }
        reply.usage = object.value(QLatin1String("usage")).toObject();
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
                           {QStringLiteral("store"), false}};
        if (!request.system.isEmpty())
            object.insert(QStringLiteral("instructions"), request.system);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
        const QJsonObject object = parseObject(event.data);
        QString type = object.value(QLatin1String("type")).toString();
        if (type.isEmpty())
            type = event.event;
        if (type == QLatin1String("content_block_delta")) {
            const QJsonObject delta = object.value(QLatin1String("delta")).toObject();
            if (delta.value(QLatin1String("type")).toString() == QLatin1String("text_delta"))
                reply.text += delta.value(QLatin1String("text")).toString();
        } else if (type == QLatin1String("message_start")) {
            mergeUsage(object.value(QLatin1String("message"))
                           .toObject()
                           .value(QLatin1String("usage"))
                           .toObject(),
                       reply);
        } else if (type == QLatin1String("message_delta")) {
            mergeUsage(object.value(QLatin1String("usage")).toObject(), reply);
            const QString stop = object.value(QLatin1String("delta"))
                                     .toObject()
                                     .value(QLatin1String("stop_reason"))
                                     .toString();
            if (!stop.isEmpty())
                reply.finishReason = stop;
        } else if (type == QLatin1String("message_stop")) {
            reply.complete = true;
        } else if (type == QLatin1String("error")) {
            reply.errorEvent = event.data.toUtf8();
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

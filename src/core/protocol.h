#pragma once

#include "sseparser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>
#include <memory>

namespace vigil {

enum class Protocol
{
    OpenAiChat,
    OpenAiResponses,
    AnthropicMessages
};

QString protocolName(Protocol protocol);
std::optional<Protocol> protocolFromName(const QString &name);

struct ChatMessage
{
    QString role; // "user" or "assistant"
    QString content;
};

// Everything one model call needs, independent of the wire format.
struct ModelRequest
{
    QString model;
    QString system;
    QList<ChatMessage> messages;
    int maxTokens = 4096;
    bool stream = true;
    // OpenAI Responses: the provider keeps the response and goes on generating it when the
    // connection drops, so that a client can re-attach to it (store: true).
    bool background = false;
    QString serviceTier; // empty: the provider's default
};

// What a decoder has gathered from a reply so far.
struct DecodedReply
{
    QString text;
    QJsonObject usage;
    QString finishReason;
    bool complete = false; // the protocol's terminal event (or a whole non-streamed body) arrived
    QByteArray errorEvent; // an error reported inside a 200 response, as the server sent it
    QString serviceTier;   // the tier that served the reply, where the provider says
    // A background response's id and the number of the last event read of it: a stream
    // that drops re-attaches after that event. An attempt that re-attaches starts from
    // what the one before it read; events up to lastEvent are not read twice.
    QString responseId;
    qint64 lastEvent = -1;
};

// Decodes one attempt's reply; a fresh one is made for every attempt.
class ReplyDecoder
{
public:
    virtual ~ReplyDecoder() = default;
    virtual void onEvent(const SseEvent &event, DecodedReply &reply) = 0;
    virtual void onWholeBody(const QByteArray &body, DecodedReply &reply) = 0;
};

// One adapter per protocol: it shapes the request and decodes the reply. Adapters never
// retry and keep no state between attempts.
class ProtocolAdapter
{
public:
    virtual ~ProtocolAdapter() = default;
    virtual QUrl endpoint(const QUrl &baseUrl) const = 0;
    virtual QByteArray body(const ModelRequest &request) const = 0;
    virtual void authorize(QNetworkRequest &request, const QString &apiKey) const = 0;
    virtual std::unique_ptr<ReplyDecoder> newDecoder() const = 0;
    // Background responses, where the protocol has them: the stream of `responseId` after
    // event `startingAfter` (or, not streamed, the response as it stands, for polling),
    // and its cancellation. Empty where the protocol has none.
    virtual QUrl resumeEndpoint(const QUrl &baseUrl, const QString &responseId,
                                qint64 startingAfter, bool stream) const;
    virtual QUrl cancelEndpoint(const QUrl &baseUrl, const QString &responseId) const;

    static std::unique_ptr<ProtocolAdapter> create(Protocol protocol);
};

// Appends a path to a base URL such as "http://host/v1" without losing its own path.
QUrl joinUrl(const QUrl &base, const QString &path);

} // namespace vigil

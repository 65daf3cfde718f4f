#include "simserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <sys/socket.h>

namespace vigil::sim {

namespace {

quint64 mix(quint64 x)
{
    // splitmix64 finaliser: good enough to turn a hash into uniform bits.
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

quint64 hashText(QStringView text, quint64 seed)
{
    quint64 hash = 1469598103934665603ULL ^ seed;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 1099511628211ULL;
    }
    return mix(hash);
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 425:
        return "Too Early";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 529:
        return "Site is overloaded";
    default:
        return "Status";
    }
}

const QStringList kVocabulary{
    QStringLiteral("night"),   QStringLiteral("lantern"), QStringLiteral("harbour"),
    QStringLiteral("signal"),  QStringLiteral("quiet"),   QStringLiteral("tide"),
    QStringLiteral("watch"),   QStringLiteral("ember"),   QStringLiteral("north"),
    QStringLiteral("steady"),  QStringLiteral("keeper"),  QStringLiteral("window"),
    QStringLiteral("morning"), QStringLiteral("river"),   QStringLiteral("stone"),
    QStringLiteral("patient"), QStringLiteral("bright"),  QStringLiteral("harvest"),
    QStringLiteral("compass"), QStringLiteral("over"),    QStringLiteral("again"),
    QStringLiteral("careful"), QStringLiteral("résumé"),  QStringLiteral("夜明け"),
    QStringLiteral("storm"),   QStringLiteral("anchor"),  QStringLiteral("every"),
    QStringLiteral("step"),
};

QByteArray sseFrame(const QByteArray &name, const QByteArray &data)
{
    QByteArray event;
    if (!name.isEmpty())
        event += "event: " + name + "\n";
    event += "data: " + data + "\n\n";
    return event;
}

QByteArray jsonString(const QString &text)
{
    return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

// The events of one OpenAI Responses stream, numbered as the API numbers them
// (`sequence_number` from 0), with the items the official SDKs expect before a delta.
class ResponsesEvents
{
public:
    ResponsesEvents() = default;
    ResponsesEvents(QByteArray id, QByteArray model, QByteArray serviceTier, bool background)
        : m_id(std::move(id)), m_model(std::move(model)), m_tier(std::move(serviceTier)),
          m_background(background), m_createdAt(QDateTime::currentSecsSinceEpoch())
    {
    }

    int next() const { return m_sequence; }

    QByteArray event(const QByteArray &type, const QByteArray &fields)
    {
        return sseFrame(type, "{\"type\":\"" + type +
                                  "\",\"sequence_number\":" + QByteArray::number(m_sequence++) +
                                  (fields.isEmpty() ? QByteArray() : "," + fields) + "}");
    }

    // The Response object: `text` so far, `usage` once it is done, `error` when it failed.
    QByteArray object(const QByteArray &status, const QString &text, const QByteArray &usage,
                      const QByteArray &error = "null") const
    {
        const QByteArray output =
            text.isNull()
                ? QByteArray("[]")
                : "[" + message(status == "completed" ? "completed" : "in_progress", text) + "]";
        return "{\"id\":\"" + m_id +
               "\",\"object\":\"response\",\"created_at\":" + QByteArray::number(m_createdAt) +
               ",\"status\":\"" + status +
               "\",\"background\":" + (m_background ? "true" : "false") + ",\"model\":\"" +
               m_model + "\",\"service_tier\":\"" + m_tier + "\",\"output\":" + output +
               ",\"usage\":" + (usage.isEmpty() ? QByteArray("null") : usage) +
               ",\"error\":" + error + "}";
    }

    QList<QByteArray> opening(const QByteArray &status)
    {
        QList<QByteArray> events{
            event("response.created", "\"response\":" + object(status, {}, {}))};
        if (status == "queued")
            events.append(event("response.queued", "\"response\":" + object(status, {}, {})));
        return events;
    }

    QList<QByteArray> inProgress()
    {
        return {event("response.in_progress", "\"response\":" + object("in_progress", {}, {})),
                event("response.output_item.added",
                      "\"output_index\":0,\"item\":" + message("in_progress", {})),
                event("response.content_part.added",
                      "\"item_id\":\"" + itemId() +
                          "\",\"output_index\":0,\"content_index\":0,\"part\":" + part({}))};
    }

    QByteArray delta(const QString &word)
    {
        return event("response.output_text.delta",
                     "\"item_id\":\"" + itemId() +
                         "\",\"output_index\":0,\"content_index\":0,\"delta\":" + jsonString(word) +
                         ",\"logprobs\":[]");
    }

    QList<QByteArray> closing(const QString &text, const QByteArray &usage)
    {
        return {event("response.output_text.done",
                      "\"item_id\":\"" + itemId() +
                          "\",\"output_index\":0,\"content_index\":0,\"text\":" + jsonString(text) +
                          ",\"logprobs\":[]"),
                event("response.content_part.done",
                      "\"item_id\":\"" + itemId() +
                          "\",\"output_index\":0,\"content_index\":0,\"part\":" + part(text)),
                event("response.output_item.done",
                      "\"output_index\":0,\"item\":" + message("completed", text)),
                event("response.completed", "\"response\":" + object("completed", text, usage))};
    }

private:
    QByteArray itemId() const { return "msg_" + m_id.mid(5); }
    static QByteArray part(const QString &text)
    {
        return "{\"type\":\"output_text\",\"text\":" + jsonString(text) +
               ",\"annotations\":[],\"logprobs\":[]}";
    }
    QByteArray message(const QByteArray &status, const QString &text) const
    {
        return "{\"id\":\"" + itemId() + "\",\"type\":\"message\",\"status\":\"" + status +
               "\",\"role\":\"assistant\",\"content\":" +
               (text.isNull() ? QByteArray("[]") : "[" + part(text) + "]") + "}";
    }

    QByteArray m_id = "resp_sim";
    QByteArray m_model;
    QByteArray m_tier = "default";
    bool m_background = false;
    qint64 m_createdAt = 0;
    int m_sequence = 0;
};

// The reply's next word as a stream sends it: followed by a space unless it is the last.
QString takeWord(const QStringList &words, qsizetype &next)
{
    QString word = words.at(next);
    ++next;
    if (next < words.size())
        word += QLatin1Char(' ');
    return word;
}

QByteArray notFoundBody(const QString &responseId)
{
    return R"({"error":{"message":"Response with id ')" + responseId.toUtf8() +
           R"(' not found.","type":"invalid_request_error","param":null,"code":null}})";
}

} // namespace

// A response generated in the background (OpenAI Responses, `background: true`): it goes on
// whether anyone listens or not, keeps its events for a client that re-attaches after any
// of them, and is forgotten once its retention has passed.
class BackgroundResponse : public QObject
{
public:
    BackgroundResponse(SimServer &server, const QString &id, QString step, const QString &model,
                       QStringList words, int promptTokens, const QByteArray &serviceTier,
                       int tokenDelayMs, QByteArray failure)
        : QObject(&server), m_server(server), m_id(id), m_step(std::move(step)),
          m_words(std::move(words)), m_promptTokens(promptTokens), m_failure(std::move(failure)),
          m_stream(id.toUtf8(), model.toUtf8(), serviceTier, true)
    {
        m_events = m_stream.opening("queued");
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &BackgroundResponse::generate);
        m_tokenDelayMs = tokenDelayMs;
        m_timer.start(m_tokenDelayMs);
    }

    const QString &id() const { return m_id; }
    const QString &step() const { return m_step; }
    const QList<QByteArray> &events() const { return m_events; }
    bool ended() const { return m_status != "queued" && m_status != "in_progress"; }
    // Each new event goes to the exchange as it is made, until the response ends.
    void watch(Exchange *exchange) { m_watchers.append(exchange); }
    void unwatch(Exchange *exchange) { m_watchers.removeAll(exchange); }
    QByteArray object() const
    {
        return m_stream.object(m_status, m_status == "queued" ? QString() : text(),
                               m_status == "completed" ? usage() : QByteArray(),
                               m_status == "failed" ? m_error : QByteArray("null"));
    }
    // Stops generating; false when it had ended already.
    bool cancel()
    {
        if (ended())
            return false;
        m_status = "cancelled";
        end();
        return true;
    }

private:
    QString text() const { return m_words.mid(0, m_nextWord).join(QLatin1Char(' ')); }
    QByteArray usage() const
    {
        return "{\"input_tokens\":" + QByteArray::number(m_promptTokens) +
               ",\"output_tokens\":" + QByteArray::number(m_words.size()) +
               ",\"total_tokens\":" + QByteArray::number(m_promptTokens + m_words.size()) + "}";
    }

    void generate();
    void publish(const QList<QByteArray> &events);
    void end();

    SimServer &m_server;
    QString m_id;
    QString m_step;
    QStringList m_words;
    int m_promptTokens = 0;
    QByteArray m_failure; // an error event that ends the response halfway, when set
    QByteArray m_error = "null";
    ResponsesEvents m_stream;
    QByteArray m_status = "queued";
    QList<QByteArray> m_events;
    QList<QPointer<Exchange>> m_watchers;
    qsizetype m_nextWord = 0;
    int m_tokenDelayMs = 5;
    QTimer m_timer;
};

// One client connection; it serves its requests one after another (keep-alive).
class Exchange : public QObject
{
public:
    // A background response this exchange streams made its event number `sequence`; false
    // when the stream breaks there.
    bool deliver(const QByteArray &frame, int sequence)
    {
        m_socket->write(chunk(frame));
        if (sequence != m_cutAfter)
            return true;
        // The fault of the request that created the response: the connection breaks here;
        // the response goes on without it.
        stopWatching();
        if (m_fault == QLatin1String("stall-mid-stream")) {
            m_stallTimer.start(static_cast<int>(m_server.m_profile.stallMs));
            return false;
        }
        if (m_fault == QLatin1String("expire"))
            m_server.forgetBackground(m_watchedId);
        endInFlight();
        m_socket->disconnectFromHost();
        return false;
    }

    // The response this exchange streams has ended (or was cancelled): so does the stream.
    void backgroundEnded()
    {
        m_watching = nullptr;
        m_cutAfter = -1;
        endResponse();
    }

    Exchange(SimServer &server, QTcpSocket *socket)
        : QObject(socket), m_server(server), m_socket(socket)
    {
        // Events are small writes; without this, Nagle and delayed ACKs add ~40 ms each.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::readyRead, this, &Exchange::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &Exchange::onDisconnected);
        m_tokenTimer.setSingleShot(true);
        m_stallTimer.setSingleShot(true);
        connect(&m_tokenTimer, &QTimer::timeout, this, &Exchange::sendNextToken);
        connect(&m_stallTimer, &QTimer::timeout, this, [this] { m_socket->close(); });
        connect(&m_trickleTimer, &QTimer::timeout, this, &Exchange::trickle);
        m_floodTimer.setSingleShot(true);
        connect(&m_floodTimer, &QTimer::timeout, this, [this] {
            m_socket->write(chunk(R"(data: {"choices":[{"delta":{"content":")"));
            startPump(QByteArray(1024 * 1024, 'x'), -1, true);
        });
        connect(socket, &QTcpSocket::bytesWritten, this, &Exchange::pump);
    }

private:
    void onDisconnected()
    {
        endInFlight();
        m_socket->deleteLater();
    }

    void stopWatching()
    {
        if (m_watching)
            m_watching->unwatch(this);
        m_watching = nullptr;
        m_cutAfter = -1;
    }

    void endInFlight()
    {
        stopWatching();
        if (m_busy) {
            m_busy = false;
            --m_server.m_inFlight;
        }
        m_tokenTimer.stop();
        m_stallTimer.stop();
        m_trickleTimer.stop();
        m_floodTimer.stop();
        m_pumpLeft = 0;
    }

    void onReadyRead()
    {
        if (m_busy) {
            m_buffer.append(m_socket->readAll());
            return;
        }
        m_buffer.append(m_socket->readAll());
        // Room for the largest batch input a provider takes (256 MB), and no more.
        if (m_buffer.size() > 300 * 1024 * 1024) {
            m_socket->abort();
            return;
        }
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QMap<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                               lines.at(i).mid(colon + 1).trimmed());
        }
        QByteArray body;
        if (headers.value("transfer-encoding").toLower().contains("chunked")) {
            const qsizetype end = dechunk(headerEnd + 4, body);
            if (end < 0)
                return;
            m_buffer.remove(0, end);
        } else {
            const qsizetype length = headers.value("content-length", "0").toLongLong();
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            body = m_buffer.mid(headerEnd + 4, length);
            m_buffer.remove(0, headerEnd + 4 + length);
        }
        m_method = requestLine.value(0);
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        m_path = url.path();
        m_query = QUrlQuery(url);
        m_keepAlive = headers.value("connection").toLower() != "close";
        handle(headers, body);
    }

    // A chunked body that starts at `from` in the buffer, as clients stream an upload:
    // where the request ends, or -1 while it has not all arrived.
    qsizetype dechunk(qsizetype from, QByteArray &body) const
    {
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", from);
            if (lineEnd < 0)
                return -1;
            bool ok = false;
            const qsizetype size = m_buffer.mid(from, lineEnd - from)
                                       .split(';')
                                       .value(0)
                                       .trimmed()
                                       .toLongLong(&ok, 16);
            if (!ok || size < 0)
                return -1;
            if (size == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
                if (m_buffer.mid(lineEnd, 4) == "\r\n\r\n")
                    return lineEnd + 4;
                return trailerEnd < 0 ? -1 : trailerEnd + 4;
            }
            if (m_buffer.size() < lineEnd + 2 + size + 2)
                return -1;
            body += m_buffer.mid(lineEnd + 2, size);
            from = lineEnd + 2 + size + 2;
        }
    }

    void handle(const QMap<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        if (m_method == "GET" && m_path == QLatin1String("/sim/stats")) {
            writeJson(200, QJsonDocument(m_server.stats()).toJson(QJsonDocument::Compact));
            return;
        }
        if (m_method == "POST" && m_path == QLatin1String("/sim/reset")) {
            m_server.resetStats();
            writeJson(200, "{\"reset\":true}");
            return;
        }
        if (m_method == "GET" && m_path.endsWith(QLatin1String("/models"))) {
            QJsonArray data;
            for (const QString &model : m_server.m_profile.models)
                data.append(QJsonObject{{QStringLiteral("id"), model},
                                        {QStringLiteral("object"), QStringLiteral("model")},
                                        {QStringLiteral("owned_by"), QStringLiteral("vigil-sim")}});
            writeJson(200,
                      QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                {QStringLiteral("data"), data}})
                          .toJson(QJsonDocument::Compact));
            return;
        }
        const QString origin =
            QStringLiteral("http://") + QString::fromLatin1(headers.value("host", "127.0.0.1"));
        if (BatchService::serves(m_path)) {
            if (refusesKey(headers, BatchService::isAnthropic(m_path)))
                return;
            const HttpAnswer answer =
                m_server.m_batches.handle(m_method, m_path, m_query, headers, body, origin);
            writeResponse(answer.status, {{"content-type", answer.contentType}}, answer.body);
            return;
        }
        const qsizetype responses = m_path.indexOf(QLatin1String("/responses/"));
        if (responses >= 0) {
            const QStringList rest = m_path.mid(responses + 11).split(QLatin1Char('/'));
            if (m_method == "GET" && rest.size() == 1) {
                retrieveResponse(rest.at(0));
                return;
            }
            if (m_method == "POST" && rest.size() == 2 && rest.at(1) == QLatin1String("cancel")) {
                cancelResponse(rest.at(0));
                return;
            }
        }
        if (m_method != "POST") {
            writeJson(
                405,
                R"({"error":{"message":"method not allowed","type":"invalid_request_error"}})");
            return;
        }
        if (m_path.endsWith(QLatin1String("/chat/completions")))
            m_protocol = Protocol::Chat;
        else if (m_path.endsWith(QLatin1String("/responses")))
            m_protocol = Protocol::Responses;
        else if (m_path.endsWith(QLatin1String("/messages")))
            m_protocol = Protocol::Anthropic;
        else {
            writeJson(
                404,
                R"({"error":{"message":"no such endpoint","type":"invalid_request_error","code":"not_found"}})");
            return;
        }
        handleModelCall(headers, body);
    }

    // Whether the request lacks the profile's API key; then it has its answer.
    bool refusesKey(const QMap<QByteArray, QByteArray> &headers, bool anthropic)
    {
        const QString &key = m_server.m_profile.apiKey;
        if (key.isEmpty())
            return false;
        const QByteArray presented = headers.contains("x-api-key")
                                         ? headers.value("x-api-key")
                                         : headers.value("authorization").mid(7);
        if (presented == key.toUtf8())
            return false;
        ++m_server.m_byFault[QStringLiteral("refused-key")];
        writeCanned(m_server.m_responses.value(anthropic
                                                   ? QStringLiteral("anthropic-401")
                                                   : QStringLiteral("openai-401-invalid-key")),
                    {});
        return true;
    }

    void handleModelCall(const QMap<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        const Profile &profile = m_server.m_profile;
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        m_model = request.value(QLatin1String("model")).toString();
        m_stream = request.value(QLatin1String("stream")).toBool(false);
        m_step = QString::fromUtf8(headers.value("x-vigil-step", "untagged"));
        m_background = m_protocol == Protocol::Responses &&
                       request.value(QLatin1String("background")).toBool(false);
        m_serviceTier = request.value(QLatin1String("service_tier")).toString();

        if (refusesKey(headers, m_protocol == Protocol::Anthropic))
            return;
        if (!profile.models.contains(m_model)) {
            CannedResponse notFound = m_server.m_responses.value(
                m_protocol == Protocol::Anthropic ? QStringLiteral("anthropic-404-model")
                                                  : QStringLiteral("openai-404-model"));
            writeCanned(notFound, {});
            return;
        }

        if (m_background && !request.value(QLatin1String("store")).toBool(true)) {
            writeJson(
                400,
                R"({"error":{"message":"Background mode requires store=true.","type":"invalid_request_error","param":"store","code":null}})");
            return;
        }

        const int number = ++m_server.m_steps[m_step].requests;
        m_requestNumber = number;
        ++m_server.m_requestsTotal;
        ++m_server.m_byModel[m_model];
        m_busy = true;
        m_server.m_maxInFlight = std::max(m_server.m_maxInFlight, ++m_server.m_inFlight);

        // The reply answers the last user message.
        QString prompt;
        const QJsonArray messages =
            request.value(QLatin1String(m_protocol == Protocol::Responses ? "input" : "messages"))
                .toArray();
        if (!messages.isEmpty())
            prompt = messages.last().toObject().value(QLatin1String("content")).toString();
        m_words = SimServer::replyWords(m_model, prompt, profile.minWords, profile.maxWords);
        m_promptTokens = static_cast<int>(body.size() / 4);
        m_nextWord = 0;
        m_tokenDelayMs = profile.tokenDelayMs;

        bool limited = false;
        m_extraHeaders = m_server.takeRateLimit(m_model, &limited);
        QMap<QByteArray, QByteArray> overrides;
        m_fault = limited ? QStringLiteral("openai-429-rpm")
                          : m_server.pickFault(m_model, m_step, number, overrides);
        if (m_serviceTier == QLatin1String("flex") && m_server.flexRefused(m_step, number))
            m_fault = QStringLiteral("openai-429-flex-unavailable");
        ++m_server.m_byFault[m_fault];

        if (m_fault == QLatin1String("reset")) {
            // SO_LINGER 0: the close sends a RST, as a crashed proxy would.
            const linger hard{1, 0};
            ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER,
                         &hard, sizeof hard);
            endInFlight();
            m_socket->abort();
            return;
        }
        if (m_fault == QLatin1String("stall-before-first-byte")) {
            m_stallTimer.start(static_cast<int>(profile.stallMs));
            return;
        }
        if (answerHostile())
            return;
        if (m_fault == QLatin1String("slow"))
            m_tokenDelayMs = profile.slowTokenDelayMs;
        const auto canned = m_server.m_responses.constFind(m_fault);
        if (canned != m_server.m_responses.constEnd() && !canned->inStream) {
            writeCanned(*canned, overrides);
            return;
        }
        if (canned != m_server.m_responses.constEnd())
            m_streamError = canned->body;
        if (m_background) {
            startBackground();
            return;
        }
        ++m_server.m_steps[m_step].generations;
        if (!m_stream) {
            if (!m_streamError.isEmpty()) {
                writeJson(500, m_streamError);
                return;
            }
            writeJson(200, wholeReply());
            m_server.m_tokensGenerated += m_words.size();
            m_server.countCompletion(m_step, m_promptTokens, m_words.size());
            return;
        }
        startStream();
    }

    // The answers of a hostile or broken server; false when the fault is none of them.
    bool answerHostile()
    {
        if (m_fault == QLatin1String("huge-body")) {
            constexpr qint64 kSize = qint64(1) << 30;
            const QByteArray opening = R"({"id":"chatcmpl-sim","choices":[{"message":{"content":")";
            m_socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                QByteArray::number(kSize) + "\r\n\r\n" + opening);
            startPump(QByteArray(1024 * 1024, 'a'), kSize - opening.size(), false);
        } else if (m_fault == QLatin1String("invalid-utf8")) {
            const QByteArray text = "\"\xff\xfe broken \xc3\x28 \xed\xa0\x80 bytes\"";
            if (m_stream) {
                startStream();
                m_tokenTimer.stop();
                sendEvent(
                    {},
                    R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":)" +
                        text + R"(},"finish_reason":null}]})");
                finishStream();
            } else {
                writeJson(
                    200,
                    R"({"id":"chatcmpl-sim","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":)" +
                        text + R"(},"finish_reason":"stop"}]})");
            }
        } else if (m_fault == QLatin1String("deep-json")) {
            const QByteArray nested = QByteArray(100'000, '[') + QByteArray(100'000, ']');
            if (m_stream) {
                startStream();
                m_tokenTimer.stop();
                sendEvent({}, nested);
                endResponse();
            } else {
                writeJson(200, nested);
            }
        } else if (m_fault == QLatin1String("huge-header")) {
            writeResponse(
                503,
                {{"content-type", "application/json"}, {"x-padding", QByteArray(1024 * 1024, 'h')}},
                R"({"error":{"message":"Service Unavailable","type":"server_error"}})");
        } else if (m_fault == QLatin1String("endless-line")) {
            startStream();
            m_tokenTimer.stop();
            m_socket->write(chunk(R"(data: {"choices":[{"delta":{"content":")"));
            startPump(QByteArray(1024 * 1024, 'x'), -1, true);
        } else if (m_fault == QLatin1String("flood-later")) {
            // Well-behaved for a moment — a few dozen tokens, then a pause — and then an
            // SSE line that never ends, as fast as the client reads.
            startStream();
            m_tokenTimer.stop();
            for (int i = 0; i < 40; ++i)
                sendEvent(
                    {},
                    R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"word "},"finish_reason":null}]})");
            m_floodTimer.start(300);
        } else if (m_fault == QLatin1String("trickle")) {
            startStream();
            m_tokenTimer.stop();
            m_trickleTimer.start(m_server.m_profile.slowTokenDelayMs);
        } else if (m_fault == QLatin1String("redirect-loop") ||
                   m_fault == QLatin1String("redirect-away")) {
            const QByteArray target =
                m_fault == QLatin1String("redirect-loop")
                    ? m_path.toUtf8()
                    : m_server.m_profile.redirectTo.toUtf8() +
                          m_path.mid(m_path.indexOf(QLatin1Char('/'), 1)).toUtf8();
            writeResponse(307, {{"location", target}}, {});
        } else {
            return false;
        }
        return true;
    }

    static QByteArray chunk(const QByteArray &data)
    {
        return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    }

    // Writes `piece` again and again, `left` bytes in all (-1: for ever), as fast as the
    // client reads; chunked framing when `chunked`.
    void startPump(const QByteArray &piece, qint64 left, bool chunked)
    {
        m_pumpPiece = piece;
        m_pumpLeft = left;
        m_pumpChunked = chunked;
        pump();
    }

    void pump()
    {
        while (m_pumpLeft != 0 && m_socket->bytesToWrite() < 4 * 1024 * 1024) {
            const QByteArray piece =
                m_pumpLeft < 0 ? m_pumpPiece
                               : m_pumpPiece.left(std::min<qint64>(m_pumpLeft, m_pumpPiece.size()));
            m_socket->write(m_pumpChunked ? chunk(piece) : piece);
            if (m_pumpLeft > 0)
                m_pumpLeft -= piece.size();
            if (m_pumpLeft == 0)
                finishExchange();
        }
    }

    void trickle()
    {
        m_socket->write(chunk(m_trickleNext ? "\n" : ":"));
        m_trickleNext = !m_trickleNext;
    }

    void writeStreamHead()
    {
        m_socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nx-request-id: sim-" +
            QByteArray::number(m_server.m_requestsTotal) + "\r\n" + extraHeaderLines() + "\r\n");
    }

    // The event after which a "drop" or "expire" cuts the connection, drawn from the seed
    // among the `count` events of a reply.
    int cutPoint(int count) const
    {
        return 1 + static_cast<int>(m_server.roll(m_step, m_requestNumber, 0xD50) *
                                    std::max(1, count - 2));
    }

    void startBackground()
    {
        const Profile &profile = m_server.m_profile;
        const int delay =
            m_fault == QLatin1String("slow") ? profile.slowTokenDelayMs : m_tokenDelayMs;
        BackgroundResponse *response = m_server.createBackground(
            m_step, m_model, m_words, m_promptTokens, tierServed(), delay, m_streamError);
        if (!m_stream) {
            writeJson(200, response->object());
            return;
        }
        // The opening events, three as it starts, a delta per word, four closing events.
        const int started = static_cast<int>(response->events().size()) + 3;
        if (m_fault == QLatin1String("drop") || m_fault == QLatin1String("expire"))
            m_cutAfter = cutPoint(started + static_cast<int>(m_words.size()) + 4);
        else if (m_fault == QLatin1String("truncate") ||
                 m_fault == QLatin1String("stall-mid-stream"))
            m_cutAfter = started + static_cast<int>(m_words.size() / 2);
        writeStreamHead();
        follow(response, -1);
    }

    // Streams `response`'s events after `startingAfter`, and its new ones as they come.
    void follow(BackgroundResponse *response, int startingAfter)
    {
        m_watchedId = response->id();
        const QList<QByteArray> &events = response->events();
        for (int sequence = std::max(0, startingAfter + 1); sequence < events.size(); ++sequence) {
            if (!deliver(events.at(sequence), sequence))
                return;
        }
        if (response->ended()) {
            endResponse();
            return;
        }
        m_watching = response;
        response->watch(this);
    }

    void retrieveResponse(const QString &id)
    {
        BackgroundResponse *response = m_server.background(id);
        if (!response) {
            writeJson(404, notFoundBody(id));
            return;
        }
        auto &step = m_server.m_steps[response->step()];
        if (m_query.queryItemValue(QStringLiteral("stream")) != QLatin1String("true")) {
            ++step.polls;
            writeJson(200, response->object());
            return;
        }
        ++step.reattaches;
        bool ok = false;
        const int startingAfter =
            m_query.queryItemValue(QStringLiteral("starting_after")).toInt(&ok);
        m_fault.clear();
        m_busy = true;
        m_server.m_maxInFlight = std::max(m_server.m_maxInFlight, ++m_server.m_inFlight);
        writeStreamHead();
        follow(response, ok ? startingAfter : -1);
    }

    void cancelResponse(const QString &id)
    {
        BackgroundResponse *response = m_server.background(id);
        if (!response) {
            writeJson(404, notFoundBody(id));
            return;
        }
        if (response->cancel())
            ++m_server.m_steps[response->step()].cancels;
        writeJson(200, response->object());
    }

    void startStream()
    {
        writeStreamHead();
        const QByteArray model = m_model.toUtf8();
        switch (m_protocol) {
        case Protocol::Chat:
            sendEvent(
                {},
                R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","model":")" + model +
                    R"(","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})");
            break;
        case Protocol::Responses:
            m_events = ResponsesEvents("resp_sim" + QByteArray::number(m_server.m_requestsTotal),
                                       model, tierServed(), false);
            for (const QByteArray &frame : m_events.opening("in_progress") + m_events.inProgress())
                m_socket->write(chunk(frame));
            break;
        case Protocol::Anthropic:
            sendEvent(
                "message_start",
                R"({"type":"message_start","message":{"id":"msg_sim","type":"message","role":"assistant","model":")" +
                    model + R"(","content":[],"stop_reason":null,"usage":{"input_tokens":)" +
                    QByteArray::number(m_promptTokens) + R"(,"output_tokens":1}}})");
            sendEvent(
                "content_block_start",
                R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})");
            sendEvent("ping", R"({"type":"ping"})");
            break;
        }
        m_tokenTimer.start(m_tokenDelayMs);
    }

    void sendNextToken()
    {
        const bool cut = m_fault == QLatin1String("truncate") || m_fault == QLatin1String("drop") ||
                         m_fault == QLatin1String("expire");
        const bool midStreamFault =
            cut || m_fault == QLatin1String("stall-mid-stream") || !m_streamError.isEmpty();
        const qsizetype faultAt = cut && m_fault != QLatin1String("truncate")
                                      ? cutPoint(static_cast<int>(m_words.size()) + 2) - 1
                                      : m_words.size() / 2;
        if (midStreamFault && m_nextWord == faultAt) {
            if (m_fault == QLatin1String("stall-mid-stream")) {
                m_stallTimer.start(static_cast<int>(m_server.m_profile.stallMs));
            } else if (cut) {
                endInFlight();
                m_socket->disconnectFromHost();
            } else {
                sendStreamError();
            }
            return;
        }
        if (m_nextWord >= m_words.size() && m_fault == QLatin1String("endless"))
            m_nextWord = 0;
        if (m_nextWord >= m_words.size()) {
            finishStream();
            return;
        }
        const QString word = takeWord(m_words, m_nextWord);
        ++m_server.m_tokensGenerated;
        const QByteArray text = jsonString(word);
        switch (m_protocol) {
        case Protocol::Chat:
            sendEvent(
                {},
                R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":)" +
                    text + R"(},"finish_reason":null}]})");
            break;
        case Protocol::Responses:
            m_socket->write(chunk(m_events.delta(word)));
            break;
        case Protocol::Anthropic:
            sendEvent(
                "content_block_delta",
                R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":)" +
                    text + "}}");
            break;
        }
        m_tokenTimer.start(m_tokenDelayMs);
    }

    QByteArray usageJson(const char *in, const char *out) const
    {
        return QByteArray("{\"") + in + "\":" + QByteArray::number(m_promptTokens) + ",\"" + out +
               "\":" + QByteArray::number(m_words.size()) + "}";
    }

    void finishStream()
    {
        switch (m_protocol) {
        case Protocol::Chat:
            sendEvent(
                {},
                R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})");
            sendEvent(
                {},
                R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","choices":[],"usage":)" +
                    usageJson("prompt_tokens", "completion_tokens") + "}");
            sendEvent({}, "[DONE]");
            break;
        case Protocol::Responses:
            for (const QByteArray &frame : m_events.closing(
                     m_words.join(QLatin1Char(' ')), usageJson("input_tokens", "output_tokens")))
                m_socket->write(chunk(frame));
            break;
        case Protocol::Anthropic:
            sendEvent("content_block_stop", R"({"type":"content_block_stop","index":0})");
            sendEvent(
                "message_delta",
                R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":)" +
                    QByteArray::number(m_words.size()) + "}}");
            sendEvent("message_stop", R"({"type":"message_stop"})");
            break;
        }
        m_server.countCompletion(m_step, m_promptTokens, m_words.size());
        endResponse();
    }

    void sendStreamError()
    {
        switch (m_protocol) {
        case Protocol::Chat:
            sendEvent({}, m_streamError);
            break;
        case Protocol::Responses:
            sendEvent(QJsonDocument::fromJson(m_streamError)
                          .object()
                          .value(QLatin1String("type"))
                          .toString()
                          .toUtf8(),
                      m_streamError);
            break;
        case Protocol::Anthropic:
            sendEvent("error", m_streamError);
            break;
        }
        endResponse();
    }

    void endResponse()
    {
        m_socket->write("0\r\n\r\n");
        finishExchange();
    }

    QByteArray extraHeaderLines() const
    {
        QByteArray lines;
        for (auto it = m_extraHeaders.begin(); it != m_extraHeaders.end(); ++it)
            lines += it.key() + ": " + it.value() + "\r\n";
        return lines;
    }

    void finishExchange()
    {
        endInFlight();
        m_extraHeaders.clear();
        m_streamError.clear();
        if (!m_keepAlive)
            m_socket->disconnectFromHost();
        else if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
            QTimer::singleShot(0, this, &Exchange::onReadyRead);
    }

    void sendEvent(const QByteArray &name, const QByteArray &data)
    {
        m_socket->write(chunk(sseFrame(name, data)));
    }

    // The tier that serves the request, as the response object names it.
    QByteArray tierServed() const
    {
        return m_serviceTier.isEmpty() || m_serviceTier == QLatin1String("auto")
                   ? QByteArray("default")
                   : m_serviceTier.toUtf8();
    }

    QByteArray wholeReply() const
    {
        return SimServer::replyBody(m_protocol, m_model, m_words, m_promptTokens, tierServed());
    }

    void writeCanned(const CannedResponse &response, const QMap<QByteArray, QByteArray> &overrides)
    {
        QMap<QByteArray, QByteArray> headers = response.headers;
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            headers.insert(it.key(), it.value());
        if (!headers.contains("content-type"))
            headers.insert("content-type", "application/json");
        writeResponse(response.status, headers, response.body);
    }

    void writeJson(int status, const QByteArray &body)
    {
        writeResponse(status, {{"content-type", "application/json"}}, body);
    }

    void writeResponse(int status, const QMap<QByteArray, QByteArray> &headers,
                       const QByteArray &body)
    {
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (!m_extraHeaders.contains(it.key()))
                head += it.key() + ": " + it.value() + "\r\n";
        }
        head += extraHeaderLines();
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        if (!m_keepAlive)
            head += "Connection: close\r\n";
        m_socket->write(head + "\r\n" + body);
        finishExchange();
    }

    SimServer &m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    int m_requestNumber = 0; // of this step, for the faults drawn from the seed
    bool m_background = false;
    QString m_serviceTier;
    ResponsesEvents m_events; // a Responses stream's, this exchange's own
    QPointer<BackgroundResponse> m_watching;
    QString m_watchedId;
    int m_cutAfter = -1; // the background event after which the connection breaks
    bool m_keepAlive = true;
    bool m_busy = false;
    QMap<QByteArray, QByteArray> m_extraHeaders; // the rate-limit headers of this exchange
    Protocol m_protocol = Protocol::Chat;
    QString m_model;
    QString m_step;
    QString m_fault;
    bool m_stream = false;
    QStringList m_words;
    qsizetype m_nextWord = 0;
    int m_promptTokens = 0;
    int m_tokenDelayMs = 5;
    QByteArray m_streamError;
    QTimer m_tokenTimer;
    QTimer m_stallTimer;
    QTimer m_floodTimer;
    QTimer m_trickleTimer;
    bool m_trickleNext = false;
    QByteArray m_pumpPiece;
    qint64 m_pumpLeft = 0;
    bool m_pumpChunked = false;
};

void BackgroundResponse::generate()
{
    if (m_status == "queued") {
        m_status = "in_progress";
        publish(m_stream.inProgress());
        m_timer.start(m_tokenDelayMs);
        return;
    }
    if (!m_failure.isEmpty() && m_nextWord == m_words.size() / 2) {
        // The provider's error event, renumbered into this stream, ends the response.
        QJsonObject event = QJsonDocument::fromJson(m_failure).object();
        const QByteArray type = event.take(QLatin1String("type")).toString().toUtf8();
        event.remove(QLatin1String("sequence_number"));
        QJsonObject error = event.value(QLatin1String("response"))
                                .toObject()
                                .value(QLatin1String("error"))
                                .toObject();
        if (error.isEmpty())
            error = {{QStringLiteral("code"), event.value(QLatin1String("code"))},
                     {QStringLiteral("message"), event.value(QLatin1String("message"))}};
        m_error = QJsonDocument(error).toJson(QJsonDocument::Compact);
        m_status = "failed";
        publish({m_stream.event(
            type, QJsonDocument(event).toJson(QJsonDocument::Compact).mid(1).chopped(1))});
        end();
        return;
    }
    if (m_nextWord >= m_words.size()) {
        m_status = "completed";
        publish(m_stream.closing(text(), usage()));
        m_server.countCompletion(m_step, m_promptTokens, m_words.size());
        end();
        return;
    }
    const QString word = takeWord(m_words, m_nextWord);
    ++m_server.m_tokensGenerated;
    publish({m_stream.delta(word)});
    if (!ended()) // a delivery may have made it expire
        m_timer.start(m_tokenDelayMs);
}

void BackgroundResponse::publish(const QList<QByteArray> &events)
{
    const auto first = static_cast<int>(m_events.size());
    m_events.append(events);
    const QList<QPointer<Exchange>> watchers = m_watchers; // a delivery may break its stream
    for (const QPointer<Exchange> &watcher : watchers) {
        for (int i = 0; watcher && i < events.size(); ++i) {
            if (!watcher->deliver(events.at(i), first + i))
                break;
        }
    }
}

void BackgroundResponse::end()
{
    m_timer.stop();
    const QList<QPointer<Exchange>> watchers = std::exchange(m_watchers, {});
    for (const QPointer<Exchange> &watcher : watchers) {
        if (watcher)
            watcher->backgroundEnded();
    }
    QTimer::singleShot(m_server.m_profile.backgroundRetentionMs, this,
                       [this] { m_server.forgetBackground(m_id); });
}

SimServer::SimServer(Profile profile, QHash<QString, CannedResponse> responses, QObject *parent)
    : QObject(parent), m_profile(std::move(profile)), m_responses(std::move(responses))
{
    connect(&m_server, &QTcpServer::newConnection, this, &SimServer::onNewConnection);
    m_server.setMaxPendingConnections(1024);
}

bool SimServer::listen(quint16 port)
{
    // Loopback only: the simulator is never reachable from another machine.
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_clock.start();
    return true;
}

QHash<QString, CannedResponse> SimServer::loadResponses(const QByteArray &json)
{
    QHash<QString, CannedResponse> responses;
    const QJsonArray entries =
        QJsonDocument::fromJson(json).object().value(QLatin1String("responses")).toArray();
    for (const auto &value : entries) {
        const QJsonObject entry = value.toObject();
        CannedResponse response;
        response.status = entry.value(QLatin1String("status")).toInt(500);
        response.inStream = entry.value(QLatin1String("in_stream")).toBool();
        const QJsonObject headers = entry.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            response.headers.insert(it.key().toLatin1().toLower(),
                                    it.value().toString().toLatin1());
        const QJsonValue body = entry.value(QLatin1String("body"));
        if (body.isString())
            response.body = body.toString().toUtf8();
        else if (body.isArray())
            response.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else
            response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        responses.insert(entry.value(QLatin1String("id")).toString(), response);
    }
    return responses;
}

QStringList SimServer::replyWords(const QString &model, const QString &prompt, int minWords,
                                  int maxWords)
{
    quint64 state = hashText(model + QLatin1Char('\n') + prompt, 0);
    const int count =
        minWords + static_cast<int>(state % static_cast<quint64>(maxWords - minWords + 1));
    QStringList words;
    words.reserve(count);
    for (int i = 0; i < count; ++i) {
        state = mix(state);
        words.append(kVocabulary.at(
            static_cast<qsizetype>(state % static_cast<quint64>(kVocabulary.size()))));
    }
    return words;
}

QByteArray SimServer::replyBody(Protocol protocol, const QString &model, const QStringList &words,
                                int promptTokens, const QByteArray &tier)
{
    const QByteArray text = jsonString(words.join(QLatin1Char(' ')));
    const QByteArray name = model.toUtf8();
    const QByteArray usage =
        [&](const char *in, const char *out) {
            return QByteArray("{\"") + in + "\":" + QByteArray::number(promptTokens) + ",\"" + out +
                   "\":" + QByteArray::number(words.size()) + "}";
        }(protocol == Protocol::Chat ? "prompt_tokens" : "input_tokens",
          protocol == Protocol::Chat ? "completion_tokens" : "output_tokens");
    switch (protocol) {
    case Protocol::Chat:
        return R"({"id":"chatcmpl-sim","object":"chat.completion","model":")" + name +
               R"(","choices":[{"index":0,"message":{"role":"assistant","content":)" + text +
               R"(},"finish_reason":"stop"}],"usage":)" + usage + "}";
    case Protocol::Responses:
        return R"({"id":"resp_sim","object":"response","status":"completed","background":false,"service_tier":")" +
               tier + R"(","model":")" + name +
               R"(","output":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":)" +
               text + "}]}],\"usage\":" + usage + "}";
    case Protocol::Anthropic:
        return R"({"id":"msg_sim","type":"message","role":"assistant","model":")" + name +
               R"(","content":[{"type":"text","text":)" + text +
               R"(}],"stop_reason":"end_turn","usage":)" + usage + "}";
    }
    return {};
}

void SimServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection())
        new Exchange(*this, socket);
}

QString SimServer::pickFault(const QString &model, const QString &step, int requestNumber,
                             QMap<QByteArray, QByteArray> &headerOverrides) const
{
    const qint64 now = m_clock.elapsed();
    for (const CapacityWindow &window : m_profile.windows) {
        const qint64 end = window.startMs + window.durationMs;
        if (window.model == model && now >= window.startMs && now < end) {
            headerOverrides = window.headers;
            if (window.retryAfterEnd)
                headerOverrides.insert("retry-after", QByteArray::number((end - now + 999) / 1000));
            return window.response;
        }
    }
    for (auto it = m_profile.stepScripts.begin(); it != m_profile.stepScripts.end(); ++it) {
        if (step.endsWith(it.key()))
            return requestNumber <= it->size() ? it->at(requestNumber - 1) : QStringLiteral("ok");
    }
    if (requestNumber <= m_profile.script.size())
        return m_profile.script.at(requestNumber - 1);
    const double drawn = roll(step, requestNumber, 0);
    double cumulative = 0;
    for (const WeightedFault &fault : m_profile.faults) {
        cumulative += fault.weight;
        if (drawn < cumulative) {
            headerOverrides = fault.headers;
            return fault.kind;
        }
    }
    return QStringLiteral("ok");
}

BackgroundResponse *SimServer::createBackground(const QString &step, const QString &model,
                                                const QStringList &words, int promptTokens,
                                                const QByteArray &serviceTier, int tokenDelayMs,
                                                const QByteArray &failure)
{
    const QString id =
        QStringLiteral("resp_%1%2")
            .arg(++m_responsesCreated, 8, 16, QLatin1Char('0'))
            .arg(hashText(step, m_profile.seed) & 0xffffffffU, 8, 16, QLatin1Char('0'));
    auto *response = new BackgroundResponse(*this, id, step, model, words, promptTokens,
                                            serviceTier, tokenDelayMs, failure);
    m_background.insert(id, response);
    ++m_steps[step].generations;
    return response;
}

BackgroundResponse *SimServer::background(const QString &id) const
{
    return m_background.value(id);
}

void SimServer::forgetBackground(const QString &id)
{
    BackgroundResponse *response = m_background.take(id);
    if (!response)
        return;
    ++m_responsesForgotten;
    response->cancel();
    response->deleteLater();
}

double SimServer::roll(const QString &step, int requestNumber, quint64 salt) const
{
    return static_cast<double>(hashText(step + QLatin1Char('#') + QString::number(requestNumber),
                                        m_profile.seed ^ salt) >>
                               11) /
           static_cast<double>(1ULL << 53);
}

bool SimServer::flexRefused(const QString &step, int requestNumber) const
{
    return m_profile.flexUnavailable > 0 &&
           roll(step, requestNumber, 0xF1E) < m_profile.flexUnavailable;
}

void SimServer::countCompletion(const QString &step, qint64 inputTokens, qint64 outputTokens)
{
    ++m_steps[step].completions;
    ++m_completionsTotal;
    m_inputTokensBilled += inputTokens;
    m_outputTokensBilled += outputTokens;
}

QMap<QByteArray, QByteArray> SimServer::takeRateLimit(const QString &model, bool *limited)
{
    *limited = false;
    if (m_profile.rateLimitRequests <= 0)
        return {};
    const qint64 now = m_clock.elapsed();
    const qint64 window = now / m_profile.rateLimitWindowMs;
    auto &[current, used] = m_rateWindows[model];
    if (current != window) {
        current = window;
        used = 0;
    }
    *limited = used >= m_profile.rateLimitRequests;
    if (!*limited)
        ++used;
    const qint64 resetMs = (window + 1) * m_profile.rateLimitWindowMs - now;
    QMap<QByteArray, QByteArray> headers{
        {"x-ratelimit-limit-requests", QByteArray::number(m_profile.rateLimitRequests)},
        {"x-ratelimit-remaining-requests", QByteArray::number(m_profile.rateLimitRequests - used)},
        {"x-ratelimit-reset-requests", QByteArray::number(resetMs) + "ms"}};
    if (*limited)
        headers.insert("retry-after-ms", QByteArray::number(resetMs));
    return headers;
}

QJsonObject SimServer::stats()
{
    QJsonObject steps;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        steps.insert(it.key(), QJsonObject{{QStringLiteral("requests"), it->requests},
                                           {QStringLiteral("completions"), it->completions},
                                           {QStringLiteral("generations"), it->generations},
                                           {QStringLiteral("reattaches"), it->reattaches},
                                           {QStringLiteral("polls"), it->polls},
                                           {QStringLiteral("cancels"), it->cancels}});
    QJsonObject byFault;
    for (auto it = m_byFault.begin(); it != m_byFault.end(); ++it)
        byFault.insert(it.key(), it.value());
    QJsonObject byModel;
    for (auto it = m_byModel.begin(); it != m_byModel.end(); ++it)
        byModel.insert(it.key(), it.value());
    return {{QStringLiteral("profile"), m_profile.name},
            {QStringLiteral("uptime_ms"), m_clock.elapsed()},
            {QStringLiteral("requests_total"), m_requestsTotal},
            {QStringLiteral("completions_total"), m_completionsTotal},
            {QStringLiteral("tokens_generated"), m_tokensGenerated},
            {QStringLiteral("usage_billed"),
             QJsonObject{{QStringLiteral("input_tokens"), m_inputTokensBilled},
                         {QStringLiteral("output_tokens"), m_outputTokensBilled}}},
            {QStringLiteral("background_live"), m_background.size()},
            {QStringLiteral("background_forgotten"), m_responsesForgotten},
            {QStringLiteral("in_flight"), m_inFlight},
            {QStringLiteral("max_in_flight"), m_maxInFlight},
            {QStringLiteral("by_fault"), byFault},
            {QStringLiteral("by_model"), byModel},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("batches"), m_batches.stats()}};
}

void SimServer::resetStats()
{
    m_steps.clear();
    m_byFault.clear();
    m_byModel.clear();
    m_requestsTotal = 0;
    m_completionsTotal = 0;
    m_tokensGenerated = 0;
    m_inputTokensBilled = 0;
    m_outputTokensBilled = 0;
    m_responsesForgotten = 0;
    m_maxInFlight = m_inFlight;
    m_rateWindows.clear();
    m_clock.restart();
}

} // namespace vigil::sim

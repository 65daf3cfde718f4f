#include "simserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

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

enum class Protocol
{
    Chat,
    Responses,
    Anthropic
};

} // namespace

// One client connection; it serves its requests one after another (keep-alive).
class Exchange : public QObject
{
public:
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
        connect(socket, &QTcpSocket::bytesWritten, this, &Exchange::pump);
    }

private:
    void onDisconnected()
    {
        endInFlight();
        m_socket->deleteLater();
    }

    void endInFlight()
    {
        if (m_busy) {
            m_busy = false;
            --m_server.m_inFlight;
        }
        m_tokenTimer.stop();
        m_stallTimer.stop();
        m_trickleTimer.stop();
        m_pumpLeft = 0;
    }

    void onReadyRead()
    {
        if (m_busy) {
            m_buffer.append(m_socket->readAll());
            return;
        }
        m_buffer.append(m_socket->readAll());
        if (m_buffer.size() > 32 * 1024 * 1024) {
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
        const qsizetype length = headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.remove(0, headerEnd + 4 + length);
        m_method = requestLine.value(0);
        m_path = QUrl(QString::fromLatin1(requestLine.value(1))).path();
        m_keepAlive = headers.value("connection").toLower() != "close";
        handle(headers, body);
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

    void handleModelCall(const QMap<QByteArray, QByteArray> &headers, const QByteArray &body)
    {
        const Profile &profile = m_server.m_profile;
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        m_model = request.value(QLatin1String("model")).toString();
        m_stream = request.value(QLatin1String("stream")).toBool(false);
        m_step = QString::fromUtf8(headers.value("x-vigil-step", "untagged"));

        if (!profile.apiKey.isEmpty()) {
            const QByteArray presented = headers.contains("x-api-key")
                                             ? headers.value("x-api-key")
                                             : headers.value("authorization").mid(7);
            if (presented != profile.apiKey.toUtf8()) {
                ++m_server.m_byFault[QStringLiteral("refused-key")];
                writeCanned(
                    m_server.m_responses.value(m_protocol == Protocol::Anthropic
                                                   ? QStringLiteral("anthropic-401")
                                                   : QStringLiteral("openai-401-invalid-key")),
                    {});
                return;
            }
        }
        if (!profile.models.contains(m_model)) {
            CannedResponse notFound = m_server.m_responses.value(
                m_protocol == Protocol::Anthropic ? QStringLiteral("anthropic-404-model")
                                                  : QStringLiteral("openai-404-model"));
            writeCanned(notFound, {});
            return;
        }

        const int number = ++m_server.m_steps[m_step].requests;
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
        if (!m_stream) {
            if (!m_streamError.isEmpty()) {
                writeJson(500, m_streamError);
                return;
            }
            writeJson(200, wholeReply());
            m_server.countCompletion(m_step);
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

    void startStream()
    {
        m_socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
            "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\nx-request-id: sim-" +
            QByteArray::number(m_server.m_requestsTotal) + "\r\n" + extraHeaderLines() + "\r\n");
        const QByteArray model = m_model.toUtf8();
        switch (m_protocol) {
        case Protocol::Chat:
            sendEvent(
                {},
                R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","model":")" + model +
                    R"(","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})");
            break;
        case Protocol::Responses:
            sendEvent(
                "response.created",
                R"({"type":"response.created","response":{"id":"resp_sim","object":"response","status":"in_progress","model":")" +
                    model + R"("}})");
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
        const bool midStreamFault = m_fault == QLatin1String("stall-mid-stream") ||
                                    m_fault == QLatin1String("truncate") ||
                                    !m_streamError.isEmpty();
        if (midStreamFault && m_nextWord == m_words.size() / 2) {
            if (m_fault == QLatin1String("stall-mid-stream")) {
                m_stallTimer.start(static_cast<int>(m_server.m_profile.stallMs));
            } else if (m_fault == QLatin1String("truncate")) {
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
        QString word = m_words.at(m_nextWord);
        ++m_nextWord;
        if (m_nextWord < m_words.size())
            word += QLatin1Char(' ');
        const QByteArray text =
            QJsonDocument(QJsonArray{word}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        switch (m_protocol) {
        case Protocol::Chat:
            sendEvent(
                {},
                R"({"id":"chatcmpl-sim","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":)" +
                    text + R"(},"finish_reason":null}]})");
            break;
        case Protocol::Responses:
            sendEvent(
                "response.output_text.delta",
                R"({"type":"response.output_text.delta","item_id":"msg_sim","output_index":0,"content_index":0,"delta":)" +
                    text + "}");
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
            sendEvent(
                "response.completed",
                R"({"type":"response.completed","response":{"id":"resp_sim","object":"response","status":"completed","usage":)" +
                    usageJson("input_tokens", "output_tokens") + "}}");
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
        m_server.countCompletion(m_step);
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
        QByteArray event;
        if (!name.isEmpty())
            event += "event: " + name + "\n";
        event += "data: " + data + "\n\n";
        m_socket->write(QByteArray::number(event.size(), 16) + "\r\n" + event + "\r\n");
    }

    QByteArray wholeReply() const
    {
        const QByteArray text = QJsonDocument(QJsonArray{m_words.join(QLatin1Char(' '))})
                                    .toJson(QJsonDocument::Compact)
                                    .mid(1)
                                    .chopped(1);
        const QByteArray model = m_model.toUtf8();
        switch (m_protocol) {
        case Protocol::Chat:
            return R"({"id":"chatcmpl-sim","object":"chat.completion","model":")" + model +
                   R"(","choices":[{"index":0,"message":{"role":"assistant","content":)" + text +
                   R"(},"finish_reason":"stop"}],"usage":)" +
                   usageJson("prompt_tokens", "completion_tokens") + "}";
        case Protocol::Responses:
            return R"({"id":"resp_sim","object":"response","status":"completed","model":")" +
                   model +
                   R"(","output":[{"type":"message","role":"assistant","content":[{"type":"output_text","text":)" +
                   text + "}]}],\"usage\":" + usageJson("input_tokens", "output_tokens") + "}";
        case Protocol::Anthropic:
            return R"({"id":"msg_sim","type":"message","role":"assistant","model":")" + model +
                   R"(","content":[{"type":"text","text":)" + text +
                   R"(}],"stop_reason":"end_turn","usage":)" +
                   usageJson("input_tokens", "output_tokens") + "}";
        }
        return {};
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
    QTimer m_trickleTimer;
    bool m_trickleNext = false;
    QByteArray m_pumpPiece;
    qint64 m_pumpLeft = 0;
    bool m_pumpChunked = false;
};

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
    const double roll =
        static_cast<double>(
            hashText(step + QLatin1Char('#') + QString::number(requestNumber), m_profile.seed) >>
            11) /
        static_cast<double>(1ULL << 53);
    double cumulative = 0;
    for (const WeightedFault &fault : m_profile.faults) {
        cumulative += fault.weight;
        if (roll < cumulative) {
            headerOverrides = fault.headers;
            return fault.kind;
        }
    }
    return QStringLiteral("ok");
}

void SimServer::countCompletion(const QString &step)
{
    ++m_steps[step].completions;
    ++m_completionsTotal;
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

QJsonObject SimServer::stats() const
{
    QJsonObject steps;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        steps.insert(it.key(), QJsonObject{{QStringLiteral("requests"), it->requests},
                                           {QStringLiteral("completions"), it->completions}});
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
            {QStringLiteral("in_flight"), m_inFlight},
            {QStringLiteral("max_in_flight"), m_maxInFlight},
            {QStringLiteral("by_fault"), byFault},
            {QStringLiteral("by_model"), byModel},
            {QStringLiteral("steps"), steps}};
}

void SimServer::resetStats()
{
    m_steps.clear();
    m_byFault.clear();
    m_byModel.clear();
    m_requestsTotal = 0;
    m_completionsTotal = 0;
    m_maxInFlight = m_inFlight;
    m_rateWindows.clear();
    m_clock.restart();
}

} // namespace vigil::sim

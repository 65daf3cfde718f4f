#include "httpclient.h"

#include "logging.h"
#include "tr.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <cstring>

namespace vigil {

namespace {

// A status line, the headers and a chunk's size line together: more is not a reply.
constexpr qsizetype kMaxHeadBytes = 256 * 1024;

QString originOf(const QUrl &url)
{
    return url.host() + QLatin1Char(':') + QString::number(url.port(80));
}

QByteArray verbOf(QNetworkAccessManager::Operation operation)
{
    switch (operation) {
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    default:
        return {};
    }
}

// One request and its reply over one connection, taken from the manager's idle ones or
// opened for it, and given back when the reply ended cleanly and the server keeps it open.
// It never sends its request twice: a connection that closes before the reply is an error.
class HttpReply final : public QNetworkReply
{
public:
    HttpReply(HttpManager &manager, QNetworkAccessManager::Operation operation,
              const QNetworkRequest &request, QByteArray body)
        : QNetworkReply(&manager), m_manager(&manager), m_origin(originOf(request.url())),
          m_outgoing(std::move(body))
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        manager.countInFlight(1);
        // Begins at the next turn of the event loop, once the caller has connected to it.
        QMetaObject::invokeMethod(this, &HttpReply::begin, Qt::QueuedConnection);
    }

    ~HttpReply() override { leaveFlight(); }

    void abort() override
    {
        if (isFinished())
            return;
        QNetworkReply::close();
        fail(OperationCanceledError, QStringLiteral("Operation canceled"));
    }

    bool isSequential() const override { return true; }

    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_bodyRead + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_bodyRead);
        std::memcpy(data, m_body.constData() + m_bodyRead, static_cast<size_t>(count));
        m_bodyRead += count;
        if (m_bodyRead == m_body.size()) {
            m_body.resize(0); // keeps its room for the next piece
            m_bodyRead = 0;
        }
        if (m_throttled) {
            // The reader made room: read on from the connection at the next turn.
            m_throttled = false;
            QMetaObject::invokeMethod(this, &HttpReply::onReadyRead, Qt::QueuedConnection);
        }
        return count;
    }

private:
    enum class Stage
    {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done
    };

    void begin()
    {
        if (isFinished() || !m_manager)
            return;
        m_socket = m_manager->takeIdle(m_origin);
        const bool reused = m_socket != nullptr;
        if (!reused) {
            m_socket = new QTcpSocket;
            m_socket->setProxy(QNetworkProxy::NoProxy);
        }
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpReply::onConnected);
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpReply::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpReply::onBytesWritten);
        connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpReply::onSocketError);
        if (reused) {
            sendRequest();
            return;
        }
        emit socketStartedConnecting();
        if (isFinished())
            return;
        m_socket->connectToHost(url().host(), static_cast<quint16>(url().port(80)),
                                QIODevice::ReadWrite | QIODevice::Unbuffered);
    }

    void onConnected()
    {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        sendRequest();
    }

    void sendRequest()
    {
        const QUrl &target = url();
        QByteArray head = verbOf(operation());
        head += ' ';
        const QByteArray path =
            target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (!path.startsWith('/'))
            head += '/';
        head += path;
        head += " HTTP/1.1\r\nHost: ";
        const QByteArray host = QUrl::toAce(target.host());
        head += host.contains(':') ? '[' + host + ']' : host;
        if (target.port(80) != 80)
            head += ':' + QByteArray::number(target.port());
        head += "\r\n";
        const QNetworkRequest &sent = request();
        bool sized = false;
        for (const QByteArray &name : sent.rawHeaderList()) {
            sized = sized || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
            head += name + ": " + sent.rawHeader(name) + "\r\n";
        }
        if (!sized &&
            (!m_outgoing.isEmpty() || operation() == QNetworkAccessManager::PostOperation ||
             operation() == QNetworkAccessManager::PutOperation))
            head += "Content-Length: " + QByteArray::number(m_outgoing.size()) + "\r\n";
        head += "\r\n";
        // Unbuffered: written to the connection now, what it cannot take yet kept by Qt.
        const qint64 written = m_socket->write(head + m_outgoing);
        m_outgoing.clear();
        if (written < 0) {
            fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
            return;
        }
        m_sending = true;
        onBytesWritten();
    }

    void onBytesWritten()
    {
        if (!m_sending || m_socket->bytesToWrite() > 0)
            return;
        m_sending = false;
        emit requestSent();
    }

    void onReadyRead()
    {
        if (!m_socket || isFinished() || m_throttled || m_resting)
            return;
        if (m_peerClosed) {
            // Resumed after the reader made room: what is left was read before the close.
            process();
            if (!isFinished() && !m_throttled)
                settleClose();
            return;
        }
        // Read without asking how much waits first (no ioctl): a chunk, and more while
        // each read fills its chunk; the connection says again when more comes.
        constexpr qsizetype kReadChunk = 16 * 1024;
        constexpr qsizetype kReadBurst = 256 * 1024;
        qint64 got = 0;
        qint64 total = 0;
        do {
            const qsizetype had = m_in.size();
            m_in.resize(had + kReadChunk);
            got = m_socket->read(m_in.data() + had, kReadChunk);
            m_in.resize(had + std::max<qint64>(got, 0));
            total += std::max<qint64>(got, 0);
        } while (got == kReadChunk && total < kReadBurst);
        if (got < 0) {
            if (m_socket->error() != QAbstractSocket::RemoteHostClosedError) {
                fail(UnknownNetworkError, m_socket->errorString());
                return;
            }
            m_peerClosed = true;
        }
        // A reply that trickles in (a stream's tokens, a few bytes each) is read at the
        // manager's pace, a few tokens a read; one that floods in is read at once.
        if (total > 0 && total < kReadChunk && m_stage > Stage::Headers && m_manager &&
            m_manager->paces()) {
            m_resting = true;
            m_manager->atNextPace(this, [this] {
                m_resting = false;
                onReadyRead();
            });
        }
        process();
        if (m_resting && !isFinished())
            stopWatching();
        if (m_peerClosed && !isFinished() && !m_throttled)
            settleClose();
    }

    // While the reply rests nothing wakes the loop for the tokens that arrive meanwhile:
    // the paced read takes them all, and Qt watches the connection again with every read.
    // The socket's read notifier is its own child; without one, the rest is only shorter.
    void stopWatching()
    {
        if (!m_readNotifier) {
            const auto notifiers = m_socket->findChildren<QSocketNotifier *>();
            for (QSocketNotifier *notifier : notifiers) {
                if (notifier->type() == QSocketNotifier::Read)
                    m_readNotifier = notifier;
            }
        }
        if (m_readNotifier)
            m_readNotifier->setEnabled(false);
    }

    void onSocketError(QAbstractSocket::SocketError error)
    {
        if (isFinished())
            return;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            m_peerClosed = true;
            process();
            if (!isFinished() && !m_throttled)
                settleClose();
            return;
        }
        switch (error) {
        case QAbstractSocket::ConnectionRefusedError:
            fail(ConnectionRefusedError, QStringLiteral("Connection refused"));
            break;
        case QAbstractSocket::HostNotFoundError:
            fail(HostNotFoundError, QStringLiteral("Host %1 not found").arg(url().host()));
            break;
        case QAbstractSocket::SocketTimeoutError:
            fail(TimeoutError, QStringLiteral("Socket operation timed out"));
            break;
        default:
            fail(UnknownNetworkError, m_socket->errorString());
            break;
        }
    }

    // The server closed the connection and everything it sent has been read.
    void settleClose()
    {
        if (m_stage == Stage::Body && m_untilClose) {
            m_keepAlive = false;
            complete();
            return;
        }
        fail(RemoteHostClosedError, QStringLiteral("Connection closed"));
    }

    // Reads what the connection delivered: the reply's head, then its body in whatever
    // framing the head announced.
    void process()
    {
        QPointer<HttpReply> alive(this);
        qsizetype pos = 0;
        bool gotBody = false;
        while (m_stage != Stage::Done) {
            if (m_stage == Stage::Body || m_stage == Stage::ChunkData) {
                const qint64 limit = readBufferSize();
                const qint64 buffered = m_body.size() - m_bodyRead;
                if (limit > 0 && buffered >= limit) {
                    m_throttled = true;
                    break;
                }
                qint64 take = m_in.size() - pos;
                if (!m_untilClose)
                    take = std::min(take, m_remaining);
                if (limit > 0)
                    take = std::min(take, limit - buffered);
                if (take <= 0)
                    break;
                m_body.append(m_in.constData() + pos, take);
                pos += take;
                gotBody = gotBody || take > 0;
                if (!m_untilClose) {
                    m_remaining -= take;
                    if (m_remaining == 0)
                        m_stage = m_stage == Stage::Body ? Stage::Done : Stage::ChunkEnd;
                }
                continue;
            }
            const qsizetype end = m_in.indexOf('\n', pos);
            if (end < 0) {
                if (m_in.size() - pos > kMaxHeadBytes)
                    fail(ProtocolFailure, Tr::tr("the reply's head is too long"));
                break;
            }
            m_headBytes += end + 1 - pos;
            if (m_headBytes > kMaxHeadBytes && m_stage <= Stage::Headers) {
                fail(ProtocolFailure, Tr::tr("the reply's head is too long"));
                return;
            }
            QByteArrayView line(m_in.constData() + pos, end - pos);
            if (line.endsWith('\r'))
                line.chop(1);
            pos = end + 1;
            if (!takeLine(line))
                return;
            if (!alive || isFinished())
                return;
        }
        if (isFinished())
            return;
        // What is left moves to the front by hand: remove() would move the array's start
        // instead, and the room lost before it would cost a reallocation at the next read.
        const qsizetype left = m_in.size() - pos;
        if (left > 0 && pos > 0)
            std::memmove(m_in.data(), m_in.constData() + pos, static_cast<size_t>(left));
        m_in.resize(left); // keeps its room for the next read
        if (gotBody) {
            emit readyRead();
            if (!alive || isFinished())
                return;
        }
        if (m_stage == Stage::Done)
            complete();
    }

    // One line of the head, a chunk's size or a trailer; false when the reply failed.
    bool takeLine(QByteArrayView line)
    {
        switch (m_stage) {
        case Stage::StatusLine:
            return takeStatusLine(line);
        case Stage::Headers:
            if (line.isEmpty())
                return endOfHead();
            return takeHeader(line);
        case Stage::ChunkSize: {
            const qsizetype extension = line.indexOf(';');
            bool ok = false;
            m_remaining =
                (extension < 0 ? line : line.first(extension)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                fail(ProtocolFailure, Tr::tr("a chunk's size cannot be read"));
                return false;
            }
            m_headBytes = 0;
            m_stage = m_remaining == 0 ? Stage::Trailers : Stage::ChunkData;
            return true;
        }
        case Stage::ChunkEnd:
            if (!line.isEmpty()) {
                fail(ProtocolFailure, Tr::tr("a chunk does not end where its size said"));
                return false;
            }
            m_stage = Stage::ChunkSize;
            return true;
        case Stage::Trailers:
            if (line.isEmpty())
                m_stage = Stage::Done;
            return true;
        case Stage::Body:
        case Stage::ChunkData:
        case Stage::Done:
            break;
        }
        return true;
    }

    bool takeStatusLine(QByteArrayView line)
    {
        // "HTTP/1.1 200 OK"
        bool ok = false;
        const int status = line.size() >= 12 && line.startsWith("HTTP/1.") && line.at(8) == ' '
                               ? line.sliced(9, 3).toInt(&ok)
                               : 0;
        if (!ok || status < 100) {
            fail(ProtocolFailure, Tr::tr("the server did not answer in HTTP/1"));
            return false;
        }
        m_status = status;
        m_keepAlive = line.at(7) != '0';
        m_reason = line.size() > 13 ? line.sliced(13).toByteArray() : QByteArray();
        m_headers.clear();
        m_stage = Stage::Headers;
        return true;
    }

    bool takeHeader(QByteArrayView line)
    {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(ProtocolFailure, Tr::tr("a header of the reply cannot be read"));
            return false;
        }
        const QByteArray name = line.first(colon).trimmed().toByteArray();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        for (auto &[known, values] : m_headers) {
            if (known.compare(name, Qt::CaseInsensitive) == 0) {
                values += ", " + value;
                return true;
            }
        }
        m_headers.append({name, value});
        return true;
    }

    bool endOfHead()
    {
        if (m_status < 200) {
            if (m_status == 101) {
                fail(ProtocolFailure, Tr::tr("the server switched protocols"));
                return false;
            }
            m_stage = Stage::StatusLine; // 100 Continue, 103 Early Hints: the reply follows
            return true;
        }
        QByteArray length;
        bool chunked = false;
        for (const auto &[name, value] : std::as_const(m_headers)) {
            setRawHeader(name, value);
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value;
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                chunked = value.toLower().contains("chunked");
            else if (name.compare("Connection", Qt::CaseInsensitive) == 0)
                m_keepAlive = value.toLower().contains("keep-alive") ||
                              (m_keepAlive && !value.toLower().contains("close"));
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, m_reason);
        setAttribute(QNetworkRequest::ConnectionEncryptedAttribute, false);
        setAttribute(QNetworkRequest::Http2WasUsedAttribute, false);
        m_headBytes = 0;
        if (operation() == QNetworkAccessManager::HeadOperation || m_status == 204 ||
            m_status == 304) {
            m_stage = Stage::Done;
        } else if (chunked) {
            m_stage = Stage::ChunkSize;
        } else if (!length.isNull()) {
            bool ok = false;
            m_remaining = length.toLongLong(&ok);
            if (!ok || m_remaining < 0) {
                fail(ProtocolFailure, Tr::tr("the reply's Content-Length cannot be read"));
                return false;
            }
            m_stage = m_remaining == 0 ? Stage::Done : Stage::Body;
        } else {
            m_untilClose = true;
            m_keepAlive = false;
            m_stage = Stage::Body;
        }
        emit metaDataChanged();
        return true;
    }

    void leaveFlight()
    {
        if (m_inFlight && m_manager)
            m_manager->countInFlight(-1);
        m_inFlight = false;
    }

    void complete()
    {
        m_stage = Stage::Done;
        leaveFlight();
        if (m_socket) {
            m_socket->disconnect(this);
            // What the server sends after the reply ends the idle connection (keepIdle).
            if (m_keepAlive && m_in.isEmpty() &&
                m_socket->state() == QAbstractSocket::ConnectedState && m_manager) {
                m_manager->keepIdle(m_origin, m_socket);
            } else {
                m_socket->abort();
                m_socket->deleteLater();
            }
            m_socket = nullptr;
        }
        setFinished(true);
        emit readChannelFinished();
        emit finished();
    }

    void fail(NetworkError code, const QString &message)
    {
        m_stage = Stage::Done;
        leaveFlight();
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
        setError(code, message);
        setFinished(true);
        qCDebug(lcNet).noquote() << "request to" << m_origin << "failed:" << message;
        emit errorOccurred(code);
        emit readChannelFinished();
        emit finished();
    }

    QPointer<HttpManager> m_manager;
    bool m_inFlight = true; // counted by the manager until finished
    const QString m_origin;
    QByteArray m_outgoing;
    QTcpSocket *m_socket = nullptr;
    bool m_sending = false; // the request is not all on the wire yet

    Stage m_stage = Stage::StatusLine;
    QByteArray m_in; // read from the connection, not yet parsed
    qsizetype m_headBytes = 0;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    bool m_keepAlive = true;
    bool m_untilClose = false;
    qint64 m_remaining = 0; // of the body, or of the chunk being read
    bool m_peerClosed = false;
    bool m_throttled = false;                 // the reader's buffer is full: the connection waits
    bool m_resting = false;                   // read a moment ago: the next read waits for the pace
    QPointer<QSocketNotifier> m_readNotifier; // the connection's, off while resting

    QByteArray m_body; // the reply's body as read, for the reader
    qint64 m_bodyRead = 0;
};

} // namespace

HttpManager::HttpManager(QObject *parent) : QNetworkAccessManager(parent)
{
    m_clock.start();
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &HttpManager::closeExpired);
    m_pace.setSingleShot(true);
    connect(&m_pace, &QTimer::timeout, this, &HttpManager::readPaced);
}

HttpManager::~HttpManager() = default;

bool HttpManager::sendsItself(const QUrl &url) const
{
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty())
        return false;
    QNetworkProxy chosen = proxy();
    if (chosen.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        const QList<QNetworkProxy> proxies = proxyFactory()
                                                 ? proxyFactory()->queryProxy(query)
                                                 : QNetworkProxyFactory::proxyForQuery(query);
        chosen = proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
    }
    return chosen.type() == QNetworkProxy::NoProxy || chosen.type() == QNetworkProxy::DefaultProxy;
}

int HttpManager::idleConnections() const
{
    return static_cast<int>(m_idle.size());
}

QTcpSocket *HttpManager::takeIdle(const QString &origin)
{
    while (true) {
        const auto found = m_idle.find(origin);
        if (found == m_idle.end())
            return nullptr;
        QTcpSocket *socket = found->socket;
        m_idle.erase(found);
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->abort();
        socket->deleteLater();
    }
}

void HttpManager::keepIdle(const QString &origin, QTcpSocket *socket)
{
    socket->setParent(this);
    // A server that closes an idle connection, or sends on it unasked, ends it here.
    const auto end = [this, socket] { drop(socket); };
    connect(socket, &QTcpSocket::readyRead, this, end);
    connect(socket, &QTcpSocket::disconnected, this, end);
    connect(socket, &QTcpSocket::errorOccurred, this, end);
    m_idle.insert(origin, {socket, m_clock.elapsed()});
    if (!m_expiry.isActive())
        m_expiry.start(kIdleMs);
}

void HttpManager::drop(QTcpSocket *socket)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        if (it->socket == socket) {
            m_idle.erase(it);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            return;
        }
    }
}

void HttpManager::closeExpired()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        const qint64 age = now - it->sinceMs;
        if (age >= kIdleMs) {
            it->socket->disconnect(this);
            it->socket->abort();
            it->socket->deleteLater();
            it = m_idle.erase(it);
            continue;
        }
        next = next < 0 ? kIdleMs - age : std::min(next, kIdleMs - age);
        ++it;
    }
    if (next >= 0)
        m_expiry.start(static_cast<int>(next));
}

void HttpManager::atNextPace(QObject *reader, std::function<void()> read)
{
    m_paced.push_back({reader, std::move(read)});
    if (!m_pace.isActive())
        m_pace.start(kPaceMs);
}

void HttpManager::readPaced()
{
    std::vector<Paced> due;
    due.swap(m_paced);
    for (const Paced &paced : due) {
        if (paced.reader)
            paced.read();
    }
}

QNetworkReply *HttpManager::createRequest(Operation operation, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    if (verbOf(operation).isEmpty() || !sendsItself(request.url()))
        return QNetworkAccessManager::createRequest(operation, request, outgoingData);
    QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    return new HttpReply(*this, operation, request, std::move(body));
}

} // namespace vigil

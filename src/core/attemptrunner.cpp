#include "attemptrunner.h"

#include "logging.h"
#include "networkaccess.h"
#include "systemio.h"
#include "tr.h"

namespace vigil {

namespace {

constexpr qsizetype kMaxErrorBody = 1024 * 1024;
constexpr qsizetype kMaxWholeBody = 64 * 1024 * 1024;
constexpr qint64 kReadBufferBytes = 1024 * 1024;
// A reply this large leaves its freed buffers in the allocator's hands: they go back to the
// system once the attempt and its reply are gone, so that one hostile answer at night does
// not leave the tray application a hundred megabytes larger for the rest of the week.
constexpr qint64 kReleaseAfterBytes = 8 * 1024 * 1024;
constexpr int kReleaseDelayMs = 1000;

int clampMs(qint64 ms)
{
    return static_cast<int>(std::clamp<qint64>(ms, 1, std::numeric_limits<int>::max()));
}

} // namespace

TransportFailure transportFailureFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return TransportFailure::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownContentError:
        return TransportFailure::ConnectionClosed;
    case QNetworkReply::HostNotFoundError:
        return TransportFailure::HostNotFound;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::Tls;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return TransportFailure::Proxy;
    case QNetworkReply::OperationCanceledError:
        return TransportFailure::Cancelled;
    default:
        return TransportFailure::OtherNetwork;
    }
}

AttemptRunner::AttemptRunner(NetworkAccess &network, const ProtocolAdapter &adapter,
                             const QNetworkRequest &request, QByteArray body, bool stream,
                             const AttemptLimits &limits, QObject *parent, DecodedReply resumed)
    : QObject(parent), m_network(network), m_decoder(adapter.newDecoder()), m_request(request),
      m_body(std::move(body)), m_stream(stream), m_limits(limits)
{
    m_result.reply = std::move(resumed);
    m_aliveClock.start();
    // Precise: a coarse timer may fire 5 % early, 90 s early on a 30 min ceiling.
    for (QTimer *timer : {&m_ttfbTimer, &m_idleTimer, &m_ceilingTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_ttfbTimer, &QTimer::timeout, this,
            [this] { abortWith(TransportFailure::TimeToFirstByte); });
    connect(&m_idleTimer, &QTimer::timeout, this, &AttemptRunner::onIdleTimeout);
    connect(&m_ceilingTimer, &QTimer::timeout, this,
            [this] { abortWith(TransportFailure::AttemptCeiling); });
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this,
            [this] { sendRequest(m_poll(m_result.reply.responseId), false); });
}

void AttemptRunner::setPolling(std::function<QNetworkRequest(const QString &)> poll)
{
    m_poll = std::move(poll);
}

AttemptRunner::~AttemptRunner()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AttemptRunner::start()
{
    if (m_done)
        return;
    sendRequest(m_request, !m_body.isEmpty());
}

void AttemptRunner::sendRequest(const QNetworkRequest &request, bool post)
{
    m_headersSeen = false;
    m_rawBody.clear();
    m_reply = post ? m_network.post(request, m_body) : m_network.get(request);
    // Qt reads as fast as the server sends unless told otherwise; a server that sends more
    // than Vigil keeps must not fill memory behind its back. Qt 6.4 passes the limit to its
    // HTTP thread only once that has begun the request, so it is given again as soon as
    // the request is under way — while connecting and once sent, before a byte of the
    // reply, which loopback delivers at gigabytes a second — and with the first bytes.
    m_reply->setReadBufferSize(kReadBufferBytes);
    const auto limitReads = [this] {
        if (m_reply && !m_headersSeen)
            m_reply->setReadBufferSize(kReadBufferBytes);
        armWatchdogs();
    };
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, limitReads);
    connect(m_reply, &QNetworkReply::requestSent, this, limitReads);
    connect(m_reply, &QNetworkReply::readyRead, this, &AttemptRunner::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AttemptRunner::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the reply fails with SslHandshakeFailedError after this.
        if (!errors.isEmpty())
            m_result.outcome.transportDetail = errors.first().errorString();
    });
}

void AttemptRunner::cancel()
{
    if (!m_reply && !m_done) {
        // Cancelled before it was sent, or between two polls: it ends here.
        m_done = true;
        m_pollTimer.stop();
        m_ceilingTimer.stop();
        m_result.outcome.transport = TransportFailure::Cancelled;
        m_result.outcome.transportDetail = m_result.reply.responseId.isEmpty()
                                               ? Tr::tr("cancelled before it was sent")
                                               : Tr::tr("cancelled while polling");
        emit finished();
        return;
    }
    abortWith(TransportFailure::Cancelled);
}

void AttemptRunner::armWatchdogs()
{
    if (m_armed || m_done)
        return;
    m_armed = true;
    m_sentClock.start();
    if (m_stream)
        m_ttfbTimer.start(clampMs(m_limits.ttfbMs));
    m_ceilingTimer.start(clampMs(m_limits.ceilingMs));
}

void AttemptRunner::abortWith(TransportFailure reason)
{
    if (!m_done && !m_reply && m_pollTimer.isActive()) {
        // Between two polls: nothing to abort, the attempt simply ends.
        m_done = true;
        m_pollTimer.stop();
        m_result.outcome.transport = reason;
        emit finished();
        return;
    }
    if (m_done || !m_reply)
        return;
    if (m_abortReason == TransportFailure::None)
        m_abortReason = reason;
    qCDebug(lcNet) << "aborting attempt" << m_request.rawHeader("X-Client-Request-Id") << "reason"
                   << static_cast<int>(reason);
    m_reply->abort();
}

void AttemptRunner::noteEvent()
{
    if (!m_sawEvent) {
        m_sawEvent = true;
        m_ttfbTimer.stop();
        m_result.firstEventAfterMs = m_sentClock.isValid() ? m_sentClock.elapsed() : 0;
    }
    noteAlive();
}

void AttemptRunner::noteAlive()
{
    // A stream sends an event every few milliseconds: each notes its time, and the idle
    // watchdog, when it fires, waits out what is left since the last one instead of being
    // started again for every event.
    m_lastAliveMs = m_aliveClock.elapsed();
    if (!m_idleTimer.isActive())
        m_idleTimer.start(clampMs(m_limits.idleMs));
}

void AttemptRunner::onIdleTimeout()
{
    const qint64 silentMs = m_aliveClock.elapsed() - m_lastAliveMs;
    if (silentMs < m_limits.idleMs) {
        m_idleTimer.start(clampMs(m_limits.idleMs - silentMs));
        return;
    }
    abortWith(TransportFailure::IdleStream);
}

void AttemptRunner::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    if (!m_headersSeen) {
        m_headersSeen = true;
        m_reply->setReadBufferSize(kReadBufferBytes);
        armWatchdogs();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_isEventStream = status >= 200 && status < 300 &&
                          m_reply->header(QNetworkRequest::ContentTypeHeader)
                              .toString()
                              .startsWith(QLatin1String("text/event-stream"));
    }
    const QByteArray bytes = m_reply->readAll();
    m_bytesReceived += bytes.size();
    if (m_isEventStream) {
        consumeStream(bytes);
        return;
    }
    // An error body or a whole JSON reply: either proves the server is answering.
    if (m_stream && !bytes.isEmpty())
        noteEvent();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qsizetype limit = (status >= 200 && status < 300) ? kMaxWholeBody : kMaxErrorBody;
    m_rawBody.append(bytes.left(std::max<qsizetype>(0, limit - m_rawBody.size())));
    if (m_rawBody.size() >= limit && status >= 200 && status < 300) {
        m_result.outcome.transportDetail = Tr::tr("the reply exceeded %1 bytes").arg(limit);
        abortWith(TransportFailure::OtherNetwork);
    }
}

void AttemptRunner::consumeStream(QByteArrayView bytes)
{
    QList<SseEvent> events;
    const qint64 linesBefore = m_parser.linesSeen();
    if (!m_parser.feed(bytes, events)) {
        m_result.outcome.transportDetail = Tr::tr("a stream line exceeded the size limit");
        abortWith(TransportFailure::OtherNetwork);
        return;
    }
    if (!events.isEmpty())
        noteEvent();
    else if (m_sawEvent && m_parser.linesSeen() > linesBefore)
        noteAlive(); // keep-alive comments prove liveness
    const bool named = !m_result.reply.responseId.isEmpty();
    for (const SseEvent &event : std::as_const(events)) {
        m_decoder->onEvent(event, m_result.reply);
        if (!m_result.reply.errorEvent.isEmpty() || m_result.reply.complete)
            break;
    }
    if (!named && !m_result.reply.responseId.isEmpty())
        emit responseStarted(m_result.reply.responseId);
}

void AttemptRunner::onFinished()
{
    if (m_done || !m_reply)
        return;
    if (m_reply->isOpen())
        onReadyRead();
    if (pollIfPending())
        return;
    m_done = true;
    for (QTimer *timer : {&m_ttfbTimer, &m_idleTimer, &m_ceilingTimer})
        timer->stop();

    AttemptOutcome &outcome = m_result.outcome;
    outcome.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.headers = m_reply->rawHeaderPairs();
    for (const char *name : {"x-request-id", "request-id", "x-amzn-requestid", "cf-ray"}) {
        const QByteArray id = m_reply->rawHeader(name);
        if (!id.isEmpty()) {
            m_result.serverRequestId = QString::fromLatin1(id);
            break;
        }
    }
    const QNetworkReply::NetworkError error = m_reply->error();
    const bool success = outcome.httpStatus >= 200 && outcome.httpStatus < 300;

    if (m_abortReason != TransportFailure::None) {
        outcome.transport = m_abortReason;
    } else if (outcome.httpStatus == 0) {
        outcome.transport = transportFailureFor(error);
        if (outcome.transportDetail.isEmpty())
            outcome.transportDetail = m_reply->errorString();
    } else if (!success) {
        outcome.body = m_rawBody;
    } else if (m_isEventStream) {
        if (!m_result.reply.errorEvent.isEmpty()) {
            outcome.body = m_result.reply.errorEvent;
            outcome.transport = TransportFailure::TruncatedStream;
        } else if (!m_result.reply.complete) {
            outcome.transport = TransportFailure::TruncatedStream;
        }
    } else {
        if (error != QNetworkReply::NoError) {
            outcome.transport = transportFailureFor(error);
            outcome.transportDetail = m_reply->errorString();
        } else {
            m_decoder->onWholeBody(m_rawBody, m_result.reply);
            if (!m_result.reply.errorEvent.isEmpty())
                outcome.body = m_result.reply.errorEvent;
        }
    }
    m_result.ok = outcome.transport == TransportFailure::None && success &&
                  m_result.reply.complete && m_result.reply.errorEvent.isEmpty();
    // A stream cut by the transport after an error event still reports the event.
    if (!m_result.ok && outcome.transport == TransportFailure::TruncatedStream &&
        outcome.body.isEmpty() && error != QNetworkReply::NoError)
        outcome.transportDetail = m_reply->errorString();

    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    if (m_bytesReceived >= kReleaseAfterBytes)
        QTimer::singleShot(kReleaseDelayMs, [] { releaseFreedMemory(); });
    emit finished();
}

bool AttemptRunner::pollIfPending()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_poll || m_stream || m_abortReason != TransportFailure::None ||
        m_reply->error() != QNetworkReply::NoError || status < 200 || status >= 300)
        return false;
    DecodedReply probe;
    m_decoder->onWholeBody(m_rawBody, probe);
    if (probe.complete || !probe.errorEvent.isEmpty() || probe.responseId.isEmpty())
        return false;
    const bool named = !m_result.reply.responseId.isEmpty();
    m_result.reply.responseId = probe.responseId;
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    m_pollTimer.start(m_pollDelayMs);
    m_pollDelayMs = std::min(m_pollDelayMs * 3 / 2, 10'000);
    if (!named)
        emit responseStarted(probe.responseId);
    return true;
}

} // namespace vigil

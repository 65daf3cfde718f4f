#pragma once

#include "classifier.h"
#include "protocol.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

namespace vigil {

class NetworkAccess;

struct AttemptLimits
{
    qint64 ttfbMs = 90'000;       // streaming only: until the first stream event
    qint64 idleMs = 120'000;      // streaming only: between events once the stream started
    qint64 ceilingMs = 1'800'000; // the whole attempt
};

// What went wrong below HTTP, in the classifier's words.
TransportFailure transportFailureFor(QNetworkReply::NetworkError error);

struct AttemptResult
{
    bool ok = false;
    DecodedReply reply;
    AttemptOutcome outcome;        // filled when !ok, for the classifier
    QString serverRequestId;       // the provider's own id for the request, when it sent one
    qint64 firstEventAfterMs = -1; // from the request leaving to the first stream event
};

// Runs one HTTP request for one step and watches it. The watchdogs start when the request
// really leaves (a connection is being made for it, or it is written to one), never while
// it waits in a queue. It never retries; it reports and is done.
class AttemptRunner : public QObject
{
    Q_OBJECT
public:
    // With an empty `body` the attempt re-attaches (a GET) to the background response that
    // `resumed` names, and goes on from what the attempt before it read.
    AttemptRunner(NetworkAccess &network, const ProtocolAdapter &adapter,
                  const QNetworkRequest &request, QByteArray body, bool stream,
                  const AttemptLimits &limits, QObject *parent = nullptr,
                  DecodedReply resumed = {});
    ~AttemptRunner() override;

    void start();
    // A reply that says its background response is still being generated is polled: the
    // response's state is asked for again (`poll` makes the request) until it ends, at
    // widening intervals, all within the attempt's ceiling.
    void setPolling(std::function<QNetworkRequest(const QString &responseId)> poll);
    // Ends the attempt now; it finishes with the class "cancelled".
    void cancel();
    const AttemptResult &result() const { return m_result; }

signals:
    // The provider named the background response it generates for this attempt.
    void responseStarted(const QString &responseId);
    void finished();

private:
    void armWatchdogs();
    void onReadyRead();
    void onFinished();
    void abortWith(TransportFailure reason);
    // The reply says the background response is still being generated: poll it again.
    bool pollIfPending();
    void sendRequest(const QNetworkRequest &request, bool post);
    void consumeStream(QByteArrayView bytes);
    void noteEvent();
    void noteAlive();
    void onIdleTimeout();
    void complete();

    NetworkAccess &m_network;
    std::unique_ptr<ReplyDecoder> m_decoder;
    QNetworkRequest m_request;
    QByteArray m_body;
    bool m_stream;
    AttemptLimits m_limits;

    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QByteArray m_rawBody; // error bodies and non-streamed replies
    qint64 m_bytesReceived = 0;
    bool m_isEventStream = false;
    bool m_headersSeen = false;
    bool m_sawEvent = false;
    bool m_armed = false;
    bool m_done = false;
    TransportFailure m_abortReason = TransportFailure::None;
    QTimer m_ttfbTimer;
    QTimer m_idleTimer;
    QTimer m_ceilingTimer;
    QTimer m_pollTimer;
    std::function<QNetworkRequest(const QString &)> m_poll;
    int m_pollDelayMs = 500;
    QElapsedTimer m_sentClock;
    QElapsedTimer m_aliveClock;
    qint64 m_lastAliveMs = 0;
    AttemptResult m_result;
};

} // namespace vigil

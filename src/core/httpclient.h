#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <vector>

class QTcpSocket;

namespace vigil {

// Vigil's network manager. A plain-HTTP request that no proxy is set for — a local vLLM or
// llama.cpp server, a gateway on the machine, the simulator — it sends itself over
// keep-alive connections in its own thread: no HTTP thread of Qt's, no hop between threads
// for every streamed token, no request re-sent behind the scheduler's back. Everything else
// (TLS, proxies, other schemes) goes through QNetworkAccessManager as before.
class HttpManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    // How long an idle keep-alive connection is kept for the next request.
    static constexpr int kIdleMs = 30'000;
    // How often a reply that trickles in is read while kPacedFrom replies or more are in
    // flight: a stream's tokens, a few milliseconds apart each, are taken a few at a time,
    // with one wake-up for all the replies resting. Fewer are read as they come, without
    // the wait: a conversation's step ends as soon as its reply does.
    static constexpr int kPaceMs = 50;
    static constexpr int kPacedFrom = 4;

    explicit HttpManager(QObject *parent = nullptr);
    ~HttpManager() override;

    // Whether a request for `url` is sent by this manager's own HTTP client.
    bool sendsItself(const QUrl &url) const;
    // Open connections waiting for their next request, across origins.
    int idleConnections() const;

    // The client's side: an open connection to `origin` with nothing in flight, or none.
    QTcpSocket *takeIdle(const QString &origin);
    // A connection whose exchange ended cleanly waits here for the next request.
    void keepIdle(const QString &origin, QTcpSocket *socket);
    // Calls `read` at the next pace, unless `reader` is gone by then.
    void atNextPace(QObject *reader, std::function<void()> read);
    // Whether replies are read at the pace now: how many are in flight, counted by them.
    bool paces() const { return m_inFlight >= kPacedFrom; }
    void countInFlight(int change) { m_inFlight += change; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    struct Idle
    {
        QTcpSocket *socket = nullptr;
        qint64 sinceMs = 0;
    };
    struct Paced
    {
        QPointer<QObject> reader;
        std::function<void()> read;
    };
    void drop(QTcpSocket *socket);
    void closeExpired();
    void readPaced();

    QMultiHash<QString, Idle> m_idle;
    QElapsedTimer m_clock;
    QTimer m_expiry;
    std::vector<Paced> m_paced;
    QTimer m_pace;
    int m_inFlight = 0;
};

} // namespace vigil

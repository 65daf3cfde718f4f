#pragma once

#include <QByteArray>
#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace vigil {

// Makes NetworkAccess's network managers. Vigil's are HttpManagers; a test
// can hand managers that answer in-process, so that a runner is driven in virtual time.
using NetworkManagerFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

// The one place requests are made: it stamps every request the same way (User-Agent,
// request id, step tag, redirect policy, no caching) and keeps Qt from resending a
// request on its own, so that the scheduler's attempt count is the real number of
// backend hits. It owns as many network managers as the requests in flight need, so
// that concurrency is never capped by Qt's six connections per host.
class NetworkAccess : public QObject
{
    Q_OBJECT
public:
    // HTTP/1.1 connections Qt opens per host and manager.
    static constexpr int kConnectionsPerManager = 6;

    explicit NetworkAccess(NetworkManagerFactory factory = {}, QObject *parent = nullptr);
    ~NetworkAccess() override;

    static QByteArray userAgent();

    QNetworkRequest newRequest(const QUrl &url, const QString &requestId,
                               const QString &stepTag) const;
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body);
    QNetworkReply *get(const QNetworkRequest &request);
    int managerCount() const;
    // Whether a request is under way, whose end may be written soon.
    bool busy() const { return !m_inFlight.isEmpty(); }
    // Replies not yet deleted, across every manager: what a long run must not accumulate.
    int liveReplies() const;

private:
    QNetworkAccessManager *managerFor(const QString &origin);

    NetworkManagerFactory m_factory;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QHash<QPair<QNetworkAccessManager *, QString>, int> m_inFlight;
};

} // namespace vigil

#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace vigil {

// The one place requests are made: it stamps every request the same way (User-Agent,
// request id, step tag, redirect policy, no caching) and keeps Qt from resending a
// request on its own, so that the scheduler's attempt count is the real number of
// backend hits.
class NetworkAccess : public QObject
{
    Q_OBJECT
public:
    explicit NetworkAccess(QObject *parent = nullptr);

    static QByteArray userAgent();

    QNetworkRequest newRequest(const QUrl &url, const QString &requestId,
                               const QString &stepTag) const;
    QNetworkReply *post(const QNetworkRequest &request, const QByteArray &body);

private:
    QNetworkAccessManager m_manager;
};

} // namespace vigil

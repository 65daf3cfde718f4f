#include "networkaccess.h"

#include "httpclient.h"
#include "logging.h"

#include <QCoreApplication>
#include <QNetworkReply>

namespace vigil {

namespace {

// A request body that can be read exactly once. Qt's HTTP/1 channel silently re-sends a
// request whose connection closed before any reply byte arrived; it can only do that by
// rewinding the upload device. This device refuses, so such a loss surfaces as an error
// that the scheduler classifies and counts like every other attempt.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
        memcpy(data, m_data.constData() + m_position, static_cast<size_t>(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

NetworkAccess::NetworkAccess(NetworkManagerFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{
    if (!m_factory)
        m_factory = [] { return std::make_unique<HttpManager>(); };
}

NetworkAccess::~NetworkAccess() = default;

QNetworkAccessManager *NetworkAccess::managerFor(const QString &origin)
{
    // Qt opens at most six HTTP/1.1 connections per host and manager and queues the rest
    // inside the manager, out of sight. A request goes to a manager with a free connection
    // to its origin, and a new manager is made when none has one.
    for (const auto &manager : m_managers) {
        if (m_inFlight.value({manager.get(), origin}) < kConnectionsPerManager)
            return manager.get();
    }
    std::unique_ptr<QNetworkAccessManager> manager = m_factory();
    // A redirect ends the attempt and is classified: following it would send the prompt
    // again, unseen by the scheduler, and perhaps the key to another origin.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setAutoDeleteReplies(false);
    m_managers.push_back(std::move(manager));
    qCDebug(lcNet) << "network managers:" << m_managers.size();
    return m_managers.back().get();
}

int NetworkAccess::managerCount() const
{
    return static_cast<int>(m_managers.size());
}

int NetworkAccess::liveReplies() const
{
    int count = 0;
    for (const auto &manager : m_managers)
        count += static_cast<int>(
            manager->findChildren<QNetworkReply *>(Qt::FindDirectChildrenOnly).size());
    return count;
}

QByteArray NetworkAccess::userAgent()
{
    return "Vigil/" + QCoreApplication::applicationVersion().toLatin1() + " (Qt " + qVersion() +
           ")";
}

QNetworkRequest NetworkAccess::newRequest(const QUrl &url, const QString &requestId,
                                          const QString &stepTag) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, text/event-stream");
    request.setRawHeader("X-Client-Request-Id", requestId.toLatin1());
    request.setRawHeader("X-Vigil-Step", stepTag.toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    return request;
}

QNetworkReply *NetworkAccess::post(const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkRequest sized = request;
    sized.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new OneShotBody(body, nullptr);
    const QUrl url = request.url();
    const QString origin =
        QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(-1));
    QNetworkAccessManager *manager = managerFor(origin);
    QNetworkReply *reply = manager->post(sized, device);
    device->setParent(reply);
    const QPair<QNetworkAccessManager *, QString> slot{manager, origin};
    ++m_inFlight[slot];
    connect(reply, &QNetworkReply::finished, this, [this, slot] {
        if (--m_inFlight[slot] <= 0)
            m_inFlight.remove(slot);
    });
    qCDebug(lcNet).noquote() << "POST" << request.url().toDisplayString() << "request"
                             << request.rawHeader("X-Client-Request-Id");
    return reply;
}

QNetworkReply *NetworkAccess::get(const QNetworkRequest &request)
{
    const QUrl url = request.url();
    return managerFor(QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(-1)))
        ->get(request);
}

} // namespace vigil

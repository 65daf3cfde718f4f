#include "networkaccess.h"

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
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
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

NetworkAccess::NetworkAccess(QObject *parent) : QObject(parent)
{
    m_manager.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_manager.setAutoDeleteReplies(false);
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
    request.setMaximumRedirectsAllowed(5);
    return request;
}

QNetworkReply *NetworkAccess::post(const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkRequest sized = request;
    sized.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    auto *device = new OneShotBody(body, nullptr);
    QNetworkReply *reply = m_manager.post(sized, device);
    device->setParent(reply);
    qCDebug(lcNet).noquote() << "POST" << request.url().toDisplayString() << "request"
                             << request.rawHeader("X-Client-Request-Id");
    return reply;
}

} // namespace vigil

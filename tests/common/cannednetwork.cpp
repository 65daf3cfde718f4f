#include "cannednetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>
#include <cstring>

namespace {

// A reply that arrives whole at the next turn of the event loop, as a fast server's would.
class CannedReply final : public QNetworkReply
{
public:
    CannedReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
                CannedAnswer answer, QObject *parent)
        : QNetworkReply(parent), m_answer(std::move(answer))
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, &CannedReply::deliver);
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_aborted = true;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        emit errorOccurred(OperationCanceledError);
        finish();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_body.size() - m_read);
        std::memcpy(data, m_body.constData() + m_read, static_cast<size_t>(count));
        m_read += count;
        return count;
    }

private:
    void deliver()
    {
        if (m_aborted)
            return;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[name, value] : std::as_const(m_answer.headers))
            setRawHeader(name, value);
        emit metaDataChanged();
        m_body = m_answer.body;
        if (!m_body.isEmpty())
            emit readyRead();
        finish();
    }

    void finish()
    {
        setFinished(true);
        emit finished();
    }

    CannedAnswer m_answer;
    QByteArray m_body;
    qint64 m_read = 0;
    bool m_aborted = false;
};

} // namespace

class CannedManager final : public QNetworkAccessManager
{
public:
    explicit CannedManager(CannedNetwork &network) : m_network(network) {}

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
        return new CannedReply(operation, request, m_network.take(request, body), this);
    }

private:
    CannedNetwork &m_network;
};

vigil::NetworkManagerFactory CannedNetwork::factory()
{
    return [this] { return std::make_unique<CannedManager>(*this); };
}

CannedAnswer CannedNetwork::take(const QNetworkRequest &request, const QByteArray &body)
{
    m_sent.append({m_clock.nowMs(), request.url(), body});
    if (m_answers.empty())
        return cannedCompletion(QStringLiteral("canned answer"));
    CannedAnswer answer = m_answers.front();
    m_answers.pop_front();
    return answer;
}

CannedAnswer cannedCompletion(const QString &text)
{
    const QJsonObject reply{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-canned")},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), text}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}},
        {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), 5},
                                              {QStringLiteral("completion_tokens"), 2},
                                              {QStringLiteral("total_tokens"), 7}}}};
    return {200,
            {{"content-type", "application/json"}},
            QJsonDocument(reply).toJson(QJsonDocument::Compact)};
}

CannedAnswer cannedError(int status, const QString &message,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const QJsonObject error{
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("message"), message},
                     {QStringLiteral("type"), QStringLiteral("server_error")}}}};
    QList<QPair<QByteArray, QByteArray>> all{{"content-type", "application/json"}};
    all.append(headers);
    return {status, all, QJsonDocument(error).toJson(QJsonDocument::Compact)};
}

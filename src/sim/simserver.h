#pragma once

#include "batchservice.h"
#include "simprofile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>

class QTcpSocket;

namespace vigil::sim {

// A canned error response as a provider sends it.
struct CannedResponse
{
    int status = 500;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    bool inStream = false;
};

class Exchange;
class BackgroundResponse;

// vigil-sim: a local OpenAI-/Anthropic-compatible server with deterministic replies and
// scripted faults. It counts requests and completions per step (the X-Vigil-Step header).
class SimServer : public QObject
{
    Q_OBJECT
public:
    SimServer(Profile profile, QHash<QString, CannedResponse> responses, QObject *parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    static QHash<QString, CannedResponse> loadResponses(const QByteArray &json);
    // A whole (not streamed) reply of `words` as `protocol` sends it; `tier` is the
    // service tier that served it (OpenAI Responses).
    static QByteArray replyBody(Protocol protocol, const QString &model, const QStringList &words,
                                int promptTokens, const QByteArray &tier);
    // The deterministic reply to a prompt on a model.
    static QStringList replyWords(const QString &model, const QString &prompt, int minWords,
                                  int maxWords);

private:
    friend class Exchange;
    friend class BatchService;
    friend class BackgroundResponse;
    void onNewConnection();
    QString pickFault(const QString &model, const QString &step, int requestNumber,
                      QMap<QByteArray, QByteArray> &headerOverrides) const;
    // A reply ran to its end, reporting this usage: the tokens a provider bills for it.
    void countCompletion(const QString &step, qint64 inputTokens, qint64 outputTokens);
    BackgroundResponse *createBackground(const QString &step, const QString &model,
                                         const QStringList &words, int promptTokens,
                                         const QByteArray &serviceTier, int tokenDelayMs,
                                         const QByteArray &failure);
    BackgroundResponse *background(const QString &id) const;
    // The response is gone for good: a retrieve or cancel of it is a 404.
    void forgetBackground(const QString &id);
    // A number in [0, 1) drawn from the seed for a step's n-th request.
    double roll(const QString &step, int requestNumber, quint64 salt) const;
    // Whether a flex-tier request finds no flex capacity (Profile::flexUnavailable).
    bool flexRefused(const QString &step, int requestNumber) const;
    // Counts a request against the model's rate limit; returns the rate-limit headers to
    // send, and whether this request is over the limit.
    QMap<QByteArray, QByteArray> takeRateLimit(const QString &model, bool *limited);
    QJsonObject stats();
    void resetStats();

    struct StepStats
    {
        int requests = 0;    // model calls
        int completions = 0; // generations that ran to their end
        int generations = 0; // replies the model began to generate
        int reattaches = 0;  // streams of a background response resumed
        int polls = 0;       // retrievals of a background response
        int cancels = 0;     // background responses stopped by a cancel
    };

    Profile m_profile;
    QHash<QString, CannedResponse> m_responses;
    BatchService m_batches{*this, m_profile.batches};
    QTcpServer m_server;
    QElapsedTimer m_clock;
    QMap<QString, StepStats> m_steps;
    QMap<QString, int> m_byFault;
    QMap<QString, int> m_byModel;
    int m_requestsTotal = 0;
    int m_completionsTotal = 0;
    qint64 m_tokensGenerated = 0;   // output tokens (words) the model generated
    qint64 m_inputTokensBilled = 0; // the usage of the replies that ran to their end
    qint64 m_outputTokensBilled = 0;
    QHash<QString, BackgroundResponse *> m_background;
    int m_responsesCreated = 0;
    int m_responsesForgotten = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    QHash<QString, QPair<qint64, int>> m_rateWindows; // model → (window number, requests in it)
};

} // namespace vigil::sim

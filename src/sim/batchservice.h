#pragma once

#include "simprofile.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>
#include <vector>

namespace vigil::sim {

class SimServer;

// An answer of the batch services, written by the exchange that asked.
struct HttpAnswer
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
};

// The providers' batch services as vigil-sim plays them: OpenAI's Files and Batch API
// (/v1/files, /v1/batches) and Anthropic's Message Batches (/v1/messages/batches), with the
// shapes of docs/provider-batches.md. A batch's progress is a function of the time since it
// was created (BatchProfile), worked out whenever it is read: no timers run. Each request a
// batch runs counts as a model call of the step named by its custom_id, so the simulator's
// per-step counts tell how often an item was completed, live or in a batch.
class BatchService
{
public:
    BatchService(SimServer &server, BatchProfile profile);

    // Whether `path` belongs to the batch services, and to Anthropic's.
    static bool serves(const QString &path);
    static bool isAnthropic(const QString &path);
    // The answer to a request of theirs. `origin` is the scheme and authority the client
    // used, for the absolute URLs in answers.
    HttpAnswer handle(const QByteArray &method, const QString &path, const QUrlQuery &query,
                      const QMap<QByteArray, QByteArray> &headers, const QByteArray &body,
                      const QString &origin);
    QJsonObject stats();

private:
    enum class Outcome
    {
        Pending,
        Succeeded,
        Errored,
        Expired,
        Cancelled
    };

    struct Request
    {
        QString customId;
        QString model;
        QStringList words;
        int promptTokens = 0;
        QString invalid; // why validation refused it, when it did
        Outcome outcome = Outcome::Pending;
        QString errorKind; // of an errored request: an item fault, or "invalid"
    };

    struct Batch
    {
        QString id;
        bool anthropic = false;
        Protocol protocol = Protocol::Chat;
        QString endpoint;
        QString inputFileId;
        QJsonValue metadata;
        QString origin;
        QString fault;
        qint64 createdMs = 0;
        qint64 inProgressMs = -1;
        qint64 finalizingMs = -1;
        qint64 cancelMs = -1;
        qint64 endedMs = -1;
        QString status;
        std::vector<Request> requests;
        QJsonArray validationErrors;
        int ran = 0;
        QString outputFileId;
        QString errorFileId;
        QByteArray results; // Anthropic's results JSONL, once ended
    };

    struct File
    {
        QString id;
        QString filename;
        QString purpose;
        qint64 createdMs = 0;
        QByteArray content;
    };

    HttpAnswer handleFiles(const QByteArray &method, const QStringList &rest,
                           const QMap<QByteArray, QByteArray> &headers, const QByteArray &body);
    HttpAnswer handleOpenAi(const QByteArray &method, const QStringList &rest,
                            const QUrlQuery &query, const QByteArray &body, const QString &origin);
    HttpAnswer handleAnthropic(const QByteArray &method, const QStringList &rest,
                               const QUrlQuery &query, const QByteArray &body,
                               const QString &origin);
    HttpAnswer createOpenAi(const QByteArray &body, const QString &origin);
    HttpAnswer createAnthropic(const QByteArray &body, const QString &origin);
    // Reads one request's body: its model, the prompt it answers and what refuses it.
    Request readRequest(const QString &customId, const QJsonObject &body, Protocol protocol,
                        qint64 bodyBytes) const;
    void advance(Batch &batch);
    void run(Batch &batch, Request &request);
    void end(Batch &batch, qint64 atMs, const QString &status);
    QByteArray openAiLine(const Batch &batch, const Request &request) const;
    QByteArray anthropicLine(const Request &request) const;
    QString itemFault(const QString &customId);
    // A drawn failure of a read, when the profile has poll faults.
    std::optional<HttpAnswer> pollFault(bool anthropic);
    HttpAnswer canned(const QString &kind, bool anthropic) const;
    QJsonObject openAiObject(const Batch &batch) const;
    QJsonObject anthropicObject(const Batch &batch) const;
    QJsonObject fileObject(const File &file) const;
    HttpAnswer list(bool anthropic, const QUrlQuery &query);
    QString newId(const char *prefix);
    qint64 epochSeconds(qint64 atMs) const;
    QString rfc3339(qint64 atMs) const;
    Batch *find(const QString &id, bool anthropic);
    static HttpAnswer error(int status, bool anthropic, const QString &message,
                            const QString &param = {}, const QString &type = {});
    static HttpAnswer json(const QJsonObject &object, int status = 200);

    SimServer &m_server;
    BatchProfile m_profile;
    QElapsedTimer m_clock;
    qint64 m_wallStartMs = 0;
    std::vector<Batch> m_batches; // in the order they were created
    QHash<QString, File> m_files;
    QHash<QString, int> m_sends; // custom_id → times a batch ran it
    int m_created = 0;
    int m_reads = 0;
    int m_readFaults = 0;
    quint64 m_nextId = 0;
};

} // namespace vigil::sim

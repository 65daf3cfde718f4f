#pragma once

#include "classifier.h"
#include "protocol.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace vigil {

// The providers' own batch services (OpenAI's Batch API, Anthropic's Message Batches), in
// the shapes docs/provider-batches.md records. Like the protocol adapters, these only shape
// requests and read answers: they never send, wait or retry.

// How much one provider batch may hold.
struct BatchLimits
{
    int requests = 0;
    qint64 bytes = 0;
};

// Where a provider batch stands, in Vigil's words; the provider's own word is kept beside.
enum class BatchPhase
{
    Validating,
    InProgress,
    Finalizing,
    Cancelling,
    Ended, // completed, expired, cancelled or failed: its results can be read
};

struct BatchCounts
{
    int total = 0;
    int succeeded = 0;
    int failed = 0; // errored
    int expired = 0;
    int cancelled = 0;
};

// A line of the input that validation refused (OpenAI): `line` counts from 1, 0 when the
// error is about the whole file.
struct BatchLineError
{
    int line = 0;
    QString code;
    QString message;
};

// What the provider says of one of its batches.
struct ProviderBatchStatus
{
    QString id;
    QString status; // the provider's own word: "in_progress", "finalizing", "ended"…
    BatchPhase phase = BatchPhase::Validating;
    bool failed = false; // refused as a whole (OpenAI's "failed": validation)
    BatchCounts counts;
    qint64 createdAtMs = 0;
    qint64 expiresAtMs = 0;
    qint64 endedAtMs = 0;
    qint64 phaseSinceMs = 0; // since when it validates or finalizes, where the provider says
    // Where the results are: OpenAI's output and error files, Anthropic's results URL.
    QString outputFileId;
    QString errorFileId;
    QUrl resultsUrl;
    QList<BatchLineError> errors;
    QJsonObject metadata;
};

// How one request of a batch ended.
enum class BatchItemOutcome
{
    Succeeded,
    Failed,
    Expired,
    Cancelled,
};

struct BatchItemResult
{
    QString customId;
    BatchItemOutcome outcome = BatchItemOutcome::Failed;
    // A request that ran: the HTTP status it had (for Anthropic, the one its error type
    // stands for) and the live response's body, or the error body.
    int httpStatus = 0;
    QByteArray body;
    QString message; // why a request that never ran did not
};

// One provider's batch service.
class ProviderBatchApi
{
public:
    virtual ~ProviderBatchApi() = default;
    static std::unique_ptr<ProviderBatchApi> create(Protocol protocol);

    virtual BatchLimits limits() const = 0;
    // One request of the batch's input: an input file's JSONL line (OpenAI) or an entry of
    // the create call's `requests` (Anthropic). `request` is sent as a whole reply.
    virtual QByteArray requestEntry(const QString &customId, const ModelRequest &request) const = 0;
    // Whether the entries are uploaded as a file before the batch is created (OpenAI).
    virtual bool uploadsFile() const = 0;
    virtual QUrl uploadEndpoint(const QUrl &baseUrl) const = 0;
    // The upload's multipart/form-data body and its Content-Type.
    QPair<QByteArray, QByteArray> uploadBody(const QList<QByteArray> &entries,
                                             const QString &filename) const;
    // The id of the file the upload answer names; empty when it names none.
    virtual QString uploadedFileId(const QByteArray &answer) const = 0;
    virtual QUrl createEndpoint(const QUrl &baseUrl) const = 0;
    // The create call: the uploaded file (OpenAI) or the entries themselves (Anthropic),
    // with Vigil's metadata where the provider keeps it.
    virtual QByteArray createBody(const QString &fileId, const QList<QByteArray> &entries,
                                  const QJsonObject &metadata) const = 0;
    // Whether a batch's metadata comes back in its status (an orphan can then be found by
    // it through the list).
    virtual bool keepsMetadata() const = 0;
    virtual QUrl statusEndpoint(const QUrl &baseUrl, const QString &batchId) const = 0;
    virtual QUrl cancelEndpoint(const QUrl &baseUrl, const QString &batchId) const = 0;
    // Newest first; `after` pages on to older batches.
    virtual QUrl listEndpoint(const QUrl &baseUrl, const QString &after) const = 0;
    // Where an ended batch's results are read: the output and error files, or the results.
    virtual QList<QUrl> resultEndpoints(const QUrl &baseUrl,
                                        const ProviderBatchStatus &status) const = 0;

    // Empty with `error` set when the answer is not a batch.
    std::optional<ProviderBatchStatus> parseStatus(const QByteArray &answer, QString *error) const;
    // A page of the list; `hasMore` says whether older batches follow.
    QList<ProviderBatchStatus> parseList(const QByteArray &answer, bool *hasMore) const;
    // One line of the results; empty with `error` set when it is not one.
    virtual std::optional<BatchItemResult> parseResult(const QByteArray &line,
                                                       QString *error) const = 0;

protected:
    // Reads a status object; the members differ by provider.
    virtual std::optional<ProviderBatchStatus> readStatus(const QJsonObject &object,
                                                          QString *error) const = 0;
};

// The custom_id of a task's step: the task's key and the step's index, in the characters
// every provider accepts. The index is empty when `customId` is not one of the task's.
QString batchCustomId(const QString &taskKey, int stepIndex);
std::optional<int> stepOfCustomId(const QString &taskKey, const QString &customId);

// Splits entries of these sizes into runs of consecutive entries that each fit `limits`,
// with room for the framing around them: the first and last index of each.
QList<QPair<int, int>> splitIntoChunks(const QList<qint64> &entrySizes, BatchLimits limits);

// What a request that ran and failed means, as the classifier reads a live attempt's.
Classification classifyBatchFailure(const BatchItemResult &result);

} // namespace vigil

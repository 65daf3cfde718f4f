#pragma once

#include "providerbatch.h"
#include "records.h"
#include "timesource.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

class QNetworkReply;

namespace vigil {

class NetworkAccess;
class TaskStore;

// Runs a task's batch items through the provider's own batch service (a batch task with
// "via": "provider-batch"): it splits the items it is given into provider batches within
// the limits, records each batch's intent before the provider hears of it and the
// provider's ids as soon as it answers, polls each batch patiently, reads its results line
// by line and hands every item's result to the runner that owns it. It never decides what
// an item's failure means: the runner does, as for a live attempt.
//
// After a restart it goes on with what the store holds: a batch the provider runs is
// polled again; a batch whose create call may have reached the provider before the stop is
// looked for (by Vigil's metadata, or for Anthropic, which keeps none, by its size and
// time) before it is created again.
class ProviderBatchDriver : public QObject
{
    Q_OBJECT
public:
    // What the driver asks of and tells the runner.
    class Client
    {
    public:
        virtual ~Client() = default;
        // The request a step's item sends: the same as its live attempt.
        virtual ModelRequest batchRequest(int step) const = 0;
        // An item's result, to record against the attempt its batch was begun with.
        virtual void batchItemEnded(int step, qint64 attemptId, const BatchItemResult &result) = 0;
        // Every item of the batch has its result.
        virtual void providerBatchCollected(const ProviderBatchRecord &batch) = 0;
        // What the provider said of a batch, for the event stream: "provider_batch" (created,
        // or its status or counts changed), "provider_batch_stuck", "provider_batch_adopted".
        virtual void providerBatchEvent(const ProviderBatchRecord &batch, const QString &name,
                                        const QJsonObject &fields) = 0;
        // The provider refused in a way only the user can mend (the key, the model).
        virtual void providerBatchBlocked(FailureClass failureClass, const QString &message) = 0;
        virtual void providerBatchStoreFailed() = 0;
        // The cancellations asked for by cancelAll() are answered (or gave up).
        virtual void providerBatchesStopped() = 0;
    };

    ProviderBatchDriver(TaskStore &store, NetworkAccess &network, TimeSource &clock, Client &client,
                        const TaskRecord &task, const TaskSpec &spec, QString apiKey,
                        QObject *parent = nullptr);
    ~ProviderBatchDriver() override;

    // Takes up the task's batches the store holds; false when the store cannot say.
    bool restore();
    // The steps the batches the store holds are running (after restore()).
    QList<int> heldSteps() const;
    // Sends these steps in new provider batches, of the next round.
    void send(const QList<StepRecord *> &steps);
    // Whether provider batches still hold some of the task's items.
    bool busy() const;
    // Whether results are being read: their items come back one by one meanwhile.
    bool collecting() const;
    // Whether cancellations asked for by cancelAll() are still out.
    bool cancelling() const { return m_cancelsOut > 0; }
    int itemsHeld() const;
    // The batches not yet collected or abandoned, as last heard.
    QList<ProviderBatchRecord> activeBatches() const;
    // How long the provider gives a batch, as its latest batch said (from creation to
    // expiry); 24 hours until one has said.
    qint64 windowMs() const { return m_windowMs; }
    // Stops calling the provider; what it holds goes on there, and is taken up again by
    // the next restore().
    void stop();
    // Asks the provider to cancel the batches it is running, once each, and reads them as
    // they end: what they completed is kept, what they did not run comes back as not run.
    void takeBack();
    // Asks the provider to cancel every batch it runs for the task, and gives them up;
    // their items' attempts are closed by the runner (abandonedItems()).
    void cancelAll();
    // The items the batches given up by cancelAll() held, with their attempts.
    QList<QPair<int, qint64>> abandonedItems() const { return m_abandonedItems; }

private:
    struct Held;
    using Then = std::function<void(Held &, const QByteArray &)>;

    void advance(Held &held);
    // The batch's request entries, for its upload or its create call.
    void buildEntries(Held &held);
    void upload(Held &held);
    void create(Held &held);
    void poll(Held &held);
    void cancelToTakeBack(Held &held);
    void collect(Held &held);
    void searchOrphan(Held &held, const QString &after, int page);
    void readResultLines(Held &held, bool atEnd);
    void finishCollecting(Held &held, const QString &error = {});
    void refusedAtValidation(Held &held, const ProviderBatchStatus &status);
    // Every item still pending ends with this result (its customId filled in per item).
    void endPending(Held &held, const BatchItemResult &result);
    // Reads what a retrieve said into the record; says so in an event when it changed.
    void noteStatus(Held &held, const ProviderBatchStatus &status);
    // One call of the batch service; `then` runs on a 2xx answer, a failure is classified
    // and, when it passes, the step is tried again later.
    void call(Held &held, const QUrl &url, const QByteArray &body, const QByteArray &contentType,
              qint64 limitMs, const Then &then, const std::function<void(Held &)> &again,
              bool streamLines = false);
    void callFailed(Held &held, const AttemptOutcome &outcome,
                    const std::function<void(Held &)> &again);
    void schedule(Held &held, qint64 delayMs, const std::function<void(Held &)> &what);
    qint64 pollInterval(const Held &held) const;
    void learnWindow(const ProviderBatchRecord &record);
    bool save(Held &held);
    QNetworkRequest request(const QUrl &url) const;
    Held *find(qint64 id);

    TaskStore &m_store;
    NetworkAccess &m_network;
    TimeSource &m_clock;
    Client &m_client;
    qint64 m_taskId;
    QString m_taskKey;
    QString m_model;
    QUrl m_baseUrl;
    QString m_apiKey;
    std::unique_ptr<ProviderBatchApi> m_api;
    std::unique_ptr<ProtocolAdapter> m_adapter; // signs the calls as the live ones are
    BatchLimits m_limits;
    std::vector<std::unique_ptr<Held>> m_held;
    int m_round = 0;
    qint64 m_windowMs = 86'400'000;
    bool m_stopped = false;
    int m_cancelsOut = 0;
    std::unique_ptr<TimeSourceTimer> m_cancelTimer;
    QList<QPair<int, qint64>> m_abandonedItems;
};

} // namespace vigil

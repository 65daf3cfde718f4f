#pragma once

#include "attemptrunner.h"
#include "backendcircuit.h"
#include "batchoutput.h"
#include "providerbatchdriver.h"
#include "retrydecision.h"
#include "spending.h"
#include "taskstore.h"

#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace vigil {

class NetworkAccess;
class Reachability;

// Drives one task: a conversation step after step, or a batch's items with bounded
// concurrency — or, for a batch "via" "provider-batch", in the provider's own batches
// (ProviderBatchDriver), whose results it records as it records a live attempt's. It sends
// attempts, classifies their outcomes, schedules retries, waits behind its backend's circuit and
// pauses when a budget is spent. It writes every decision to the store before acting on it.
class TaskRunner : public QObject, public BackendClient, public ProviderBatchDriver::Client
{
    Q_OBJECT
public:
    // `task` comes with its spec; `random` draws the backoff's jitter.
    // `spending` (the engine's) prices each attempt's usage; the runner pauses the task at
    // its own spend caps and at the day's.
    TaskRunner(TaskStore &store, NetworkAccess &network, Reachability &reachability,
               BackendCircuit &circuit, QRandomGenerator &random, TimeSource &clock,
               Spending &spending, TaskRecord task, QString apiKey);
    ~TaskRunner() override;

    void run();
    // Both abort the attempts in flight at once; completed steps are kept.
    void cancel();
    void pause();
    // Stops as pause() does, without writing a state: the task's spec changed (a model
    // switch, here or on another Vigil sharing it) and it starts again on the new one.
    void switchOver();
    // Steps waiting for their next try go now; a backend cooling down is probed now.
    void retryNow();
    void backendReleased(int step) override;
    // The user changed what the task may spend: the runner goes on under the new caps.
    void setBudget(const SpendBudget &budget);
    // When the task will be done at the pace of its recent steps (the waits between them
    // included), starting once the wait it is in now ends; empty until two steps finished.
    std::optional<qint64> eta() const;
    // Whether the runner stopped only its own part of a task other Vigils work on too,
    // writing no state: its output file failed, and they go on with the task.
    bool endedHere() const { return m_endedHere; }
    // Why this Vigil stopped its part of a shared task, saying that the others go on.
    static QString leftToOthers(const QString &reason);

    // ProviderBatchDriver::Client
    ModelRequest batchRequest(int step) const override;
    void batchItemEnded(int step, qint64 attemptId, const BatchItemResult &result) override;
    void providerBatchCollected(const ProviderBatchRecord &batch) override;
    void providerBatchEvent(const ProviderBatchRecord &batch, const QString &name,
                            const QJsonObject &fields) override;
    void providerBatchBlocked(FailureClass failureClass, const QString &message) override;
    void providerBatchStoreFailed() override;
    void providerBatchesStopped() override;

signals:
    // One entry of the event stream (DESIGN §8); step -1 where no step applies.
    void eventOccurred(qint64 taskId, const QString &name, int step, const QJsonObject &fields);
    // The runner sends nothing more and may be deleted.
    void ended(qint64 taskId, vigil::TaskState state, const QString &reason);
    // Another Vigil sharing the task switched its model: this runner stops to start again.
    void specChanged(qint64 taskId);

private:
    struct InFlight
    {
        std::unique_ptr<AttemptRunner> attempt;
        qint64 attemptId = 0;
        QString requestId;
        qint64 sentAt = 0;
        QString serviceTier; // asked for
        bool background = false;
        qint64 resumedAfter = -1; // a re-attach after this event; -1: the request was sent
        bool resumes = false;
    };
    // A batch item's attempt recorded ahead of its send (TaskStore::armAttempt).
    struct Armed
    {
        qint64 attemptId = 0;
        QString requestId;
        bool durable = false;
    };
    // Why the runner stops sending: it ends (or pauses) once the attempts in flight are in.
    struct Stop
    {
        TaskState state;
        QString reason;
        qint64 resumeAt = 0;
    };

    void next();
    // What run() does once the task's steps are this runner's to send.
    void runClaimed();
    void schedule(StepRecord &step, qint64 now);
    // Claims the task whole; false while another Vigil holds some of its steps.
    bool claimWholeTask();
    // Claims free batch items up to twice the concurrency, refilled at half.
    void claimItems();
    // The items every other worker held are done (or none is pending): the steps they did
    // are read, their lines written to this Vigil's output too, and the task completes.
    // False while other workers still hold some.
    bool othersAreDone();
    // A store write said the step's lease passed to another Vigil: the step is dropped
    // here, unsent or its result unkept. False when the write failed for another reason.
    bool dropTakenOver(StepRecord &step);
    // Renews the leases, reads what the task spent on every Vigil (its caps are the
    // fleet's), and looks again for what came free.
    void renewLeases();
    // Another Vigil may have finished steps or given some up: a runner waiting for them
    // claims again, or completes.
    void lookAgain();
    void sendAttempt(StepRecord &step);
    // Records the attempts of the batch items next in line, so that their sends need not
    // each wait for a commit of their own.
    void armAhead();
    void withdrawArmed();
    // How many batch results may wait for their commit out of the way (m_landing).
    int landingLimit() const;
    // Runs `then` once the store has committed what was written so far.
    void whenDurable(std::function<void()> then);
    // Paces the backend by what the response says of its limits, then records the
    // attempt's end and acts on it.
    void onAttemptFinished(int index);
    void attemptSucceeded(StepRecord &step, const InFlight &flight, const AttemptResult &result,
                          qint64 now, QJsonObject endFields);
    // A step's completion is on the disk: its events, its output line, what comes next.
    void stepCompleted(StepRecord &done, const QJsonObject &endFields, const AttemptEnd &end);
    // Decides what follows the failure (decideAfterFailure) and records it.
    void attemptFailed(StepRecord &step, const InFlight &flight, const AttemptResult &result,
                       qint64 now, QJsonObject endFields);
    // Runs `then` once the attempt's end is durable. A step that settles `inPlace` keeps
    // its place among the `concurrency` meanwhile; a batch item's result does not.
    void settle(int index, std::function<void(StepRecord &)> then, bool inPlace = true);
    // Acts on the retry decision once the attempt's end is on the disk.
    void afterFailure(StepRecord &step, const RetryDecision &decision,
                      const Classification &verdict);
    void emitAttemptEnd(const StepRecord &step, QJsonObject fields, const AttemptEnd &end);
    void stepFinished(StepRecord &step);
    void scheduleWake(qint64 at);
    void waitForNetwork();
    void onOnlineChanged(bool online);
    void leaveBackendLine();
    void updateState();
    QString runningReason() const;
    QString retryingReason(const StepRecord &step, QJsonObject &fields) const;
    void enterState(TaskState state, const QString &reason, const QJsonObject &extra = {},
                    qint64 resumeAt = 0);
    void stopSending(TaskState state, const QString &reason, qint64 resumeAt = 0);
    void stopNow(TaskState state, const QString &reason);
    void end(TaskState state, const QString &reason);
    void complete();
    QString conversationDone() const;
    // A conversation's last step and the task's end share a commit: the end is written
    // with the step, and told (enterState) once both are on the disk.
    bool writeEndAhead();
    void storeFailed();
    bool openOutput();
    // The batch's output file failed: the task stops (`state`) — or, where other Vigils
    // work on it too, only this Vigil's part does, since the file is this machine's own.
    void outputFailed(TaskState state, const QString &error);
    // Appends the lines of finished steps the output file lacks.
    bool catchUpOutput(QString *error);
    void emitStepEvent(const QString &name, const StepRecord &step, QJsonObject fields);
    QString endReason(FailureClass failureClass, const QString &message) const;
    ModelRequest buildRequest(const StepRecord &step) const;
    // The tier the next request asks for: the task's, until it falls back to the default.
    QString serviceTier() const;
    // A capacity answer on the task's tier counts towards falling back to the default one.
    void noteTierRefusal(const InFlight &flight, FailureClass failureClass);
    // What the attempt read of its reply, and of the background response behind it; what
    // the provider billed for it and what that cost, added to what the task spent.
    void describeReply(AttemptEnd &end, const InFlight &flight, const AttemptResult &result);
    // What the provider billed for `usage` on the end's tier, priced and added to what the
    // task and the day spent.
    void charge(AttemptEnd &end, const QJsonObject &usage);
    // Why the task may send nothing more, when it has reached one of its spend caps.
    std::optional<QString> spendCapReached() const;
    // Says once, early, when the cost so far per finished step says the cap will be reached
    // before the task is done.
    void warnOfSpendCap();
    // Until when the task cannot send at all, when it waits for a known time: its backend's
    // cool-down or announced reset, or a timed pause; 0 when it is not held.
    qint64 blockedUntil() const;
    // Notes when the task starts and stops being held with nothing in flight, so that its
    // pace is measured over the time it could work: a wait it knows of is counted once, in
    // eta(), not again in the pace.
    void trackBlocked(qint64 now);
    // `now` less the time the task was held: the clock its pace is measured on.
    qint64 workingClock(qint64 now) const;
    // Says once when the ETA passes the task's deadline, with what would help.
    void warnOfDeadline();
    // Stops the background responses of the task's steps, so that nothing goes on
    // generating (and billing) for a task the user stopped.
    void cancelBackgroundResponses();
    StepRecord &stepAt(int index);
    // Whether the items ready to send go in provider batches (else they go live).
    bool sendsProviderBatches() const;
    // Hands the items ready to send to the provider batches; what the provider holds runs.
    // True when items sent before are left ready to go live instead (repairsGoLive()).
    bool sendProviderBatches();
    // Whether items a provider batch did not finish go again as live requests: by the
    // task's "repair" setting, or, by default, when its deadline comes before a new
    // provider batch's window would end. Empty when they go in a new provider batch.
    std::optional<QString> repairsGoLive() const;
    // When the items the provider's batches still hold are taken back, if ever.
    std::optional<qint64> providerBatchTakeBackAt() const;
    // What an item's provider batch result means, recorded as a live attempt's end is.
    void providerItemFailed(StepRecord &step, qint64 attemptId, AttemptEnd end,
                            const Classification &verdict, bool notRun, QJsonObject fields);

    TaskStore &m_store;
    NetworkAccess &m_network;
    Reachability &m_reachability;
    BackendCircuit &m_circuit;
    QRandomGenerator &m_random;
    TimeSource &m_clock;
    Spending &m_spending;
    std::unique_ptr<TimeSourceTimer> m_wakeTimer;
    TaskRecord m_task;
    std::optional<TaskRecord> m_endAhead; // the task's row as writeEndAhead() left it
    const TaskSpec &m_spec;               // the task's
    Spend m_spent;                        // by every attempt of the task, finished ones
    QString m_apiKey;
    std::unique_ptr<ProtocolAdapter> m_adapter;
    std::unique_ptr<BatchOutput> m_output;
    std::unique_ptr<ProviderBatchDriver> m_providerBatches; // a batch via the provider's own
    int m_concurrency = 1;
    int m_unfinished = 0;

    std::map<int, InFlight> m_inFlight;
    std::set<int> m_ready;                 // may be sent now, lowest index first
    std::multimap<qint64, int> m_delayed;  // next try time → step
    std::map<int, qint64> m_behindBackend; // step → since when it waits on the circuit
    std::set<int> m_refusedProbes;         // waiting their own backoff until the backend serves
    std::set<int> m_settling;              // attempt ended, waiting for the commit
    std::set<int> m_landing;               // result waiting for the commit, out of the way
    std::map<int, Armed> m_armed;          // step → its attempt, recorded and not yet sent
    std::optional<Stop> m_stop;
    qint64 m_offlineSince = 0;
    int m_tierRefusals = 0;
    bool m_tierFallenBack = false;
    bool m_spendWarned = false;
    bool m_deadlineWarned = false;
    bool m_liveRepairSaid = false;
    static constexpr std::size_t kPaceWindow = 64; // steps the pace is measured over
    std::deque<qint64> m_finishedAt; // when the latest steps finished (workingClock), oldest first
    qint64 m_blockedSince = 0;       // the held wait going on now; 0: none
    qint64 m_blockedMs = 0;          // the held waits that ended
    bool m_cancelling = false;
    bool m_started = false; // run() has had its turn
    bool m_ended = false;

    // Several Vigils share the store's work (TaskStore::sharesWork()). A live batch's items
    // are claimed a few at a time; any other task is claimed whole, by one of them at a time.
    bool m_sharing = false;
    bool m_sharesItems = false;
    bool m_claimsDry = false; // the last claim found fewer free items than it asked for
    bool m_holdsTask = false; // a task claimed whole: this runner has every pending step
    bool m_outputFailed = false;
    // A shared batch's progress on every Vigil, read as the leases are renewed, over the
    // last kFleetPaceMs: the ETA's items left and pace are the fleet's.
    static constexpr qint64 kFleetPaceMs = 120'000;
    std::optional<TaskProgress> m_fleet;
    qint64 m_fleetReadAt = 0;
    bool m_endedHere = false; // see endedHere()
    QTimer m_leaseTimer;      // renews the leases, and claims again what came free
};

} // namespace vigil

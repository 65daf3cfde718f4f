#pragma once

#include "failureclass.h"
#include "taskspec.h"
#include "usage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// What Vigil knows of a task, its steps and their attempts, as every part of it sees them:
// the engine, the store that keeps them, the control protocol and the window. Plain values,
// with no SQL behind them, so that a part that reads tasks need not know how they are
// kept.

namespace vigil {

QString taskStateName(TaskState state);
// The state as people read it, in their language ("waiting for the network").
QString taskStateLabel(TaskState state);
std::optional<TaskState> taskStateFromName(const QString &name);

enum class StepState
{
    Pending,
    Done,
    Failed
};
QString stepStateName(StepState state);
QString stepStateLabel(StepState state);
StepState stepStateFromName(const QString &name);

struct AttemptEnd
{
    qint64 endedAt = 0;
    int httpStatus = 0;
    FailureClass failureClass = FailureClass::Ok;
    bool retry = false;
    std::optional<qint64> delayMs;
    QString message;
    // What the attempt read of a reply it did not finish, kept for the user to see; never
    // the step's output.
    QString partialText = {};
    QString serviceTier = {}; // the tier asked for, or the one that served it when known
    // A background response (OpenAI Responses) the attempt sent or re-attached to, the last
    // event read of it, and whether the provider goes on generating it, so that the step's
    // next attempt re-attaches after that event instead of sending the request again.
    QString responseId = {};
    qint64 lastEvent = -1;
    bool resumable = false;
    qint64 resumedAfter = -1; // the attempt re-attached after this event; -1: it was sent
    // What the provider billed the attempt for, and its cost at the prices known when it
    // ended (empty: the price is not known).
    TokenUsage usage = {};
    std::optional<double> costUsd = 0.0;
};

// What some attempts spent: their tokens, and the cost of those whose price is known.
struct Spend
{
    TokenUsage usage;
    double costUsd = 0;
    int unpricedAttempts = 0; // attempts billed at a price Vigil does not know

    bool costKnown() const { return unpricedAttempts == 0; }
    // Whether this spend has reached either of the budget's caps.
    bool reaches(const SpendBudget &budget) const;
    // {"usage": TokenUsage::toJson() with "total_tokens", "cost_usd" (null when some attempt's
    // price is not known), "unpriced_attempts"}.
    QJsonObject toJson() const;
};

// What a step's successful attempt produced.
struct StepOutput
{
    QString text;
    QJsonObject usage;
    QString model;
};

struct StepRecord
{
    int index = 0;
    StepState state = StepState::Pending;
    QString prompt;
    QString output;
    QString model; // the model that produced the output
    QJsonObject usage;
    int attemptsTotal = 0;      // every attempt ever sent for this step
    int budgetAttempts = 0;     // attempts charged to the current budget
    qint64 budgetStartedAt = 0; // ms since the epoch, UTC; 0 before the budget's first attempt
    qint64 lastTryAt = 0;
    qint64 nextTryAt = 0;
    QString errorClass;
    QString lastMessage;
    QString requestId;
    QString itemId; // batch items: the item's id as compact JSON
    // The background response the step's next attempt re-attaches to (empty: it sends the
    // request), the last event read of it and the text up to that event.
    QString responseId;
    qint64 responseEvent = -1;
    QString responseText;
    // The lease this Vigil holds on the step when several share the store's work; its
    // attempts' writes are refused once the lease has passed to another. 0: none.
    qint64 leaseId = 0;

    // What a store's writes do to a step, in one place for every store: the record
    // stays what was written.
    void beginAttempt(const QString &attemptRequestId, qint64 startedAt);
    // An attempt ended with the step `outcome` (pending when it waits for its next try);
    // `output` counts for a done step only.
    void endAttempt(StepState outcome, const AttemptEnd &end, const StepOutput &output = {});
    void resetBudget();
};

struct TaskRecord
{
    qint64 id = 0;
    QString key;
    QString name;
    QString kind; // "conversation" or "batch"
    // The task as the user wrote it, read once when the task is loaded; empty when the
    // stored spec cannot be read (specProblem says why), and then the task cannot run.
    std::optional<TaskSpec> spec;
    QString specProblem;
    TaskState state = TaskState::Queued;
    QString reason;
    QString model;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 resumeAt = 0;    // ms since the epoch, UTC; 0 when the task does not resume by itself
    qint64 specVersion = 0; // grows with each change of the spec (a model switch)
    QList<StepRecord> steps;
};

// A Vigil holding live leases on a task's steps (several Vigils sharing a store).
struct TaskWorker
{
    QString worker;  // as its leases name it
    QString host;    // the machine it runs on
    qint64 pid = 0;  // its process there
    int holding = 0; // pending steps it holds

    QJsonObject toJson() const;
    static TaskWorker fromJson(const QJsonObject &object);
};

// "lab-2 (process 4411), steps held: 12; …": the Vigils running a task, for people.
QString describeWorkers(const QList<TaskWorker> &workers);

// How a task's steps go on every Vigil working on it: how many are left, and the steps
// completed lately (since a time asked about), the first and the last of them.
struct TaskProgress
{
    int pending = 0;
    int doneLately = 0;
    qint64 firstDoneAt = 0; // 0: none done lately
    qint64 lastDoneAt = 0;
};

// Where a task stands in the store now, whoever wrote it (another Vigil sharing it).
struct StoredTaskState
{
    TaskState state = TaskState::Queued;
    QString reason;
    QString model;
    qint64 specVersion = 0;
};

// One line of a task list: the task and where its work stands.
struct TaskSummary
{
    qint64 id = 0;
    QString name;
    QString kind; // "conversation" or "batch"
    TaskState state = TaskState::Queued;
    QString reason;
    QString model;
    qint64 resumeAt = 0;
    int stepsTotal = 0;
    int stepsDone = 0;
    int stepsFailed = 0;
    int maxAttempts = 0;
    // The step tried last among those still to do: its budget, next try and last error.
    int attempt = 0;
    qint64 nextTryAt = 0;
    QString errorClass;
    QString lastMessage;
    qint64 updatedAt = 0;
    Spend spend = {};    // every attempt of the task
    qint64 deadline = 0; // ms since the epoch, UTC; 0: none
    qint64 eta = 0;      // when a running task is expected to end (Engine::eta); 0: not known
};

// A task that was working when Vigil stopped, or waits for a quota's known reset: it goes
// on by itself when Vigil starts. Paused, failed and finished tasks wait for the user.
bool continuesAtStart(const TaskSummary &task);

struct AttemptRecord
{
    qint64 id = 0;
    qint64 taskId = 0;
    int step = 0;
    int attempt = 0; // 1-based, over the step's whole life
    QString model;
    QString requestId;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    int httpStatus = 0;
    QString failureClass;
    bool retry = false;
    std::optional<qint64> delayMs;
    QString message;
    QString partialText;
    QString serviceTier;
    QString responseId;
    qint64 resumedAfter = -1; // a re-attach after this event; -1: the request was sent
    TokenUsage usage;
    std::optional<double> costUsd; // empty: billed at a price not known
};

// One provider batch of a task whose batch runs through the provider's own service: what
// Vigil meant to send, and what the provider made of it. The intent is on the disk before
// the provider hears of it, the provider's ids as soon as it answers, so that a restart
// goes on with the batch instead of creating it again.
struct ProviderBatchRecord
{
    enum class Stage
    {
        Intent,    // recorded; the provider may or may not have it (a crash came between)
        Uploaded,  // OpenAI: the input file is there, the batch is not created yet
        Created,   // the provider runs it: polled until it ends
        Collected, // its results are in the store
        Abandoned, // it will not be read: cancelled with its task, or refused as a whole
    };
    qint64 id = 0;
    qint64 taskId = 0;
    int round = 0; // 0: the items' first send; 1, 2…: the repairs
    int chunk = 0;
    Stage stage = Stage::Intent;
    QString fileId;        // OpenAI's uploaded input
    QString batchId;       // the provider's id
    QString status;        // the provider's own word, as last read
    QJsonObject counts;    // {"total", "succeeded", "failed", "expired", "cancelled"}
    qint64 intendedAt = 0; // ms since the epoch, UTC
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 endedAt = 0;
    qint64 polledAt = 0;
    QString error; // why it was abandoned, or what the last poll met
    // Its items still waiting for their result, each with the attempt recorded for it.
    QList<int> steps;
    QList<qint64> attemptIds;
};

QString providerBatchStageName(ProviderBatchRecord::Stage stage);
ProviderBatchRecord::Stage providerBatchStageFromName(const QString &name);

} // namespace vigil

#include "records.h"

#include "tr.h"

#include <array>

namespace vigil {

namespace {

struct StateName
{
    TaskState state;
    const char *name;  // in the store, the event log and the control protocol
    const char *label; // what people read, translated
};
constexpr std::array<StateName, 8> kStateNames{{
    {TaskState::Queued, "queued", QT_TRANSLATE_NOOP("Vigil", "queued")},
    {TaskState::Running, "running", QT_TRANSLATE_NOOP("Vigil", "running")},
    {TaskState::Retrying, "retrying", QT_TRANSLATE_NOOP("Vigil", "retrying")},
    {TaskState::Paused, "paused", QT_TRANSLATE_NOOP("Vigil", "paused")},
    {TaskState::WaitingForNetwork, "waiting-for-network",
     QT_TRANSLATE_NOOP("Vigil", "waiting for the network")},
    {TaskState::Completed, "completed", QT_TRANSLATE_NOOP("Vigil", "completed")},
    {TaskState::Failed, "failed", QT_TRANSLATE_NOOP("Vigil", "failed")},
    {TaskState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Vigil", "cancelled")},
}};

} // namespace

QString taskStateName(TaskState state)
{
    for (const StateName &entry : kStateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString taskStateLabel(TaskState state)
{
    for (const StateName &entry : kStateNames) {
        if (entry.state == state)
            return Tr::tr(entry.label);
    }
    return {};
}

std::optional<TaskState> taskStateFromName(const QString &name)
{
    for (const StateName &entry : kStateNames) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

StepState stepStateFromName(const QString &name)
{
    if (name == QLatin1String("done"))
        return StepState::Done;
    if (name == QLatin1String("failed"))
        return StepState::Failed;
    return StepState::Pending;
}

QString stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return Tr::tr("pending");
    case StepState::Done:
        return Tr::tr("done");
    case StepState::Failed:
        return Tr::tr("failed");
    }
    return {};
}

void StepRecord::beginAttempt(const QString &attemptRequestId, qint64 startedAt)
{
    ++attemptsTotal;
    ++budgetAttempts;
    if (budgetStartedAt == 0)
        budgetStartedAt = startedAt;
    lastTryAt = startedAt;
    nextTryAt = 0;
    requestId = attemptRequestId;
}

void StepRecord::endAttempt(StepState outcome, const AttemptEnd &end, const StepOutput &result)
{
    state = outcome;
    const bool done = outcome == StepState::Done;
    output = done ? result.text : QString();
    usage = done ? result.usage : QJsonObject();
    if (done)
        model = result.model;
    errorClass = done ? QString() : failureClassName(end.failureClass);
    lastMessage = done ? QString() : end.message;
    nextTryAt = end.retry && end.delayMs ? end.endedAt + *end.delayMs : 0;
    const bool resumes = outcome == StepState::Pending && end.resumable;
    responseId = resumes ? end.responseId : QString();
    responseEvent = resumes ? end.lastEvent : -1;
    responseText = resumes ? end.partialText : QString();
}

void StepRecord::resetBudget()
{
    state = StepState::Pending;
    budgetAttempts = 0;
    budgetStartedAt = 0;
    nextTryAt = 0;
}

bool continuesAtStart(const TaskSummary &task)
{
    return task.state == TaskState::Running || task.state == TaskState::Retrying ||
           task.state == TaskState::WaitingForNetwork || task.state == TaskState::Queued ||
           (task.state == TaskState::Paused && task.resumeAt > 0);
}

bool Spend::reaches(const SpendBudget &budget) const
{
    return (budget.maxCostUsd && costUsd >= *budget.maxCostUsd) ||
           (budget.maxTokens && usage.total() >= *budget.maxTokens);
}

QJsonObject Spend::toJson() const
{
    QJsonObject tokens = usage.toJson();
    tokens.insert(QStringLiteral("total_tokens"), usage.total());
    return {{QStringLiteral("usage"), tokens},
            {QStringLiteral("cost_usd"), costKnown() ? QJsonValue(costUsd) : QJsonValue()},
            {QStringLiteral("unpriced_attempts"), unpricedAttempts}};
}

QJsonObject TaskWorker::toJson() const
{
    return {{QStringLiteral("worker"), worker},
            {QStringLiteral("host"), host},
            {QStringLiteral("pid"), pid},
            {QStringLiteral("steps_held"), holding}};
}

TaskWorker TaskWorker::fromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("worker")).toString(),
            object.value(QLatin1String("host")).toString(),
            object.value(QLatin1String("pid")).toInteger(),
            object.value(QLatin1String("steps_held")).toInt()};
}

QString describeWorkers(const QList<TaskWorker> &workers)
{
    QStringList each;
    for (const TaskWorker &worker : workers) {
        const QString who = worker.host.isEmpty()
                                ? worker.worker
                                : Tr::tr("%1 (process %2)").arg(worker.host).arg(worker.pid);
        each << Tr::tr("%1, steps held: %2").arg(who).arg(worker.holding);
    }
    return each.join(QStringLiteral("; "));
}

namespace {

const std::array<std::pair<ProviderBatchRecord::Stage, const char *>, 5> kBatchStages{{
    {ProviderBatchRecord::Stage::Intent, "intent"},
    {ProviderBatchRecord::Stage::Uploaded, "uploaded"},
    {ProviderBatchRecord::Stage::Created, "created"},
    {ProviderBatchRecord::Stage::Collected, "collected"},
    {ProviderBatchRecord::Stage::Abandoned, "abandoned"},
}};

} // namespace

QString providerBatchStageName(ProviderBatchRecord::Stage stage)
{
    for (const auto &[value, name] : kBatchStages) {
        if (value == stage)
            return QLatin1String(name);
    }
    return {};
}

ProviderBatchRecord::Stage providerBatchStageFromName(const QString &name)
{
    for (const auto &[value, text] : kBatchStages) {
        if (name == QLatin1String(text))
            return value;
    }
    return ProviderBatchRecord::Stage::Abandoned;
}

} // namespace vigil

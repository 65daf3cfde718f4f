#include "taskdetailview.h"

#include "legend.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonObject>
#include <algorithm>

namespace vigil {

namespace {

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)
                  : QStringLiteral("-");
}

} // namespace

StepListModel::StepListModel(QObject *parent) : QAbstractListModel(parent) {}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_steps.size());
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepRecord &step = m_steps.at(index.row());
    switch (role) {
    case IndexRole:
        return step.index;
    case StateRole:
        return stepStateName(step.state);
    case PromptRole:
        return step.prompt;
    case Qt::DisplayRole:
    case OutputRole:
        return step.output;
    case ModelRole:
        return step.model;
    case ItemIdRole:
        return step.itemId;
    case AttemptsRole:
        return step.attemptsTotal;
    case ErrorClassRole:
        return failureClassValue(step.errorClass);
    case LastMessageRole:
        return step.lastMessage;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    return {{IndexRole, "stepIndex"},        {StateRole, "stepState"},
            {PromptRole, "prompt"},          {OutputRole, "output"},
            {ModelRole, "modelName"},        {ItemIdRole, "itemId"},
            {AttemptsRole, "attempts"},      {ErrorClassRole, "errorClass"},
            {LastMessageRole, "lastMessage"}};
}

void StepListModel::apply(qint64 taskId, const QList<StepRecord> &steps)
{
    if (taskId != m_taskId || steps.size() != m_steps.size()) {
        beginResetModel();
        m_taskId = taskId;
        m_steps = steps;
        endResetModel();
        return;
    }
    for (int row = 0; row < steps.size(); ++row) {
        const StepRecord &before = m_steps.at(row);
        const StepRecord &after = steps.at(row);
        const bool changed =
            before.state != after.state || before.output != after.output ||
            before.model != after.model || before.attemptsTotal != after.attemptsTotal ||
            before.errorClass != after.errorClass || before.lastMessage != after.lastMessage;
        m_steps[row] = after;
        if (changed)
            emit dataChanged(index(row), index(row),
                             {StateRole, OutputRole, ModelRole, AttemptsRole, ErrorClassRole,
                              LastMessageRole, Qt::DisplayRole});
    }
}

TaskDetailView::TaskDetailView(QObject *parent) : QObject(parent) {}

namespace {

bool isOneOf(const TaskDetail &detail, std::initializer_list<TaskState> states)
{
    return detail.task.id > 0 &&
           std::find(states.begin(), states.end(), detail.task.state) != states.end();
}

} // namespace

bool TaskDetailView::canPause() const
{
    return isOneOf(m_detail, {TaskState::Queued, TaskState::Running, TaskState::Retrying,
                              TaskState::WaitingForNetwork});
}

bool TaskDetailView::canRetryNow() const
{
    return isOneOf(m_detail, {TaskState::Retrying, TaskState::Paused, TaskState::Failed});
}

bool TaskDetailView::canResume() const
{
    return isOneOf(m_detail, {TaskState::Paused, TaskState::Failed, TaskState::Cancelled});
}

bool TaskDetailView::canChange() const
{
    return m_detail.task.id > 0 && !isOneOf(m_detail, {TaskState::Completed, TaskState::Cancelled});
}

bool TaskDetailView::heldBySpendCap() const
{
    return m_detail.task.state == TaskState::Paused && m_detail.task.spec &&
           m_detail.spend.reaches(m_detail.task.spec->budget);
}

double TaskDetailView::maxCostUsd() const
{
    return m_detail.task.spec ? m_detail.task.spec->budget.maxCostUsd.value_or(0) : 0;
}

double TaskDetailView::maxTokens() const
{
    return m_detail.task.spec
               ? static_cast<double>(m_detail.task.spec->budget.maxTokens.value_or(0))
               : 0;
}

QString TaskDetailView::workers() const
{
    return describeWorkers(m_detail.workers);
}

QString TaskDetailView::baseUrl() const
{
    return m_detail.task.spec ? m_detail.task.spec->provider.baseUrl.toString() : QString();
}

void TaskDetailView::apply(const TaskDetail &detail)
{
    m_detail = detail;
    m_attempts.clear();
    for (const AttemptRecord &attempt : detail.attempts) {
        m_attempts.append(
            QVariantMap{{QStringLiteral("attempt"), attempt.attempt},
                        {QStringLiteral("step"), attempt.step},
                        {QStringLiteral("model"), attempt.model},
                        {QStringLiteral("requestId"), attempt.requestId},
                        {QStringLiteral("startedAt"), static_cast<double>(attempt.startedAt)},
                        {QStringLiteral("endedAt"), static_cast<double>(attempt.endedAt)},
                        {QStringLiteral("httpStatus"), attempt.httpStatus},
                        {QStringLiteral("failureClass"), failureClassValue(attempt.failureClass)},
                        {QStringLiteral("retry"), attempt.retry},
                        {QStringLiteral("message"), attempt.message},
                        {QStringLiteral("resumedAfter"), static_cast<double>(attempt.resumedAfter)},
                        {QStringLiteral("serviceTier"), attempt.serviceTier},
                        {QStringLiteral("partialText"), attempt.partialText}});
    }
    m_providerBatches.clear();
    for (const ProviderBatchRecord &batch : detail.providerBatches) {
        QVariantMap map{{QStringLiteral("batchId"), batch.batchId},
                        {QStringLiteral("round"), batch.round},
                        {QStringLiteral("chunk"), batch.chunk},
                        {QStringLiteral("stage"), providerBatchStageName(batch.stage)},
                        {QStringLiteral("status"), batch.status},
                        {QStringLiteral("createdAt"), static_cast<double>(batch.createdAt)},
                        {QStringLiteral("expiresAt"), static_cast<double>(batch.expiresAt)},
                        {QStringLiteral("endedAt"), static_cast<double>(batch.endedAt)},
                        {QStringLiteral("polledAt"), static_cast<double>(batch.polledAt)},
                        {QStringLiteral("error"), batch.error}};
        for (const char *count : {"total", "succeeded", "failed", "expired", "cancelled"})
            map.insert(QLatin1String(count), batch.counts.value(QLatin1String(count)).toInt());
        m_providerBatches.append(map);
    }
    m_steps.apply(detail.task.id, detail.task.steps);
    m_activity.apply(detail.activity);
    emit changed();
}

void TaskDetailView::clear()
{
    apply(TaskDetail{});
}

QString TaskDetailView::supportReport() const
{
    const TaskRecord &task = m_detail.task;
    QString report =
        QStringLiteral("Vigil task %1 \"%2\": %3 (%4)\nprovider %5, model %6\n")
            .arg(task.id)
            .arg(task.name, taskStateName(task.state), task.reason, baseUrl(), task.model);
    int done = 0;
    for (const StepRecord &step : task.steps)
        done += step.state == StepState::Done ? 1 : 0;
    report += QStringLiteral("steps: %1 of %2 done\n\n").arg(done).arg(task.steps.size());
    if (!m_detail.providerBatches.isEmpty())
        report += QStringLiteral("provider batches:\n");
    for (const ProviderBatchRecord &batch : m_detail.providerBatches) {
        const auto count = [&batch](const char *key) {
            return batch.counts.value(QLatin1String(key)).toInt();
        };
        report +=
            QStringLiteral("%1 round %2 chunk %3  %4 (%5)  %6 done, %7 failed, %8 expired "
                           "of %9  created %10  expires %11  ended %12")
                .arg(batch.batchId.isEmpty() ? QStringLiteral("(not created)") : batch.batchId)
                .arg(batch.round)
                .arg(batch.chunk)
                .arg(batch.status.isEmpty() ? QStringLiteral("-") : batch.status,
                     providerBatchStageName(batch.stage))
                .arg(count("succeeded"))
                .arg(count("failed"))
                .arg(count("expired"))
                .arg(count("total"))
                .arg(isoTime(batch.createdAt), isoTime(batch.expiresAt), isoTime(batch.endedAt));
        if (!batch.error.isEmpty())
            report += QStringLiteral("  %1").arg(batch.error.simplified());
        report += QLatin1Char('\n');
    }
    if (!m_detail.providerBatches.isEmpty())
        report += QLatin1Char('\n');
    report += QStringLiteral("attempts (UTC):\n");
    for (const AttemptRecord &attempt : m_detail.attempts) {
        report += QStringLiteral("step %1 attempt %2  %3 → %4  %5  HTTP %6  %7  request %8  %9\n")
                      .arg(attempt.step + 1)
                      .arg(attempt.attempt)
                      .arg(isoTime(attempt.startedAt), isoTime(attempt.endedAt), attempt.model,
                           attempt.httpStatus > 0 ? QString::number(attempt.httpStatus)
                                                  : QStringLiteral("-"),
                           attempt.failureClass.isEmpty() ? QStringLiteral("(in flight)")
                                                          : attempt.failureClass,
                           attempt.requestId, attempt.message.simplified());
        if (attempt.resumedAfter >= 0)
            report += QStringLiteral("    re-attached to %1 after event %2\n")
                          .arg(attempt.responseId)
                          .arg(attempt.resumedAfter);
        if (!attempt.partialText.isEmpty())
            report += QStringLiteral("    partial text, not the output: %1 characters\n")
                          .arg(attempt.partialText.size());
    }
    return report;
}

void TaskDetailView::copySupportReport() const
{
    QGuiApplication::clipboard()->setText(supportReport());
}

} // namespace vigil

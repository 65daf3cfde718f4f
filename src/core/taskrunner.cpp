#include "taskrunner.h"

#include "engine.h"
#include "logging.h"
#include "networkaccess.h"
#include "reachability.h"

#include <QDateTime>
#include <QUuid>

namespace vigil {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString describeDuration(qint64 ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(ms);
    if (ms < 120'000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms < 7'200'000)
        return QStringLiteral("%1 min").arg(ms / 60'000);
    return QStringLiteral("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

} // namespace

TaskRunner::TaskRunner(Engine &engine, CheckpointStore &store, NetworkAccess &network,
                       Reachability &reachability, TaskRecord task, TaskSpec spec, QString apiKey)
    : m_engine(engine), m_store(store), m_network(network), m_reachability(reachability),
      m_task(std::move(task)), m_spec(std::move(spec)), m_apiKey(std::move(apiKey)),
      m_adapter(ProtocolAdapter::create(m_spec.provider.protocol))
{
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &TaskRunner::next);
    connect(&m_reachability, &Reachability::onlineChanged, this, &TaskRunner::onOnlineChanged);
}

TaskRunner::~TaskRunner() = default;

StepRecord *TaskRunner::stepAt(int index)
{
    for (StepRecord &step : m_task.steps) {
        if (step.index == index)
            return &step;
    }
    return nullptr;
}

void TaskRunner::run()
{
    next();
}

void TaskRunner::cancel()
{
    if (m_ended)
        return;
    m_cancelling = true;
    m_wakeTimer.stop();
    if (m_attempt)
        m_attempt->cancel(); // finishes through onAttemptFinished
    else
        end(TaskState::Cancelled,
            QStringLiteral("cancelled by the user; completed steps are kept"));
}

void TaskRunner::enterState(TaskState state, const QString &reason, const QJsonObject &extra,
                            qint64 resumeAt)
{
    if (state == m_task.state && reason == m_task.reason && resumeAt == m_task.resumeAt)
        return;
    if (!m_store.setTaskState(m_task.id, state, reason, resumeAt)) {
        storeFailed();
        return;
    }
    m_task.state = state;
    m_task.resumeAt = resumeAt;
    m_task.reason = reason;
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("state"), taskStateName(state));
    fields.insert(QStringLiteral("reason"), reason);
    m_engine.emitEvent(m_task.id, QStringLiteral("task_state"), -1, fields);
}

void TaskRunner::end(TaskState state, const QString &reason)
{
    if (m_ended)
        return;
    m_wakeTimer.stop();
    enterState(state, reason);
    m_ended = true;
    m_engine.runnerEnded(m_task.id, state, reason);
}

void TaskRunner::storeFailed()
{
    // Without a working store nothing can be promised; stop before sending anything more.
    m_ended = true;
    m_wakeTimer.stop();
    const QString reason =
        QStringLiteral("the checkpoint store failed: %1").arg(m_store.lastError());
    m_engine.emitEvent(m_task.id, QStringLiteral("task_state"), -1,
                       {{QStringLiteral("state"), taskStateName(TaskState::Paused)},
                        {QStringLiteral("reason"), reason}});
    m_engine.runnerEnded(m_task.id, TaskState::Paused, reason);
}

StepRecord *TaskRunner::pendingStep()
{
    for (StepRecord &step : m_task.steps) {
        if (step.state != StepState::Done)
            return &step;
    }
    return nullptr;
}

void TaskRunner::waitForNetwork()
{
    m_wakeTimer.stop();
    if (m_task.state == TaskState::WaitingForNetwork)
        return;
    m_offlineSince = nowMs();
    enterState(TaskState::WaitingForNetwork,
               QStringLiteral("the machine is offline; no attempts are spent until it is back"));
}

void TaskRunner::onOnlineChanged(bool online)
{
    if (m_ended || m_attempt)
        return;
    if (!online) {
        waitForNetwork();
        return;
    }
    if (m_task.state != TaskState::WaitingForNetwork)
        return;
    if (StepRecord *step = pendingStep(); step && step->budgetStartedAt > 0 && m_offlineSince > 0) {
        const qint64 offline = nowMs() - m_offlineSince;
        if (!m_store.creditOfflineTime(m_task.id, step->index, offline)) {
            storeFailed();
            return;
        }
        step->budgetStartedAt += offline;
    }
    m_offlineSince = 0;
    next();
}

void TaskRunner::next()
{
    if (m_ended || m_attempt)
        return;
    StepRecord *pending = pendingStep();
    if (!pending) {
        end(TaskState::Completed,
            QStringLiteral("all %1 steps completed").arg(m_task.steps.size()));
        return;
    }
    const qint64 now = nowMs();
    if (m_task.state == TaskState::Paused && m_task.resumeAt > 0) {
        if (m_task.resumeAt > now) {
            scheduleWake(m_task.resumeAt);
            return;
        }
        // The allowance has reset: the remaining steps start with a fresh budget.
        if (!m_store.resetBudgets(m_task.id)) {
            storeFailed();
            return;
        }
        for (StepRecord &step : m_task.steps) {
            if (step.state != StepState::Done) {
                step.budgetAttempts = 0;
                step.budgetStartedAt = 0;
                step.nextTryAt = 0;
            }
        }
    }
    if (!m_reachability.isOnline()) {
        waitForNetwork();
        return;
    }
    if (pending->nextTryAt > now) {
        if (m_task.state != TaskState::Retrying)
            enterState(TaskState::Retrying,
                       QStringLiteral("step %1: next try at %2")
                           .arg(pending->index + 1)
                           .arg(isoTime(pending->nextTryAt)),
                       {{QStringLiteral("attempt"), pending->budgetAttempts},
                        {QStringLiteral("max_attempts"), m_spec.retry.maxAttempts},
                        {QStringLiteral("next_try_at"), isoTime(pending->nextTryAt)}});
        scheduleWake(pending->nextTryAt);
        return;
    }
    sendAttempt(*pending);
}

void TaskRunner::scheduleWake(qint64 at)
{
    // Long waits are cut into hours so that a suspended machine catches up on waking.
    const qint64 remaining = std::max<qint64>(0, at - nowMs());
    const qint64 chunk = std::min<qint64>(remaining, 3'600'000);
    m_wakeTimer.setTimerType(chunk < 10'000 ? Qt::PreciseTimer : Qt::CoarseTimer);
    m_wakeTimer.start(static_cast<int>(chunk));
}

ModelRequest TaskRunner::buildRequest(const StepRecord &step) const
{
    ModelRequest request;
    request.model = m_spec.model;
    request.system = m_spec.system;
    request.maxTokens = m_spec.maxTokens;
    request.stream = m_spec.stream;
    for (const StepRecord &earlier : m_task.steps) {
        if (earlier.index >= step.index)
            break;
        request.messages.append({QStringLiteral("user"), earlier.prompt});
        request.messages.append({QStringLiteral("assistant"), earlier.output});
    }
    request.messages.append({QStringLiteral("user"), step.prompt});
    return request;
}

void TaskRunner::sendAttempt(StepRecord &step)
{
    const qint64 now = nowMs();
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto attemptId =
        m_store.beginAttempt(m_task.id, step.index, m_spec.model, m_requestId, now);
    if (!attemptId) {
        storeFailed();
        return;
    }
    m_attemptId = *attemptId;
    m_attemptStep = step.index;
    ++step.attemptsTotal;
    ++step.budgetAttempts;
    if (step.budgetStartedAt == 0)
        step.budgetStartedAt = now;
    step.lastTryAt = now;
    step.nextTryAt = 0;

    enterState(TaskState::Running,
               QStringLiteral("step %1 of %2").arg(step.index + 1).arg(m_task.steps.size()));
    if (m_ended)
        return;
    m_engine.emitEvent(m_task.id, QStringLiteral("attempt_start"), step.index,
                       {{QStringLiteral("attempt"), step.attemptsTotal},
                        {QStringLiteral("budget_attempt"), step.budgetAttempts},
                        {QStringLiteral("max_attempts"), m_spec.retry.maxAttempts},
                        {QStringLiteral("model"), m_spec.model},
                        {QStringLiteral("request_id"), m_requestId}});

    const ModelRequest modelRequest = buildRequest(step);
    QNetworkRequest request =
        m_network.newRequest(m_adapter->endpoint(m_spec.provider.baseUrl), m_requestId,
                             QStringLiteral("%1:%2").arg(m_task.key).arg(step.index));
    m_adapter->authorize(request, m_apiKey);
    const AttemptLimits limits{m_spec.retry.ttfbTimeoutMs, m_spec.retry.idleTimeoutMs,
                               m_spec.retry.attemptTimeoutMs};
    m_attempt = std::make_unique<AttemptRunner>(
        m_network, *m_adapter, request, m_adapter->body(modelRequest), m_spec.stream, limits);
    connect(m_attempt.get(), &AttemptRunner::finished, this, &TaskRunner::onAttemptFinished,
            Qt::QueuedConnection);
    m_attempt->start();
}

QString TaskRunner::endReason(FailureClass failureClass, const QString &message) const
{
    const QString host = m_spec.provider.baseUrl.host();
    switch (failureClass) {
    case FailureClass::Auth:
        return QStringLiteral("check the API key for provider %1: %2").arg(host, message);
    case FailureClass::NotFound:
        return QStringLiteral("model %1 was not found at %2 — switch model: %3")
            .arg(m_spec.model, host, message);
    case FailureClass::Tls:
        return QStringLiteral("the TLS certificate of %1 was refused: %2").arg(host, message);
    case FailureClass::Quota:
        return QStringLiteral("quota exhausted — add credit or switch provider: %1").arg(message);
    case FailureClass::Request:
        return QStringLiteral("the request was rejected: %1").arg(message);
    default:
        return QStringLiteral("%1: %2").arg(failureClassName(failureClass), message);
    }
}

void TaskRunner::onAttemptFinished()
{
    const AttemptResult result = m_attempt->result();
    m_attempt.release()->deleteLater();
    StepRecord *step = stepAt(m_attemptStep);
    Q_ASSERT(step);
    const qint64 now = nowMs();
    const QString requestId =
        result.serverRequestId.isEmpty() ? m_requestId : result.serverRequestId;

    QJsonObject endFields{{QStringLiteral("attempt"), step->attemptsTotal},
                          {QStringLiteral("request_id"), requestId},
                          {QStringLiteral("http_status"),
                           result.outcome.httpStatus > 0 ? QJsonValue(result.outcome.httpStatus)
                                                         : QJsonValue(QJsonValue::Null)}};
    // The event says what the store recorded: both come from the same AttemptEnd.
    const auto emitAttemptEnd = [&](const AttemptEnd &end) {
        endFields.insert(QStringLiteral("class"), failureClassName(end.failureClass));
        endFields.insert(QStringLiteral("retry"), end.retry);
        endFields.insert(QStringLiteral("delay_ms"),
                         end.delayMs ? QJsonValue(*end.delayMs) : QJsonValue(QJsonValue::Null));
        endFields.insert(QStringLiteral("message"), end.message);
        m_engine.emitEvent(m_task.id, QStringLiteral("attempt_end"), step->index, endFields);
    };

    if (result.ok) {
        const AttemptEnd attemptEnd{
            now, result.outcome.httpStatus, FailureClass::Ok, false, std::nullopt, {}};
        if (!m_store.completeStep(m_attemptId, attemptEnd, result.reply.text, result.reply.usage)) {
            storeFailed();
            return;
        }
        step->state = StepState::Done;
        step->output = result.reply.text;
        step->usage = result.reply.usage;
        step->model = m_spec.model;
        endFields.insert(QStringLiteral("ttfb_ms"), result.firstEventAfterMs);
        emitAttemptEnd(attemptEnd);
        m_engine.emitEvent(m_task.id, QStringLiteral("step_done"), step->index,
                           {{QStringLiteral("model"), m_spec.model},
                            {QStringLiteral("chars"), result.reply.text.size()},
                            {QStringLiteral("usage"), result.reply.usage}});
        next();
        return;
    }

    Classification verdict = classify(result.outcome);
    if (verdict.failureClass == FailureClass::Cancelled && !m_cancelling) {
        // Aborted below Vigil (the network stack dropped it): a network failure like any other.
        verdict.failureClass = FailureClass::Network;
        verdict.retry = true;
    }
    if (!m_cancelling && !m_reachability.isOnline() &&
        (verdict.failureClass == FailureClass::Network ||
         verdict.failureClass == FailureClass::Stall)) {
        // Lost because the machine went offline: recorded, but not charged to the budget.
        const QString message = verdict.message + QStringLiteral(" (offline; not charged)");
        const AttemptEnd attemptEnd{
            now, result.outcome.httpStatus, verdict.failureClass, true, std::nullopt, message};
        if (!m_store.finishAttempt(m_attemptId, attemptEnd) ||
            !m_store.refundAttempt(m_task.id, step->index)) {
            storeFailed();
            return;
        }
        --step->budgetAttempts;
        step->nextTryAt = 0;
        emitAttemptEnd(attemptEnd);
        waitForNetwork();
        return;
    }
    bool exhausted = false;
    std::optional<qint64> delay;
    if (verdict.retry && !m_cancelling) {
        const qint64 elapsed = now - step->budgetStartedAt;
        exhausted = step->budgetAttempts >= m_spec.retry.maxAttempts ||
                    elapsed >= m_spec.retry.maxElapsedMs;
        if (!exhausted)
            delay = retryDelayMs(m_spec.retry, verdict.failureClass, step->budgetAttempts,
                                 verdict.serverDelayMs, m_engine.m_random);
    }
    const bool willRetry = delay.has_value();
    const AttemptEnd attemptEnd{
        now, result.outcome.httpStatus, verdict.failureClass, willRetry, delay, verdict.message};
    const bool terminal = !verdict.retry && verdict.failureClass != FailureClass::Quota &&
                          verdict.failureClass != FailureClass::Cancelled;
    if (!(terminal ? m_store.failStep(m_attemptId, attemptEnd)
                   : m_store.finishAttempt(m_attemptId, attemptEnd))) {
        storeFailed();
        return;
    }
    step->errorClass = failureClassName(verdict.failureClass);
    step->lastMessage = verdict.message;
    step->nextTryAt = willRetry ? now + *delay : 0;

    if (!verdict.code.isEmpty())
        endFields.insert(QStringLiteral("code"), verdict.code);
    emitAttemptEnd(attemptEnd);
    qCInfo(lcEngine).noquote() << "task" << m_task.id << "step" << step->index << "attempt"
                               << step->attemptsTotal << failureClassName(verdict.failureClass)
                               << result.outcome.httpStatus << verdict.message
                               << (willRetry ? QStringLiteral("retry in %1 ms").arg(*delay)
                                             : QString());

    if (m_cancelling) {
        end(TaskState::Cancelled,
            QStringLiteral("cancelled by the user; completed steps are kept"));
    } else if (willRetry) {
        enterState(TaskState::Retrying,
                   QStringLiteral("attempt %1 of %2 failed (%3: %4); next try in %5")
                       .arg(step->budgetAttempts)
                       .arg(m_spec.retry.maxAttempts)
                       .arg(failureClassName(verdict.failureClass), verdict.message,
                            describeDuration(*delay)),
                   {{QStringLiteral("attempt"), step->budgetAttempts},
                    {QStringLiteral("max_attempts"), m_spec.retry.maxAttempts},
                    {QStringLiteral("next_try_at"), isoTime(step->nextTryAt)},
                    {QStringLiteral("class"), failureClassName(verdict.failureClass)}});
        scheduleWake(step->nextTryAt);
    } else if (exhausted) {
        end(TaskState::Paused,
            QStringLiteral(
                "retry budget exhausted on step %1 after %2 attempts in %3; last: %4: %5")
                .arg(step->index + 1)
                .arg(step->budgetAttempts)
                .arg(describeDuration(now - step->budgetStartedAt))
                .arg(failureClassName(verdict.failureClass), verdict.message));
    } else if (verdict.failureClass == FailureClass::Quota) {
        const QString reason = endReason(verdict.failureClass, verdict.message);
        if (verdict.serverDelayMs) {
            // The provider said when the allowance resets: pause until then, then go on.
            const qint64 resumeAt = now + *verdict.serverDelayMs;
            enterState(TaskState::Paused,
                       reason + QStringLiteral("; resumes by itself at %1").arg(isoTime(resumeAt)),
                       {{QStringLiteral("resume_at"), isoTime(resumeAt)}}, resumeAt);
            scheduleWake(resumeAt);
        } else {
            end(TaskState::Paused, reason);
        }
    } else {
        step->state = StepState::Failed;
        m_engine.emitEvent(m_task.id, QStringLiteral("step_failed"), step->index,
                           {{QStringLiteral("class"), failureClassName(verdict.failureClass)},
                            {QStringLiteral("message"), verdict.message}});
        end(TaskState::Failed, endReason(verdict.failureClass, verdict.message));
    }
}

} // namespace vigil

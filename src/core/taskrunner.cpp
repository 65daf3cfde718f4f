#include "taskrunner.h"

#include "logging.h"
#include "networkaccess.h"
#include "persontime.h"
#include "reachability.h"
#include "serverdelay.h"

#include <QDateTime>
#include <QUuid>

namespace vigil {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString describeDuration(qint64 ms)
{
    if (ms < 1000)
        return TaskRunner::tr("%1 ms").arg(ms);
    if (ms < 120'000)
        return TaskRunner::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms < 7'200'000)
        return TaskRunner::tr("%1 min").arg(ms / 60'000);
    return TaskRunner::tr("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

} // namespace

TaskRunner::TaskRunner(TaskStore &store, NetworkAccess &network, Reachability &reachability,
                       BackendCircuit &circuit, QRandomGenerator &random, TimeSource &clock,
                       Spending &spending, TaskRecord task, QString apiKey)
    : m_store(store), m_network(network), m_reachability(reachability), m_circuit(circuit),
      m_random(random), m_clock(clock), m_spending(spending), m_wakeTimer(clock.createTimer()),
      m_task(std::move(task)), m_spec(*m_task.spec), m_apiKey(std::move(apiKey)),
      m_adapter(ProtocolAdapter::create(m_spec.provider.protocol)),
      m_concurrency(m_spec.batch ? m_spec.batch->concurrency : 1), m_sharing(m_store.sharesWork()),
      m_sharesItems(m_sharing && m_spec.batch && m_spec.batch->via == BatchSpec::Via::Live)
{
    connect(m_wakeTimer.get(), &TimeSourceTimer::timeout, this, &TaskRunner::next);
    // A third of the lease: two renewals may fail before another worker may take over.
    m_leaseTimer.setInterval(static_cast<int>(std::max<qint64>(m_store.leaseMs() / 3, 100)));
    connect(&m_leaseTimer, &QTimer::timeout, this, &TaskRunner::renewLeases);
    connect(&m_store.events(), &StoreEvents::stepsChanged, this, [this](qint64 taskId) {
        if (taskId == m_task.id && m_sharing && m_started && !m_ended)
            lookAgain();
    });
    connect(&m_reachability, &Reachability::onlineChanged, this, &TaskRunner::onOnlineChanged);
    connect(&m_circuit, &BackendCircuit::stateChanged, this, [this] {
        if (m_ended)
            return;
        const auto state = m_circuit.state();
        if (!m_refusedProbes.empty() &&
            (state == BackendCircuit::State::Closed || state == BackendCircuit::State::Releasing)) {
            // The backend serves again: steps whose probe it refused need not wait longer.
            for (auto it = m_delayed.begin(); it != m_delayed.end();) {
                if (m_refusedProbes.count(it->second) > 0) {
                    stepAt(it->second).nextTryAt = 0;
                    m_ready.insert(it->second);
                    it = m_delayed.erase(it);
                } else {
                    ++it;
                }
            }
            m_refusedProbes.clear();
            QMetaObject::invokeMethod(this, &TaskRunner::next, Qt::QueuedConnection);
        }
        if (!m_behindBackend.empty())
            updateState();
    });
}

TaskRunner::~TaskRunner()
{
    // An ended runner has left the line already, and may outlive the engine's circuits.
    if (!m_ended)
        m_circuit.withdraw(this);
}

StepRecord &TaskRunner::stepAt(int index)
{
    Q_ASSERT(index >= 0 && index < m_task.steps.size() && m_task.steps.at(index).index == index);
    return m_task.steps[index];
}

void TaskRunner::run()
{
    if (m_ended)
        return; // stopped before its first turn: it sends nothing
    m_started = true;
    if (m_spec.batch && !openOutput())
        return;
    const auto spent = m_store.spend(m_task.id);
    if (!spent) {
        storeFailed();
        return;
    }
    m_spent = *spent;
    const auto price = m_spending.prices().find(m_spec.provider.baseUrl, m_spec.model);
    // A batch through the provider's own service is billed at its batch tier.
    const QString tier = m_spec.batch && m_spec.batch->via == BatchSpec::Via::ProviderBatch
                             ? QStringLiteral("batch")
                             : serviceTier();
    if (m_spec.budget.maxCostUsd && !(price && price->cost({}, tier))) {
        end(TaskState::Paused,
            tr("the cost of %1 is not known, so its spend cap cannot be kept: give its price "
               "in the settings file's \"prices\", or take max_cost_usd out of the task's "
               "budget")
                .arg(m_spec.model));
        return;
    }
    if (m_sharing) {
        m_leaseTimer.start();
        // Leases of an earlier run of this Vigil (a store that went away) are taken again.
        if (!m_store.releaseLeases(m_task.id)) {
            storeFailed();
            return;
        }
        if (!m_sharesItems && !claimWholeTask())
            return; // the lease timer asks again
    }
    runClaimed();
}

void TaskRunner::runClaimed()
{
    const qint64 now = m_clock.nowMs();
    for (StepRecord &step : m_task.steps) {
        if (step.state == StepState::Pending) {
            if (m_sharesItems)
                continue; // sent once claimed
            ++m_unfinished;
            if (m_spec.batch || m_unfinished == 1)
                schedule(step, now);
        } else if (step.state == StepState::Failed && !m_spec.batch) {
            end(TaskState::Failed,
                endReason(failureClassFromName(step.errorClass).value_or(FailureClass::Request),
                          step.lastMessage));
            return;
        }
    }
    if (m_spec.batch) {
        // What the provider holds already is polled, not sent again — also when the task
        // has been switched to live requests since.
        m_providerBatches = std::make_unique<ProviderBatchDriver>(m_store, m_network, m_clock,
                                                                  *this, m_task, m_spec, m_apiKey);
        if (!m_providerBatches->restore()) {
            storeFailed();
            return;
        }
        for (const int held : m_providerBatches->heldSteps())
            m_ready.erase(held);
        if (!sendsProviderBatches() && !m_providerBatches->busy())
            m_providerBatches.reset();
    }
    next();
}

bool TaskRunner::openOutput()
{
    m_output = std::make_unique<BatchOutput>(m_spec.batch->output);
    QSet<QString> itemIds;
    itemIds.reserve(m_task.steps.size());
    for (const StepRecord &step : m_task.steps)
        itemIds.insert(step.itemId);
    QString error;
    // Items the store finished but the file lacks (a crash came between the two) go in now.
    const bool ok = m_output->open(itemIds, &error) && catchUpOutput(&error);
    if (!ok)
        outputFailed(TaskState::Failed, error);
    return ok;
}

bool TaskRunner::catchUpOutput(QString *error)
{
    for (const StepRecord &step : m_task.steps) {
        if (step.state != StepState::Pending && !m_output->append(step, error))
            return false;
    }
    return true;
}

bool TaskRunner::claimWholeTask()
{
    const auto claimed = m_store.claimSteps(m_task.id, static_cast<int>(m_task.steps.size()));
    const auto pending = claimed ? m_store.pendingSteps(m_task.id) : std::nullopt;
    if (!pending) {
        storeFailed();
        return false;
    }
    if (claimed->size() < *pending) {
        // Another Vigil runs the task: all of it or none, so that no step goes twice.
        if (!claimed->isEmpty() && !m_store.releaseLeases(m_task.id)) {
            storeFailed();
            return false;
        }
        qCInfo(lcEngine).noquote() << "task" << m_task.id
                                   << "is run by another Vigil; this one takes it over if that "
                                      "one stops";
        return false;
    }
    // What another Vigil did before this one took over is read again.
    auto loaded = m_store.loadTask(m_task.id);
    if (!loaded) {
        storeFailed();
        return false;
    }
    m_task.steps = std::move(loaded->steps);
    for (const StepRecord &step : *claimed)
        stepAt(step.index).leaseId = step.leaseId;
    m_holdsTask = true;
    QString error;
    if (m_output && !catchUpOutput(&error)) {
        outputFailed(TaskState::Failed, error);
        return false;
    }
    return true;
}

void TaskRunner::claimItems()
{
    // Twice the concurrency held, claimed again at half: one round trip to the database
    // claims many items, and what one worker holds unsent is little for the others.
    const int target = 2 * m_concurrency;
    if (m_claimsDry || m_unfinished > target / 2 || !m_reachability.isOnline())
        return;
    const int wanted = target - m_unfinished;
    const auto claimed = m_store.claimSteps(m_task.id, wanted);
    if (!claimed) {
        storeFailed();
        return;
    }
    const qint64 now = m_clock.nowMs();
    for (const StepRecord &record : *claimed) {
        StepRecord &step = stepAt(record.index);
        if (step.leaseId != 0) {
            // Held here already, its lease ran out unrenewed (a machine asleep): it is this
            // runner's again under the new lease.
            step.leaseId = record.leaseId;
            continue;
        }
        step = record; // as another worker may have left it
        ++m_unfinished;
        schedule(step, now);
    }
    m_claimsDry = claimed->size() < wanted;
}

bool TaskRunner::othersAreDone()
{
    const auto pending = m_store.pendingSteps(m_task.id);
    if (!pending) {
        storeFailed();
        return false;
    }
    if (*pending > 0)
        return false;
    const auto loaded = m_store.loadTask(m_task.id);
    if (!loaded) {
        storeFailed();
        return false;
    }
    for (const StepRecord &step : loaded->steps) {
        StepRecord &mine = stepAt(step.index);
        if (mine.state == StepState::Pending)
            mine = step;
    }
    QString error;
    if (m_output && !catchUpOutput(&error)) {
        outputFailed(TaskState::Paused, error);
        return false;
    }
    return true;
}

void TaskRunner::renewLeases()
{
    if (m_ended)
        return;
    if (!m_store.renewLeases(m_task.id)) {
        storeFailed();
        return;
    }
    if (!m_spec.budget.isEmpty()) {
        // What the other Vigils on the task spent counts against its caps too: the store's
        // sum holds theirs and this Vigil's own, written or not yet committed.
        const auto spent = m_store.spend(m_task.id);
        if (!spent) {
            storeFailed();
            return;
        }
        m_spent = *spent;
    }
    if (m_sharesItems) {
        const qint64 now = m_clock.nowMs();
        m_fleet = m_store.progress(m_task.id, now - kFleetPaceMs);
        if (!m_fleet) {
            storeFailed();
            return;
        }
        m_fleetReadAt = now;
    }
    lookAgain();
    if (!m_ended && !m_stop && spendCapReached())
        next();
}

void TaskRunner::lookAgain()
{
    // The user's pause or cancel on another Vigil sharing the task stops this one too.
    const auto stored = m_store.taskState(m_task.id);
    if (!stored) {
        storeFailed();
        return;
    }
    const auto &[state, reason, model, specVersion] = *stored;
    if ((state == TaskState::Paused || state == TaskState::Cancelled) && state != m_task.state &&
        !m_stop) {
        qCInfo(lcEngine).noquote()
            << "task" << m_task.id << "was stopped by another Vigil:" << reason;
        // What the other one wrote stays; this one stops the same way without writing it.
        m_task.state = state;
        m_task.reason = reason;
        m_task.resumeAt = 0;
        emit eventOccurred(
            m_task.id, QStringLiteral("task_state"), -1,
            {{QStringLiteral("state"), taskStateName(state)}, {QStringLiteral("reason"), reason}});
        stopNow(state, reason);
        return;
    }
    if (specVersion != m_task.specVersion && !m_stop) {
        qCInfo(lcEngine).noquote()
            << "task" << m_task.id << "was switched to" << model << "by another Vigil";
        emit eventOccurred(m_task.id, QStringLiteral("model_switched"), -1,
                           {{QStringLiteral("model"), model}});
        emit specChanged(m_task.id);
        switchOver();
        return;
    }
    if (!m_sharesItems && !m_holdsTask) {
        if (!m_stop && claimWholeTask())
            runClaimed();
        return;
    }
    if (m_claimsDry) {
        m_claimsDry = false;
        next();
    }
}

bool TaskRunner::dropTakenOver(StepRecord &step)
{
    if (!m_store.claimLost())
        return false;
    qCInfo(lcEngine).noquote() << "task" << m_task.id << "step" << step.index
                               << m_store.lastError();
    emitStepEvent(QStringLiteral("step_taken_over"), step,
                  {{QStringLiteral("message"), m_store.lastError()}});
    const int index = step.index;
    step.leaseId = 0;
    m_ready.erase(index);
    m_behindBackend.erase(index);
    m_refusedProbes.erase(index);
    for (auto it = m_delayed.begin(); it != m_delayed.end();)
        it = it->second == index ? m_delayed.erase(it) : std::next(it);
    m_circuit.withdraw(this, index);
    if (const auto armed = m_armed.find(index); armed != m_armed.end()) {
        const qint64 attemptId = armed->second.attemptId;
        m_armed.erase(armed);
        if (!m_store.withdrawArmedAttempts({attemptId})) {
            storeFailed();
            return true;
        }
    }
    --m_unfinished;
    return true;
}

void TaskRunner::schedule(StepRecord &step, qint64 now)
{
    if (step.nextTryAt > now) {
        m_delayed.emplace(step.nextTryAt, step.index);
        const auto failureClass = failureClassFromName(step.errorClass);
        if (failureClass && usesCapacitySchedule(*failureClass))
            m_circuit.restoreCoolDown(step.nextTryAt, step.budgetAttempts);
    } else {
        m_ready.insert(step.index);
    }
}

void TaskRunner::cancel()
{
    stopNow(TaskState::Cancelled, tr("cancelled by the user; completed steps are kept"));
}

void TaskRunner::pause()
{
    stopNow(TaskState::Paused, tr("paused by the user; completed steps are kept"));
}

void TaskRunner::switchOver()
{
    stopNow(m_task.state, m_task.reason);
}

void TaskRunner::stopNow(TaskState state, const QString &reason)
{
    if (m_ended)
        return;
    m_cancelling = true;
    // The user's stop, or one taken from another Vigil, is every Vigil's: it is written
    // even after this one's output failed.
    m_outputFailed = false;
    m_stop = Stop{state, reason};
    m_wakeTimer->stop();
    leaveBackendLine();
    cancelBackgroundResponses();
    if (m_ended)
        return;
    if (m_providerBatches && state == TaskState::Cancelled) {
        // The provider is asked to stop what it runs for the task; its items' attempts end.
        m_providerBatches->cancelAll();
        const qint64 now = m_clock.nowMs();
        for (const auto &[index, attemptId] : m_providerBatches->abandonedItems()) {
            AttemptEnd end;
            end.endedAt = now;
            end.failureClass = FailureClass::Cancelled;
            end.serviceTier = QStringLiteral("batch");
            end.message = tr("cancelled with the task; its provider batch was asked to stop");
            if (!m_store.finishAttempt(attemptId, stepAt(index), end)) {
                storeFailed();
                return;
            }
        }
    } else if (m_providerBatches) {
        m_providerBatches->stop(); // the provider goes on; a resume reads its results
    }
    for (auto &[index, flight] : m_inFlight)
        flight.attempt->cancel(); // each finishes through onAttemptFinished
    next();
}

void TaskRunner::retryNow()
{
    if (m_ended || m_stop)
        return;
    if (!m_started) {
        // Its steps are scheduled at its first turn: none of them waits then.
        for (StepRecord &step : m_task.steps)
            step.nextTryAt = 0;
        m_circuit.probeNow();
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (m_task.state == TaskState::Paused && m_task.resumeAt > now) {
        // Paused until a known time (a quota's reset, the next day's spend): the user does
        // not wait for it.
        enterState(TaskState::Paused, m_task.reason, {}, now);
        if (m_ended)
            return;
    }
    for (const auto &[at, index] : m_delayed) {
        stepAt(index).nextTryAt = 0;
        m_ready.insert(index);
    }
    m_delayed.clear();
    m_circuit.probeNow();
    next();
}

void TaskRunner::enterState(TaskState state, const QString &reason, const QJsonObject &extra,
                            qint64 resumeAt)
{
    if (state == m_task.state && reason == m_task.reason && resumeAt == m_task.resumeAt)
        return;
    const std::optional<TaskRecord> ahead = std::exchange(m_endAhead, std::nullopt);
    if (ahead && ahead->state == state && ahead->reason == reason && ahead->resumeAt == resumeAt) {
        m_task.state = state;
        m_task.reason = reason;
        m_task.resumeAt = resumeAt;
        m_task.updatedAt = ahead->updatedAt;
    } else if (!m_store.setTaskState(m_task, state, reason, resumeAt)) {
        if (m_store.claimLost())
            lookAgain(); // another Vigil stopped the task: this one stops with it
        else
            storeFailed();
        return;
    }
    QJsonObject fields = extra;
    fields.insert(QStringLiteral("state"), taskStateName(state));
    fields.insert(QStringLiteral("reason"), reason);
    emit eventOccurred(m_task.id, QStringLiteral("task_state"), -1, fields);
}

void TaskRunner::end(TaskState state, const QString &reason)
{
    if (m_ended)
        return;
    m_wakeTimer->stop();
    m_leaseTimer.stop();
    leaveBackendLine();
    // What this Vigil held unfinished may be taken by another at once.
    if (m_sharing && !m_store.releaseLeases(m_task.id)) {
        storeFailed();
        return;
    }
    if (m_outputFailed && m_sharing) {
        // Its leases given up, the Vigils still holding steps are the others.
        const auto others = m_store.workers(m_task.id);
        if (!others) {
            storeFailed();
            return;
        }
        m_endedHere = !others->isEmpty();
    }
    if (m_output) {
        QString error;
        if (!m_output->sync(&error))
            qCWarning(lcEngine).noquote() << error;
    }
    if (!m_endedHere) {
        enterState(state, reason);
        if (m_ended)
            return; // the store failed while recording the end
    }
    if (!m_store.commitNow()) {
        storeFailed();
        return;
    }
    m_ended = true;
    emit ended(m_task.id, state, m_endedHere ? leftToOthers(reason) : reason);
}

QString TaskRunner::leftToOthers(const QString &reason)
{
    return tr("%1; the other Vigils sharing the task go on with it").arg(reason);
}

void TaskRunner::outputFailed(TaskState state, const QString &error)
{
    // A stop under way already (the user's pause) stays what it is, written for all.
    if (!m_stop)
        m_outputFailed = true;
    // It cannot be opened, nothing is in flight yet; a line that cannot be written waits
    // for the attempts in flight.
    if (state == TaskState::Failed)
        end(state, error);
    else
        stopSending(state, error);
}

void TaskRunner::stopSending(TaskState state, const QString &reason, qint64 resumeAt)
{
    if (!m_stop)
        m_stop = Stop{state, reason, resumeAt};
    m_wakeTimer->stop();
    leaveBackendLine();
    next();
}

void TaskRunner::storeFailed()
{
    // Without a working store nothing can be promised; stop before sending anything more.
    m_ended = true;
    m_wakeTimer->stop();
    m_leaseTimer.stop();
    leaveBackendLine();
    for (auto &[index, flight] : m_inFlight)
        flight.attempt->cancel();
    // A server store that went away comes back by itself; the engine reconnects and starts
    // the task again. A file's failure (a full disk) waits for the user.
    const bool lost = m_store.connectionLost();
    const TaskState state = lost ? TaskState::WaitingForNetwork : TaskState::Paused;
    const QString reason =
        lost ? tr("the checkpoint store cannot be reached: %1; the task goes on once it is back")
                   .arg(m_store.lastError())
             : tr("the checkpoint store failed: %1").arg(m_store.lastError());
    emit eventOccurred(
        m_task.id, QStringLiteral("task_state"), -1,
        {{QStringLiteral("state"), taskStateName(state)}, {QStringLiteral("reason"), reason}});
    emit ended(m_task.id, state, reason);
}

void TaskRunner::leaveBackendLine()
{
    m_circuit.withdraw(this);
    for (const auto &[index, since] : m_behindBackend)
        m_ready.insert(index);
    m_behindBackend.clear();
}

void TaskRunner::waitForNetwork()
{
    m_wakeTimer->stop();
    leaveBackendLine();
    withdrawArmed();
    if (m_ended)
        return;
    if (m_offlineSince == 0)
        m_offlineSince = m_clock.nowMs();
    if (m_inFlight.empty())
        enterState(TaskState::WaitingForNetwork,
                   tr("the machine is offline; no attempts are spent until it is back"));
}

void TaskRunner::onOnlineChanged(bool online)
{
    if (m_ended || !m_started)
        return; // run() asks for itself
    if (!online) {
        waitForNetwork();
        return;
    }
    if (m_offlineSince == 0)
        return;
    const qint64 offline = m_clock.nowMs() - m_offlineSince;
    m_offlineSince = 0;
    for (StepRecord &step : m_task.steps) {
        if (step.state != StepState::Pending || step.budgetStartedAt == 0)
            continue;
        if (!m_store.creditWaitingTime(m_task.id, step, offline)) {
            storeFailed();
            return;
        }
    }
    next();
}

void TaskRunner::next()
{
    if (m_ended)
        return;
    if (m_stop) {
        if (!m_inFlight.empty() || !m_settling.empty() || !m_landing.empty() ||
            (m_providerBatches && m_providerBatches->cancelling()))
            return;
        if (m_providerBatches)
            m_providerBatches->stop();
        withdrawArmed();
        if (m_ended)
            return;
        const Stop stop = *m_stop;
        m_stop.reset();
        if (stop.resumeAt == 0) {
            end(stop.state, stop.reason);
            return;
        }
        enterState(TaskState::Paused, stop.reason,
                   {{QStringLiteral("resume_at"), isoTime(stop.resumeAt)}}, stop.resumeAt);
    }
    const qint64 now = m_clock.nowMs();
    if (m_task.state == TaskState::Paused && m_task.resumeAt > 0) {
        if (m_task.resumeAt > now) {
            trackBlocked(now);
            scheduleWake(m_task.resumeAt);
            return;
        }
        // The allowance has reset: the remaining steps start with a fresh budget.
        if (!m_store.resetBudgets(m_task)) {
            storeFailed();
            return;
        }
        for (const auto &[at, index] : m_delayed)
            m_ready.insert(index);
        m_delayed.clear();
    }
    while (!m_delayed.empty() && m_delayed.begin()->first <= now) {
        m_ready.insert(m_delayed.begin()->second);
        m_delayed.erase(m_delayed.begin());
    }
    if (m_sharesItems) {
        claimItems();
        if (m_ended)
            return;
    } else if (m_sharing && !m_holdsTask) {
        return; // another Vigil runs the task; the lease timer asks again
    }
    if (m_unfinished == 0 && m_inFlight.empty() && m_settling.empty() && m_landing.empty() &&
        !(m_providerBatches && m_providerBatches->busy())) {
        if (!m_sharesItems || othersAreDone())
            complete();
        return;
    }
    if (!m_reachability.isOnline()) {
        waitForNetwork();
        return;
    }
    if (!m_ready.empty()) {
        // The task's caps wait for the user; the day's goes on by itself the next day.
        const auto taskCap = spendCapReached();
        const auto dayCap = taskCap ? std::nullopt : m_spending.dailyCapReached();
        if (taskCap || dayCap) {
            emit eventOccurred(m_task.id, QStringLiteral("spend_cap_reached"), -1,
                               {{QStringLiteral("cap"), QLatin1String(taskCap ? "task" : "day")},
                                {QStringLiteral("reason"), taskCap ? *taskCap : *dayCap},
                                {QStringLiteral("cost_usd"), m_spent.costUsd},
                                {QStringLiteral("tokens"), m_spent.usage.total()}});
            stopSending(TaskState::Paused, taskCap ? *taskCap : *dayCap,
                        taskCap ? 0 : m_spending.nextDayAt());
            return;
        }
    }
    if (!sendsProviderBatches() || sendProviderBatches()) {
        armAhead();
        while (!m_ended && !m_ready.empty() &&
               static_cast<int>(m_inFlight.size() + m_behindBackend.size() + m_settling.size()) <
                   m_concurrency) {
            const int index = *m_ready.begin();
            m_ready.erase(m_ready.begin());
            if (!m_circuit.admit(this, index)) {
                m_behindBackend.emplace(index, now);
                continue;
            }
            sendAttempt(stepAt(index));
        }
    }
    if (m_ended)
        return;
    updateState();
    std::optional<qint64> wake;
    if (!m_delayed.empty())
        wake = m_delayed.begin()->first;
    if (const auto takeBackAt = providerBatchTakeBackAt()) {
        if (*takeBackAt <= now)
            m_providerBatches->takeBack();
        else
            wake = std::min(wake.value_or(*takeBackAt), *takeBackAt);
    }
    if (wake)
        scheduleWake(*wake);
    else
        m_wakeTimer->stop();
}

std::optional<qint64> TaskRunner::providerBatchTakeBackAt() const
{
    // Close to the deadline, what the provider's batches still hold is taken back from
    // them — cancelled there, read as they end — and what they did not run goes live: a
    // 24th of the batch window before it (an hour of 24).
    if (!m_providerBatches || !m_spec.deadline ||
        m_spec.batch->repair == BatchSpec::Repair::ProviderBatch ||
        m_providerBatches->itemsHeld() == 0)
        return std::nullopt;
    return *m_spec.deadline - m_providerBatches->windowMs() / 24;
}

QString TaskRunner::conversationDone() const
{
    return tr("all %1 steps completed").arg(m_task.steps.size());
}

bool TaskRunner::writeEndAhead()
{
    TaskRecord row;
    row.id = m_task.id;
    row.state = m_task.state;
    if (!m_store.setTaskState(row, TaskState::Completed, conversationDone())) {
        storeFailed();
        return false;
    }
    m_endAhead = std::move(row);
    return true;
}

void TaskRunner::complete()
{
    if (!m_spec.batch) {
        end(TaskState::Completed, conversationDone());
        return;
    }
    const auto failed =
        std::count_if(m_task.steps.begin(), m_task.steps.end(),
                      [](const StepRecord &s) { return s.state == StepState::Failed; });
    if (failed == 0) {
        end(TaskState::Completed, tr("all %1 items completed; results in %2")
                                      .arg(m_task.steps.size())
                                      .arg(m_output->path()));
        return;
    }
    end(TaskState::Completed, tr("%1 of %2 items completed, %3 failed; results and errors in %4")
                                  .arg(m_task.steps.size() - failed)
                                  .arg(m_task.steps.size())
                                  .arg(failed)
                                  .arg(m_output->path()));
}

QString TaskRunner::runningReason() const
{
    if (m_providerBatches && m_providerBatches->busy()) {
        const QList<ProviderBatchRecord> batches = m_providerBatches->activeBatches();
        QStringList said;
        for (const ProviderBatchRecord &batch : batches) {
            if (said.size() == 3) {
                said.append(QStringLiteral("…"));
                break;
            }
            said.append(batch.batchId.isEmpty()
                            ? tr("one being created")
                            : QStringLiteral("%1 %2").arg(batch.batchId, batch.status));
        }
        return tr("%1 items in %n provider batch(es): %2", "", static_cast<int>(batches.size()))
            .arg(m_providerBatches->itemsHeld())
            .arg(said.join(QStringLiteral(", ")));
    }
    if (m_spec.batch)
        return tr("%1 items, up to %2 at once").arg(m_task.steps.size()).arg(m_concurrency);
    const int index = m_inFlight.empty() ? 0 : m_inFlight.begin()->first;
    return tr("step %1 of %2").arg(index + 1).arg(m_task.steps.size());
}

QString TaskRunner::retryingReason(const StepRecord &step, QJsonObject &fields) const
{
    QString failed;
    if (step.budgetAttempts > 0)
        failed = tr("attempt %1 of %2 failed (%3: %4); ")
                     .arg(step.budgetAttempts)
                     .arg(m_spec.retry.maxAttempts)
                     .arg(step.errorClass, step.lastMessage);
    fields.insert(QStringLiteral("attempt"), step.budgetAttempts);
    fields.insert(QStringLiteral("max_attempts"), m_spec.retry.maxAttempts);
    if (!step.errorClass.isEmpty())
        fields.insert(QStringLiteral("class"), step.errorClass);
    const QString prefix =
        m_spec.batch ? tr("item %1: ").arg(step.itemId) : tr("step %1: ").arg(step.index + 1);
    if (!m_behindBackend.count(step.index)) {
        fields.insert(QStringLiteral("next_try_at"), isoTime(step.nextTryAt));
        return prefix + failed +
               tr("next try in %1")
                   .arg(describeDuration(std::max<qint64>(0, step.nextTryAt - m_clock.nowMs())));
    }
    fields.insert(QStringLiteral("backend"), m_circuit.name());
    fields.insert(QStringLiteral("backend_state"), BackendCircuit::stateName(m_circuit.state()));
    switch (m_circuit.state()) {
    case BackendCircuit::State::Open:
        fields.insert(QStringLiteral("next_try_at"), isoTime(m_circuit.nextProbeAt()));
        return prefix + failed +
               tr("the backend %1 is cooling down; next probe at %2")
                   .arg(m_circuit.name(), personTime(m_circuit.nextProbeAt()));
    case BackendCircuit::State::Holding:
        fields.insert(QStringLiteral("next_try_at"), isoTime(m_circuit.nextProbeAt()));
        return prefix + failed +
               tr("the backend %1 has no requests left until %2")
                   .arg(m_circuit.name(), personTime(m_circuit.nextProbeAt()));
    case BackendCircuit::State::Probing:
        return prefix + failed + tr("waiting for a probe of the backend %1").arg(m_circuit.name());
    case BackendCircuit::State::Closed:
        if (m_circuit.concurrencyLimit() > 0) {
            fields.insert(QStringLiteral("concurrency_limit"), m_circuit.concurrencyLimit());
            return prefix + failed +
                   tr("the backend %1 is rate-limited to %n request(s) at once; waiting for a "
                      "free place",
                      "", m_circuit.concurrencyLimit())
                       .arg(m_circuit.name());
        }
        break;
    case BackendCircuit::State::Releasing:
        break;
    }
    return prefix + failed + tr("the backend %1 recovered; resuming in turn").arg(m_circuit.name());
}

void TaskRunner::updateState()
{
    if (m_ended || m_stop)
        return;
    trackBlocked(m_clock.nowMs());
    if (!m_inFlight.empty() || (m_providerBatches && m_providerBatches->busy())) {
        enterState(TaskState::Running, runningReason());
        return;
    }
    const StepRecord *waiting = nullptr;
    if (!m_behindBackend.empty())
        waiting = &m_task.steps.at(m_behindBackend.begin()->first);
    else if (!m_delayed.empty())
        waiting = &m_task.steps.at(m_delayed.begin()->second);
    if (!waiting)
        return;
    QJsonObject fields;
    const QString reason = retryingReason(*waiting, fields);
    enterState(TaskState::Retrying, reason, fields);
    warnOfDeadline(); // a wait may put the deadline out of reach
}

void TaskRunner::scheduleWake(qint64 at)
{
    m_wakeTimer->start(at - m_clock.nowMs());
}

void TaskRunner::backendReleased(int index)
{
    const auto behind = m_behindBackend.find(index);
    if (behind == m_behindBackend.end()) {
        m_circuit.withdraw(this, index);
        return;
    }
    const qint64 waited = m_clock.nowMs() - behind->second;
    m_behindBackend.erase(behind);
    if (m_ended || m_stop || m_cancelling || !m_reachability.isOnline()) {
        m_circuit.withdraw(this, index);
        m_ready.insert(index);
        return;
    }
    StepRecord &step = stepAt(index);
    if (step.budgetStartedAt > 0) {
        // Time behind the backend's cool-down is not charged to the step's budget.
        if (!m_store.creditWaitingTime(m_task.id, step, waited)) {
            storeFailed();
            return;
        }
    }
    sendAttempt(step);
    updateState();
}

void TaskRunner::emitStepEvent(const QString &name, const StepRecord &step, QJsonObject fields)
{
    if (m_spec.batch)
        fields.insert(QStringLiteral("item"), batchItemIdValue(step.itemId));
    emit eventOccurred(m_task.id, name, step.index, fields);
}

ModelRequest TaskRunner::buildRequest(const StepRecord &step) const
{
    ModelRequest request;
    request.model = m_spec.model;
    request.system = m_spec.system;
    request.maxTokens = m_spec.maxTokens;
    request.stream = m_spec.stream;
    request.background = m_spec.resumesStreams();
    request.serviceTier = serviceTier();
    // A conversation's turn sees the turns before it; batch items stand alone.
    for (const StepRecord &earlier : m_task.steps) {
        if (m_spec.batch || earlier.index >= step.index)
            break;
        request.messages.append({QStringLiteral("user"), earlier.prompt});
        request.messages.append({QStringLiteral("assistant"), earlier.output});
    }
    request.messages.append({QStringLiteral("user"), step.prompt});
    return request;
}

void TaskRunner::sendAttempt(StepRecord &step)
{
    const qint64 now = m_clock.nowMs();
    qint64 attemptId = 0;
    QString requestId;
    bool durable = false;
    if (const auto armed = m_armed.find(step.index); armed != m_armed.end()) {
        attemptId = armed->second.attemptId;
        requestId = armed->second.requestId;
        durable = armed->second.durable;
        m_armed.erase(armed);
        // The record is on the disk already; its charge can wait for company.
        const PatientWrites patient(m_store);
        if (!m_store.sendArmedAttempt(attemptId, m_task.id, step, requestId, now)) {
            const bool lost = m_store.claimLost();
            if (!lost || !m_store.withdrawArmedAttempts({attemptId}) || !dropTakenOver(step))
                storeFailed();
            return;
        }
    } else {
        requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto begun = m_store.beginAttempt(m_task.id, step, m_spec.model, requestId, now);
        if (!begun) {
            if (!dropTakenOver(step))
                storeFailed();
            return;
        }
        attemptId = *begun;
    }

    const ModelRequest modelRequest = buildRequest(step);
    // A step whose reply the provider goes on generating re-attaches to it after the last
    // event read, instead of paying for it again.
    const bool resumes = modelRequest.background && !step.responseId.isEmpty();
    QNetworkRequest request = m_network.newRequest(
        resumes ? m_adapter->resumeEndpoint(m_spec.provider.baseUrl, step.responseId,
                                            step.responseEvent, m_spec.stream)
                : m_adapter->endpoint(m_spec.provider.baseUrl),
        requestId, QStringLiteral("%1:%2").arg(m_task.key).arg(step.index));
    m_adapter->authorize(request, m_apiKey);
    const AttemptLimits limits{m_spec.retry.ttfbTimeoutMs, m_spec.retry.idleTimeoutMs,
                               m_spec.retry.attemptTimeoutMs};
    InFlight &flight = m_inFlight[step.index];
    flight.attemptId = attemptId;
    flight.requestId = requestId;
    flight.sentAt = now;
    flight.serviceTier = modelRequest.serviceTier;
    flight.background = modelRequest.background;
    flight.resumes = resumes;
    flight.resumedAfter = resumes ? step.responseEvent : -1;
    DecodedReply soFar;
    if (resumes) {
        soFar.responseId = step.responseId;
        soFar.lastEvent = step.responseEvent;
        if (m_spec.stream) // a poll reads the whole text so far
            soFar.text = step.responseText;
    }
    flight.attempt = std::make_unique<AttemptRunner>(
        m_network, *m_adapter, request, resumes ? QByteArray() : m_adapter->body(modelRequest),
        m_spec.stream, limits, nullptr, std::move(soFar));
    const int index = step.index;
    connect(
        flight.attempt.get(), &AttemptRunner::finished, this,
        [this, index] { onAttemptFinished(index); }, Qt::QueuedConnection);
    if (modelRequest.background && !m_spec.stream) {
        const QString tag = QStringLiteral("%1:%2").arg(m_task.key).arg(step.index);
        flight.attempt->setPolling([this, requestId, tag](const QString &responseId) {
            QNetworkRequest poll = m_network.newRequest(
                m_adapter->resumeEndpoint(m_spec.provider.baseUrl, responseId, -1, false),
                requestId, tag);
            m_adapter->authorize(poll, m_apiKey);
            return poll;
        });
    }
    if (modelRequest.background) {
        connect(flight.attempt.get(), &AttemptRunner::responseStarted, this,
                [this, index](const QString &responseId) {
                    if (!m_ended && !m_store.noteResponse(m_task.id, stepAt(index), responseId))
                        storeFailed();
                });
    }

    enterState(TaskState::Running, runningReason());
    if (m_ended)
        return;
    QJsonObject startFields{{QStringLiteral("attempt"), step.attemptsTotal},
                            {QStringLiteral("budget_attempt"), step.budgetAttempts},
                            {QStringLiteral("max_attempts"), m_spec.retry.maxAttempts},
                            {QStringLiteral("model"), m_spec.model},
                            {QStringLiteral("request_id"), requestId}};
    if (!modelRequest.serviceTier.isEmpty())
        startFields.insert(QStringLiteral("service_tier"), modelRequest.serviceTier);
    if (resumes) {
        startFields.insert(QStringLiteral("response_id"), step.responseId);
        startFields.insert(QStringLiteral("resumed_after"), step.responseEvent);
    }
    emitStepEvent(QStringLiteral("attempt_start"), step, startFields);
    // The attempt is on the disk before it is sent, so that the count of attempts is never
    // lower than the backend's count of requests.
    if (durable) {
        flight.attempt->start();
        return;
    }
    whenDurable([this, index, attemptId] {
        const auto found = m_inFlight.find(index);
        if (found != m_inFlight.end() && found->second.attemptId == attemptId)
            found->second.attempt->start();
    });
}

void TaskRunner::armAhead()
{
    // Refilled at half, the line of armed items rarely runs dry: one commit records the
    // attempts of half the concurrency, and their sends wait for none.
    if (!m_spec.batch || static_cast<int>(m_armed.size()) > m_concurrency / 2)
        return;
    std::vector<std::pair<int, qint64>> armedNow;
    const qint64 now = m_clock.nowMs();
    for (const int index : m_ready) {
        if (static_cast<int>(m_armed.size()) >= m_concurrency)
            break;
        if (m_armed.count(index) > 0 || !stepAt(index).responseId.isEmpty())
            continue; // a re-attach is not a send
        const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto attemptId =
            m_store.armAttempt(m_task.id, stepAt(index), m_spec.model, requestId, now);
        if (!attemptId) {
            storeFailed();
            return;
        }
        m_armed.emplace(index, Armed{*attemptId, requestId, false});
        armedNow.emplace_back(index, *attemptId);
    }
    if (armedNow.empty())
        return;
    whenDurable([this, armedNow] {
        for (const auto &[index, attemptId] : armedNow) {
            const auto armed = m_armed.find(index);
            if (armed != m_armed.end() && armed->second.attemptId == attemptId)
                armed->second.durable = true;
        }
    });
}

int TaskRunner::landingLimit() const
{
    return std::max(1, m_concurrency / 4);
}

void TaskRunner::withdrawArmed()
{
    if (m_armed.empty())
        return;
    QList<qint64> attemptIds;
    attemptIds.reserve(static_cast<qsizetype>(m_armed.size()));
    for (const auto &[index, armed] : m_armed)
        attemptIds.append(armed.attemptId);
    m_armed.clear();
    if (!m_store.withdrawArmedAttempts(attemptIds))
        storeFailed();
}

void TaskRunner::whenDurable(std::function<void()> then)
{
    m_store.afterCommit([guard = QPointer<TaskRunner>(this), then = std::move(then)](bool durable) {
        if (!guard || guard->m_ended)
            return;
        if (!durable) {
            guard->storeFailed();
            return;
        }
        then();
    });
}

QString TaskRunner::endReason(FailureClass failureClass, const QString &message) const
{
    const QString host = m_spec.provider.baseUrl.host();
    switch (failureClass) {
    case FailureClass::Auth:
        return tr("check the API key for provider %1: %2").arg(host, message);
    case FailureClass::NotFound:
        return tr("model %1 was not found at %2 — switch model: %3")
            .arg(m_spec.model, host, message);
    case FailureClass::Tls:
        return tr("the TLS certificate of %1 was refused: %2").arg(host, message);
    case FailureClass::Quota:
        return tr("quota exhausted — add credit or switch provider: %1").arg(message);
    case FailureClass::Request:
        return tr("the request was rejected: %1").arg(message);
    default:
        return QStringLiteral("%1: %2").arg(failureClassLabel(failureClass), message);
    }
}

void TaskRunner::stepFinished(StepRecord &step)
{
    --m_unfinished;
    m_finishedAt.push_back(workingClock(m_clock.nowMs()));
    if (m_finishedAt.size() > kPaceWindow)
        m_finishedAt.pop_front();
    warnOfDeadline();
    if (m_output) {
        QString error;
        if (!m_output->append(step, &error)) {
            // The result is safe in the store; the file catches up when the task resumes.
            outputFailed(TaskState::Paused, error);
            return;
        }
    }
    if (!m_spec.batch && step.index + 1 < m_task.steps.size())
        m_ready.insert(step.index + 1);
}

void TaskRunner::emitAttemptEnd(const StepRecord &step, QJsonObject fields, const AttemptEnd &end)
{
    // The event says what the store recorded: both come from the same AttemptEnd.
    fields.insert(QStringLiteral("class"), failureClassName(end.failureClass));
    fields.insert(QStringLiteral("retry"), end.retry);
    fields.insert(QStringLiteral("delay_ms"),
                  end.delayMs ? QJsonValue(*end.delayMs) : QJsonValue(QJsonValue::Null));
    fields.insert(QStringLiteral("message"), end.message);
    if (end.usage.reported)
        fields.insert(QStringLiteral("usage"), end.usage.toJson());
    fields.insert(QStringLiteral("cost_usd"),
                  end.costUsd ? QJsonValue(*end.costUsd) : QJsonValue(QJsonValue::Null));
    emitStepEvent(QStringLiteral("attempt_end"), step, fields);
}

void TaskRunner::settle(int index, std::function<void(StepRecord &)> then, bool inPlace)
{
    // What follows an attempt's end (events, the output line, the next step) waits until
    // the store has it on the disk.
    std::set<int> &waiting = inPlace ? m_settling : m_landing;
    waiting.insert(index);
    whenDurable([this, index, &waiting, then = std::move(then)] {
        waiting.erase(index);
        then(stepAt(index));
    });
}

void TaskRunner::onAttemptFinished(int index)
{
    const auto found = m_inFlight.find(index);
    Q_ASSERT(found != m_inFlight.end());
    InFlight flight = std::move(found->second);
    m_inFlight.erase(found);
    const AttemptResult result = flight.attempt->result();
    flight.attempt.release()->deleteLater();
    if (m_ended)
        return;
    StepRecord &step = stepAt(index);
    const qint64 now = m_clock.nowMs();
    const QString requestId =
        result.serverRequestId.isEmpty() ? flight.requestId : result.serverRequestId;

    QJsonObject endFields{{QStringLiteral("attempt"), step.attemptsTotal},
                          {QStringLiteral("request_id"), requestId},
                          {QStringLiteral("http_status"),
                           result.outcome.httpStatus > 0 ? QJsonValue(result.outcome.httpStatus)
                                                         : QJsonValue(QJsonValue::Null)}};
    // What a response says of the provider's limits paces the next requests, so that they
    // wait for the reset instead of failing first.
    if (result.outcome.httpStatus >= 200 && result.outcome.httpStatus < 300) {
        const QDateTime nowUtc = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        if (auto allowance = requestAllowance(result.outcome.headers, nowUtc))
            m_circuit.noteAllowance(allowance->remaining, now + allowance->resetInMs);
        if (auto reset = spentLimitResetMs(result.outcome.headers, nowUtc, false))
            m_circuit.holdUntil(now + *reset);
    }

    if (result.ok)
        attemptSucceeded(step, flight, result, now, std::move(endFields));
    else
        attemptFailed(step, flight, result, now, std::move(endFields));
}

void TaskRunner::attemptSucceeded(StepRecord &step, const InFlight &flight,
                                  const AttemptResult &result, qint64 now, QJsonObject endFields)
{
    const int index = step.index;
    AttemptEnd attemptEnd;
    attemptEnd.endedAt = now;
    attemptEnd.httpStatus = result.outcome.httpStatus;
    describeReply(attemptEnd, flight, result);
    {
        // Only its output line waits for a batch item's result: it may wait for company
        // while the next item takes its place — up to a quarter of the concurrency of them,
        // so that a crash sends again at most that many more than the items in flight. A
        // conversation's next turn waits for it.
        const int landed = static_cast<int>(m_landing.size());
        const bool outOfTheWay = m_spec.batch && landed < landingLimit();
        const PatientWrites patient(m_store, outOfTheWay && landed + 1 < landingLimit());
        const bool recorded =
            m_store.completeStep(flight.attemptId, step, attemptEnd,
                                 {result.reply.text, result.reply.usage, m_spec.model});
        if (!recorded && !m_store.claimLost()) {
            storeFailed();
            return;
        }
        m_circuit.attemptEnded(this, index, flight.sentAt, FailureClass::Ok, std::nullopt,
                               m_spec.retry);
        if (!recorded) {
            dropTakenOver(step);
            next();
            return;
        }
        // Where Vigils share the store, end() gives up the leases before writing the end.
        if (!m_spec.batch && !m_sharing && !m_stop && m_unfinished == 1 && !writeEndAhead())
            return;
        endFields.insert(QStringLiteral("ttfb_ms"), result.firstEventAfterMs);
        settle(
            index,
            [this, endFields, attemptEnd](StepRecord &done) {
                stepCompleted(done, endFields, attemptEnd);
            },
            !outOfTheWay);
        if (!outOfTheWay)
            return;
    }
    next();
}

void TaskRunner::stepCompleted(StepRecord &done, const QJsonObject &endFields,
                               const AttemptEnd &end)
{
    emitAttemptEnd(done, endFields, end);
    emitStepEvent(QStringLiteral("step_done"), done,
                  {{QStringLiteral("model"), done.model},
                   {QStringLiteral("chars"), done.output.size()},
                   {QStringLiteral("usage"), done.usage}});
    stepFinished(done);
    warnOfSpendCap();
    next();
}

void TaskRunner::attemptFailed(StepRecord &step, const InFlight &flight,
                               const AttemptResult &result, qint64 now, QJsonObject endFields)
{
    const int index = step.index;
    Classification verdict = recordedVerdict(classify(result.outcome), m_cancelling);
    if (flight.resumes && result.outcome.httpStatus == 404) {
        // The provider no longer has the response (its retention ended): this is the one
        // case where the step is sent again.
        verdict = {FailureClass::Server, true, std::nullopt, verdict.code,
                   tr("the background response %1 is gone (%2); the step is sent again")
                       .arg(stepAt(index).responseId, verdict.message)};
    }
    noteTierRefusal(flight, verdict.failureClass);
    CircuitAnswer circuit;
    circuit.behindBackend = m_circuit.attemptEnded(this, index, flight.sentAt, verdict.failureClass,
                                                   verdict.serverDelayMs, m_spec.retry);
    circuit.coolingDown = m_circuit.state() == BackendCircuit::State::Open ||
                          m_circuit.state() == BackendCircuit::State::Holding;
    circuit.nextProbeAt = m_circuit.nextProbeAt();
    RetryDecision decision = decideAfterFailure(
        step, {verdict, result.outcome.httpStatus, m_cancelling, m_reachability.isOnline()},
        m_spec.retry, circuit, now, m_random);
    describeReply(decision.end, flight, result);
    if (flight.resumes && result.outcome.httpStatus == 404)
        decision.end.resumable = false;
    if (decision.next == AfterFailure::Refund) {
        // Lost because the machine went offline: recorded, but not charged to the budget.
        if (!m_store.finishAttempt(flight.attemptId, step, decision.end) ||
            !m_store.refundAttempt(m_task.id, step)) {
            if (dropTakenOver(step))
                next();
            else
                storeFailed();
            return;
        }
        settle(index, [this, endFields, end = decision.end](StepRecord &refunded) {
            emitAttemptEnd(refunded, endFields, end);
            m_ready.insert(refunded.index);
            waitForNetwork();
        });
        return;
    }
    if (decision.refusedProbe)
        m_refusedProbes.insert(index);
    if (!(decision.stepFails ? m_store.failStep(flight.attemptId, step, decision.end)
                             : m_store.finishAttempt(flight.attemptId, step, decision.end))) {
        if (dropTakenOver(step))
            next();
        else
            storeFailed();
        return;
    }
    if (!verdict.code.isEmpty())
        endFields.insert(QStringLiteral("code"), verdict.code);
    qCInfo(lcEngine).noquote() << "task" << m_task.id << "step" << index << "attempt"
                               << step.attemptsTotal << failureClassName(verdict.failureClass)
                               << result.outcome.httpStatus << verdict.message
                               << (decision.next == AfterFailure::Retry
                                       ? QStringLiteral("retry in %1 ms").arg(*decision.end.delayMs)
                                       : QString());
    settle(index, [this, endFields, decision, verdict](StepRecord &failed) {
        emitAttemptEnd(failed, endFields, decision.end);
        afterFailure(failed, decision, verdict);
    });
}

QString TaskRunner::serviceTier() const
{
    if (!m_tierFallenBack)
        return m_spec.serviceTier;
    // Anthropic's default is asked for by leaving the tier out.
    return m_spec.provider.protocol == Protocol::AnthropicMessages ? QString()
                                                                   : QStringLiteral("default");
}

void TaskRunner::noteTierRefusal(const InFlight &flight, FailureClass failureClass)
{
    if (failureClass != FailureClass::Capacity || m_tierFallenBack ||
        m_spec.serviceTierFallbackAfter <= 0 || flight.serviceTier != m_spec.serviceTier)
        return;
    if (++m_tierRefusals < m_spec.serviceTierFallbackAfter)
        return;
    m_tierFallenBack = true;
    qCInfo(lcEngine).noquote() << "task" << m_task.id << "falls back from the service tier"
                               << m_spec.serviceTier << "after" << m_tierRefusals
                               << "capacity answers";
    emit eventOccurred(m_task.id, QStringLiteral("service_tier_fallback"), -1,
                       {{QStringLiteral("from"), m_spec.serviceTier},
                        {QStringLiteral("to"), serviceTier()},
                        {QStringLiteral("after"), m_tierRefusals}});
}

void TaskRunner::describeReply(AttemptEnd &end, const InFlight &flight, const AttemptResult &result)
{
    const DecodedReply &reply = result.reply;
    end.serviceTier = reply.serviceTier.isEmpty() ? flight.serviceTier : reply.serviceTier;
    charge(end, reply.usage);
    end.resumedAfter = flight.resumedAfter;
    if (!result.ok)
        end.partialText = reply.text;
    if (!flight.background)
        return;
    end.responseId = reply.responseId;
    end.lastEvent = reply.lastEvent;
    // The provider goes on generating it when only the connection failed: not when it said
    // the response failed, and not when the user stopped the task (its response is cancelled).
    end.resumable = !result.ok && !reply.responseId.isEmpty() && reply.errorEvent.isEmpty() &&
                    result.outcome.httpStatus < 300 && !m_cancelling;
}

void TaskRunner::charge(AttemptEnd &end, const QJsonObject &usage)
{
    end.usage = tokenUsage(m_spec.provider.protocol, usage);
    end.costUsd =
        m_spending.prices().cost(m_spec.provider.baseUrl, m_spec.model, end.serviceTier, end.usage);
    m_spent.usage += end.usage;
    if (end.costUsd) {
        m_spent.costUsd += *end.costUsd;
        m_spending.charge(*end.costUsd);
    } else {
        ++m_spent.unpricedAttempts;
    }
}

std::optional<QString> TaskRunner::spendCapReached() const
{
    const SpendBudget &budget = m_spec.budget;
    if (!m_spent.reaches(budget))
        return std::nullopt;
    if (budget.maxCostUsd && m_spent.costUsd >= *budget.maxCostUsd)
        return tr("spend cap reached: %1 of %2 spent; raise the cap to go on")
            .arg(formatCost(m_spent.costUsd), formatCost(*budget.maxCostUsd));
    return tr("spend cap reached: %1 of %2 tokens used; raise the cap to go on")
        .arg(m_spent.usage.total())
        .arg(*budget.maxTokens);
}

void TaskRunner::warnOfSpendCap()
{
    const SpendBudget &budget = m_spec.budget;
    // Called as each step finishes: the count of the finished ones, a walk over every step,
    // only when there is something to warn of.
    if (m_spendWarned || budget.isEmpty() || m_unfinished == 0)
        return;
    const auto finished =
        std::count_if(m_task.steps.cbegin(), m_task.steps.cend(),
                      [](const StepRecord &step) { return step.state != StepState::Pending; });
    if (finished == 0)
        return;
    const double share = static_cast<double>(m_task.steps.size()) / static_cast<double>(finished);
    const double cost = m_spent.costUsd * share;
    const double tokens = static_cast<double>(m_spent.usage.total()) * share;
    const bool costOver = budget.maxCostUsd && cost > *budget.maxCostUsd;
    const bool tokensOver = budget.maxTokens && tokens > static_cast<double>(*budget.maxTokens);
    if (!costOver && !tokensOver)
        return;
    m_spendWarned = true;
    QJsonObject fields{{QStringLiteral("projected_cost_usd"), cost},
                       {QStringLiteral("projected_tokens"), static_cast<qint64>(tokens)},
                       {QStringLiteral("steps_done"), static_cast<int>(finished)},
                       {QStringLiteral("steps_total"), static_cast<int>(m_task.steps.size())}};
    fields.insert(QStringLiteral("message"),
                  costOver ? tr("at the cost so far, the task will need about %1 and stop at "
                                "its cap of %2")
                                 .arg(formatCost(cost), formatCost(*budget.maxCostUsd))
                           : tr("at the tokens so far, the task will need about %1 and stop "
                                "at its cap of %2")
                                 .arg(static_cast<qint64>(tokens))
                                 .arg(*budget.maxTokens));
    emit eventOccurred(m_task.id, QStringLiteral("spend_warning"), -1, fields);
}

qint64 TaskRunner::blockedUntil() const
{
    qint64 until = 0;
    if (m_task.state == TaskState::Paused && m_task.resumeAt > 0)
        until = m_task.resumeAt;
    const auto circuitState = m_circuit.state();
    if (!m_behindBackend.empty() && (circuitState == BackendCircuit::State::Open ||
                                     circuitState == BackendCircuit::State::Holding))
        until = std::max(until, m_circuit.nextProbeAt());
    return until;
}

void TaskRunner::trackBlocked(qint64 now)
{
    const bool blocked = m_inFlight.empty() && blockedUntil() > now;
    if (blocked && m_blockedSince == 0) {
        m_blockedSince = now;
    } else if (!blocked && m_blockedSince > 0) {
        m_blockedMs += now - m_blockedSince;
        m_blockedSince = 0;
    }
}

qint64 TaskRunner::workingClock(qint64 now) const
{
    return now - m_blockedMs - (m_blockedSince > 0 ? now - m_blockedSince : 0);
}

std::optional<qint64> TaskRunner::eta() const
{
    if (m_ended || m_unfinished == 0 || m_finishedAt.size() < 2)
        return std::nullopt;
    const double msPerStep = static_cast<double>(m_finishedAt.back() - m_finishedAt.front()) /
                             static_cast<double>(m_finishedAt.size() - 1);
    const qint64 now = m_clock.nowMs();
    qint64 from = now;
    if (m_inFlight.empty()) {
        // A step on its own takes the pace times the steps that share it.
        const auto stepMs =
            static_cast<qint64>(msPerStep * std::min(m_concurrency, std::max(m_unfinished, 1)));
        if (const qint64 blocked = blockedUntil(); blocked > now)
            from = blocked + (m_behindBackend.empty() ? 0 : m_circuit.restartMs(stepMs));
        if (m_ready.empty() && m_behindBackend.empty() && !m_delayed.empty())
            from = std::max(from, m_delayed.begin()->first);
    }
    if (m_fleet && m_fleet->doneLately >= 2 && m_fleet->lastDoneAt > m_fleet->firstDoneAt) {
        // A shared batch's items left are the whole fleet's, and so is the pace they go
        // at (on the wall clock, its waits included); what it did since the read is
        // reckoned at that pace.
        const double fleetMsPerStep =
            static_cast<double>(m_fleet->lastDoneAt - m_fleet->firstDoneAt) /
            static_cast<double>(m_fleet->doneLately - 1);
        const double left =
            std::max(0.0, static_cast<double>(m_fleet->pending) -
                              static_cast<double>(now - m_fleetReadAt) / fleetMsPerStep);
        return from + static_cast<qint64>(fleetMsPerStep * left);
    }
    return from + static_cast<qint64>(msPerStep * m_unfinished);
}

void TaskRunner::warnOfDeadline()
{
    // The first few steps' pace is mostly their start-up (connections, a burst of equal
    // finishes): a warning waits for a fair sample, two rounds of the task's concurrency.
    const auto fairSample = std::min<std::size_t>(
        {kPaceWindow, static_cast<std::size_t>(std::max(4, 2 * m_concurrency)),
         std::max<std::size_t>(2, m_task.steps.size() / 2)});
    if (m_deadlineWarned || !m_spec.deadline || m_finishedAt.size() < fairSample)
        return;
    const auto expected = eta();
    if (!expected || *expected <= *m_spec.deadline)
        return;
    m_deadlineWarned = true;
    const QString help =
        m_spec.batch ? tr("switch to a faster model, or raise the batch's concurrency (now %1)")
                           .arg(m_concurrency)
                     : tr("switch to a faster model");
    emit eventOccurred(m_task.id, QStringLiteral("deadline_warning"), -1,
                       {{QStringLiteral("eta"), isoTime(*expected)},
                        {QStringLiteral("deadline"), isoTime(*m_spec.deadline)},
                        {QStringLiteral("message"),
                         tr("at its pace so far the task ends about %1, after its deadline %2: "
                            "%3")
                             .arg(personTime(*expected), personTime(*m_spec.deadline), help)}});
}

void TaskRunner::setBudget(const SpendBudget &budget)
{
    m_task.spec->budget = budget;
    m_spendWarned = false;
    QMetaObject::invokeMethod(this, &TaskRunner::next, Qt::QueuedConnection);
}

void TaskRunner::cancelBackgroundResponses()
{
    for (StepRecord &step : m_task.steps) {
        if (step.responseId.isEmpty())
            continue;
        const QString responseId = step.responseId;
        QNetworkRequest request =
            m_network.newRequest(m_adapter->cancelEndpoint(m_spec.provider.baseUrl, responseId),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 QStringLiteral("%1:%2").arg(m_task.key).arg(step.index));
        m_adapter->authorize(request, m_apiKey);
        QNetworkReply *reply = m_network.post(request, QByteArrayLiteral("{}"));
        connect(reply, &QNetworkReply::finished, &m_network, [reply, responseId] {
            qCInfo(lcEngine).noquote()
                << "cancelled the background response" << responseId << ":"
                << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                << (reply->error() == QNetworkReply::NoError ? QString() : reply->errorString());
            reply->deleteLater();
        });
        emitStepEvent(QStringLiteral("response_cancelled"), step,
                      {{QStringLiteral("response_id"), responseId}});
        // An attempt in flight records its end itself; a waiting step forgets it now.
        if (m_inFlight.count(step.index) == 0 && !m_store.noteResponse(m_task.id, step, {})) {
            storeFailed();
            return;
        }
    }
}

void TaskRunner::afterFailure(StepRecord &step, const RetryDecision &decision,
                              const Classification &verdict)
{
    if (m_cancelling) {
        // Stopped by the user before the attempt's end was on the disk.
        m_ready.insert(step.index);
        next();
        return;
    }
    switch (decision.next) {
    case AfterFailure::Stopped:
    case AfterFailure::WaitForBackend: // admitted by the circuit, or waits in its line
        m_ready.insert(step.index);
        next();
        return;
    case AfterFailure::Retry:
        m_delayed.emplace(step.nextTryAt, step.index);
        next();
        return;
    case AfterFailure::PauseUntil:
        m_ready.insert(step.index);
        stopSending(TaskState::Paused,
                    tr("%1 asks to wait until %2, longer than the step's time budget; resumes "
                       "by itself then: %3: %4")
                        .arg(m_spec.provider.baseUrl.host(), personTime(decision.resumeAt),
                             failureClassName(verdict.failureClass), verdict.message),
                    decision.resumeAt);
        return;
    case AfterFailure::Exhausted:
        m_ready.insert(step.index);
        stopSending(TaskState::Paused,
                    tr("retry budget exhausted on %1 after %2 attempts in %3; last: %4: %5")
                        .arg(m_spec.batch ? tr("item %1").arg(step.itemId)
                                          : tr("step %1").arg(step.index + 1))
                        .arg(step.budgetAttempts)
                        .arg(describeDuration(decision.end.endedAt - step.budgetStartedAt))
                        .arg(failureClassName(verdict.failureClass), verdict.message));
        return;
    case AfterFailure::QuotaPause: {
        m_ready.insert(step.index);
        const QString reason = endReason(verdict.failureClass, verdict.message);
        if (decision.resumeAt > 0)
            // The provider said when the allowance resets: pause until then, then go on.
            stopSending(TaskState::Paused,
                        reason + tr("; resumes by itself at %1").arg(personTime(decision.resumeAt)),
                        decision.resumeAt);
        else
            stopSending(TaskState::Paused, reason);
        return;
    }
    case AfterFailure::Fail:
        emitStepEvent(QStringLiteral("step_failed"), step,
                      {{QStringLiteral("class"), failureClassName(verdict.failureClass)},
                       {QStringLiteral("message"), verdict.message}});
        if (m_spec.batch && verdict.failureClass == FailureClass::Request) {
            // This item can never be sent as it is; the others go on.
            stepFinished(step);
            next();
        } else {
            stopSending(TaskState::Failed, endReason(verdict.failureClass, verdict.message));
        }
        return;
    case AfterFailure::Refund:
        break; // settled before the store's commit
    }
}

bool TaskRunner::sendsProviderBatches() const
{
    return m_providerBatches && m_spec.batch->via == BatchSpec::Via::ProviderBatch;
}

std::optional<QString> TaskRunner::repairsGoLive() const
{
    switch (m_spec.batch->repair) {
    case BatchSpec::Repair::Live:
        return QStringLiteral("setting");
    case BatchSpec::Repair::ProviderBatch:
        return std::nullopt;
    case BatchSpec::Repair::Auto:
        break;
    }
    if (m_spec.deadline && *m_spec.deadline - m_clock.nowMs() < m_providerBatches->windowMs())
        return QStringLiteral("deadline");
    return std::nullopt;
}

bool TaskRunner::sendProviderBatches()
{
    // Items sent before are repairs: short of time, they go live, at once.
    const auto live = repairsGoLive();
    const auto sentBefore = [this](int index) { return stepAt(index).attemptsTotal > 0; };
    const bool onlyRepairs = std::all_of(m_ready.begin(), m_ready.end(), sentBefore);
    if (live && !m_ready.empty() && onlyRepairs) {
        if (!m_liveRepairSaid) {
            m_liveRepairSaid = true;
            qCInfo(lcEngine).noquote() << "task" << m_task.id << "repairs" << m_ready.size()
                                       << "items live, by its" << *live;
            emit eventOccurred(m_task.id, QStringLiteral("provider_batch_repair_live"), -1,
                               {{QStringLiteral("items"), static_cast<int>(m_ready.size())},
                                {QStringLiteral("why"), *live}});
        }
        return true;
    }
    // A batch's results come back together: its items that need sending again wait until
    // all of them are read, and go in one batch.
    if (!m_ready.empty() && !m_providerBatches->collecting()) {
        QList<StepRecord *> steps;
        steps.reserve(static_cast<qsizetype>(m_ready.size()));
        for (auto it = m_ready.begin(); it != m_ready.end();) {
            if (live && sentBefore(*it)) {
                ++it;
                continue;
            }
            steps.append(&stepAt(*it));
            it = m_ready.erase(it);
        }
        m_providerBatches->send(steps);
        if (m_ended)
            return false;
        if (live && !m_ready.empty())
            return sendProviderBatches();
    }
    return false;
}

ModelRequest TaskRunner::batchRequest(int step) const
{
    return buildRequest(m_task.steps.at(step));
}

void TaskRunner::batchItemEnded(int index, qint64 attemptId, const BatchItemResult &result)
{
    if (m_ended)
        return;
    StepRecord &step = stepAt(index);
    if (step.state != StepState::Pending)
        return;
    AttemptEnd end;
    end.endedAt = m_clock.nowMs();
    end.httpStatus = result.httpStatus;
    end.serviceTier = QStringLiteral("batch");
    QJsonObject fields{{QStringLiteral("attempt"), step.attemptsTotal},
                       {QStringLiteral("request_id"), result.customId},
                       {QStringLiteral("http_status"), result.httpStatus > 0
                                                           ? QJsonValue(result.httpStatus)
                                                           : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("via"), QStringLiteral("provider-batch")}};
    // The results of a batch come by the thousand: they share commits.
    const PatientWrites patient(m_store);
    if (result.outcome == BatchItemOutcome::Succeeded) {
        DecodedReply reply;
        m_adapter->newDecoder()->onWholeBody(result.body, reply);
        if (reply.complete && reply.errorEvent.isEmpty()) {
            charge(end, reply.usage);
            if (!m_store.completeStep(attemptId, step, end,
                                      {reply.text, reply.usage, m_spec.model})) {
                storeFailed();
                return;
            }
            settle(
                index, [this, fields, end](StepRecord &done) { stepCompleted(done, fields, end); },
                false);
            return;
        }
        BatchItemResult unreadable = result;
        unreadable.outcome = BatchItemOutcome::Failed;
        unreadable.httpStatus = 502;
        providerItemFailed(step, attemptId, end, classifyBatchFailure(unreadable), false, fields);
        return;
    }
    if (result.outcome == BatchItemOutcome::Failed) {
        providerItemFailed(step, attemptId, end, classifyBatchFailure(result), false, fields);
        return;
    }
    // Not run: the batch expired or was cancelled before it came to this item. Nothing was
    // billed, and nothing is charged to the item's budget.
    const bool expired = result.outcome == BatchItemOutcome::Expired;
    providerItemFailed(
        step, attemptId, end,
        {expired ? FailureClass::Capacity : FailureClass::Cancelled, true, std::nullopt,
         expired ? QStringLiteral("batch_expired") : QStringLiteral("batch_cancelled"),
         result.message},
        true, fields);
}

void TaskRunner::providerItemFailed(StepRecord &step, qint64 attemptId, AttemptEnd end,
                                    const Classification &verdict, bool notRun, QJsonObject fields)
{
    const int index = step.index;
    end.failureClass = verdict.failureClass;
    end.message = verdict.message;
    if (!verdict.code.isEmpty())
        fields.insert(QStringLiteral("code"), verdict.code);
    const bool exhausted = !notRun && step.budgetAttempts >= m_spec.retry.maxAttempts;
    end.retry = verdict.retry && !exhausted;
    if (!verdict.retry && verdict.failureClass != FailureClass::Quota) {
        // As a live request's would: a request that can never succeed fails its item, and
        // the others go on; a refused key or model stops the task.
        if (!m_store.failStep(attemptId, step, end)) {
            storeFailed();
            return;
        }
        settle(
            index,
            [this, fields, end, verdict](StepRecord &failed) {
                emitAttemptEnd(failed, fields, end);
                emitStepEvent(QStringLiteral("step_failed"), failed,
                              {{QStringLiteral("class"), failureClassName(verdict.failureClass)},
                               {QStringLiteral("message"), verdict.message}});
                if (verdict.failureClass == FailureClass::Request) {
                    stepFinished(failed);
                    next();
                } else {
                    stopSending(TaskState::Failed,
                                endReason(verdict.failureClass, verdict.message));
                }
            },
            false);
        return;
    }
    if (!m_store.finishAttempt(attemptId, step, end) ||
        (notRun && !m_store.refundAttempt(m_task.id, step))) {
        storeFailed();
        return;
    }
    // It goes in the next batch, with the others of its batch that need it: the end is
    // written before that batch's intent, so it is on the disk before anything is sent.
    m_ready.insert(index);
    settle(
        index,
        [this, fields, end, verdict, exhausted](StepRecord &waiting) {
            emitAttemptEnd(waiting, fields, end);
            if (verdict.failureClass == FailureClass::Quota)
                stopSending(TaskState::Paused, endReason(verdict.failureClass, verdict.message));
            else if (exhausted)
                stopSending(TaskState::Paused,
                            tr("retry budget exhausted on item %1 after %2 attempts; last: "
                               "%3: %4")
                                .arg(waiting.itemId)
                                .arg(waiting.budgetAttempts)
                                .arg(failureClassName(verdict.failureClass), verdict.message));
            else
                next();
        },
        false);
}

void TaskRunner::providerBatchCollected(const ProviderBatchRecord &batch)
{
    qCInfo(lcEngine).noquote() << "task" << m_task.id << "read every result of the provider batch"
                               << batch.batchId;
    QMetaObject::invokeMethod(this, &TaskRunner::next, Qt::QueuedConnection);
}

void TaskRunner::providerBatchEvent(const ProviderBatchRecord &batch, const QString &name,
                                    const QJsonObject &fields)
{
    if (m_ended)
        return;
    QJsonObject event = fields;
    event.insert(QStringLiteral("batch_id"), batch.batchId);
    event.insert(QStringLiteral("round"), batch.round);
    event.insert(QStringLiteral("chunk"), batch.chunk);
    event.insert(QStringLiteral("status"), batch.status);
    event.insert(QStringLiteral("counts"), batch.counts);
    emit eventOccurred(m_task.id, name, -1, event);
    updateState();
}

void TaskRunner::providerBatchBlocked(FailureClass failureClass, const QString &message)
{
    if (m_ended)
        return;
    m_providerBatches->stop();
    stopSending(TaskState::Paused, endReason(failureClass, message));
}

void TaskRunner::providerBatchStoreFailed()
{
    storeFailed();
}

void TaskRunner::providerBatchesStopped()
{
    QMetaObject::invokeMethod(this, &TaskRunner::next, Qt::QueuedConnection);
}

} // namespace vigil

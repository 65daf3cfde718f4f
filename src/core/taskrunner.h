#pragma once

#include "attemptrunner.h"
#include "store.h"
#include "taskspec.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace vigil {

class Engine;
class NetworkAccess;
class Reachability;

// Drives one conversation task step by step: it sends attempts, classifies their
// outcomes, schedules retries and pauses when the budget is spent. It writes every
// decision to the store before acting on it.
class TaskRunner : public QObject
{
    Q_OBJECT
public:
    TaskRunner(Engine &engine, CheckpointStore &store, NetworkAccess &network,
               Reachability &reachability, TaskRecord task, TaskSpec spec, QString apiKey);
    ~TaskRunner() override;

    void run();
    void cancel();

private:
    void next();
    void sendAttempt(StepRecord &step);
    void onAttemptFinished();
    void scheduleWake(qint64 at);
    void waitForNetwork();
    void onOnlineChanged(bool online);
    StepRecord *pendingStep();
    void enterState(TaskState state, const QString &reason, const QJsonObject &extra = {},
                    qint64 resumeAt = 0);
    void end(TaskState state, const QString &reason);
    void storeFailed();
    QString endReason(FailureClass failureClass, const QString &message) const;
    ModelRequest buildRequest(const StepRecord &step) const;
    StepRecord *stepAt(int index);

    Engine &m_engine;
    CheckpointStore &m_store;
    NetworkAccess &m_network;
    Reachability &m_reachability;
    TaskRecord m_task;
    TaskSpec m_spec;
    QString m_apiKey;
    std::unique_ptr<ProtocolAdapter> m_adapter;
    std::unique_ptr<AttemptRunner> m_attempt;
    qint64 m_attemptId = 0;
    int m_attemptStep = -1;
    QString m_requestId;
    qint64 m_offlineSince = 0;
    bool m_cancelling = false;
    bool m_ended = false;
    QTimer m_wakeTimer;
};

} // namespace vigil

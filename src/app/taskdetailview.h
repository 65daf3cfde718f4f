#pragma once

#include "activitymodel.h"
#include "enginehost.h"

#include <QAbstractListModel>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace vigil {

// The steps of the task on view, with their outputs.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard provides a task's steps")
public:
    enum Role
    {
        IndexRole = Qt::UserRole + 1,
        StateRole,
        PromptRole,
        OutputRole,
        ModelRole,
        ItemIdRole,
        AttemptsRole,
        ErrorClassRole,
        LastMessageRole,
    };
    Q_ENUM(Role)

    explicit StepListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The steps of one task; the same task's steps are updated in place.
    void apply(qint64 taskId, const QList<StepRecord> &steps);

private:
    qint64 m_taskId = 0;
    QList<StepRecord> m_steps;
};

// The task the detail page shows: its steps, its attempt timeline and a report of the
// attempts for support, which holds nothing secret (keys never reach the store).
class TaskDetailView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the dashboard provides the task on view")
    Q_PROPERTY(qint64 taskId READ taskId NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(vigil::TaskState state READ state NOTIFY changed)
    // What the user can do with the task in its state; the engine has the last word.
    Q_PROPERTY(bool canPause READ canPause NOTIFY changed)
    Q_PROPERTY(bool canRetryNow READ canRetryNow NOTIFY changed)
    Q_PROPERTY(bool canResume READ canResume NOTIFY changed)
    Q_PROPERTY(bool canChange READ canChange NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString model READ model NOTIFY changed)
    Q_PROPERTY(QString baseUrl READ baseUrl NOTIFY changed)
    Q_PROPERTY(vigil::StepListModel *steps READ steps CONSTANT)
    Q_PROPERTY(QVariantList attempts READ attempts NOTIFY changed)
    Q_PROPERTY(vigil::ActivityModel *activity READ activity CONSTANT)
    Q_PROPERTY(QVariantList providerBatches READ providerBatches NOTIFY changed)
    Q_PROPERTY(QString workers READ workers NOTIFY changed)
    // Paused at one of its spend caps: the page offers to raise it (0: no such cap).
    Q_PROPERTY(bool heldBySpendCap READ heldBySpendCap NOTIFY changed)
    Q_PROPERTY(double maxCostUsd READ maxCostUsd NOTIFY changed)
    Q_PROPERTY(double maxTokens READ maxTokens NOTIFY changed)
    Q_PROPERTY(double spentUsd READ spentUsd NOTIFY changed)
    Q_PROPERTY(double spentTokens READ spentTokens NOTIFY changed)
public:
    explicit TaskDetailView(QObject *parent = nullptr);

    qint64 taskId() const { return m_detail.task.id; }
    QString name() const { return m_detail.task.name; }
    TaskState state() const { return m_detail.task.state; }
    // Queued, running, retrying or waiting for the network: it may be paused.
    bool canPause() const;
    // Waiting for a retry, paused or failed: it may be tried again at once.
    bool canRetryNow() const;
    // Paused, failed or cancelled: it may be resumed.
    bool canResume() const;
    // Not completed or cancelled: it may switch model or be cancelled.
    bool canChange() const;
    QString reason() const { return m_detail.task.reason; }
    QString model() const { return m_detail.task.model; }
    QString baseUrl() const;
    StepListModel *steps() { return &m_steps; }
    // One map per attempt, oldest first: attempt, step, model, requestId, startedAt,
    // endedAt, httpStatus, failureClass (a vigil::FailureClass; undefined in flight), retry,
    // message.
    QVariantList attempts() const { return m_attempts; }
    // Its attempts over time, for the chart.
    ActivityModel *activity() { return &m_activity; }
    // One map per batch at the provider's batch service, oldest first: batchId (empty
    // until the provider has answered), round, chunk, stage (intent, uploaded, created,
    // collected, abandoned), status (the provider's word), total, succeeded, failed,
    // expired, cancelled, createdAt, expiresAt, endedAt, polledAt (ms; 0: not known), error.
    QVariantList providerBatches() const { return m_providerBatches; }
    // Which Vigils sharing the store hold its steps now, and how many each: "host (process
    // pid), steps held: 12; …"; empty when none does.
    QString workers() const;
    bool heldBySpendCap() const;
    double maxCostUsd() const;
    double maxTokens() const;
    double spentUsd() const { return m_detail.spend.costUsd; }
    double spentTokens() const { return static_cast<double>(m_detail.spend.usage.total()); }

    void apply(const TaskDetail &detail);
    void clear();
    // Plain text of the task and every attempt, to paste into a support request: in English
    // whatever the user's language, since a provider's support reads it.
    Q_INVOKABLE QString supportReport() const;
    Q_INVOKABLE void copySupportReport() const;

signals:
    void changed();

private:
    TaskDetail m_detail;
    QVariantList m_attempts;
    QVariantList m_providerBatches;
    StepListModel m_steps;
    ActivityModel m_activity;
};

} // namespace vigil

#pragma once

#include "activitymodel.h"
#include "backendlistmodel.h"
#include "settingseditor.h"
#include "taskdetailview.h"
#include "taskfiltermodel.h"
#include "tasklistmodel.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace vigil {

class EngineHost;

// What the window shows and what it can ask for: the task list with its filters, the
// backends cooling down, the task on view, and the actions of DESIGN §2 for one task or
// many. Every action is a control request to the engine host, as `vigil` sends them.
class Dashboard : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
    Q_PROPERTY(vigil::TaskFilterModel *tasks READ tasks CONSTANT)
    Q_PROPERTY(vigil::TaskListModel *allTasks READ allTasks CONSTANT)
    Q_PROPERTY(vigil::BackendListModel *backends READ backends CONSTANT)
    Q_PROPERTY(vigil::TaskDetailView *detail READ detail CONSTANT)
    Q_PROPERTY(vigil::SettingsEditor *settings READ settings CONSTANT)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QVariantList away READ away NOTIFY awayChanged)
    Q_PROPERTY(vigil::ActivityModel *awayActivity READ awayActivity CONSTANT)
    // Closing the window leaves Vigil running in the tray (only where a tray exists).
    Q_PROPERTY(bool trayAvailable READ trayAvailable NOTIFY trayAvailableChanged)
public:
    // Made before the host starts, it hears the host's first listing of the tasks;
    // made later, it asks for one.
    Dashboard(EngineHost &host, QObject *parent = nullptr);
    ~Dashboard() override;

    // The instance QML sees: the one main() made.
    static Dashboard *create(QQmlEngine *, QJSEngine *);

    TaskFilterModel *tasks() { return &m_filtered; }
    TaskListModel *allTasks() { return &m_tasks; }
    BackendListModel *backends() { return &m_backends; }
    TaskDetailView *detail() { return &m_detail; }
    SettingsEditor *settings() { return &m_settings; }
    QString lastError() const { return m_lastError; }
    // "While you were away": tasks that finished, paused or failed since the window was
    // last seen, each {taskId, name, state, reason}.
    QVariantList away() const { return m_away; }
    // What every task did over that time: the chart and the totals of the summary.
    ActivityModel *awayActivity() { return &m_awayActivity; }

    Q_INVOKABLE void pause(const QVariantList &taskIds);
    Q_INVOKABLE void resume(const QVariantList &taskIds);
    Q_INVOKABLE void retryNow(const QVariantList &taskIds);
    Q_INVOKABLE void cancel(const QVariantList &taskIds);
    // A task's new spend caps (0: none), as `vigil set-budget` sets them: a task paused at
    // its old cap and under the new one goes on.
    Q_INVOKABLE void setBudget(qint64 taskId, double maxCostUsd, double maxTokens);
    // Switch model and resume: the remaining steps use `model` (on the configured
    // `provider`, when given), and a paused or failed task goes on.
    Q_INVOKABLE void switchModel(const QVariantList &taskIds, const QString &model,
                                 const QString &provider = {});
    Q_INVOKABLE void pauseAll();
    Q_INVOKABLE void resumeAll();
    Q_INVOKABLE void probe(const QString &backend);
    // The names of the providers configured in the settings file.
    Q_INVOKABLE QStringList providerNames() const;
    // Asks a configured provider (or, without one, the task's) for its models;
    // modelsFetched() answers.
    Q_INVOKABLE void fetchModels(qint64 taskId, const QString &provider = {});
    Q_INVOKABLE void addTaskFile(const QUrl &file);
    // A task composed in the window: name, provider (a configured one's name), model,
    // system, and turns (a list of prompts) — or batchInput (a JSONL file's URL), template,
    // output (a file URL) and concurrency. It is written as a task file in Vigil's data
    // folder, checked as `vigil run` would check it, and added. Empty when added; else why.
    Q_INVOKABLE QString composeTask(const QVariantMap &task);
    Q_INVOKABLE void openTask(qint64 taskId);
    Q_INVOKABLE void clearError();

    // The window became visible (the user sees the tasks) or hidden (from now on, what
    // happens is "while you were away").
    Q_INVOKABLE void windowShown();
    Q_INVOKABLE void windowHidden();
    Q_INVOKABLE void dismissAway();
    Q_INVOKABLE void closedToTray() { emit windowClosedToTray(); }
    // Ends Vigil: the tasks stop where they are and continue at the next start.
    Q_INVOKABLE void quit() { emit quitConfirmed(); }

    bool trayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available);
    // The tray, a notification or a second start asks for the window or for quitting.
    void requestShow() { emit showRequested(); }
    Q_INVOKABLE void requestQuit() { emit quitRequested(); }
    void requestTask(qint64 taskId) { emit taskRequested(taskId); }
    void requestSwitchModel(const QVariantList &taskIds) { emit switchModelRequested(taskIds); }

    // The last moment the user saw the window, kept across restarts.
    qint64 lastSeenAt() const { return m_lastSeenAt; }
    void setLastSeenAt(qint64 ms);

signals:
    void lastErrorChanged();
    void awayChanged();
    // The window should show this task (a notification or the tray asked).
    void taskRequested(qint64 taskId);
    // The window should offer to switch these tasks' model (a notification asked).
    void switchModelRequested(const QVariantList &taskIds);
    void modelsFetched(const QStringList &models, const QString &error);
    void trayAvailableChanged();
    void showRequested();
    void quitRequested(); // the window confirms when tasks are working
    void quitConfirmed();
    void windowClosedToTray();
    // The engine warned of a task's spend or deadline, or one of its provider batches ended
    // (EngineHost::taskWarned).
    void taskWarned(qint64 taskId, const QString &event, const QString &message);

private:
    // What the engine said to a task added from a file or composed here.
    void added(const QJsonObject &reply);
    void act(const QString &command, const QVariantList &taskIds);
    void setLastError(const QString &error);
    void collectAway();

    EngineHost &m_host;
    TaskListModel m_tasks;
    TaskFilterModel m_filtered;
    BackendListModel m_backends;
    TaskDetailView m_detail;
    SettingsEditor m_settings;
    QString m_lastError;
    QVariantList m_away;
    ActivityModel m_awayActivity;
    qint64 m_lastSeenAt = 0;
    bool m_visible = false;
    bool m_loaded = false; // the first task list arrived
    bool m_trayAvailable = false;
    qint64 m_watchedTaskId = 0; // the task whose detail is on view
};

} // namespace vigil

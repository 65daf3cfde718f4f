// What the desktop tells, and what the answers do: one notice per cause however many tasks
// pause or fail for it, updated in place and withdrawn when the last task leaves it;
// finished batches; actions mapped back to the notice's tasks; kinds the user turned off
// stay quiet; and "while you were away", what ended while the window was not seen.
#include "dashboard.h"
#include "enginehost.h"
#include "notificationcenter.h"
#include "notifier.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

class RecordingNotifier : public Notifier
{
public:
    struct Shown
    {
        QString key;
        QString title;
        QString body;
        bool actionable = false;
    };
    QList<Shown> shown;
    QStringList withdrawn;

    void show(const QString &key, const QString &title, const QString &body,
              bool actionable) override
    {
        shown.append({key, title, body, actionable});
    }
    void withdraw(const QString &key) override { withdrawn.append(key); }
    void invoke(const QString &key, const QString &action) { emit actionInvoked(key, action); }
    void dismiss(const QString &key) { emit closed(key); }
};

TaskSummary task(qint64 id, TaskState state, const QString &model = QStringLiteral("vigil-large"),
                 const QString &errorClass = QStringLiteral("capacity"))
{
    TaskSummary summary;
    summary.id = id;
    summary.name = QStringLiteral("task %1").arg(id);
    summary.kind = QStringLiteral("conversation");
    summary.state = state;
    summary.model = model;
    summary.errorClass = errorClass;
    summary.lastMessage = QStringLiteral("Overloaded");
    summary.stepsTotal = 3;
    return summary;
}

} // namespace

class TestNotificationCenter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void tasksPausingForOneCauseShareOneNotice()
    {
        EngineHost host(nullptr);
        Dashboard dashboard(host);
        RecordingNotifier notifier;
        NotificationCenter center(dashboard, notifier);
        TaskListModel &tasks = *dashboard.allTasks();
        tasks.apply({task(1, TaskState::Retrying), task(2, TaskState::Retrying),
                     task(3, TaskState::Retrying),
                     task(4, TaskState::Retrying, QStringLiteral("vigil-small"))},
                    false);

        tasks.apply(
            {task(1, TaskState::Paused), task(2, TaskState::Paused), task(3, TaskState::Paused)});
        QCOMPARE(notifier.shown.size(), 3);
        QCOMPARE(notifier.shown.at(1).key, notifier.shown.at(0).key); // updated in place
        QCOMPARE(notifier.shown.at(2).key, notifier.shown.at(0).key);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("3 task(s) paused"));
        QVERIFY(notifier.shown.last().body.contains(QLatin1String("vigil-large is at capacity")));
        QVERIFY(notifier.shown.last().actionable);
        const QString key = notifier.shown.last().key;
        QCOMPARE(center.tasksOf(key), (QList<qint64>{1, 2, 3}));

        // Another model is another cause.
        tasks.apply({task(4, TaskState::Paused, QStringLiteral("vigil-small"))});
        QVERIFY(notifier.shown.last().key != key);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("“task 4” is paused"));

        // The actions speak for the notice's tasks.
        QSignalSpy switching(&dashboard, &Dashboard::switchModelRequested);
        QSignalSpy opening(&dashboard, &Dashboard::taskRequested);
        notifier.invoke(key, QStringLiteral("switch-model"));
        QCOMPARE(switching.size(), 1);
        QCOMPARE(switching.first().at(0).toList(), (QVariantList{1, 2, 3}));
        notifier.invoke(key, QStringLiteral("default"));
        QCOMPARE(opening.first().at(0).toLongLong(), 1);
        notifier.invoke(QStringLiteral("someone else's"), QStringLiteral("resume"));
        QCOMPARE(switching.size(), 1);

        // Tasks leaving the pause leave the notice, which counts those still in it; the last
        // one out takes it away.
        tasks.apply({task(1, TaskState::Running)});
        QCOMPARE(notifier.shown.last().key, key);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("2 task(s) paused"));
        tasks.apply({task(2, TaskState::Running)});
        QCOMPARE(notifier.shown.last().key, key);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("“task 3” is paused"));
        QVERIFY(notifier.withdrawn.isEmpty());
        QCOMPARE(center.tasksOf(key), QList<qint64>{3});
        tasks.apply({task(3, TaskState::Running)});
        QCOMPARE(notifier.withdrawn, QStringList{key});
    }

    void whileYouWereAwaySaysWhatEndedUnseen()
    {
        EngineHost host(nullptr);
        Dashboard dashboard(host);
        dashboard.setLastSeenAt(1000);
        TaskSummary finished = task(1, TaskState::Completed);
        finished.updatedAt = 2000;
        TaskSummary paused = task(2, TaskState::Paused);
        paused.updatedAt = 3000;
        paused.reason = QStringLiteral("step 1: 10 attempts failed (capacity)");
        TaskSummary seenBefore = task(3, TaskState::Failed);
        seenBefore.updatedAt = 500;
        TaskSummary working = task(4, TaskState::Retrying);
        working.updatedAt = 4000;

        // Shown before the list arrives: the summary waits for it.
        QSignalSpy away(&dashboard, &Dashboard::awayChanged);
        dashboard.windowShown();
        QCOMPARE(away.size(), 0);
        emit host.tasksListed({finished, paused, seenBefore, working});
        QCOMPARE(away.size(), 1);
        const QVariantList entries = dashboard.away();
        QCOMPARE(entries.size(), 2);
        // Newest first, as the list shows them.
        QCOMPARE(entries.at(0).toMap().value(QStringLiteral("state")).value<TaskState>(),
                 TaskState::Paused);
        QCOMPARE(entries.at(0).toMap().value(QStringLiteral("reason")).toString(), paused.reason);
        QCOMPARE(entries.at(1).toMap().value(QStringLiteral("taskId")).toLongLong(), 1);

        // Seen now: showing the window again has nothing new to say.
        dashboard.dismissAway();
        dashboard.windowHidden();
        dashboard.windowShown();
        QVERIFY(dashboard.away().isEmpty());
    }

    void failuresAndFinishedBatchesAndWhatTheUserTurnedOff()
    {
        EngineHost host(nullptr);
        Dashboard dashboard(host);
        RecordingNotifier notifier;
        NotificationCenter center(dashboard, notifier);
        TaskListModel &tasks = *dashboard.allTasks();
        TaskSummary batch = task(7, TaskState::Running);
        batch.kind = QStringLiteral("batch");
        batch.stepsTotal = 200;
        tasks.apply({task(5, TaskState::Running), task(6, TaskState::Running),
                     task(8, TaskState::Running), batch},
                    false);

        TaskSummary failed =
            task(5, TaskState::Failed, QStringLiteral("vigil-large"), QStringLiteral("auth"));
        failed.reason = QStringLiteral("the provider refused the API key");
        tasks.apply({failed});
        QCOMPARE(notifier.shown.last().title, QStringLiteral("“task 5” failed"));
        QCOMPARE(notifier.shown.last().body, failed.reason);
        QVERIFY(!notifier.shown.last().actionable);

        // Failures share a notice per cause too, and leave it when retried.
        const QString failedKey = notifier.shown.last().key;
        failed.id = 8;
        tasks.apply({failed});
        QCOMPARE(notifier.shown.last().key, failedKey);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("2 task(s) failed"));
        QVERIFY(notifier.shown.last().body.contains(
            QLatin1String("vigil-large is refusing the API key")));
        tasks.apply({task(8, TaskState::Running)});
        QCOMPARE(center.tasksOf(failedKey), QList<qint64>{5});
        QVERIFY(notifier.withdrawn.isEmpty());
        tasks.apply({task(5, TaskState::Running)});
        QCOMPARE(notifier.withdrawn, QStringList{failedKey});

        batch.state = TaskState::Completed;
        batch.stepsDone = 198;
        batch.stepsFailed = 2;
        tasks.apply({batch});
        QCOMPARE(notifier.shown.last().title, QStringLiteral("Batch “task 7” finished"));
        QCOMPARE(notifier.shown.last().body, QStringLiteral("198 of 200 items done, 2 failed"));
        const QString finishedKey = notifier.shown.last().key;
        QCOMPARE(center.tasksOf(finishedKey), QList<qint64>{7});

        // A finished batch's notice goes when it is closed, clicked, or the batch runs again.
        notifier.dismiss(finishedKey);
        QVERIFY(center.tasksOf(finishedKey).isEmpty());
        batch.state = TaskState::Running;
        tasks.apply({batch});
        batch.state = TaskState::Completed;
        tasks.apply({batch});
        QVERIFY(!notifier.withdrawn.contains(finishedKey));
        QSignalSpy opening(&dashboard, &Dashboard::taskRequested);
        notifier.invoke(finishedKey, QStringLiteral("default"));
        QCOMPARE(opening.size(), 1);
        QCOMPARE(notifier.withdrawn.last(), finishedKey);
        QVERIFY(center.tasksOf(finishedKey).isEmpty());
        batch.state = TaskState::Running;
        tasks.apply({batch});
        batch.state = TaskState::Completed;
        tasks.apply({batch});
        const qsizetype withdrawals = notifier.withdrawn.size();
        batch.state = TaskState::Running; // the failed items are tried again
        tasks.apply({batch});
        QCOMPARE(notifier.withdrawn.size(), withdrawals + 1);
        QCOMPARE(notifier.withdrawn.last(), finishedKey);
        QVERIFY(center.tasksOf(finishedKey).isEmpty());

        // A quota that resumes by itself needs nobody; paused notices the user turned off
        // stay quiet.
        const int before = static_cast<int>(notifier.shown.size());
        TaskSummary quota =
            task(6, TaskState::Paused, QStringLiteral("vigil-large"), QStringLiteral("quota"));
        quota.resumeAt = 1'800'000'000'000;
        tasks.apply({quota});
        QCOMPARE(notifier.shown.size(), before);
        dashboard.settings()->setNotifyPaused(false);
        tasks.apply({task(6, TaskState::Paused)});
        QCOMPARE(notifier.shown.size(), before);
        dashboard.settings()->setNotifyPaused(true);
    }

    void earlyWarningsOfSpendAndDeadline()
    {
        EngineHost host(nullptr);
        Dashboard dashboard(host);
        RecordingNotifier notifier;
        NotificationCenter center(dashboard, notifier);
        dashboard.allTasks()->apply({task(9, TaskState::Running)}, false);

        emit host.taskWarned(9, QStringLiteral("deadline_warning"),
                             QStringLiteral("at its pace so far the task ends about 09:10"));
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("“task 9” will miss its deadline"));
        QCOMPARE(notifier.shown.last().body,
                 QStringLiteral("at its pace so far the task ends about 09:10"));
        const QString deadlineKey = notifier.shown.last().key;
        emit host.taskWarned(9, QStringLiteral("spend_warning"), QStringLiteral("about $31"));
        QCOMPARE(notifier.shown.last().title, QStringLiteral("“task 9” will reach its spend cap"));
        QVERIFY(notifier.shown.last().key != deadlineKey);

        // A click opens the task and takes the warning away; a task not listed, or warnings
        // the user turned off, say nothing.
        QSignalSpy opening(&dashboard, &Dashboard::taskRequested);
        notifier.invoke(deadlineKey, QStringLiteral("default"));
        QCOMPARE(opening.first().at(0).toLongLong(), 9);
        QCOMPARE(notifier.withdrawn, QStringList{deadlineKey});
        QVERIFY(center.tasksOf(deadlineKey).isEmpty());
        emit host.taskWarned(10, QStringLiteral("deadline_warning"), QStringLiteral("late"));
        dashboard.settings()->setNotifyPaused(false);
        emit host.taskWarned(9, QStringLiteral("deadline_warning"), QStringLiteral("late"));
        QCOMPARE(notifier.shown.size(), 2);
        dashboard.settings()->setNotifyPaused(true);
    }

    void aProviderBatchThatEndedIsAFinish()
    {
        EngineHost host(nullptr);
        Dashboard dashboard(host);
        RecordingNotifier notifier;
        NotificationCenter center(dashboard, notifier);
        dashboard.allTasks()->apply({task(9, TaskState::Running)}, false);

        emit host.taskWarned(9, QStringLiteral("provider_batch_ended"),
                             QStringLiteral("batch batch_1 expired: 10 of 20 done"));
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("“task 9”: a provider batch ended"));
        QCOMPARE(notifier.shown.last().body,
                 QStringLiteral("batch batch_1 expired: 10 of 20 done"));
        QCOMPARE(center.tasksOf(notifier.shown.last().key), QList<qint64>{9});
        // Told as finishes are: not when the user turned those off.
        dashboard.settings()->setNotifyFinished(false);
        emit host.taskWarned(9, QStringLiteral("provider_batch_ended"), QStringLiteral("again"));
        QCOMPARE(notifier.shown.size(), 1);
        dashboard.settings()->setNotifyFinished(true);
    }
};

QTEST_GUILESS_MAIN(TestNotificationCenter)
#include "tst_notificationcenter.moc"

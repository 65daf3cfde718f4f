// Keep-awake, whatever the platform: held while a task works, released when none does or
// when the user turns it off, asked for once where the platform refuses.
#include "keepawake.h"
#include "sleepinhibitor.h"
#include "tasklistmodel.h"

#include <QTest>

using namespace vigil;

namespace {

class RecordingInhibitor : public SleepInhibitor
{
public:
    bool refuse = false;
    int holds = 0;
    int releases = 0;
    QString reason;

    void hold(const QString &why) override
    {
        ++holds;
        reason = why;
        emit held(!refuse, refuse ? QStringLiteral("no screen saver") : QString());
    }
    void release() override { ++releases; }
};

TaskSummary task(qint64 id, TaskState state)
{
    TaskSummary summary;
    summary.id = id;
    summary.name = QStringLiteral("task %1").arg(id);
    summary.state = state;
    return summary;
}

} // namespace

class TestKeepAwake : public QObject
{
    Q_OBJECT

private slots:
    void heldWhileTasksWorkAndLetGoAfter()
    {
        TaskListModel tasks;
        RecordingInhibitor inhibitor;
        KeepAwake keepAwake(tasks, inhibitor);
        QCOMPARE(inhibitor.holds, 0); // nothing works yet

        tasks.apply({task(1, TaskState::Running), task(2, TaskState::Queued)}, false);
        QCOMPARE(inhibitor.holds, 1);
        QVERIFY(keepAwake.holding());
        QVERIFY(!inhibitor.reason.isEmpty());
        tasks.apply({task(2, TaskState::Retrying)});
        QCOMPARE(inhibitor.holds, 1); // one inhibition for all

        tasks.apply({task(1, TaskState::Completed), task(2, TaskState::Paused)});
        QCOMPARE(inhibitor.releases, 1);
        QVERIFY(!keepAwake.holding());

        // Turned off, nothing is held even while tasks work.
        keepAwake.setEnabled(false);
        tasks.apply({task(2, TaskState::Running)});
        QCOMPARE(inhibitor.holds, 1);
        keepAwake.setEnabled(true);
        QCOMPARE(inhibitor.holds, 2);
        keepAwake.setEnabled(false);
        QCOMPARE(inhibitor.releases, 2);
    }

    void aPlatformThatRefusesIsAskedOnce()
    {
        TaskListModel tasks;
        RecordingInhibitor inhibitor;
        inhibitor.refuse = true;
        KeepAwake keepAwake(tasks, inhibitor);
        tasks.apply({task(1, TaskState::Running)}, false);
        tasks.apply({task(1, TaskState::Paused)});
        tasks.apply({task(1, TaskState::Running)});
        QCOMPARE(inhibitor.holds, 1);
        QVERIFY(!keepAwake.holding());
        QCOMPARE(inhibitor.releases, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeepAwake)
#include "tst_keepawake.moc"

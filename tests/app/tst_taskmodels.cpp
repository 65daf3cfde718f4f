// The dashboard's models over cached rows: inserts on top, in-place updates that name their
// roles, filters by state, error class and search, the counts the tray shows, and the task
// page's provider batches — with QAbstractItemModelTester watching every model for the
// whole test.
#include "backendlistmodel.h"
#include "legend.h"
#include "taskdetailview.h"
#include "taskfiltermodel.h"
#include "tasklistmodel.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace vigil;

namespace {

TaskSummary summary(qint64 id, TaskState state, const QString &name = {},
                    const QString &errorClass = {})
{
    TaskSummary task;
    task.id = id;
    task.name = name.isEmpty() ? QStringLiteral("task %1").arg(id) : name;
    task.kind = QStringLiteral("conversation");
    task.state = state;
    task.model = QStringLiteral("vigil-large");
    task.stepsTotal = 4;
    task.maxAttempts = 10;
    task.errorClass = errorClass;
    task.lastMessage = errorClass.isEmpty() ? QString() : QStringLiteral("Overloaded");
    return task;
}

} // namespace

class TestTaskModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TaskListModel> m_tasks;
    std::unique_ptr<TaskFilterModel> m_filtered;
    std::unique_ptr<QAbstractItemModelTester> m_tasksTester;
    std::unique_ptr<QAbstractItemModelTester> m_filteredTester;

private slots:
    void init()
    {
        m_tasks = std::make_unique<TaskListModel>();
        m_filtered = std::make_unique<TaskFilterModel>();
        m_filtered->setSourceModel(m_tasks.get());
        m_tasksTester = std::make_unique<QAbstractItemModelTester>(
            m_tasks.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filteredTester = std::make_unique<QAbstractItemModelTester>(
            m_filtered.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_filteredTester.reset();
        m_tasksTester.reset();
        m_filtered.reset();
        m_tasks.reset();
    }

    void aRowSaysWhatItSpentAndWhenItEnds()
    {
        TaskSummary task = summary(1, TaskState::Running);
        m_tasks->apply({task});
        const QModelIndex row = m_tasks->index(0);
        QCOMPARE(row.data(TaskListModel::SpentRole).toString(), QString()); // nothing known yet
        QCOMPARE(row.data(TaskListModel::EtaRole).toLongLong(), 0);

        QSignalSpy changed(m_tasks.get(), &QAbstractItemModel::dataChanged);
        task.spend.usage.input = 12000;
        task.spend.usage.output = 345;
        task.spend.costUsd = 0.0276;
        task.eta = 1'800'000'600'000;
        task.deadline = 1'800'000'000'000;
        m_tasks->apply({task});
        QCOMPARE(changed.size(), 1);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(TaskListModel::SpentRole) &&
                roles.contains(TaskListModel::EtaRole) &&
                roles.contains(TaskListModel::DeadlineRole));
        QCOMPARE(row.data(TaskListModel::SpentRole).toString(),
                 QStringLiteral("12,345 tokens · $0.028"));
        QCOMPARE(row.data(TaskListModel::EtaRole).toLongLong(), 1'800'000'600'000);
        QCOMPARE(row.data(TaskListModel::DeadlineRole).toLongLong(), 1'800'000'000'000);
        task.spend.unpricedAttempts = 1;
        m_tasks->apply({task});
        QCOMPARE(row.data(TaskListModel::SpentRole).toString(),
                 QStringLiteral("12,345 tokens · cost unknown"));
    }

    void newTasksGoOnTopAndUpdatesNameTheirRoles()
    {
        m_tasks->apply({summary(1, TaskState::Running), summary(2, TaskState::Queued)});
        QCOMPARE(m_tasks->rowCount(), 2);
        QCOMPARE(m_tasks->index(0).data(TaskListModel::TaskIdRole).toLongLong(), 2);
        QCOMPARE(m_tasks->index(1).data(TaskListModel::StateRole).value<TaskState>(),
                 TaskState::Running);

        QSignalSpy inserted(m_tasks.get(), &QAbstractItemModel::rowsInserted);
        m_tasks->apply({summary(3, TaskState::Queued), summary(4, TaskState::Queued)});
        QCOMPARE(inserted.size(), 1); // one insertion for the tick
        QCOMPARE(m_tasks->index(0).data(TaskListModel::TaskIdRole).toLongLong(), 4);
        QCOMPARE(m_tasks->rowOf(1), 3);

        QSignalSpy changed(m_tasks.get(), &QAbstractItemModel::dataChanged);
        TaskSummary retrying = summary(1, TaskState::Retrying, {}, QStringLiteral("capacity"));
        retrying.attempt = 3;
        retrying.nextTryAt = 1'800'000'000'000;
        m_tasks->apply({retrying, summary(2, TaskState::Queued)}); // 2 is unchanged
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(TaskListModel::StateRole));
        QVERIFY(roles.contains(TaskListModel::AttemptRole));
        QVERIFY(roles.contains(TaskListModel::NextTryAtRole));
        QVERIFY(!roles.contains(TaskListModel::NameRole));
        QCOMPARE(m_tasks->index(3).data(TaskListModel::NextTryAtRole).toLongLong(),
                 1'800'000'000'000);

        // A countdown is only a retrying task's: paused, the same next try reads 0.
        retrying.state = TaskState::Paused;
        m_tasks->apply({retrying});
        QCOMPARE(m_tasks->index(3).data(TaskListModel::NextTryAtRole).toLongLong(), 0);
    }

    void anOlderTaskArrivingLateTakesItsPlace()
    {
        m_tasks->apply({summary(5, TaskState::Queued), summary(2, TaskState::Queued)});
        m_tasks->apply({summary(3, TaskState::Queued)});
        QCOMPARE(m_tasks->rowCount(), 3);
        QCOMPARE(m_tasks->index(1).data(TaskListModel::TaskIdRole).toLongLong(), 3);
        QCOMPARE(m_tasks->rowOf(2), 2);
    }

    void stateChangesAreNewsExceptInAFullListing()
    {
        QSignalSpy changes(m_tasks.get(), &TaskListModel::stateChanged);
        m_tasks->apply({summary(1, TaskState::Paused), summary(2, TaskState::Failed)}, false);
        QCOMPARE(changes.size(), 0); // what happened before the window opened is not news

        m_tasks->apply({summary(3, TaskState::Paused), summary(4, TaskState::Queued)});
        QCOMPARE(changes.size(), 1); // a task that paused within its first tick
        QCOMPARE(changes.first().at(0).value<TaskSummary>().id, 3);
        QCOMPARE(changes.first().at(1).value<TaskState>(), TaskState::Queued);

        m_tasks->apply({summary(1, TaskState::Running), summary(4, TaskState::Queued)});
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.last().at(1).value<TaskState>(), TaskState::Paused);
    }

    void countsSayWhatTheTrayShows()
    {
        QSignalSpy counts(m_tasks.get(), &TaskListModel::countsChanged);
        TaskSummary quota = summary(5, TaskState::Paused);
        quota.resumeAt = 1'800'000'000'000; // resumes by itself: needs nobody
        m_tasks->apply({summary(1, TaskState::Running), summary(2, TaskState::Retrying),
                        summary(3, TaskState::Paused), summary(4, TaskState::Failed), quota,
                        summary(6, TaskState::WaitingForNetwork),
                        summary(7, TaskState::Completed)});
        QCOMPARE(m_tasks->runningCount(), 2);
        QCOMPARE(m_tasks->retryingCount(), 1);
        QCOMPARE(m_tasks->attentionCount(), 2);
        QCOMPARE(counts.size(), 1);
        m_tasks->apply({summary(7, TaskState::Completed)});
        QCOMPARE(counts.size(), 1); // nothing counted changed
        m_tasks->apply({summary(3, TaskState::Running)});
        QCOMPARE(m_tasks->attentionCount(), 1);
        QCOMPARE(counts.size(), 2);
    }

    void filtersByStateClassAndSearch()
    {
        m_tasks->apply({summary(1, TaskState::Retrying, QStringLiteral("Night reports"),
                                QStringLiteral("capacity")),
                        summary(2, TaskState::Paused, QStringLiteral("Morning digest"),
                                QStringLiteral("rate-limited")),
                        summary(3, TaskState::Completed, QStringLiteral("night summary"))});
        QSignalSpy count(m_filtered.get(), &TaskFilterModel::countChanged);
        m_filtered->setStateFilter(QVariant::fromValue(TaskState::Paused));
        QCOMPARE(m_filtered->count(), 1);
        QCOMPARE(m_filtered->taskIdAt(0), 2);
        QVERIFY(count.size() > 0);

        m_filtered->setStateFilter({});
        m_filtered->setErrorClassFilter(QVariant::fromValue(FailureClass::Capacity));
        QCOMPARE(m_filtered->count(), 1);
        QCOMPARE(m_filtered->taskIdAt(0), 1);

        m_filtered->setErrorClassFilter({});
        m_filtered->setSearchText(QStringLiteral("NIGHT"));
        QCOMPARE(m_filtered->count(), 2);
        m_filtered->setSearchText(QStringLiteral("overloaded")); // the last error's text
        QCOMPARE(m_filtered->count(), 2);
        QCOMPARE(m_filtered->rowOfTask(3), -1);

        // A row whose state changes enters or leaves the filtered view by itself.
        m_filtered->setSearchText({});
        m_filtered->setStateFilter(QVariant::fromValue(TaskState::Paused));
        m_tasks->apply({summary(1, TaskState::Paused)});
        QCOMPARE(m_filtered->count(), 2);
        QCOMPARE(m_filtered->rowOfTask(1), 1);
    }

    void theLegendNamesEveryStateAndClassOnce()
    {
        const Legend legend;
        const QMetaEnum states = QMetaEnum::fromType<TaskState>();
        QSet<QString> words;
        for (int i = 0; i < states.keyCount(); ++i) {
            const auto state = static_cast<TaskState>(states.value(i));
            QVERIFY2(!legend.stateIcon(state).isEmpty(), states.key(i));
            QVERIFY2(legend.stateColor(state, false).isValid(), states.key(i));
            words.insert(legend.stateWord(state));
        }
        QCOMPARE(words.size(), states.keyCount()); // no two states read alike
        QCOMPARE(legend.stateWord(TaskState::WaitingForNetwork), QStringLiteral("Offline"));
        QCOMPARE(legend.stateChoices().size(), states.keyCount());

        const QMetaEnum classes = QMetaEnum::fromType<FailureClass>();
        for (int i = 0; i < classes.keyCount(); ++i) {
            const QVariant failureClass =
                QVariant::fromValue(static_cast<FailureClass>(classes.value(i)));
            QVERIFY2(!legend.classLabel(failureClass).isEmpty(), classes.key(i));
            QVERIFY2(legend.classColor(failureClass, true).alpha() == 255, classes.key(i));
        }
        QCOMPARE(legend.classLabel(failureClassValue(QStringLiteral("rate-limited"))),
                 QStringLiteral("Rate limit"));
        // No class: an attempt in flight, a task that never failed.
        QCOMPARE(failureClassValue(QString()), QVariant());
        QVERIFY(legend.classLabel(QVariant()).isEmpty());
        QCOMPARE(legend.classColor(QVariant(), false).alpha(), 0);
        // The error filter offers what a task can have failed with: not success, not a cancel.
        QSet<int> offered;
        for (const QVariant &choice : legend.failureChoices())
            offered.insert(choice.toMap().value(QStringLiteral("value")).toInt());
        QCOMPARE(offered.size(), classes.keyCount() - 2);
        QVERIFY(!offered.contains(static_cast<int>(FailureClass::Ok)));
        QVERIFY(!offered.contains(static_cast<int>(FailureClass::Cancelled)));
    }

    void backendsListOnlyThoseKeepingRequestsAway()
    {
        BackendListModel backends;
        QAbstractItemModelTester tester(&backends,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        BackendSummary open{QStringLiteral("http://127.0.0.1:1/v1 vigil-large"),
                            QStringLiteral("open"),
                            FailureClass::Capacity,
                            1'800'000'000'000,
                            2,
                            5};
        BackendSummary closed{QStringLiteral("http://127.0.0.1:1/v1 vigil-small"),
                              QStringLiteral("closed"),
                              FailureClass::Ok,
                              0,
                              0,
                              0};
        backends.apply({open, closed});
        QCOMPARE(backends.count(), 1);
        QCOMPARE(backends.index(0).data(BackendListModel::ModelRole).toString(),
                 QStringLiteral("vigil-large"));
        QCOMPARE(backends.index(0).data(BackendListModel::BaseUrlRole).toString(),
                 QStringLiteral("http://127.0.0.1:1/v1"));

        QSignalSpy changed(&backends, &QAbstractItemModel::dataChanged);
        open.state = QStringLiteral("probing");
        backends.apply({open, closed});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(backends.index(0).data(BackendListModel::StateRole).toString(),
                 QStringLiteral("probing"));

        open.state = QStringLiteral("closed");
        backends.apply({open, closed});
        QCOMPARE(backends.count(), 0);

        // Serving, but rate limits hold it to fewer requests at once: shown, with its limit.
        closed.failureClass = FailureClass::RateLimited;
        closed.concurrencyLimit = 3;
        backends.apply({open, closed});
        QCOMPARE(backends.count(), 1);
        QCOMPARE(backends.index(0).data(BackendListModel::ModelRole).toString(),
                 QStringLiteral("vigil-small"));
        QCOMPARE(backends.index(0).data(BackendListModel::ConcurrencyLimitRole).toInt(), 3);
        closed.concurrencyLimit = 0;
        backends.apply({open, closed});
        QCOMPARE(backends.count(), 0);
    }

    void theTaskPageListsItsProviderBatchesAndTheSupportReportNamesThem()
    {
        TaskDetail detail;
        detail.task.id = 9;
        detail.task.name = QStringLiteral("overnight");
        ProviderBatchRecord running;
        running.batchId = QStringLiteral("batch_abc");
        running.stage = ProviderBatchRecord::Stage::Created;
        running.status = QStringLiteral("in_progress");
        running.counts = {{QStringLiteral("total"), 1200},
                          {QStringLiteral("succeeded"), 300},
                          {QStringLiteral("failed"), 4},
                          {QStringLiteral("expired"), 0}};
        running.createdAt = 1'765'000'000'000;
        running.expiresAt = running.createdAt + 86'400'000;
        ProviderBatchRecord refused;
        refused.round = 1;
        refused.stage = ProviderBatchRecord::Stage::Abandoned;
        refused.error = QStringLiteral("the request is too large");
        detail.providerBatches = {running, refused};

        TaskDetailView view;
        QSignalSpy changed(&view, &TaskDetailView::changed);
        view.apply(detail);
        QCOMPARE(changed.size(), 1);
        const QVariantList batches = view.providerBatches();
        QCOMPARE(batches.size(), 2);
        const QVariantMap first = batches.first().toMap();
        QCOMPARE(first.value(QStringLiteral("batchId")).toString(), QStringLiteral("batch_abc"));
        QCOMPARE(first.value(QStringLiteral("stage")).toString(), QStringLiteral("created"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(first.value(QStringLiteral("total")).toInt(), 1200);
        QCOMPARE(first.value(QStringLiteral("succeeded")).toInt(), 300);
        QCOMPARE(first.value(QStringLiteral("failed")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("cancelled")).toInt(), 0); // absent: none
        QCOMPARE(first.value(QStringLiteral("expiresAt")).toDouble(),
                 double(running.createdAt + 86'400'000));
        const QVariantMap second = batches.last().toMap();
        QCOMPARE(second.value(QStringLiteral("round")).toInt(), 1);
        QCOMPARE(second.value(QStringLiteral("batchId")).toString(), QString());
        QCOMPARE(second.value(QStringLiteral("error")).toString(),
                 QStringLiteral("the request is too large"));

        const QString report = view.supportReport();
        QVERIFY2(report.contains(QLatin1String(
                     "batch_abc round 0 chunk 0  in_progress (created)  300 done, 4 failed, "
                     "0 expired of 1200  created 2025-12-06T05:46:40.000Z")),
                 qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("(not created) round 1 chunk 0  - (abandoned)")),
                 qPrintable(report));
        QVERIFY(report.contains(QLatin1String("the request is too large")));

        QCOMPARE(view.workers(), QString()); // a store of its own: nobody to name
        detail.workers = {{QStringLiteral("lab-2/4411/9f3a"), QStringLiteral("lab-2"), 4411, 12},
                          {QStringLiteral("laptop/981/77c0"), QStringLiteral("laptop"), 981, 1}};
        view.apply(detail);
        QCOMPARE(view.workers(), QStringLiteral("lab-2 (process 4411), steps held: 12; "
                                                "laptop (process 981), steps held: 1"));

        view.clear();
        QVERIFY(view.providerBatches().isEmpty());
        QVERIFY(!view.supportReport().contains(QLatin1String("provider batches")));
    }
};

QTEST_GUILESS_MAIN(TestTaskModels)
#include "tst_taskmodels.moc"

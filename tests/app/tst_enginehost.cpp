// The desktop's engine host against the real vigil-sim: the engine runs on its own thread,
// updates arrive in coarse ticks, actions are the control requests `vigil` sends, backends
// cooling down are reported, and work survives a stop and a new start.
#include "dashboard.h"
#include "enginehost.h"
#include "enginerun.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>
#include <optional>

using namespace vigil;

namespace {

QJsonObject capacityProfile()
{
    return {{QStringLiteral("reply_words"), QJsonArray{3, 5}},
            {QStringLiteral("token_delay_ms"), 1},
            {QStringLiteral("capacity_windows"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("model"), QStringLiteral("vigil-large")},
                 {QStringLiteral("start_ms"), 0},
                 {QStringLiteral("duration_ms"), 3'600'000},
                 {QStringLiteral("response"), QStringLiteral("openai-503-overloaded")}}}}};
}

} // namespace

class TestEngineHost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    QMap<qint64, TaskSummary> m_seen;
    int m_ticks = 0;
    bool m_offThread = true;

    QString writeTask(const QString &name, const QString &model, int turns = 3)
    {
        QJsonArray list;
        for (int i = 0; i < turns; ++i)
            list.append(QStringLiteral("%1 question %2?").arg(name).arg(i + 1));
        return writeConversation(m_dir.path(), m_sim.baseUrl(), name, model, list,
                                 {{QStringLiteral("capacity_initial_delay_ms"), 300},
                                  {QStringLiteral("capacity_max_delay_ms"), 600},
                                  {QStringLiteral("probe_initial_delay_ms"), 300},
                                  {QStringLiteral("probe_max_delay_ms"), 600}});
    }

    void watch(EngineHost &host)
    {
        connect(
            &host, &EngineHost::tasksChanged, this,
            [this] {
                if (QThread::currentThread() == thread())
                    m_offThread = false;
            },
            Qt::DirectConnection);
        connect(&host, &EngineHost::tasksChanged, this, [this](const QList<TaskSummary> &tasks) {
            ++m_ticks;
            for (const TaskSummary &task : tasks)
                m_seen.insert(task.id, task);
        });
        connect(&host, &EngineHost::tasksListed, this, [this](const QList<TaskSummary> &tasks) {
            for (const TaskSummary &task : tasks)
                m_seen.insert(task.id, task);
        });
    }

    EngineHost::Options options(const QString &name) const
    {
        return {m_dir.filePath(name + QStringLiteral(".db")),
                m_dir.filePath(name + QStringLiteral(".sock")),
                m_dir.filePath(QStringLiteral("no-settings.json"))};
    }

    qint64 add(EngineHost &host, const QString &file)
    {
        qint64 id = 0;
        host.request(
            {{QStringLiteral("command"), QStringLiteral("add")}, {QStringLiteral("file"), file}},
            [&id](const QJsonObject &reply) {
                id = reply.value(QLatin1String("id")).toInteger(-1);
            });
        if (!QTest::qWaitFor([&id] { return id != 0; }, 10000))
            return -1;
        return id;
    }

    QString state(qint64 id) const
    {
        return m_seen.contains(id) ? taskStateName(m_seen.value(id).state) : QString();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<vigil::TaskSummary>>();
        QStandardPaths::setTestModeEnabled(true); // composed task files go to a test folder
        QVERIFY(m_sim.start(capacityProfile()));
    }

    void init()
    {
        m_seen.clear();
        m_ticks = 0;
        m_offThread = true;
    }

    void aTaskRunsOnTheEngineThreadAndArrivesInTicks()
    {
        EngineHost host(nullptr);
        watch(host);
        QString error;
        QVERIFY2(host.start(options(QStringLiteral("ticks")), &error), qPrintable(error));
        const qint64 id =
            add(host, writeTask(QStringLiteral("ticks"), QStringLiteral("vigil-small"), 6));
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
        QCOMPARE(m_seen.value(id).stepsDone, 6);
        QVERIFY(m_offThread);
        // Six steps make dozens of events (states, attempt starts and ends, steps done);
        // the window hears of them in a few ticks.
        QVERIFY2(m_ticks < 20, qPrintable(QString::number(m_ticks)));

        QSignalSpy detail(&host, &EngineHost::taskDetailChanged);
        host.watchTask(id);
        QTRY_VERIFY_WITH_TIMEOUT(!detail.isEmpty(), 5000);
        const auto shown = detail.last().at(0).value<TaskDetail>();
        QCOMPARE(shown.task.id, id);
        QCOMPARE(shown.task.steps.size(), 6);
        QVERIFY(!shown.task.steps.last().output.isEmpty());
        QCOMPARE(shown.attempts.size(), 6);
        // Its chart, read by the store on the engine's thread: six completions, no waits.
        QVERIFY(!shown.activity.isEmpty());
        QCOMPARE(shown.activity.attempts(ActivityKind::Done), 6);
        QCOMPARE(shown.activity.waitedMs(), qint64(0));
        QVERIFY(shown.activity.since <= shown.attempts.first().startedAt);
        QVERIFY(shown.activity.until >= shown.attempts.last().endedAt);

        // Every task's since a time, as "while you were away" asks for it.
        std::optional<Activity> away;
        host.fetchActivity(shown.attempts.first().startedAt,
                           [&away](const Activity &activity) { away = activity; });
        QTRY_VERIFY_WITH_TIMEOUT(away.has_value(), 5000);
        QCOMPARE(away->attempts(ActivityKind::Done), 6);
        QCOMPARE(away->spend.usage.total(), shown.activity.spend.usage.total());

        // A second host on the same socket is refused, and says why.
        EngineHost second(nullptr);
        QVERIFY(!second.start(options(QStringLiteral("ticks")), &error));
        QVERIFY2(error.contains(QLatin1String("already running")), qPrintable(error));
    }

    // A provider batch that ends reaches the window as a warning of its task, with its
    // status and counts: what its notice says. The task's page lists its batches.
    void aProviderBatchThatEndsIsToldToTheWindow()
    {
        EngineHost host(nullptr);
        watch(host);
        QSignalSpy warned(&host, &EngineHost::taskWarned);
        QSignalSpy details(&host, &EngineHost::taskDetailChanged);
        QString error;
        QVERIFY2(host.start(options(QStringLiteral("batches")), &error), qPrintable(error));
        QFile items(m_dir.filePath(QStringLiteral("batch-items.jsonl")));
        QVERIFY(items.open(QIODevice::WriteOnly));
        items.write("{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"three\"}\n");
        items.close();
        const QString file = m_dir.filePath(QStringLiteral("provider-batch.json"));
        QFile task(file);
        QVERIFY(task.open(QIODevice::WriteOnly));
        task.write(
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("half price")},
                    {QStringLiteral("provider"),
                     QJsonObject{{QStringLiteral("base_url"), m_sim.baseUrl()}}},
                    {QStringLiteral("model"), QStringLiteral("vigil-small")},
                    {QStringLiteral("batch"),
                     QJsonObject{{QStringLiteral("input"), items.fileName()},
                                 {QStringLiteral("template"), QStringLiteral("Say {{text}}")},
                                 {QStringLiteral("output"),
                                  m_dir.filePath(QStringLiteral("batch-out.jsonl"))},
                                 {QStringLiteral("via"), QStringLiteral("provider-batch")}}}})
                .toJson());
        task.close();
        const qint64 id = add(host, file);
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!warned.isEmpty(), 5000);
        QCOMPARE(warned.last().at(0).toLongLong(), id);
        QCOMPARE(warned.last().at(1).toString(), QStringLiteral("provider_batch_ended"));
        const QString message = warned.last().at(2).toString();
        QVERIFY2(
            message.startsWith(QLatin1String("batch batch_")) &&
                message.endsWith(QLatin1String(" completed: 3 of 3 done, 0 failed, 0 expired")),
            qPrintable(message));

        host.watchTask(id);
        QTRY_VERIFY_WITH_TIMEOUT(!details.isEmpty(), 5000);
        const auto detail = details.last().at(0).value<TaskDetail>();
        QCOMPARE(detail.task.id, id);
        QCOMPARE(detail.providerBatches.size(), 1);
        const ProviderBatchRecord &batch = detail.providerBatches.first();
        QVERIFY(message.startsWith(QStringLiteral("batch %1 ").arg(batch.batchId)));
        QCOMPARE(batch.status, QStringLiteral("completed"));
        QCOMPARE(batch.stage, ProviderBatchRecord::Stage::Collected);
        QCOMPARE(batch.counts.value(QLatin1String("succeeded")).toInt(), 3);
        QVERIFY(batch.createdAt > 0 && batch.expiresAt > batch.createdAt);
    }

    void actionsAreControlRequestsAndRefusalsAreReported()
    {
        EngineHost host(nullptr);
        watch(host);
        QString error;
        QVERIFY(host.start(options(QStringLiteral("actions")), &error));
        QSignalSpy backends(&host, &EngineHost::backendsChanged);
        const qint64 id =
            add(host, writeTask(QStringLiteral("actions"), QStringLiteral("vigil-large")));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("retrying"), 10000);

        // The backend at capacity is reported, with why, and can be probed at once.
        QTRY_VERIFY_WITH_TIMEOUT(!backends.isEmpty(), 10000);
        const auto reported = backends.last().at(0).value<QList<BackendSummary>>();
        QCOMPARE(reported.size(), 1);
        QVERIFY(reported.first().name.endsWith(QLatin1String(" vigil-large")));
        QCOMPARE(reported.first().failureClass, FailureClass::Capacity);

        QJsonObject models;
        host.request(
            {{QStringLiteral("command"), QStringLiteral("models")}, {QStringLiteral("id"), id}},
            [&models](const QJsonObject &reply) { models = reply; });
        QTRY_VERIFY_WITH_TIMEOUT(!models.isEmpty(), 5000);
        QVERIFY(models.value(QLatin1String("models"))
                    .toArray()
                    .contains(QStringLiteral("vigil-small")));

        host.request(
            {{QStringLiteral("command"), QStringLiteral("pause")}, {QStringLiteral("id"), id}});
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("paused"), 10000);
        // Refusals come from the engine's thread, maybe before a spy's wait() would begin;
        // collected here, on the test's thread, none is missed.
        QStringList refused;
        connect(&host, &EngineHost::actionFailed, this,
                [&refused](const QString &error) { refused.append(error); });
        host.request(
            {{QStringLiteral("command"), QStringLiteral("pause")}, {QStringLiteral("id"), id}});
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        QVERIFY2(refused.first().contains(QLatin1String("is paused")), qPrintable(refused.first()));

        host.request({{QStringLiteral("command"), QStringLiteral("switch-model")},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("model"), QStringLiteral("vigil-small")}});
        QTRY_COMPARE_WITH_TIMEOUT(m_seen.value(id).model, QStringLiteral("vigil-small"), 10000);
        host.request(
            {{QStringLiteral("command"), QStringLiteral("resume")}, {QStringLiteral("id"), id}});
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
    }

    void aTaskComposedInTheWindowIsCheckedWrittenAndAdded()
    {
        QFile settings(m_dir.filePath(QStringLiteral("compose-settings.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QJsonDocument(QJsonObject{{QStringLiteral("providers"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("name"), QStringLiteral("sim")},
                                           {QStringLiteral("base_url"), m_sim.baseUrl()}}}}})
                .toJson());
        settings.close();
        EngineHost host(nullptr);
        Dashboard dashboard(host);
        QString error;
        EngineHost::Options where = options(QStringLiteral("compose"));
        where.settingsPath = settings.fileName();
        QVERIFY(host.start(where, &error));

        const QString refused =
            dashboard.composeTask({{QStringLiteral("name"), QStringLiteral("Composed")},
                                   {QStringLiteral("provider"), QStringLiteral("sim")},
                                   {QStringLiteral("model"), QStringLiteral("vigil-small")},
                                   {QStringLiteral("turns"), QVariantList{}}});
        QVERIFY2(refused.startsWith(QLatin1String("$.turns")), qPrintable(refused));
        QCOMPARE(dashboard
                     .composeTask({{QStringLiteral("name"), QStringLiteral("Composed")},
                                   {QStringLiteral("provider"), QStringLiteral("nowhere")},
                                   {QStringLiteral("model"), QStringLiteral("vigil-small")},
                                   {QStringLiteral("turns"), QVariantList{QStringLiteral("a?")}}})
                     .left(11),
                 QStringLiteral("$.provider:"));

        QSignalSpy requested(&dashboard, &Dashboard::taskRequested);
        QCOMPARE(dashboard.composeTask({{QStringLiteral("name"), QStringLiteral("Composed")},
                                        {QStringLiteral("provider"), QStringLiteral("sim")},
                                        {QStringLiteral("model"), QStringLiteral("vigil-small")},
                                        {QStringLiteral("system"), QStringLiteral("Be brief.")},
                                        {QStringLiteral("turns"),
                                         QVariantList{QStringLiteral("First?"), QStringLiteral(" "),
                                                      QStringLiteral("Second?")}}}),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(!requested.isEmpty(), 10000);
        const qint64 id = requested.first().at(0).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.allTasks()->task(id) &&
                                     dashboard.allTasks()->task(id)->state == TaskState::Completed,
                                 20000);
        QCOMPARE(dashboard.allTasks()->task(id)->stepsDone, 2); // the blank line is no turn

        // The task page's new caps go to the engine as `vigil set-budget` sends them: 0 is
        // no cap.
        const auto budgetOf = [&host, id] {
            // Shared with the answer, which may come after a wait that gave up.
            auto budget = std::make_shared<std::optional<QJsonObject>>();
            host.request(
                {{QStringLiteral("command"), QStringLiteral("show")}, {QStringLiteral("id"), id}},
                [budget](const QJsonObject &reply) {
                    *budget = reply.value(QLatin1String("task"))
                                  .toObject()
                                  .value(QLatin1String("budget"))
                                  .toObject();
                });
            return QTest::qWaitFor([budget] { return budget->has_value(); }, 5000) ? budget->value()
                                                                                   : QJsonObject();
        };
        dashboard.setBudget(id, 12.5, 0);
        QTRY_COMPARE_WITH_TIMEOUT(budgetOf(), (QJsonObject{{QStringLiteral("max_cost_usd"), 12.5}}),
                                  5000);
        dashboard.setBudget(id, 0, 4000);
        QTRY_COMPARE_WITH_TIMEOUT(budgetOf(), (QJsonObject{{QStringLiteral("max_tokens"), 4000}}),
                                  5000);

        // A composed batch's items are read where the task is added: a bad line is named,
        // and nothing is added.
        QFile input(m_dir.filePath(QStringLiteral("compose-input.jsonl")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("{\"id\": 1, \"text\": \"one\"}\n{\"id\": 2, \"text\": \n");
        input.close();
        QCOMPARE(dashboard.composeTask(
                     {{QStringLiteral("name"), QStringLiteral("Composed batch")},
                      {QStringLiteral("provider"), QStringLiteral("sim")},
                      {QStringLiteral("model"), QStringLiteral("vigil-small")},
                      {QStringLiteral("batchInput"), QUrl::fromLocalFile(input.fileName())},
                      {QStringLiteral("template"), QStringLiteral("Say {{text}}")},
                      {QStringLiteral("output"),
                       QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("compose-out.jsonl")))}}),
                 QString());
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard.lastError().isEmpty(), 10000);
        QVERIFY2(dashboard.lastError().contains(input.fileName()) &&
                     dashboard.lastError().contains(QLatin1String("line 2")),
                 qPrintable(dashboard.lastError()));
        QCOMPARE(requested.size(), 1);
    }

    void workStoppedWithTheHostContinuesAtTheNextStart()
    {
        qint64 id = 0;
        int attempt = 0;
        {
            EngineHost host(nullptr);
            watch(host);
            QString error;
            QVERIFY(host.start(options(QStringLiteral("restart")), &error));
            id = add(host, writeTask(QStringLiteral("restart"), QStringLiteral("vigil-large")));
            QTRY_VERIFY_WITH_TIMEOUT(m_seen.value(id).attempt >= 2, 10000);
            attempt = m_seen.value(id).attempt;
            host.stop();
        }
        m_seen.clear();
        EngineHost host(nullptr);
        watch(host);
        QString error;
        QVERIFY(host.start(options(QStringLiteral("restart")), &error));
        // The start lists every task; this one continues its schedule and budget.
        QTRY_VERIFY_WITH_TIMEOUT(m_seen.contains(id), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_seen.value(id).attempt > attempt, 10000);
        // Between two tries, or in one: the task works on, it did not start afresh.
        QVERIFY2(state(id) == QLatin1String("retrying") || state(id) == QLatin1String("running"),
                 qPrintable(state(id)));
    }
};

QTEST_GUILESS_MAIN(TestEngineHost)
#include "tst_enginehost.moc"

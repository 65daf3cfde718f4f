// `vigil serve` and the control commands as a user runs them: real processes, the real
// local socket, the real vigil-sim. Each command is tried in the states it applies to
// and in states it does not.
#include "enginerun.h"
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestControl : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_socket;
    QString m_db;
    QProcess m_serve;
    SimProcess m_sim;

    Result vigil(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      arguments + QStringList{QStringLiteral("--socket"), m_socket});
        if (!process.waitForFinished(30000))
            qFatal("vigil %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    bool startServe()
    {
        m_serve.setProcessChannelMode(QProcess::MergedChannels);
        m_serve.start(QStringLiteral(VIGIL_CLI_BINARY),
                      {QStringLiteral("serve"), QStringLiteral("--db"), m_db,
                       QStringLiteral("--socket"), m_socket, QStringLiteral("--settings"),
                       m_dir.filePath(QStringLiteral("settings.json"))});
        if (!m_serve.waitForStarted())
            return false;
        for (int i = 0; i < 100; ++i) {
            if (m_serve.readAll().contains("listening at") ||
                vigil({QStringLiteral("list")}).exitCode == 0)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    QJsonObject task(qint64 id)
    {
        const Result listed = vigil({QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonArray tasks = QJsonDocument::fromJson(listed.out.toUtf8())
                                     .object()
                                     .value(QLatin1String("tasks"))
                                     .toArray();
        for (const auto &value : tasks) {
            if (value.toObject().value(QLatin1String("id")).toInteger() == id)
                return value.toObject();
        }
        return {};
    }

    QString state(qint64 id) { return task(id).value(QLatin1String("state")).toString(); }

    QString writeTask(const QString &name, const QString &model, const QJsonObject &retry = {})
    {
        QJsonArray turns;
        for (int i = 0; i < 4; ++i)
            turns.append(QStringLiteral("%1 question %2").arg(name).arg(i + 1));
        return writeConversation(m_dir.path(), m_sim.baseUrl(), name, model, turns, retry);
    }

    qint64 add(const QString &path)
    {
        const Result added = vigil({QStringLiteral("add"), path});
        if (added.exitCode != 0)
            qFatal("add failed: %s", qPrintable(added.err));
        return added.out.section(QLatin1Char(' '), -1).trimmed().toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_socket = m_dir.filePath(QStringLiteral("control.sock"));
        m_db = m_dir.filePath(QStringLiteral("vigil.db"));
        // vigil-large is at capacity for the whole test: tasks on it keep retrying.
        QVERIFY(m_sim.start(QJsonObject{
            {QStringLiteral("reply_words"), QJsonArray{5, 9}},
            {QStringLiteral("token_delay_ms"), 30},
            {QStringLiteral("capacity_windows"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("model"), QStringLiteral("vigil-large")},
                 {QStringLiteral("start_ms"), 0},
                 {QStringLiteral("duration_ms"), 3'600'000},
                 {QStringLiteral("response"), QStringLiteral("openai-503-overloaded")}}}}}));
        QVERIFY(startServe());
    }

    void cleanupTestCase()
    {
        m_serve.terminate();
        QVERIFY(m_serve.waitForFinished(10000));
        QCOMPARE(m_serve.exitCode(), 0);
    }

    void withoutAnInstanceTheCommandsSaySo()
    {
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      {QStringLiteral("list"), QStringLiteral("--socket"),
                       m_dir.filePath(QStringLiteral("nobody.sock"))});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("no Vigil is running")) &&
                     err.contains(QLatin1String("vigil serve")),
                 qPrintable(err));
    }

    void aSecondStartHandsItsTaskFilesToTheFirst()
    {
        const QString otherDb = m_dir.filePath(QStringLiteral("other.db"));
        const auto serveAgain = [&](const QStringList &files) {
            QProcess second;
            second.start(QStringLiteral(VIGIL_CLI_BINARY),
                         QStringList{QStringLiteral("serve")} + files +
                             QStringList{QStringLiteral("--db"), otherDb,
                                         QStringLiteral("--socket"), m_socket});
            if (!second.waitForFinished(10000))
                qFatal("a second vigil serve did not end");
            return Result{second.exitCode(), QString::fromUtf8(second.readAllStandardOutput()),
                          QString::fromUtf8(second.readAllStandardError())};
        };
        Result second = serveAgain({});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("already running")), qPrintable(second.err));

        second = serveAgain({writeTask(QStringLiteral("handed"), QStringLiteral("vigil-small"))});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QLatin1String("handed to the running Vigil as task")),
                 qPrintable(second.err));
        const qint64 id = second.err.section(QLatin1Char(' '), -1).trimmed().toLongLong();
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);

        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"name\": \"bad\"}");
        bad.close();
        second = serveAgain({bad.fileName()});
        QCOMPARE(second.exitCode, 2);
        QVERIFY2(second.err.contains(QLatin1String("bad.json: $.provider")),
                 qPrintable(second.err));
        QVERIFY2(!QFile::exists(otherDb), "the second start must not have opened a store");
        QCOMPARE(vigil({QStringLiteral("list")}).exitCode, 0); // the first one still answers
    }

    void theFirstStartAddsItsTaskFiles()
    {
        const QString socket = m_dir.filePath(QStringLiteral("first.sock"));
        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(VIGIL_CLI_BINARY),
                    {QStringLiteral("serve"),
                     writeTask(QStringLiteral("at-start"), QStringLiteral("vigil-small")),
                     QStringLiteral("--db"), m_dir.filePath(QStringLiteral("first.db")),
                     QStringLiteral("--socket"), socket});
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += first.readAll()).contains("at-start.json: task 1"),
                                 10000);
        QProcess show;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                show.start(QStringLiteral(VIGIL_CLI_BINARY),
                           {QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                            QStringLiteral("--socket"), socket});
                show.waitForFinished(10000);
                return show.readAllStandardOutput().contains("\"completed\"");
            }(),
            20000);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitCode(), 0);
    }

    void badRequestsGetClearErrors()
    {
        const Result unknownId = vigil({QStringLiteral("pause"), QStringLiteral("999")});
        QCOMPARE(unknownId.exitCode, 2);
        QVERIFY2(unknownId.err.contains(QLatin1String("no task 999")), qPrintable(unknownId.err));
        const Result notAnId = vigil({QStringLiteral("resume"), QStringLiteral("abc")});
        QCOMPARE(notAnId.exitCode, 2);
        QVERIFY(notAnId.err.contains(QLatin1String("not a task id")));
        QCOMPARE(vigil({QStringLiteral("switch-model"), QStringLiteral("1")}).exitCode, 2);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": 3}");
        file.close();
        const Result badFile = vigil({QStringLiteral("add"), bad});
        QCOMPARE(badFile.exitCode, 2);
        QVERIFY2(badFile.err.contains(QLatin1String("bad.json: $.name: must be a string")),
                 qPrintable(badFile.err));
    }

    void aTaskRunsToTheEndAndListsAndShows()
    {
        const qint64 id = add(writeTask(QStringLiteral("smooth"), QStringLiteral("vigil-small")));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
        const QJsonObject row = task(id);
        QCOMPARE(row.value(QLatin1String("steps_done")).toInt(), 4);
        QCOMPARE(row.value(QLatin1String("model")).toString(), QStringLiteral("vigil-small"));
        const Result table = vigil({QStringLiteral("list")});
        QVERIFY(table.out.startsWith(QLatin1String("ID")));
        QVERIFY(table.out.contains(QLatin1String("smooth")) &&
                table.out.contains(QLatin1String("4/4")));
        const Result shown =
            vigil({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject detail = QJsonDocument::fromJson(shown.out.toUtf8())
                                       .object()
                                       .value(QLatin1String("task"))
                                       .toObject();
        QCOMPARE(detail.value(QLatin1String("steps")).toArray().size(), 4);
        QVERIFY(!detail.value(QLatin1String("steps"))
                     .toArray()
                     .at(3)
                     .toObject()
                     .value(QLatin1String("output"))
                     .toString()
                     .isEmpty());
        QCOMPARE(detail.value(QLatin1String("attempts")).toArray().size(), 4);

        // Nothing applies to a completed task but show and list.
        for (const char *command : {"pause", "resume", "retry-now", "cancel"}) {
            const Result refused = vigil({QLatin1String(command), QString::number(id)});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QLatin1String("completed")), qPrintable(refused.err));
        }
        QCOMPARE(vigil({QStringLiteral("switch-model"), QString::number(id), QStringLiteral("x")})
                     .exitCode,
                 2);
    }

    void pauseResumeRetryNowSwitchModelAndCancel()
    {
        const qint64 id = add(writeTask(QStringLiteral("stormy"), QStringLiteral("vigil-large"),
                                        {{QStringLiteral("capacity_initial_delay_ms"), 60000},
                                         {QStringLiteral("capacity_max_delay_ms"), 60000},
                                         {QStringLiteral("probe_initial_delay_ms"), 60000},
                                         {QStringLiteral("probe_max_delay_ms"), 60000}}));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("retrying"), 10000);
        QCOMPARE(task(id).value(QLatin1String("attempt")).toInt(), 1);
        QVERIFY(task(id).value(QLatin1String("next_try_at")).isString());
        QCOMPARE(vigil({QStringLiteral("resume"), QString::number(id)}).exitCode, 2);

        // The reason a person reads gives the local time of the next probe, not ISO UTC.
        const QString reason = task(id).value(QLatin1String("reason")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("cooling down; next probe at (.+ )?"
                                                   "\\d\\d:\\d\\d:\\d\\d$"))
                     .match(reason)
                     .hasMatch(),
                 qPrintable(reason));

        // show says where the task's backend stands: cooling down, and until when.
        const QJsonObject backend =
            QJsonDocument::fromJson(
                vigil({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
                    .out.toUtf8())
                .object()
                .value(QLatin1String("task"))
                .toObject()
                .value(QLatin1String("backend"))
                .toObject();
        QVERIFY(backend.value(QLatin1String("name"))
                    .toString()
                    .endsWith(QLatin1String(" vigil-large")));
        QCOMPARE(backend.value(QLatin1String("state")).toString(), QStringLiteral("open"));
        QVERIFY(backend.value(QLatin1String("next_probe_at")).toString().endsWith(u'Z'));
        QVERIFY(backend.value(QLatin1String("concurrency_limit")).isNull());
        const Result shown = vigil({QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.out.contains(QLatin1String("backend: ")) &&
                     shown.out.contains(QStringLiteral("vigil-large — open; next probe in ")),
                 qPrintable(shown.out));
        // Its attempts are listed at the local times they started, not in ISO UTC.
        const QString attempts = shown.out.section(QStringLiteral("attempts:\n"), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^  (.+ )?\\d\\d:\\d\\d:\\d\\d  step 1 #1  "))
                     .match(attempts)
                     .hasMatch(),
                 qPrintable(shown.out));
        QVERIFY2(!attempts.contains(QRegularExpression(QStringLiteral("\\d-\\d\\dT\\d"))),
                 qPrintable(attempts));

        // Retry now: the next attempt goes at once instead of in a minute.
        QCOMPARE(vigil({QStringLiteral("retry-now"), QString::number(id)}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(task(id).value(QLatin1String("attempt")).toInt(), 2, 10000);

        QCOMPARE(vigil({QStringLiteral("pause"), QString::number(id)}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("paused"), 10000);
        QVERIFY(task(id)
                    .value(QLatin1String("reason"))
                    .toString()
                    .contains(QLatin1String("paused by the user")));
        const Result again = vigil({QStringLiteral("pause"), QString::number(id)});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QLatin1String("is paused")));

        // Resume gives a fresh budget; the backend is still cooling down, so the task
        // waits behind it without spending any of it.
        QCOMPARE(vigil({QStringLiteral("resume"), QString::number(id)}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("retrying"), 10000);
        QCOMPARE(task(id).value(QLatin1String("attempt")).toInt(), 0);

        // A model the provider does not list is refused, with what it offers.
        const Result unknown = vigil(
            {QStringLiteral("switch-model"), QString::number(id), QStringLiteral("vigil-huge")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("does not offer the model \"vigil-huge\"")) &&
                     unknown.err.contains(QLatin1String("vigil-small")),
                 qPrintable(unknown.err));
        QCOMPARE(task(id).value(QLatin1String("model")).toString(), QStringLiteral("vigil-large"));

        // Switching to a healthy model finishes the remaining steps on it.
        QCOMPARE(vigil({QStringLiteral("switch-model"), QString::number(id),
                        QStringLiteral("vigil-small")})
                     .exitCode,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
        QCOMPARE(task(id).value(QLatin1String("model")).toString(), QStringLiteral("vigil-small"));

        // Cancel: a retrying task stops at once and keeps what it completed.
        const qint64 other =
            add(writeTask(QStringLiteral("cancelled"), QStringLiteral("vigil-large"),
                          {{QStringLiteral("capacity_initial_delay_ms"), 60000},
                           {QStringLiteral("probe_initial_delay_ms"), 60000},
                           {QStringLiteral("probe_max_delay_ms"), 60000}}));
        QTRY_COMPARE_WITH_TIMEOUT(state(other), QStringLiteral("retrying"), 10000);
        QCOMPARE(vigil({QStringLiteral("cancel"), QString::number(other)}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(other), QStringLiteral("cancelled"), 10000);
        QCOMPARE(vigil({QStringLiteral("cancel"), QString::number(other)}).exitCode, 2);
        QCOMPARE(vigil({QStringLiteral("resume"), QString::number(other)}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(other), QStringLiteral("retrying"), 10000);
        QCOMPARE(vigil({QStringLiteral("pause"), QString::number(other)}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(other), QStringLiteral("paused"), 10000);
        // A paused task can be cancelled without running.
        QCOMPARE(vigil({QStringLiteral("cancel"), QString::number(other)}).exitCode, 0);
        QCOMPARE(state(other), QStringLiteral("cancelled"));
    }

    void switchModelMayMoveATaskToAnotherProvider()
    {
        SimProcess second;
        QVERIFY(second.start(QJsonObject{{QStringLiteral("reply_words"), QJsonArray{5, 9}},
                                         {QStringLiteral("token_delay_ms"), 1}}));
        // The settings are read at each request: written now, they apply at once.
        QFile settings(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QJsonDocument(QJsonObject{{QStringLiteral("providers"),
                                       QJsonArray{QJsonObject{
                                           {QStringLiteral("name"), QStringLiteral("second")},
                                           {QStringLiteral("base_url"), second.baseUrl()}}}}})
                .toJson());
        settings.close();
        const qint64 id = add(writeTask(QStringLiteral("moved"), QStringLiteral("vigil-large"),
                                        {{QStringLiteral("capacity_initial_delay_ms"), 60000},
                                         {QStringLiteral("probe_initial_delay_ms"), 60000},
                                         {QStringLiteral("probe_max_delay_ms"), 60000}}));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("retrying"), 10000);

        const QString taskId = QString::number(id);
        Result refused =
            vigil({QStringLiteral("switch-model"), taskId, QStringLiteral("vigil-small"),
                   QStringLiteral("--provider"), QStringLiteral("third")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QLatin1String("no provider named \"third\"")),
                 qPrintable(refused.err));
        refused = vigil({QStringLiteral("switch-model"), taskId, QStringLiteral("vigil-huge"),
                         QStringLiteral("--provider"), QStringLiteral("second")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(second.baseUrl()), qPrintable(refused.err));
        QCOMPARE(state(id), QStringLiteral("retrying"));

        // vigil-large is at capacity on the first provider only: on the second it answers.
        const Result moved =
            vigil({QStringLiteral("switch-model"), taskId, QStringLiteral("vigil-large"),
                   QStringLiteral("--provider"), QStringLiteral("second")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
        QCOMPARE(second.stats().value(QLatin1String("completions_total")).toInt(), 4);
    }

    void aTaskShowsItsDeadlineAndAnEtaOnlyOnceItHasAPace()
    {
        // vigil-large never answers here: no step finishes, so no pace and no ETA yet.
        const QString path = writeTask(QStringLiteral("due"), QStringLiteral("vigil-large"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        spec.insert(QStringLiteral("deadline"), QStringLiteral("2030-01-02T08:00:00Z"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(spec).toJson());
        file.close();

        const qint64 id = add(path);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("retrying"), 10000);
        QCOMPARE(task(id).value(QLatin1String("deadline")).toString(),
                 QStringLiteral("2030-01-02T08:00:00.000Z"));
        QVERIFY(task(id).value(QLatin1String("eta")).isNull());
        const Result table = vigil({QStringLiteral("list")});
        QVERIFY2(table.out.contains(QLatin1String("ETA")), qPrintable(table.out));
        const Result shown = vigil({QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.out.contains(QLatin1String("expected end: -; deadline: ")),
                 qPrintable(shown.out));
        const Result json =
            vigil({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        const QJsonObject shownTask = QJsonDocument::fromJson(json.out.toUtf8())
                                          .object()
                                          .value(QLatin1String("task"))
                                          .toObject();
        QVERIFY2(shownTask.value(QLatin1String("deadline"))
                     .toString()
                     .startsWith(QLatin1String("2030-01-02T08:00:00")),
                 qPrintable(json.out));
        QCOMPARE(vigil({QStringLiteral("cancel"), QString::number(id)}).exitCode, 0);
    }

    void aTaskPausesAtItsSpendCapAndSetBudgetResumesIt()
    {
        QFile settings(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(R"({"prices": {"vigil-small": {"input": 2, "output": 8}}})");
        settings.close();
        const QString path = writeTask(QStringLiteral("capped"), QStringLiteral("vigil-small"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        spec.insert(QStringLiteral("budget"), QJsonObject{{QStringLiteral("max_tokens"), 1}});
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(spec).toJson());
        file.close();

        const qint64 id = add(path);
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("paused"), 20000);
        QVERIFY(task(id)
                    .value(QLatin1String("reason"))
                    .toString()
                    .startsWith(QLatin1String("spend cap reached")));
        QCOMPARE(task(id).value(QLatin1String("steps_done")).toInt(), 1);
        const Result table = vigil({QStringLiteral("list")});
        QVERIFY2(table.out.contains(QLatin1String("SPENT")) &&
                     table.out.contains(QLatin1String("$0.000")),
                 qPrintable(table.out));
        const Result shown = vigil({QStringLiteral("show"), QString::number(id)});
        QVERIFY2(shown.out.contains(QLatin1String("spent: ")) &&
                     shown.out.contains(QLatin1String("spend cap: 1 tokens")),
                 qPrintable(shown.out));

        const Result notANumber = vigil({QStringLiteral("set-budget"), QString::number(id),
                                         QStringLiteral("--max-tokens"), QStringLiteral("lots")});
        QCOMPARE(notANumber.exitCode, 2);
        QVERIFY2(notANumber.err.contains(QLatin1String("\"lots\" is not a number")),
                 qPrintable(notANumber.err));
        const Result negative = vigil({QStringLiteral("set-budget"), QString::number(id),
                                       QStringLiteral("--max-cost"), QStringLiteral("-2")});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains(QLatin1String("more than 0")), qPrintable(negative.err));
        QCOMPARE(state(id), QStringLiteral("paused"));

        const Result raised = vigil({QStringLiteral("set-budget"), QString::number(id),
                                     QStringLiteral("--max-tokens"), QStringLiteral("100000")});
        QVERIFY2(raised.exitCode == 0, qPrintable(raised.err));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("completed"), 20000);
        const QJsonObject detail =
            QJsonDocument::fromJson(
                vigil({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")})
                    .out.toUtf8())
                .object()
                .value(QLatin1String("task"))
                .toObject();
        const QJsonObject spend = detail.value(QLatin1String("spend")).toObject();
        QVERIFY(spend.value(QLatin1String("cost_usd")).toDouble() > 0);
        QVERIFY(spend.value(QLatin1String("usage"))
                    .toObject()
                    .value(QLatin1String("output_tokens"))
                    .toInteger() > 0);
        QCOMPARE(detail.value(QLatin1String("budget"))
                     .toObject()
                     .value(QLatin1String("max_tokens"))
                     .toInteger(),
                 100000);
    }

    void aRetryingTaskContinuesAfterAHardKill()
    {
        const qint64 id = add(writeTask(QStringLiteral("killed"), QStringLiteral("vigil-large"),
                                        {{QStringLiteral("capacity_initial_delay_ms"), 1500},
                                         {QStringLiteral("capacity_max_delay_ms"), 1500},
                                         {QStringLiteral("probe_initial_delay_ms"), 1500},
                                         {QStringLiteral("probe_max_delay_ms"), 1500}}));
        QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("retrying"), 10000);
        const int attempt = task(id).value(QLatin1String("attempt")).toInt();
        m_serve.kill();
        QVERIFY(m_serve.waitForFinished(5000));
        QCOMPARE(vigil({QStringLiteral("list")}).exitCode, 1);
        QVERIFY(startServe());
        // Its schedule and its budget go on where they were: no fresh budget.
        QTRY_VERIFY_WITH_TIMEOUT(task(id).value(QLatin1String("attempt")).toInt() > attempt, 10000);
        QCOMPARE(task(id).value(QLatin1String("running")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestControl)
#include "tst_control.moc"

// `vigil run` as a user runs it: a real process, its exit codes, its messages and its
// event lines, against the real vigil-sim.
#include "enginerun.h"
#include "simprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QCryptographicHash>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

struct Result
{
    int exitCode = -1;
    QString err;
};

// Runs vigil in the tests' English, or in the language of the locale `language` names.
Result runVigil(const QStringList &arguments, int timeoutMs = 60000, const QString &language = {})
{
    QProcess process;
    if (!language.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), language);
        process.setProcessEnvironment(environment);
    }
    process.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
    if (!process.waitForFinished(timeoutMs))
        qFatal("vigil did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject simProfile(const QJsonObject &extra)
{
    QJsonObject object{{QStringLiteral("reply_words"), QJsonArray{5, 9}},
                       {QStringLiteral("token_delay_ms"), 1}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return path;
    }

    QString task(const SimProcess &sim, const QString &name, int maxAttempts = 3)
    {
        const QJsonObject object{
            {QStringLiteral("name"), name},
            {QStringLiteral("provider"),
             QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()},
                         {QStringLiteral("protocol"), QStringLiteral("openai-chat")}}},
            {QStringLiteral("model"), QStringLiteral("vigil-large")},
            {QStringLiteral("turns"), QJsonArray{QStringLiteral("first"), QStringLiteral("second"),
                                                 QStringLiteral("third")}},
            {QStringLiteral("retry"), QJsonObject{{QStringLiteral("max_attempts"), maxAttempts},
                                                  {QStringLiteral("initial_delay_ms"), 10},
                                                  {QStringLiteral("max_delay_ms"), 50}}}};
        return writeFile(name + QStringLiteral(".json"), QJsonDocument(object).toJson());
    }

    // A batch task file beside its items; returns the task file's path.
    QString batchTask(const SimProcess &sim, const QString &name, int items, int concurrency,
                      const QByteArray &extraLines = {})
    {
        QByteArray lines;
        for (int i = 0; i < items; ++i)
            lines += "{\"id\": \"" + name.toUtf8() + "-" + QByteArray::number(i) +
                     "\", \"text\": \"document " + QByteArray::number(i) + "\"}\n";
        writeFile(name + QStringLiteral(".items.jsonl"), lines + extraLines);
        const QJsonObject object{
            {QStringLiteral("name"), name},
            {QStringLiteral("provider"),
             QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()},
                         {QStringLiteral("protocol"), QStringLiteral("openai-chat")}}},
            {QStringLiteral("model"), QStringLiteral("vigil-large")},
            {QStringLiteral("batch"),
             QJsonObject{{QStringLiteral("input"), name + QStringLiteral(".items.jsonl")},
                         {QStringLiteral("template"), QStringLiteral("Summarise: {{text}}")},
                         {QStringLiteral("output"), name + QStringLiteral(".out.jsonl")},
                         {QStringLiteral("concurrency"), concurrency}}},
            {QStringLiteral("retry"), QJsonObject{{QStringLiteral("initial_delay_ms"), 10},
                                                  {QStringLiteral("max_delay_ms"), 50}}}};
        return writeFile(name + QStringLiteral(".json"), QJsonDocument(object).toJson());
    }

    // The output file's item ids, each once; fails on a repeated id or a torn line.
    QSet<QString> outputIds(const QString &name)
    {
        return readOutputIds(m_dir.filePath(name + QStringLiteral(".out.jsonl")));
    }

private slots:
    void badInputExitsTwoAndSaysWhere_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key")
            << QByteArray("{\"name\":\"x\",\"provider\":{\"base_url\":\"http://127.0.0.1:1/"
                          "v1\"},\"model\":\"m\",\"turns\":[\"a\"],\"colour\":\"red\"}")
            << "bad.json: $.colour: unknown key";
        QTest::newRow("syntax") << QByteArray("{\"name\": }") << "bad.json: line 1, column";
        QTest::newRow("turn type")
            << QByteArray("{\"name\":\"x\",\"provider\":{\"base_url\":\"http://127.0.0.1:1/"
                          "v1\"},\"model\":\"m\",\"turns\":[1]}")
            << "bad.json: $.turns[0]: must be a string, not a number";
    }

    void badInputExitsTwoAndSaysWhere()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = writeFile(QStringLiteral("bad.json"), content);
        const QString db = m_dir.filePath(QStringLiteral("bad.db"));
        const Result result = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY2(!QFile::exists(db), "bad input must not create a store");
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(runVigil({}).exitCode, 2);
        QCOMPARE(runVigil({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runVigil({QStringLiteral("run")}).exitCode, 2);
        QCOMPARE(
            runVigil({QStringLiteral("run"), QStringLiteral("a.json"), QStringLiteral("--bogus")})
                .exitCode,
            2);
        const Result missing =
            runVigil({QStringLiteral("run"), m_dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QLatin1String("absent.json")));
    }

    // The command line speaks the language of the user's locale: its own words, the task
    // file's problems, the engine's reasons and Qt's own messages.
    void speaksTheUsersLanguage()
    {
        const QString bad =
            writeFile(QStringLiteral("sprache.json"),
                      "{\"name\":\"x\",\"provider\":{\"base_url\":\"http://127.0.0.1:1/"
                      "v1\"},\"model\":\"m\",\"turns\":[1]}");
        const Result german =
            runVigil({QStringLiteral("run"), bad}, 60000, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.contains(QStringLiteral(
                     "sprache.json: $.turns[0]: muss eine Zeichenkette sein, nicht eine Zahl")),
                 qPrintable(german.err));
        const Result option = runVigil({QStringLiteral("run"), bad, QStringLiteral("--bogus")},
                                       60000, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(option.err.contains(QStringLiteral("Unbekannte Option")), qPrintable(option.err));

        const Result japanese = runVigil({QStringLiteral("list"), QStringLiteral("--socket"),
                                          m_dir.filePath(QStringLiteral("nobody.sock"))},
                                         60000, QStringLiteral("ja_JP.UTF-8"));
        QCOMPARE(japanese.exitCode, 1);
        QVERIFY2(japanese.err.contains(QStringLiteral("Vigil が実行されていません")),
                 qPrintable(japanese.err));
        const Result chinese = runVigil({}, 60000, QStringLiteral("zh_CN.UTF-8"));
        QVERIFY2(chinese.err.startsWith(QStringLiteral("用法：\n  vigil run TASK.json")),
                 qPrintable(chinese.err));

        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        const Result french =
            runVigil({QStringLiteral("run"), task(sim, QStringLiteral("nuit")),
                      QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nuit.db"))},
                     60000, QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(french.exitCode, 0);
        // No price for the simulator's model: its cost is not guessed.
        QVERIFY2(french.err.contains(
                     QStringLiteral("nuit : 3/3 étapes faites, coût inconnu · terminée")),
                 qPrintable(french.err));
        // With the price in the settings file, the progress line says what the run cost.
        const QString settings = m_dir.filePath(QStringLiteral("priced-settings.json"));
        QFile file(settings);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"prices": {"vigil-large": {"input": 2, "output": 8}}})");
        file.close();
        const Result english = runVigil(
            {QStringLiteral("run"), task(sim, QStringLiteral("night")), QStringLiteral("--db"),
             m_dir.filePath(QStringLiteral("night.db")), QStringLiteral("--settings"), settings});
        static const QRegularExpression priced(
            QStringLiteral("night: 3/3 steps done, \\$0\\.000\\d+ spent · completed"));
        QVERIFY2(english.err.contains(priced), qPrintable(english.err));
    }

    void aMissingKeyVariablePausesAndTheTaskGoesOnOnceItIsSet()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({{QStringLiteral("api_key"), QStringLiteral("sk-late")}})));
        const QString path = writeFile(
            QStringLiteral("key.json"),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("k")},
                                      {QStringLiteral("provider"),
                                       QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()},
                                                   {QStringLiteral("api_key_env"),
                                                    QStringLiteral("VIGIL_TEST_UNSET_KEY")}}},
                                      {QStringLiteral("model"), QStringLiteral("vigil-large")},
                                      {QStringLiteral("turns"), QJsonArray{QStringLiteral("a")}}})
                .toJson());
        const QStringList arguments{QStringLiteral("run"), path, QStringLiteral("--db"),
                                    m_dir.filePath(QStringLiteral("key.db"))};
        // Like a keychain without the entry: paused (exit 4), saying why, nothing sent.
        const Result paused = runVigil(arguments);
        QCOMPARE(paused.exitCode, 4);
        QVERIFY2(paused.err.contains(QLatin1String("the environment variable "
                                                   "VIGIL_TEST_UNSET_KEY")) &&
                     paused.err.contains(QLatin1String("then resume")),
                 qPrintable(paused.err));
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);

        // With the key there, running the file again resumes the task and completes it.
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("VIGIL_TEST_UNSET_KEY"), QStringLiteral("sk-late"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(sim.stats().value(QLatin1String("completions_total")).toInt(), 1);
    }

    void anUnusableStoreIsReported()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        const QString notADb = writeFile(QStringLiteral("garbage.db"),
                                         QByteArray("definitely not sqlite ").repeated(100));
        const Result result = runVigil({QStringLiteral("run"), task(sim, QStringLiteral("store")),
                                        QStringLiteral("--db"), notADb});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("garbage.db")), qPrintable(result.err));
        QFile file(notADb);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("definitely not sqlite"));
    }

    void aDatabaseLockedByAnotherProcessIsReportedAndKept()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        const QString path = task(sim, QStringLiteral("locked"));
        const QString db = m_dir.filePath(QStringLiteral("locked.db"));
        QCOMPARE(runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db}).exitCode, 0);
        {
            QSqlDatabase holder =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            // Vigil waits its busy timeout for the lock, then says who holds the file.
            const Result result =
                runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QLatin1String("locked by another process")),
                     qPrintable(result.err));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            holder.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        // Nothing was lost: the task is still completed and nothing is sent again.
        QCOMPARE(runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db}).exitCode, 0);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 3);
    }

    void aReadOnlyDatabaseIsReportedAndKept_data()
    {
        QTest::addColumn<bool>("fileWritable");
        QTest::newRow("read-only file") << false;
        QTest::newRow("read-only folder") << true; // no room for its -wal and -shm files
    }

    void aReadOnlyDatabaseIsReportedAndKept()
    {
        QFETCH(bool, fileWritable);
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        // A folder every user may enter, holding the task and a database with a finished task.
        QTemporaryDir shared;
        QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::ExeOther);
        const QString done = QFileInfo(task(sim, QStringLiteral("done"))).fileName();
        const QString fresh = QFileInfo(task(sim, QStringLiteral("fresh"))).fileName();
        for (const QString &name : {done, fresh})
            QVERIFY(QFile::copy(m_dir.filePath(name), shared.filePath(name)));
        const QString folder = shared.filePath(QStringLiteral("store"));
        const QString db = folder + QStringLiteral("/ro.db");
        QCOMPARE(
            runVigil({QStringLiteral("run"), shared.filePath(done), QStringLiteral("--db"), db})
                .exitCode,
            0);
        const auto hash = [&db] {
            QFile file(db);
            file.open(QIODevice::ReadOnly);
            return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
        };
        const QByteArray before = hash();
        const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOwner | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(folder, readOnly));
        QVERIFY(QFile::setPermissions(db, fileWritable
                                              ? QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ReadOther | QFileDevice::WriteOther
                                              : QFileDevice::ReadOwner | QFileDevice::ReadOther));

        // Permissions bind root in no way: as root, Vigil runs as "nobody" here.
        for (const QString &name : {done, fresh}) {
            QProcess process;
            if (::geteuid() == 0) {
                process.setChildProcessModifier([] {
                    if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 ||
                        ::setuid(65534) != 0)
                        ::_exit(99);
                });
            }
            process.start(
                QStringLiteral(VIGIL_CLI_BINARY),
                {QStringLiteral("run"), shared.filePath(name), QStringLiteral("--db"), db});
            QVERIFY(process.waitForFinished(30000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 1,
                     qPrintable(err));
            QVERIFY2(err.contains(QLatin1String("ro.db: cannot open the database: the database "
                                                "file or its folder is read-only")),
                     qPrintable(err));
        }
        QCOMPARE(hash(), before);

        // Writable again: the finished task is still finished and nothing is sent again.
        QVERIFY(QFile::setPermissions(folder, readOnly | QFileDevice::WriteOwner));
        QVERIFY(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const int sent = sim.stats().value(QLatin1String("requests_total")).toInt();
        QCOMPARE(
            runVigil({QStringLiteral("run"), shared.filePath(done), QStringLiteral("--db"), db})
                .exitCode,
            0);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), sent);
    }

    void aFullDiskPausesAndLosesNothingShownDone()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        QJsonArray turns;
        for (int i = 0; i < 60; ++i)
            turns.append(QStringLiteral("question %1?").arg(i));
        const QString path = writeFile(
            QStringLiteral("full.json"),
            QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("full")},
                                      {QStringLiteral("provider"),
                                       QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()}}},
                                      {QStringLiteral("model"), QStringLiteral("vigil-small")},
                                      {QStringLiteral("turns"), turns}})
                .toJson());
        const QString db = m_dir.filePath(QStringLiteral("full.db"));
        const QString events = m_dir.filePath(QStringLiteral("full.jsonl"));

        // No file of this process may grow past 200 KiB: the database fills its "disk".
        QProcess capped;
        capped.setChildProcessModifier([] {
            const rlimit limit{200 * 1024, 200 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
            ::signal(SIGXFSZ, SIG_IGN);
        });
        capped.start(QStringLiteral(VIGIL_CLI_BINARY),
                     {QStringLiteral("run"), path, QStringLiteral("--db"), db,
                      QStringLiteral("--events"), events});
        QVERIFY(capped.waitForFinished(60000));
        const QString err = QString::fromUtf8(capped.readAllStandardError());
        QCOMPARE(capped.exitCode(), 4);
        QVERIFY2(err.contains(QLatin1String("the checkpoint store failed")) &&
                     (err.contains(QLatin1String("could not be read or written")) ||
                      err.contains(QLatin1String("the disk is full"))),
                 qPrintable(err.right(400)));

        QList<int> shownDone;
        QFile log(events);
        QVERIFY(log.open(QIODevice::ReadOnly));
        while (!log.atEnd()) {
            const QJsonObject event = QJsonDocument::fromJson(log.readLine()).object();
            if (event.value(QLatin1String("event")).toString() == QLatin1String("step_done"))
                shownDone.append(event.value(QLatin1String("step")).toInt());
        }
        QVERIFY2(!shownDone.isEmpty() && shownDone.size() < 60,
                 "the cap must fall in the middle of the run");

        // With room again, the task finishes; nothing shown done is sent again.
        QCOMPARE(runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db}).exitCode, 0);
        for (int step : std::as_const(shownDone))
            QCOMPARE(sim.requestsFor(QStringLiteral(":%1").arg(step)), 1);
    }

    void failedExitsThree()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            simProfile({{QStringLiteral("script"), QJsonArray{QStringLiteral("anthropic-401")}}})));
        const Result result =
            runVigil({QStringLiteral("run"), task(sim, QStringLiteral("auth")),
                      QStringLiteral("--db"), m_dir.filePath(QStringLiteral("auth.db"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1String("check the API key")), qPrintable(result.err));
    }

    void pausedExitsFourThenResumesToZero()
    {
        SimProcess sim;
        QVERIFY(sim.start(
            simProfile({{QStringLiteral("step_scripts"),
                         QJsonObject{{QStringLiteral(":2"),
                                      QJsonArray{QStringLiteral("openai-503-overloaded"),
                                                 QStringLiteral("openai-503-overloaded"),
                                                 QStringLiteral("openai-503-overloaded")}}}}})));
        const QString path = task(sim, QStringLiteral("pause"), 2);
        const QString db = m_dir.filePath(QStringLiteral("pause.db"));
        const QString events = m_dir.filePath(QStringLiteral("pause.jsonl"));
        const Result first = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db,
                                       QStringLiteral("--events"), events});
        QCOMPARE(first.exitCode, 4);
        QVERIFY2(first.err.contains(QLatin1String("retry budget exhausted")),
                 qPrintable(first.err));

        const Result second = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db,
                                        QStringLiteral("--events"), events});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")), 1);
        QCOMPARE(sim.requestsFor(QStringLiteral(":1")), 1);
        QCOMPARE(sim.requestsFor(QStringLiteral(":2")), 4);
        QCOMPARE(sim.completionsFor(QStringLiteral(":2")), 1);

        // The event log: one JSON object a line with the fields of the contract.
        QFile file(events);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression iso(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
        QStringList seen;
        int lines = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine();
            QJsonParseError error;
            const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QVERIFY(iso.match(event.value(QLatin1String("ts")).toString()).hasMatch());
            const QString name = event.value(QLatin1String("event")).toString();
            seen.append(name);
            // A backend's circuit belongs to no one task.
            QVERIFY(event.value(QLatin1String("task")).isDouble() ||
                    (name == QLatin1String("backend_state") &&
                     event.value(QLatin1String("task")).isNull()));
            if (name == QLatin1String("attempt_end")) {
                for (const char *key :
                     {"attempt", "http_status", "class", "retry", "delay_ms", "message"})
                    QVERIFY2(event.contains(QLatin1String(key)), key);
                QVERIFY(event.value(QLatin1String("step")).isDouble());
            } else if (name == QLatin1String("attempt_start")) {
                QVERIFY(event.contains(QLatin1String("attempt")) &&
                        event.contains(QLatin1String("model")));
            } else if (name == QLatin1String("task_state")) {
                QVERIFY(event.contains(QLatin1String("state")) &&
                        event.contains(QLatin1String("reason")));
            } else if (name == QLatin1String("backend_state")) {
                for (const char *key : {"backend", "state", "failures", "waiting"})
                    QVERIFY2(event.contains(QLatin1String(key)), key);
            }
            ++lines;
        }
        QVERIFY(lines > 10);
        for (const char *name : {"task_state", "attempt_start", "attempt_end", "step_done"})
            QVERIFY2(seen.contains(QLatin1String(name)), name);

        const Result third = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 6);
    }

    void aKilledRunContinuesWhereItWas()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({{QStringLiteral("token_delay_ms"), 60}})));
        const QString path = task(sim, QStringLiteral("killed"));
        const QString db = m_dir.filePath(QStringLiteral("killed.db"));
        const QString events = m_dir.filePath(QStringLiteral("killed.jsonl"));
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      {QStringLiteral("run"), path, QStringLiteral("--db"), db,
                       QStringLiteral("--events"), events});
        QVERIFY(process.waitForStarted());
        // Kill it hard while the second step streams.
        QTRY_VERIFY_WITH_TIMEOUT(sim.requestsFor(QStringLiteral(":1")) == 1, 20000);
        process.kill();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(sim.completionsFor(QStringLiteral(":1")), 0);

        const Result again = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(sim.requestsFor(QStringLiteral(":0")),
                 1); // completed before the kill: never again
        QCOMPARE(sim.requestsFor(QStringLiteral(":1")),
                 2); // in flight at the kill: the one repeat allowed
        QCOMPARE(sim.requestsFor(QStringLiteral(":2")), 1);
        for (const char *step : {":0", ":1", ":2"})
            QCOMPARE(sim.completionsFor(QLatin1String(step)), 1);
    }

    void aBatchInputProblemIsBadInputWithItsLine()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        const QString path = batchTask(sim, QStringLiteral("badlines"), 2, 2,
                                       "{\"id\": \"x\", \"body\": \"no text field\"}\n");
        const QString db = m_dir.filePath(QStringLiteral("badlines.db"));
        const Result result = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String(
                     "badlines.items.jsonl: line 3: the template needs the field \"text\"")),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(db));
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 0);
    }

    void aBatchWithAFailedItemExitsFive()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile(
            {{QStringLiteral("step_scripts"),
              QJsonObject{{QStringLiteral(":1"),
                           QJsonArray{QStringLiteral("anthropic-400-prompt-too-long")}}}}})));
        const QString path = batchTask(sim, QStringLiteral("fiveitems"), 5, 2);
        const Result result = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"),
                                        m_dir.filePath(QStringLiteral("fiveitems.db"))});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QLatin1String("4 of 5 items completed, 1 failed")),
                 qPrintable(result.err));
        QCOMPARE(outputIds(QStringLiteral("fiveitems")).size(), 5);
    }

    void aBatchKilledAgainAndAgainWritesEveryItemOnce()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({{QStringLiteral("token_delay_ms"), 15}})));
        constexpr int kItems = 120;
        constexpr int kConcurrency = 8;
        const QString name = QStringLiteral("killedbatch");
        const QString path = batchTask(sim, name, kItems, kConcurrency);
        const QString db = m_dir.filePath(name + QStringLiteral(".db"));
        for (int kill = 1; kill <= 3; ++kill) {
            QProcess process;
            process.start(QStringLiteral(VIGIL_CLI_BINARY),
                          {QStringLiteral("run"), path, QStringLiteral("--db"), db});
            QVERIFY(process.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(
                sim.stats().value(QLatin1String("completions_total")).toInt() >= kill * 25, 20000);
            process.kill();
            QVERIFY(process.waitForFinished(5000));
        }
        const Result again = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(outputIds(name).size(), kItems);
        // Only the items in flight at a kill, and the few results not yet committed (a
        // quarter of the concurrency), may have been sent twice.
        const QJsonObject steps = sim.stats().value(QLatin1String("steps")).toObject();
        QCOMPARE(steps.size(), kItems);
        int repeated = 0;
        for (auto it = steps.begin(); it != steps.end(); ++it)
            repeated += it.value().toObject().value(QLatin1String("requests")).toInt() > 1 ? 1 : 0;
        QVERIFY2(repeated <= 3 * (kConcurrency + kConcurrency / 4),
                 qPrintable(QString::number(repeated)));
    }

    void aTaskMayNameAProviderOfTheSettings()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        const QString settings = writeFile(
            QStringLiteral("settings.json"),
            QJsonDocument(
                QJsonObject{{QStringLiteral("providers"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sim")},
                                                    {QStringLiteral("base_url"), sim.baseUrl()}}}}})
                .toJson());
        const QString path =
            writeFile(QStringLiteral("named.json"),
                      "{\"name\": \"named\", \"provider\": \"sim\", \"model\": \"vigil-small\", "
                      "\"turns\": [\"hello?\"]}");
        const QString db = m_dir.filePath(QStringLiteral("named.db"));
        const Result ran = runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db,
                                     QStringLiteral("--settings"), settings});
        QCOMPARE(ran.exitCode, 0);
        QCOMPARE(sim.stats().value(QLatin1String("requests_total")).toInt(), 1);

        const Result unknown =
            runVigil({QStringLiteral("run"), path, QStringLiteral("--db"), db,
                      QStringLiteral("--settings"), m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(
                     QLatin1String("named.json: $.provider: no provider named \"sim\"")),
                 qPrintable(unknown.err));
    }

    void eventsToStandardOutput()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile({})));
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      {QStringLiteral("run"), task(sim, QStringLiteral("stdout")),
                       QStringLiteral("--db"), m_dir.filePath(QStringLiteral("stdout.db")),
                       QStringLiteral("--events"), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QVERIFY(lines.size() > 5);
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
        QVERIFY(lines.last().contains("\"completed\""));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

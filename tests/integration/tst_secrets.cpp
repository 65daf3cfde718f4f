// An API key goes to the provider and nowhere else: a task runs with a recognisable key,
// through `vigil run` and through `vigil serve` with every log category on, and the key
// is then looked for in the database (and its WAL), the settings, the logs, the event
// lines and the `vigil show --json` output.
#include "simprocess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kKey = "sk-vigil-test-0123456789-do-not-leak";

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VIGIL_TEST_API_KEY"), QString::fromLatin1(kKey));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vigil.*=true"));
        env.insert(QStringLiteral("VIGIL_SETTINGS"),
                   m_dir.filePath(QStringLiteral("settings.json")));
        return env;
    }

    QByteArray run(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
        if (!process.waitForFinished(60000))
            qFatal("vigil %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        *exitCode = process.exitCode();
        return process.readAll();
    }

private slots:
    void theKeyIsFoundNowhereButAtTheProvider()
    {
        SimProcess sim;
        // The simulator refuses requests without the key: the key did reach the provider.
        QVERIFY(sim.start(QJsonObject{
            {QStringLiteral("api_key"), QString::fromLatin1(kKey)},
            {QStringLiteral("reply_words"), QJsonArray{3, 5}},
            {QStringLiteral("token_delay_ms"), 1},
            {QStringLiteral("script"), QJsonArray{QStringLiteral("openai-503-overloaded")}}}));
        QFile settings(m_dir.filePath(QStringLiteral("settings.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("retry"),
                             QJsonObject{{QStringLiteral("capacity_initial_delay_ms"), 50}}},
                            {QStringLiteral("providers"),
                             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("sim")},
                                                    {QStringLiteral("base_url"), sim.baseUrl()},
                                                    {QStringLiteral("api_key_env"),
                                                     QStringLiteral("VIGIL_TEST_API_KEY")}}}}})
                .toJson());
        settings.close();
        const QString task = m_dir.filePath(QStringLiteral("task.json"));
        QFile file(task);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"secret\", \"provider\": \"sim\", \"model\": \"vigil-small\", "
                   "\"turns\": [\"one?\", \"two?\"]}");
        file.close();

        int exitCode = -1;
        const QString db = m_dir.filePath(QStringLiteral("vigil.db"));
        const QString events = m_dir.filePath(QStringLiteral("events.jsonl"));
        QByteArray output = run({QStringLiteral("run"), task, QStringLiteral("--db"), db,
                                 QStringLiteral("--events"), events},
                                &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(output.contains("vigil.net"),
                 "the debug log must be on for this test to mean anything");

        // The same through a running instance and its control commands.
        const QString socket = m_dir.filePath(QStringLiteral("control.sock"));
        QProcess serve;
        serve.setProcessEnvironment(environment());
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(VIGIL_CLI_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--db"),
                     m_dir.filePath(QStringLiteral("serve.db")), QStringLiteral("--socket"), socket,
                     QStringLiteral("--events"), events});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT((output += serve.readAll()).contains("listening at"), 10000);
        output += run({QStringLiteral("add"), task, QStringLiteral("--socket"), socket}, &exitCode);
        QCOMPARE(exitCode, 0);
        QByteArray shown;
        QTRY_VERIFY_WITH_TIMEOUT(
            (shown = run({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                          QStringLiteral("--socket"), socket},
                         &exitCode))
                .contains("\"completed\""),
            20000);
        output += shown;
        output += run(
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--socket"), socket},
            &exitCode);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        output += serve.readAll();

        QVERIFY(!output.contains(kKey));
        QVERIFY(!shown.isEmpty());
        QDirIterator files(m_dir.path(), QDir::Files);
        int searched = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            if (path.endsWith(QLatin1String(".sock")))
                continue;
            QFile found(path);
            QVERIFY(found.open(QIODevice::ReadOnly));
            QVERIFY2(!found.readAll().contains(kKey), qPrintable(path));
            ++searched;
        }
        QVERIFY2(searched >= 4, "the database, its WAL, the settings and the events at least");
        QVERIFY(sim.stats()
                    .value(QLatin1String("by_fault"))
                    .toObject()
                    .value(QLatin1String("ok"))
                    .toInt() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

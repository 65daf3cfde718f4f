// Crash safety under fire: `vigil serve` runs a 300-step conversation and is killed with
// SIGKILL at random moments, at least 30 times, and started again each time. At the end
// every step is completed, no completed step was requested again (only the step in
// flight at a kill may repeat), the outputs equal those of an undisturbed run, and the
// database passes SQLite's integrity check.
#include "simprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestChaos : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_socket;

    QByteArray vigil(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      arguments + QStringList{QStringLiteral("--socket"), m_socket});
        if (!process.waitForFinished(30000))
            qFatal("vigil %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        if (exitCode)
            *exitCode = process.exitCode();
        return process.readAllStandardOutput();
    }

    bool startServe(QProcess &serve, const QString &db)
    {
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(VIGIL_CLI_BINARY),
                    {QStringLiteral("serve"), QStringLiteral("--db"), db,
                     QStringLiteral("--socket"), m_socket});
        if (!serve.waitForStarted())
            return false;
        QByteArray output;
        for (int i = 0; i < 200 && !output.contains("listening at"); ++i) {
            serve.waitForReadyRead(50);
            output += serve.readAll();
        }
        return output.contains("listening at");
    }

    QJsonObject show(qint64 id)
    {
        return QJsonDocument::fromJson(
                   vigil({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")}))
            .object()
            .value(QLatin1String("task"))
            .toObject();
    }

    static QStringList outputs(const QJsonObject &task)
    {
        QStringList result;
        for (const auto &step : task.value(QLatin1String("steps")).toArray())
            result.append(step.toObject().value(QLatin1String("output")).toString());
        return result;
    }

private slots:
    void initTestCase() { m_socket = m_dir.filePath(QStringLiteral("chaos.sock")); }

    void thirtyKillsLoseNothing()
    {
        constexpr int kSteps = 300;
        constexpr int kKills = 32;
        SimProcess sim;
        QVERIFY(sim.start(QJsonObject{{QStringLiteral("reply_words"), QJsonArray{3, 6}},
                                      {QStringLiteral("token_delay_ms"), 4}}));
        QJsonArray turns;
        for (int i = 0; i < kSteps; ++i)
            turns.append(QStringLiteral("Step %1: what now?").arg(i + 1));
        // Two names, so that the simulator counts the two runs apart; the replies depend
        // only on the model and the prompts, so the outputs must be the same.
        const auto writeTask = [&](const QString &name) {
            const QJsonObject object{{QStringLiteral("name"), name},
                                     {QStringLiteral("provider"),
                                      QJsonObject{{QStringLiteral("base_url"), sim.baseUrl()}}},
                                     {QStringLiteral("model"), QStringLiteral("vigil-small")},
                                     {QStringLiteral("turns"), turns}};
            QString path = m_dir.filePath(name);
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(QJsonDocument(object).toJson());
            return path;
        };

        // The undisturbed run, for the outputs to compare with.
        QProcess calm;
        calm.start(QStringLiteral(VIGIL_CLI_BINARY),
                   {QStringLiteral("run"), writeTask(QStringLiteral("calm.json")),
                    QStringLiteral("--db"), m_dir.filePath(QStringLiteral("calm.db"))});
        QVERIFY(calm.waitForFinished(120000));
        QCOMPARE(calm.exitCode(), 0);
        QProcess calmServe;
        QVERIFY(startServe(calmServe, m_dir.filePath(QStringLiteral("calm.db"))));
        const QStringList expected = outputs(show(1));
        calmServe.terminate();
        QVERIFY(calmServe.waitForFinished(10000));
        QCOMPARE(expected.size(), kSteps);
        QVERIFY(!expected.last().isEmpty());

        const QJsonObject before = sim.stats();
        const QString db = m_dir.filePath(QStringLiteral("chaos.db"));
        QProcess serve;
        QVERIFY(startServe(serve, db));
        int exitCode = -1;
        vigil({QStringLiteral("add"), writeTask(QStringLiteral("chaos.json"))}, &exitCode);
        QCOMPARE(exitCode, 0);
        QRandomGenerator random(20261124);
        for (int kill = 0; kill < kKills; ++kill) {
            QTest::qWait(random.bounded(40, 260));
            serve.kill();
            QVERIFY(serve.waitForFinished(5000));
            QVERIFY(startServe(serve, db));
        }
        QTRY_COMPARE_WITH_TIMEOUT(show(1).value(QLatin1String("state")).toString(),
                                  QStringLiteral("completed"), 120000);
        const QJsonObject task = show(1);
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));

        QCOMPARE(outputs(task), expected);
        // The simulator's count per step, this run only: a step is requested again only
        // when a kill caught it in flight, so the repeats are at most one per kill.
        const QJsonObject steps = sim.stats().value(QLatin1String("steps")).toObject();
        const QJsonObject earlier = before.value(QLatin1String("steps")).toObject();
        int chaosSteps = 0;
        int repeats = 0;
        for (auto it = steps.begin(); it != steps.end(); ++it) {
            if (earlier.contains(it.key()))
                continue;
            ++chaosSteps;
            repeats += it.value().toObject().value(QLatin1String("requests")).toInt() - 1;
        }
        QCOMPARE(chaosSteps, kSteps);
        qInfo("%d kills, %d repeated requests", kKills, repeats);
        QVERIFY2(repeats <= kKills, qPrintable(QString::number(repeats)));

        {
            QSqlDatabase check =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            check.setDatabaseName(db);
            QVERIFY(check.open());
            QSqlQuery query(check);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            check.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }
};

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"

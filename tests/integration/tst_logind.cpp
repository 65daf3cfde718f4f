// Keeping the computer awake through logind, against a logind of the test's own on a
// private bus (StandInLogind: the read end of each lock hangs up once Vigil let go). The
// inhibitor on its own, then `vigil serve` with the bus as its system bus: held while a
// task works, released when it ends, never asked for with --allow-sleep.
#include "enginerun.h"
#include "logindinhibitor.h"
#include "sessionbus.h"
#include "simprocess.h"
#include "standinlogind.h"

#include <QDBusConnection>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");

} // namespace

class TestLogind : public QObject
{
    Q_OBJECT

private:
    SessionBus m_bus;
    SimProcess m_sim;
    QTemporaryDir m_dir;
    int m_serves = 0;

    QDBusConnection connection(const QString &name)
    {
        return QDBusConnection::connectToBus(m_bus.address(), name);
    }

    // `vigil serve` with the test's bus as its system bus; returns its socket.
    QString startServe(QProcess &serve, const QStringList &extra = {})
    {
        QString socket = m_dir.filePath(QStringLiteral("serve%1.sock").arg(++m_serves));
        QProcessEnvironment environment =
            m_bus.environment(QProcessEnvironment::systemEnvironment());
        environment.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus.address());
        serve.setProcessEnvironment(environment);
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(VIGIL_CLI_BINARY),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--db"),
                                m_dir.filePath(QStringLiteral("vigil%1.db").arg(m_serves)),
                                QStringLiteral("--socket"), socket} +
                        extra);
        if (!serve.waitForStarted())
            return {};
        for (int i = 0; i < 200 && !serve.readAll().contains("listening at"); ++i) {
            if (serve.state() == QProcess::NotRunning)
                return {};
            serve.waitForReadyRead(50);
        }
        return socket;
    }

    QString vigil(const QString &socket, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(VIGIL_CLI_BINARY),
                      arguments + QStringList{QStringLiteral("--socket"), socket});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            qFatal("vigil %s failed: %s", qPrintable(arguments.join(u' ')),
                   process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    QString addTask(const QString &socket, const QString &name)
    {
        const QString path = writeConversation(
            m_dir.path(), m_sim.baseUrl(), name, QStringLiteral("vigil-small"),
            QJsonArray{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")});
        return vigil(socket, {QStringLiteral("add"), path}).section(u' ', -1).trimmed();
    }

    QString state(const QString &socket, const QString &id)
    {
        const QJsonArray tasks =
            QJsonDocument::fromJson(
                vigil(socket, {QStringLiteral("list"), QStringLiteral("--json")}).toUtf8())
                .object()
                .value(QLatin1String("tasks"))
                .toArray();
        for (const auto &task : tasks) {
            if (QString::number(task.toObject().value(QLatin1String("id")).toInteger()) == id)
                return task.toObject().value(QLatin1String("state")).toString();
        }
        return {};
    }

    static void stop(QProcess &serve)
    {
        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_bus.start());
        QVERIFY(m_dir.isValid());
        // Each reply word takes its time: a task works for a second or two.
        QVERIFY(m_sim.start(testProfile({{QStringLiteral("reply_words"), QJsonArray{8, 12}},
                                         {QStringLiteral("token_delay_ms"), 40}})));
    }

    void aLockIsHeldUntilReleased()
    {
        StandInLogind logind(connection(QStringLiteral("logind")));
        QVERIFY(logind.start());
        LogindInhibitor inhibitor(connection(QStringLiteral("vigil")), QStringLiteral("Vigil"));
        QSignalSpy held(&inhibitor, &SleepInhibitor::held);
        inhibitor.hold(QStringLiteral("Tasks are running"));
        QVERIFY(held.wait(10000));
        QCOMPARE(held.first().at(0).toBool(), true);
        QCOMPARE(logind.inhibitions.size(), 1);
        const StandInLogind::Inhibition &lock = logind.inhibitions.first();
        QCOMPARE(lock.what, QStringLiteral("sleep:idle"));
        QCOMPARE(lock.who, QStringLiteral("Vigil"));
        QCOMPARE(lock.why, QStringLiteral("Tasks are running"));
        QCOMPARE(lock.mode, QStringLiteral("block"));
        QTest::qWait(100);
        QVERIFY(!lock.released());

        inhibitor.release();
        QVERIFY(lock.released());
        inhibitor.release(); // nothing held: nothing happens
    }

    void aRefusalSaysWhy()
    {
        StandInLogind logind(connection(QStringLiteral("refusing logind")));
        logind.refusal = QStringLiteral("Access denied by the test's policy");
        QVERIFY(logind.start());
        LogindInhibitor inhibitor(connection(QStringLiteral("refused vigil")),
                                  QStringLiteral("Vigil"));
        QSignalSpy held(&inhibitor, &SleepInhibitor::held);
        inhibitor.hold(QStringLiteral("Tasks are running"));
        QVERIFY(held.wait(10000));
        QCOMPARE(held.first().at(0).toBool(), false);
        QCOMPARE(held.first().at(1).toString(), logind.refusal);
    }

    void withoutLogindTheAnswerIsNo()
    {
        LogindInhibitor inhibitor(connection(QStringLiteral("lonely vigil")),
                                  QStringLiteral("Vigil"));
        QSignalSpy held(&inhibitor, &SleepInhibitor::held);
        inhibitor.hold(QStringLiteral("Tasks are running"));
        QVERIFY(held.wait(10000));
        QCOMPARE(held.first().at(0).toBool(), false);
        QVERIFY2(held.first().at(1).toString().contains(kService),
                 qPrintable(held.first().at(1).toString()));
    }

    void serveHoldsWhileATaskWorks()
    {
        StandInLogind logind(connection(QStringLiteral("serve logind")));
        QVERIFY(logind.start());
        QProcess serve;
        const QString socket = startServe(serve);
        QVERIFY2(!socket.isEmpty(), serve.readAll().constData());
        QTest::qWait(300);
        QCOMPARE(logind.inhibitions.size(), 0); // nothing to do, nothing held

        const QString id = addTask(socket, QStringLiteral("held"));
        QTRY_COMPARE_WITH_TIMEOUT(logind.inhibitions.size(), 1, 10000);
        const StandInLogind::Inhibition &lock = logind.inhibitions.first();
        QCOMPARE(lock.what, QStringLiteral("sleep:idle"));
        QCOMPARE(lock.who, QStringLiteral("Vigil"));
        QCOMPARE(lock.mode, QStringLiteral("block"));
        QVERIFY(!lock.why.isEmpty());
        QCOMPARE(state(socket, id), QStringLiteral("running"));
        QVERIFY(!lock.released());

        QTRY_COMPARE_WITH_TIMEOUT(state(socket, id), QStringLiteral("completed"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(lock.released(), 5000);
        QCOMPARE(serve.state(), QProcess::Running); // let go while still serving
        QCOMPARE(logind.inhibitions.size(), 1);
        stop(serve);
    }

    void allowSleepAsksForNothing()
    {
        StandInLogind logind(connection(QStringLiteral("idle logind")));
        QVERIFY(logind.start());
        QProcess serve;
        const QString socket = startServe(serve, {QStringLiteral("--allow-sleep")});
        QVERIFY2(!socket.isEmpty(), serve.readAll().constData());
        const QString id = addTask(socket, QStringLiteral("sleepy"));
        QTRY_COMPARE_WITH_TIMEOUT(state(socket, id), QStringLiteral("completed"), 30000);
        QCOMPARE(logind.inhibitions.size(), 0);
        stop(serve);
    }
};

QTEST_GUILESS_MAIN(TestLogind)
#include "tst_logind.moc"

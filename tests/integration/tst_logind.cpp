// Keeping the computer awake through logind, against a logind of the test's own: a
// stand-in org.freedesktop.login1 on a private bus hands out the write end of a pipe as
// its inhibitor lock, and the read end hangs up once every copy of the lock is closed —
// the proof that Vigil let go. The inhibitor on its own, then `vigil serve` with the bus
// as its system bus: held while a task works, released when it ends, never asked for
// with --allow-sleep.
#include "enginerun.h"
#include "logindinhibitor.h"
#include "sessionbus.h"
#include "simprocess.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace vigil;

namespace {

const QString kService = QStringLiteral("org.freedesktop.login1");
const QString kPath = QStringLiteral("/org/freedesktop/login1");

// One Inhibit call, and the read end of the lock it handed out.
struct Inhibition
{
    QString what;
    QString who;
    QString why;
    QString mode;
    int readEnd = -1;

    // Whether every copy of the lock has been closed.
    bool released() const
    {
        pollfd poll{readEnd, POLLIN, 0};
        return ::poll(&poll, 1, 0) == 1 && (poll.revents & POLLHUP);
    }
};

class Logind : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    explicit Logind(QDBusConnection bus) : m_bus(std::move(bus)) {}
    ~Logind() override
    {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
        for (const Inhibition &inhibition : std::as_const(inhibitions))
            ::close(inhibition.readEnd);
    }

    bool start()
    {
        return m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(kService);
    }

    QString refusal; // when set, Inhibit answers this error, as logind does to the unentitled
    QList<Inhibition> inhibitions;

public slots:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why,
                                    const QString &mode)
    {
        if (!refusal.isEmpty()) {
            sendErrorReply(QDBusError::AccessDenied, refusal);
            return {};
        }
        int ends[2];
        if (::pipe2(ends, O_CLOEXEC) != 0)
            qFatal("no pipe for the lock");
        inhibitions.append({what, who, why, mode, ends[0]});
        const QDBusUnixFileDescriptor lock(ends[1]); // a copy of its own
        ::close(ends[1]);
        return lock;
    }

private:
    QDBusConnection m_bus;
};

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
        Logind logind(connection(QStringLiteral("logind")));
        QVERIFY(logind.start());
        LogindInhibitor inhibitor(connection(QStringLiteral("vigil")), QStringLiteral("Vigil"));
        QSignalSpy held(&inhibitor, &SleepInhibitor::held);
        inhibitor.hold(QStringLiteral("Tasks are running"));
        QVERIFY(held.wait(10000));
        QCOMPARE(held.first().at(0).toBool(), true);
        QCOMPARE(logind.inhibitions.size(), 1);
        const Inhibition &lock = logind.inhibitions.first();
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
        Logind logind(connection(QStringLiteral("refusing logind")));
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
        Logind logind(connection(QStringLiteral("serve logind")));
        QVERIFY(logind.start());
        QProcess serve;
        const QString socket = startServe(serve);
        QVERIFY2(!socket.isEmpty(), serve.readAll().constData());
        QTest::qWait(300);
        QCOMPARE(logind.inhibitions.size(), 0); // nothing to do, nothing held

        const QString id = addTask(socket, QStringLiteral("held"));
        QTRY_COMPARE_WITH_TIMEOUT(logind.inhibitions.size(), 1, 10000);
        const Inhibition &lock = logind.inhibitions.first();
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
        Logind logind(connection(QStringLiteral("idle logind")));
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

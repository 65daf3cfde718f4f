// What a user sees, end to end: vigil-desktop under Xvfb with a real tray host (trayer) and
// a private D-Bus session bus on which this test is the notification server. A task on a
// model at capacity exhausts its budget: the tray shows attention (its red mark is on
// screen), a Notify with Resume and Switch model arrives, and invoking Resume (emitting
// ActionInvoked, as a notification server does) resumes the task to completion. A second
// task is taken through Switch model: the action brings up the window's dialog, a model is
// typed in it with the real keyboard (xdotool), and the task completes on that model. While
// tasks work, the computer is kept awake through org.freedesktop.ScreenSaver and logind (a
// stand-in on the same bus, given to the window as its system bus).
#include "childprocess.h"
#include "enginerun.h"
#include "sessionbus.h"
#include "simprocess.h"
#include "standinlogind.h"
#include "xserver.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Notice
{
    uint id = 0;
    QString summary;
    QString body;
    QStringList actions;
    uint replaces = 0;
};

} // namespace

// The freedesktop notification server, as far as Vigil uses it.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Notice> notices;
    QList<uint> closed;

public slots:
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &, int)
    {
        const uint id = replacesId != 0 ? replacesId : static_cast<uint>(notices.size() + 1);
        notices.append({id, summary, body, actions, replacesId});
        return id;
    }
    void CloseNotification(uint id) { closed.append(id); }
};

// The desktop's idle inhibitor, as far as Vigil uses it.
class ScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    QList<uint> held;
    QList<uint> released;

public slots:
    uint Inhibit(const QString &, const QString &)
    {
        held.append(static_cast<uint>(held.size() + 100));
        return held.last();
    }
    void UnInhibit(uint cookie) { released.append(cookie); }
};

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    XServer m_x;
    QProcess m_trayer;
    QProcess m_app;
    QByteArray m_log;
    SessionBus m_bus;
    SimProcess m_sim;
    NotificationServer m_server;
    ScreenSaver m_screenSaver;
    QDBusConnection m_connection{QString()};
    std::unique_ptr<StandInLogind> m_logind;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env =
            m_x.environment(m_bus.environment(QProcessEnvironment::systemEnvironment()));
        // vigil-desktop ends on SIGTERM here, where Qt Quick leaves its own allocations
        // behind; the app's parts are leak-checked in process by the other tests.
        env.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vigil.ui.info=true"));
        env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_bus.address());
        return env;
    }

    QString writeTask(const QString &name, const QString &model)
    {
        return writeConversation(
            m_dir.path(), m_sim.baseUrl(), name, model,
            {QStringLiteral("%1 one?").arg(name), QStringLiteral("%1 two?").arg(name)},
            {{QStringLiteral("max_attempts"), 2},
             {QStringLiteral("capacity_initial_delay_ms"), 50},
             {QStringLiteral("capacity_max_delay_ms"), 100},
             {QStringLiteral("probe_initial_delay_ms"), 50},
             {QStringLiteral("probe_max_delay_ms"), 100}});
    }

    QByteArray log()
    {
        m_log += m_app.readAll();
        return m_log;
    }

    QString vigil(const QStringList &arguments)
    {
        QProcess control;
        control.setProcessEnvironment(environment());
        control.start(QStringLiteral(VIGIL_CLI_BINARY),
                      arguments + QStringList{QStringLiteral("--socket"),
                                              m_dir.filePath(QStringLiteral("vigil.sock"))});
        control.waitForFinished(10000);
        return QString::fromUtf8(control.readAllStandardOutput());
    }

    // The task's row of `vigil list --json`, through the desktop's own control socket.
    QJsonObject task(const QString &name)
    {
        const QJsonArray tasks =
            QJsonDocument::fromJson(
                vigil({QStringLiteral("list"), QStringLiteral("--json")}).toUtf8())
                .object()
                .value(QLatin1String("tasks"))
                .toArray();
        for (const auto &row : tasks) {
            if (row.toObject().value(QLatin1String("name")).toString() == name)
                return row.toObject();
        }
        return {};
    }

    QString state(const QString &name)
    {
        return task(name).value(QLatin1String("state")).toString();
    }

    const Notice *noticeAbout(const QString &name) const
    {
        for (auto it = m_server.notices.crbegin(); it != m_server.notices.crend(); ++it) {
            if (it->summary.contains(name))
                return &*it;
        }
        return nullptr;
    }

    void invoke(uint id, const QString &action)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            QStringLiteral("/org/freedesktop/Notifications"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("ActionInvoked"));
        signal << id << action;
        QVERIFY(m_connection.send(signal));
    }

    void xdotool(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral("xdotool"), arguments);
        QVERIFY(process.waitForFinished(20000));
        QTest::qWait(200); // the window takes the keys in its own time
    }

    // Pixels of the attention mark's red in the tray's corner of the screen.
    int redPixelsInTheTray()
    {
        QProcess grab;
        grab.setProcessEnvironment(environment());
        grab.start(QStringLiteral("import"),
                   {QStringLiteral("-window"), QStringLiteral("root"), QStringLiteral("png:-")});
        if (!grab.waitForFinished(20000))
            return -1;
        const QImage screen = QImage::fromData(grab.readAllStandardOutput(), "PNG");
        int red = 0;
        for (int y = 0; y < 48 && y < screen.height(); ++y) {
            for (int x = screen.width() - 200; x < screen.width(); ++x) {
                const QColor pixel = screen.pixelColor(x, y);
                red += pixel.red() > 170 && pixel.green() < 80 && pixel.blue() < 90 ? 1 : 0;
            }
        }
        return red;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_x.start());
        QVERIFY(m_bus.start());

        dieWithParent(m_trayer);
        m_trayer.setProcessEnvironment(environment());
        m_trayer.start(QStringLiteral("trayer"),
                       {QStringLiteral("--edge"), QStringLiteral("top"), QStringLiteral("--align"),
                        QStringLiteral("right"), QStringLiteral("--widthtype"),
                        QStringLiteral("request"), QStringLiteral("--height"), QStringLiteral("32"),
                        QStringLiteral("--transparent"), QStringLiteral("false"),
                        QStringLiteral("--tint"), QStringLiteral("0x333333")});
        QVERIFY(m_trayer.waitForStarted());

        m_connection = QDBusConnection::connectToBus(
            m_bus.environment({}).value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")),
            QStringLiteral("notification-server"));
        QVERIFY(m_connection.isConnected());
        QVERIFY(m_connection.registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                            &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(m_connection.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(m_connection.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                            &m_screenSaver, QDBusConnection::ExportAllSlots));
        QVERIFY(m_connection.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        m_logind = std::make_unique<StandInLogind>(m_connection);
        QVERIFY(m_logind->start());

        // vigil-large is at capacity for the first 6 s, vigil-medium for good.
        QVERIFY(m_sim.start(QJsonObject{
            {QStringLiteral("models"),
             QJsonArray{QStringLiteral("vigil-large"), QStringLiteral("vigil-medium"),
                        QStringLiteral("vigil-small")}},
            {QStringLiteral("reply_words"), QJsonArray{3, 5}},
            {QStringLiteral("token_delay_ms"), 100}, // a step streams for about half a second
            {QStringLiteral("capacity_windows"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("model"), QStringLiteral("vigil-large")},
                             {QStringLiteral("start_ms"), 0},
                             {QStringLiteral("duration_ms"), 6000},
                             {QStringLiteral("response"), QStringLiteral("openai-503-overloaded")}},
                 QJsonObject{
                     {QStringLiteral("model"), QStringLiteral("vigil-medium")},
                     {QStringLiteral("start_ms"), 0},
                     {QStringLiteral("duration_ms"), 3'600'000},
                     {QStringLiteral("response"), QStringLiteral("openai-503-overloaded")}}}}}));

        dieWithParent(m_app);
        m_app.setProcessEnvironment(environment());
        m_app.setProcessChannelMode(QProcess::MergedChannels);
        m_app.start(QStringLiteral(VIGIL_DESKTOP_BINARY),
                    {writeTask(QStringLiteral("Night"), QStringLiteral("vigil-large")),
                     QStringLiteral("--db"), m_dir.filePath(QStringLiteral("vigil.db")),
                     QStringLiteral("--socket"), m_dir.filePath(QStringLiteral("vigil.sock")),
                     QStringLiteral("--settings"),
                     m_dir.filePath(QStringLiteral("settings.json"))});
        QVERIFY(m_app.waitForStarted());
    }

    void cleanupTestCase()
    {
        stopProcess(m_app);
        stopProcess(m_trayer);
    }

    void aPausedTaskShowsInTheTrayAndResumesFromItsNotification()
    {
        QTRY_VERIFY2_WITH_TIMEOUT(log().contains("tray: "), log().constData(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Night")), QStringLiteral("paused"), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(log().contains("tray: attention"), log().constData(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(redPixelsInTheTray() > 20, 10000);

        QTRY_VERIFY_WITH_TIMEOUT(noticeAbout(QStringLiteral("Night")) != nullptr, 10000);
        const Notice notice = *noticeAbout(QStringLiteral("Night"));
        QVERIFY2(notice.actions.contains(QStringLiteral("resume")),
                 qPrintable(notice.actions.join(u',')));
        QVERIFY(notice.actions.contains(QStringLiteral("switch-model")));
        QVERIFY(notice.actions.contains(QStringLiteral("default")));

        // Past the capacity window, Resume from the notification finishes the task.
        QTRY_VERIFY_WITH_TIMEOUT(m_sim.stats().value(QLatin1String("uptime_ms")).toInteger() > 6500,
                                 10000);
        invoke(notice.id, QStringLiteral("resume"));
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Night")), QStringLiteral("completed"),
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.closed.contains(notice.id), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(log().contains("tray: idle"), log().constData(), 10000);

        // While the task worked the computer was kept awake, and let go once it was done.
        QVERIFY(!m_screenSaver.held.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_screenSaver.released.size(), m_screenSaver.held.size(), 5000);
        QCOMPARE(m_screenSaver.released, m_screenSaver.held);
        QVERIFY(!m_logind->inhibitions.isEmpty());
        QCOMPARE(m_logind->inhibitions.first().what, QStringLiteral("sleep:idle"));
        QCOMPARE(m_logind->inhibitions.first().mode, QStringLiteral("block"));
        QTRY_VERIFY_WITH_TIMEOUT(m_logind->allReleased(), 5000);
    }

    void switchModelFromTheNotificationFinishesOnTheChosenModel()
    {
        const QString file = writeTask(QStringLiteral("Dawn"), QStringLiteral("vigil-medium"));
        QVERIFY(vigil({QStringLiteral("add"), file}).contains(QLatin1String("add: task")));
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Dawn")), QStringLiteral("paused"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(noticeAbout(QStringLiteral("Dawn")) != nullptr, 10000);
        const Notice notice = *noticeAbout(QStringLiteral("Dawn"));

        invoke(notice.id, QStringLiteral("switch-model"));
        // The window's dialog asks the provider for its models; then the user types one.
        QTRY_VERIFY2_WITH_TIMEOUT(
            log().contains("models for task 2 : vigil-large vigil-medium vigil-small"),
            log().constData(), 10000);
        xdotool({QStringLiteral("search"), QStringLiteral("--sync"),
                 QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                 QStringLiteral("^Vigil"), QStringLiteral("windowfocus"),
                 QStringLiteral("--sync")});
        xdotool({QStringLiteral("key"), QStringLiteral("ctrl+a")});
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("30"),
                 QStringLiteral("vigil-small")});
        xdotool({QStringLiteral("key"), QStringLiteral("Return")});
        QTRY_VERIFY2_WITH_TIMEOUT(log().contains("switch model of 1 task(s) to vigil-small"),
                                  log().constData(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(state(QStringLiteral("Dawn")), QStringLiteral("completed"),
                                  20000);
        QCOMPARE(task(QStringLiteral("Dawn")).value(QLatin1String("model")).toString(),
                 QStringLiteral("vigil-small"));
    }
};

QTEST_GUILESS_MAIN(TestDesktop)
#include "tst_desktop.moc"

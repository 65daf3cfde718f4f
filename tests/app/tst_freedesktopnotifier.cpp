// Notifications against a real notification server on a real session bus: a stand-in
// org.freedesktop.Notifications of the test's own that answers Notify slowly, as a busy
// desktop does. Updates sent before the first answer still make one notice, a notice
// withdrawn before its answer is closed once it comes, buttons are offered only where the
// server has actions, a notice the server closed is reported, and without a server
// notices go to the tray.
#include "freedesktopnotifier.h"
#include "sessionbus.h"

#include <QDBusAbstractAdaptor>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace vigil;

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

// What the stand-in server was asked.
struct Notified
{
    uint replacesId = 0;
    uint id = 0;
    QString summary;
    QStringList actions;
};

class NotificationServer : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    NotificationServer(QDBusConnection bus, int answerDelayMs, QStringList capabilities)
        : m_bus(std::move(bus)), m_delayMs(answerDelayMs), m_capabilities(std::move(capabilities))
    {
    }
    ~NotificationServer() override
    {
        m_bus.unregisterService(kService);
        m_bus.unregisterObject(kPath);
    }

    bool failNotify = false; // Notify answers an error, as a server going away does
    QList<Notified> notified;
    QList<uint> closedByClient;
    QSet<uint> open; // the notices on screen

    void invoke(uint id, const QString &action)
    {
        emitSignal(QStringLiteral("ActionInvoked"), {id, action});
    }
    void dismiss(uint id)
    {
        open.remove(id);
        emitSignal(QStringLiteral("NotificationClosed"), {id, 2u});
    }

public slots:
    QStringList GetCapabilities()
    {
        answerLater(m_capabilities);
        return {};
    }

    uint Notify(const QString &, uint replacesId, const QString &, const QString &summary,
                const QString &, const QStringList &actions, const QVariantMap &, int)
    {
        const uint id = open.contains(replacesId) ? replacesId : ++m_lastId;
        open.insert(id);
        notified.append({replacesId, id, summary, actions});
        if (failNotify) {
            open.remove(id);
            setDelayedReply(true);
            const QDBusMessage reply = message().createErrorReply(
                QStringLiteral("org.freedesktop.DBus.Error.Failed"), QStringLiteral("going away"));
            QTimer::singleShot(m_delayMs, this, [this, reply] { m_bus.send(reply); });
            return 0;
        }
        answerLater(id);
        return 0;
    }

    void CloseNotification(uint id)
    {
        closedByClient.append(id);
        open.remove(id);
    }

private:
    void answerLater(const QVariant &value)
    {
        setDelayedReply(true);
        QDBusMessage reply = message().createReply(value);
        QTimer::singleShot(m_delayMs, this, [this, reply] { m_bus.send(reply); });
    }
    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kService, name);
        signal.setArguments(arguments);
        m_bus.send(signal);
    }

    QDBusConnection m_bus;
    int m_delayMs;
    QStringList m_capabilities;
    uint m_lastId = 0;
};

struct Tray
{
    QStringList titles;
    FreedesktopNotifier::Fallback fallback()
    {
        return [this](const QString &title, const QString &) { titles.append(title); };
    }
};

} // namespace

class TestFreedesktopNotifier : public QObject
{
    Q_OBJECT

private:
    SessionBus m_session;
    int m_connections = 0;

    QDBusConnection busConnection(const QString &who)
    {
        const QString name = QStringLiteral("%1-%2").arg(who).arg(++m_connections);
        return QDBusConnection::connectToBus(
            m_session.environment({}).value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), name);
    }

    // A server on its own connection, owning the notifications name while it lives.
    std::unique_ptr<NotificationServer> startServer(int answerDelayMs,
                                                    const QStringList &capabilities)
    {
        QDBusConnection bus = busConnection(QStringLiteral("server"));
        auto server = std::make_unique<NotificationServer>(bus, answerDelayMs, capabilities);
        if (!bus.registerObject(kPath, server.get(), QDBusConnection::ExportAllSlots) ||
            !bus.registerService(kService))
            return nullptr;
        return server;
    }

private slots:
    void initTestCase() { QVERIFY(m_session.start()); }

    void updatesBeforeTheFirstAnswerMakeOneNotice()
    {
        const auto server = startServer(300, {QStringLiteral("body"), QStringLiteral("actions")});
        QVERIFY(server);
        Tray tray;
        FreedesktopNotifier notifier(busConnection(QStringLiteral("vigil")), tray.fallback());
        QSignalSpy actions(&notifier, &Notifier::actionInvoked);

        // Three tasks pause for one cause while the server is still slow to answer, the
        // first even before it told its capabilities.
        const QString key = QStringLiteral("paused/capacity/vigil-large");
        notifier.show(key, QStringLiteral("“a” is paused"), QStringLiteral("at capacity"), true);
        QTRY_VERIFY(notifier.serverKnown());
        QVERIFY(notifier.serverHasActions());
        notifier.show(key, QStringLiteral("2 task(s) paused"), QStringLiteral("at capacity"), true);
        notifier.show(key, QStringLiteral("3 task(s) paused"), QStringLiteral("at capacity"), true);
        QTRY_COMPARE(server->notified.size(), 2);
        QTest::qWait(700); // nothing more comes
        QCOMPARE(server->notified.size(), 2);
        QCOMPARE(server->notified.at(0).replacesId, 0u);
        QCOMPARE(server->notified.at(1).replacesId, server->notified.at(0).id);
        QCOMPARE(server->notified.at(1).summary, QStringLiteral("3 task(s) paused"));
        QCOMPARE(server->open.size(), 1);
        QCOMPARE(server->notified.at(0).actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Open"),
                              QStringLiteral("resume"), QStringLiteral("Resume"),
                              QStringLiteral("switch-model"), QStringLiteral("Switch model")}));

        // The first notice's buttons are ours; another application's are not.
        server->invoke(server->notified.at(0).id, QStringLiteral("resume"));
        server->invoke(server->notified.at(0).id + 100, QStringLiteral("resume"));
        QTRY_COMPARE(actions.size(), 1);
        QCOMPARE(actions.first().at(0).toString(), key);
        QCOMPARE(actions.first().at(1).toString(), QStringLiteral("resume"));
        QTest::qWait(200);
        QCOMPARE(actions.size(), 1);
        QVERIFY(tray.titles.isEmpty());
    }

    void aNoticeWithdrawnBeforeItsAnswerIsClosedWhenItComes()
    {
        const auto server = startServer(300, {QStringLiteral("actions")});
        QVERIFY(server);
        Tray tray;
        FreedesktopNotifier notifier(busConnection(QStringLiteral("vigil")), tray.fallback());
        QTRY_VERIFY(notifier.serverKnown());
        const QString key = QStringLiteral("failed/auth/vigil-large");
        notifier.show(key, QStringLiteral("“a” failed"), QStringLiteral("refused"), false);
        notifier.withdraw(key);
        QTRY_COMPARE(server->closedByClient.size(), 1);
        QCOMPARE(server->closedByClient.first(), server->notified.first().id);
        QVERIFY(server->open.isEmpty());

        // Shown again, it is a new notice, and withdrawn once known it is closed at once.
        notifier.show(key, QStringLiteral("“a” failed"), QStringLiteral("refused"), false);
        QTRY_COMPARE(server->notified.size(), 2);
        QCOMPARE(server->notified.last().replacesId, 0u);
        QTest::qWait(400);
        notifier.withdraw(key);
        QTRY_COMPARE(server->closedByClient.size(), 2);
        QVERIFY(server->open.isEmpty());
    }

    void noButtonsWhereTheServerHasNoActions()
    {
        const auto server = startServer(50, {QStringLiteral("body")});
        QVERIFY(server);
        Tray tray;
        FreedesktopNotifier notifier(busConnection(QStringLiteral("vigil")), tray.fallback());
        notifier.show(QStringLiteral("paused/capacity/m"), QStringLiteral("“a” is paused"),
                      QStringLiteral("at capacity"), true);
        QTRY_COMPARE(server->notified.size(), 1);
        QVERIFY(!notifier.serverHasActions());
        QVERIFY(server->notified.first().actions.isEmpty());
        QVERIFY(tray.titles.isEmpty());
    }

    void aNoticeTheServerClosedIsReportedAndShownAnew()
    {
        const auto server = startServer(50, {QStringLiteral("actions")});
        QVERIFY(server);
        Tray tray;
        FreedesktopNotifier notifier(busConnection(QStringLiteral("vigil")), tray.fallback());
        QSignalSpy closed(&notifier, &Notifier::closed);
        const QString key = QStringLiteral("finished/7");
        notifier.show(key, QStringLiteral("Batch “b” finished"), QStringLiteral("done"), false);
        QTRY_COMPARE(server->notified.size(), 1);
        QTest::qWait(200); // its answer arrives
        server->dismiss(server->notified.first().id);
        QTRY_COMPARE(closed.size(), 1);
        QCOMPARE(closed.first().at(0).toString(), key);

        notifier.show(key, QStringLiteral("Batch “b” finished"), QStringLiteral("done"), false);
        QTRY_COMPARE(server->notified.size(), 2);
        QCOMPARE(server->notified.last().replacesId, 0u);
    }

    void aServerThatFailsSendsNoticesToTheTray()
    {
        const auto server = startServer(200, {QStringLiteral("actions")});
        QVERIFY(server);
        server->failNotify = true;
        Tray tray;
        FreedesktopNotifier notifier(busConnection(QStringLiteral("vigil")), tray.fallback());
        QTRY_VERIFY(notifier.serverKnown());
        const QString key = QStringLiteral("paused/capacity/m");
        notifier.show(key, QStringLiteral("“a” is paused"), QStringLiteral("at capacity"), true);
        notifier.show(key, QStringLiteral("2 task(s) paused"), QStringLiteral("at capacity"), true);
        // The latest of what waited is shown once, in the tray; what follows goes there.
        QTRY_COMPARE(tray.titles, QStringList{QStringLiteral("2 task(s) paused")});
        notifier.show(QStringLiteral("failed/auth/m"), QStringLiteral("“b” failed"),
                      QStringLiteral("refused"), false);
        QCOMPARE(tray.titles.size(), 2);
        QCOMPARE(server->notified.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"

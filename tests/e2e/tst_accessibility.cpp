// What a screen reader and a keyboard user get: vigil-desktop under Xvfb on a private
// session bus, read the way Orca reads it, through AT-SPI on the accessibility bus. Every
// control on show — the dashboard with a paused task's page, Settings, New task (both
// kinds), Switch model — has a name and can take the keyboard focus; each dialog is opened
// from the keyboard; Tab walks the dashboard's controls one by one, and the arrows walk
// the task list, each row said with its state.
#include "childprocess.h"
#include "enginerun.h"
#include "sessionbus.h"
#include "simprocess.h"
#include "xserver.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString accessibleInterface = QStringLiteral("org.a11y.atspi.Accessible");

// AT-SPI's state bits (AtspiStateType) the test reads.
enum State : int
{
    Editable = 7,
    Focusable = 11,
    Focused = 12,
    Showing = 25,
    Visible = 30
};

// The roles a user acts on; each needs a name to be told apart.
const QSet<QString> interactiveRoles{
    QStringLiteral("push button"),  QStringLiteral("toggle button"), QStringLiteral("check box"),
    QStringLiteral("radio button"), QStringLiteral("combo box"),     QStringLiteral("text"),
    QStringLiteral("entry"),        QStringLiteral("password text"), QStringLiteral("spin button"),
    QStringLiteral("slider"),       QStringLiteral("page tab"),      QStringLiteral("menu item"),
    QStringLiteral("list item"),
};

struct Node
{
    QString service;
    QString path;
    QString role;
    QString name;
    quint64 states = 0;
    QString where; // the names of the nodes above it, for messages
    QString parentRole;
    bool inRow = false; // within a list's row, which the arrows reach

    bool has(State state) const { return (states >> state) & 1U; }
    // A control of its own: a combo box's text is the combo box's value, not a control.
    bool interactive() const
    {
        return interactiveRoles.contains(role) && (role != u"text" || has(Editable)) &&
               parentRole != u"combo box";
    }
    QString describe() const
    {
        return QStringLiteral("%1 “%2” at %3 (%4)").arg(role, name, where, path);
    }
};

// The accessibility bus, read as a screen reader does.
class AtSpi
{
public:
    bool connect(const QProcessEnvironment &session)
    {
        QDBusConnection bus = QDBusConnection::connectToBus(
            session.value(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")), QStringLiteral("session"));
        const QDBusReply<QString> address = bus.call(QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress")));
        if (!address.isValid()) {
            qWarning("no accessibility bus: %s", qPrintable(address.error().message()));
            return false;
        }
        m_bus = QDBusConnection::connectToBus(address.value(), QStringLiteral("a11y"));
        return m_bus.isConnected();
    }

    // The application registered with the desktop under `name`, if any.
    std::optional<Node> application(const QString &name)
    {
        Node desktop;
        desktop.service = QStringLiteral("org.a11y.atspi.Registry");
        desktop.path = QStringLiteral("/org/a11y/atspi/accessible/root");
        for (const Node &app : children(desktop)) {
            if (app.name == name)
                return app;
        }
        return std::nullopt;
    }

    // Everything under `root` that is on show, depth first.
    QList<Node> showing(const Node &root)
    {
        QList<Node> found;
        walk(root, found, 0);
        return found;
    }

    quint64 states(const Node &node)
    {
        const QDBusMessage reply = call(node, QStringLiteral("GetState"));
        quint64 states = 0;
        if (reply.type() != QDBusMessage::ReplyMessage)
            return states;
        const auto words = reply.arguments().value(0).value<QDBusArgument>();
        words.beginArray();
        for (int shift = 0; !words.atEnd(); shift += 32) {
            uint word = 0;
            words >> word;
            states |= quint64(word) << shift;
        }
        words.endArray();
        return states;
    }

    QString property(const Node &node, const QString &name)
    {
        const QDBusReply<QDBusVariant> reply =
            m_bus.call(QDBusMessage::createMethodCall(
                           node.service, node.path,
                           QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"))
                       << accessibleInterface << name);
        return reply.isValid() ? reply.value().variant().toString() : QString();
    }

private:
    QDBusMessage call(const Node &node, const QString &method)
    {
        return m_bus.call(
            QDBusMessage::createMethodCall(node.service, node.path, accessibleInterface, method),
            QDBus::Block, 15000);
    }

    QString name(const Node &node) { return property(node, QStringLiteral("Name")); }

    QList<Node> children(const Node &parent)
    {
        QList<Node> nodes;
        const QDBusMessage reply = call(parent, QStringLiteral("GetChildren"));
        if (reply.type() != QDBusMessage::ReplyMessage)
            return nodes;
        const auto list = reply.arguments().value(0).value<QDBusArgument>();
        list.beginArray();
        while (!list.atEnd()) {
            Node node;
            QDBusObjectPath path;
            list.beginStructure();
            list >> node.service >> path;
            list.endStructure();
            node.path = path.path();
            node.name = name(node);
            node.where = parent.where.isEmpty() ? parent.name : parent.where + u'/' + parent.name;
            node.parentRole = parent.role;
            node.inRow = parent.inRow || parent.role == u"list item";
            nodes.append(node);
        }
        list.endArray();
        return nodes;
    }

    void walk(const Node &parent, QList<Node> &found, int depth)
    {
        if (depth > 40)
            return;
        for (Node node : children(parent)) {
            node.states = states(node);
            if (!node.has(Showing) || !node.has(Visible))
                continue;
            const QDBusReply<QString> role = m_bus.call(QDBusMessage::createMethodCall(
                node.service, node.path, accessibleInterface, QStringLiteral("GetRoleName")));
            node.role = role.value();
            found.append(node);
            walk(node, found, depth + 1);
        }
    }

    QDBusConnection m_bus{QString()};
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    XServer m_x;
    SessionBus m_bus;
    SimProcess m_sim;
    QProcess m_app;
    AtSpi m_atspi;
    Node m_root;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env =
            m_x.environment(m_bus.environment(QProcessEnvironment::systemEnvironment()));
        // vigil-desktop ends on SIGTERM here, where Qt Quick leaves its own allocations
        // behind; the app's parts are leak-checked in process by the other tests.
        env.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("detect_leaks=0"));
        env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
        return env;
    }

    QString writeTask(const QString &name, const QString &model)
    {
        return writeConversation(m_dir.path(), m_sim.baseUrl(), name, model,
                                 {QStringLiteral("one?"), QStringLiteral("two?")},
                                 {{QStringLiteral("max_attempts"), 2},
                                  {QStringLiteral("capacity_initial_delay_ms"), 50},
                                  {QStringLiteral("capacity_max_delay_ms"), 100},
                                  {QStringLiteral("probe_initial_delay_ms"), 50},
                                  {QStringLiteral("probe_max_delay_ms"), 100}});
    }

    // Keys typed into the window, as a user does (xdotool through XTEST).
    void key(const QString &keys)
    {
        QProcess xdotool;
        xdotool.setProcessEnvironment(environment());
        xdotool.start(QStringLiteral("xdotool"),
                      {QStringLiteral("search"), QStringLiteral("--sync"),
                       QStringLiteral("--onlyvisible"), QStringLiteral("--pid"),
                       QString::number(m_app.processId()), QStringLiteral("--name"),
                       QStringLiteral("^Vigil"), QStringLiteral("windowfocus"),
                       QStringLiteral("--sync"), QStringLiteral("key"), keys});
        QVERIFY(xdotool.waitForFinished(20000));
    }

    // A key that moves the focus, and the control that has it then (the window takes the
    // key in its own time; a slow build takes longer).
    std::optional<Node> moveFocus(const QString &keys)
    {
        const std::optional<Node> before = focused();
        key(keys);
        QDeadlineTimer deadline(15000);
        for (;;) {
            std::optional<Node> now = focused();
            if (now && (!before || now->describe() != before->describe()))
                return now;
            if (deadline.hasExpired())
                return now;
            QTest::qWait(50);
        }
    }

    std::optional<Node> find(const QString &role, const QString &name)
    {
        for (const Node &node : m_atspi.showing(m_root)) {
            if (node.role == role && node.name == name)
                return node;
        }
        return std::nullopt;
    }

    // Every control on show has a name and takes the keyboard focus; `within` narrows the
    // audit to what sits under a node of that name (a dialog).
    void audit(const QString &within, int atLeast)
    {
        QStringList unnamed;
        QStringList unfocusable;
        int controls = 0;
        for (const Node &node : m_atspi.showing(m_root)) {
            if (!node.interactive() || !(node.where + u'/').contains(within + u'/'))
                continue;
            ++controls;
            // Qt 6.4 names no password field; the reader says its description (the
            // placeholder) instead, so that must say what the field is.
            const QString said = node.name.trimmed().isEmpty() && node.role == u"text"
                                     ? m_atspi.property(node, QStringLiteral("Description"))
                                     : node.name;
            if (said.trimmed().isEmpty())
                unnamed.append(node.describe());
            if (!node.has(Focusable))
                unfocusable.append(node.describe());
        }
        QVERIFY2(controls >= atLeast, qPrintable(QStringLiteral("%1 controls").arg(controls)));
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"no name: "_qs + unnamed.join(u"; "_qs)));
        QVERIFY2(unfocusable.isEmpty(),
                 qPrintable(u"no keyboard focus: "_qs + unfocusable.join(u"; "_qs)));
    }

    // The control with the keyboard focus: the deepest node that says so.
    std::optional<Node> focused()
    {
        std::optional<Node> found;
        for (const Node &node : m_atspi.showing(m_root)) {
            if (node.has(Focused))
                found = node;
        }
        return found;
    }

    // Tab until the control has the focus, as a keyboard user does.
    void tabTo(const QString &role, const QString &name)
    {
        for (int i = 0; i < 40; ++i) {
            const std::optional<Node> now = focused();
            if (now && now->role == role && now->name == name)
                return;
            moveFocus(QStringLiteral("Tab"));
        }
        QFAIL(qPrintable(QStringLiteral("Tab never reached %1 “%2”").arg(role, name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_x.start());
        QVERIFY(m_bus.start());
        QVERIFY(m_sim.start(QJsonObject{
            {QStringLiteral("models"),
             QJsonArray{QStringLiteral("vigil-large"), QStringLiteral("vigil-small")}},
            {QStringLiteral("capacity_windows"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("model"), QStringLiteral("vigil-large")},
                 {QStringLiteral("start_ms"), 0},
                 {QStringLiteral("duration_ms"), 3'600'000},
                 {QStringLiteral("response"), QStringLiteral("openai-503-overloaded")}}}}}));

        dieWithParent(m_app);
        m_app.setProcessEnvironment(environment());
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(QStringLiteral(VIGIL_DESKTOP_BINARY),
                    {writeTask(QStringLiteral("Dawn"), QStringLiteral("vigil-small")),
                     writeTask(QStringLiteral("Night"), QStringLiteral("vigil-large")),
                     QStringLiteral("--db"), m_dir.filePath(QStringLiteral("vigil.db")),
                     QStringLiteral("--socket"), m_dir.filePath(QStringLiteral("vigil.sock")),
                     QStringLiteral("--settings"),
                     m_dir.filePath(QStringLiteral("settings.json"))});
        QVERIFY(m_app.waitForStarted());

        QVERIFY(m_atspi.connect(m_bus.environment({})));
        std::optional<Node> app;
        QTRY_VERIFY_WITH_TIMEOUT((app = m_atspi.application(QStringLiteral("vigil"))), 20000);
        m_root = *app;
        // Dawn completes; Night pauses at capacity and its page, opened when it was added,
        // shows its actions.
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("push button"), QStringLiteral("Resume")),
                                 30000);
    }

    void cleanupTestCase() { stopProcess(m_app); }

    void theDashboardNamesEveryControl() { audit(QString(), 14); }

    void tabWalksTheDashboardAndArrowsWalkTheList()
    {
        // Tab comes round to where it started, having stopped once at every control.
        QStringList stops;
        for (int i = 0; i < 40; ++i) {
            const std::optional<Node> now = moveFocus(QStringLiteral("Tab"));
            QVERIFY2(now, qPrintable(u"Tab left nothing focused after "_qs + stops.join(u", ")));
            if (!stops.isEmpty() && now->describe() == stops.first())
                break;
            QVERIFY2(!stops.contains(now->describe()),
                     qPrintable(u"Tab went round without reaching the start: "_qs +
                                stops.join(u", ") + QStringLiteral(" then ") + now->describe()));
            stops.append(now->describe());
        }
        QStringList missed;
        for (const Node &node : m_atspi.showing(m_root)) {
            if (node.interactive() && node.role != u"list item" && !node.inRow &&
                !stops.contains(node.describe()))
                missed.append(node.describe());
        }
        QVERIFY2(missed.isEmpty(), qPrintable(u"Tab never reached: "_qs + missed.join(u"; ")));

        // In the list the focus is on a row, said with its state; the arrows move it.
        while (focused()->role != u"list item")
            moveFocus(QStringLiteral("Tab"));
        const QString first = focused()->name;
        const QString second = moveFocus(QStringLiteral("Down"))->name;
        QVERIFY2(focused()->role == u"list item" && second != first,
                 qPrintable(focused()->describe()));
        QVERIFY2((first + second).contains(QLatin1String("Dawn, Completed")) &&
                     (first + second).contains(QLatin1String("Night, Paused")),
                 qPrintable(first + QStringLiteral(" / ") + second));
        QCOMPARE(moveFocus(QStringLiteral("Up"))->name, first);
    }

    void everyDialogNamesItsControls()
    {
        key(QStringLiteral("ctrl+comma"));
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("dialog"), QStringLiteral("Settings")), 15000);
        audit(QStringLiteral("Settings"), 15);
        key(QStringLiteral("Escape"));
        QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("dialog"), QStringLiteral("Settings")),
                                 15000);

        key(QStringLiteral("ctrl+n"));
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("dialog"), QStringLiteral("New task")), 15000);
        audit(QStringLiteral("New task"), 6);
        tabTo(QStringLiteral("page tab"), QStringLiteral("Batch"));
        key(QStringLiteral("space"));
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("text"), QStringLiteral("Items file")), 15000);
        audit(QStringLiteral("New task"), 8);
        key(QStringLiteral("Escape"));

        tabTo(QStringLiteral("push button"), QStringLiteral("Switch model…"));
        key(QStringLiteral("space"));
        QTRY_VERIFY_WITH_TIMEOUT(find(QStringLiteral("dialog"), QStringLiteral("Switch model")),
                                 15000);
        audit(QStringLiteral("Switch model"), 3);
        key(QStringLiteral("Escape"));
    }

    // Last: it ends the window. With no task working, the quit shortcut quits at once.
    void theQuitShortcutQuits()
    {
        key(QStringLiteral("ctrl+q"));
        QVERIFY2(m_app.waitForFinished(15000), "Ctrl+Q left Vigil running");
        QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccessibility)
#include "tst_accessibility.moc"

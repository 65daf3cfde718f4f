// An API key goes to the provider and nowhere else: a task runs with a recognisable key,
// through `vigil run` and through `vigil serve` with every log category on, and the key
// is then looked for in the database (and its WAL), the settings, the logs, the event
// lines and the `vigil show --json` output. The same with the key in the keychain (GNOME
// Keyring on a private session bus), stored there by `vigil set-key` (which, at a terminal,
// asks for it without showing it); once removed, the task pauses saying how to store it
// again. And the desktop's arrangement in process: the engine's thread, on Qt's own event
// dispatcher, reads the key through the keychain's work on the GLib main thread.
#include "eventdispatch.h"
#include "keychain.h"
#include "sessionbus.h"
#include "simprocess.h"

#include <QAbstractEventDispatcher>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

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

    // A Vigil whose only key is in the keychain on `bus`, with its settings in `dir`.
    QProcessEnvironment keychainEnvironment(const SessionBus &bus, const QTemporaryDir &dir) const
    {
        QProcessEnvironment env = bus.environment(environment());
        env.remove(QStringLiteral("VIGIL_TEST_API_KEY"));
        env.insert(QStringLiteral("VIGIL_SETTINGS"), dir.filePath(QStringLiteral("settings.json")));
        return env;
    }

    // Starts `bus` with a keyring holding the key as "sim-key", stored there by `vigil
    // set-key`: the environment of a Vigil using it, or none, `output` saying why.
    QProcessEnvironment keyInKeychain(SessionBus &bus, const QTemporaryDir &dir, QByteArray *output)
    {
        if (!bus.start() || !bus.startKeyring()) {
            *output = "the session bus or its keyring did not start";
            return {};
        }
        const QProcessEnvironment env = keychainEnvironment(bus, dir);
        int exitCode = -1;
        *output = run({QStringLiteral("set-key"), QStringLiteral("sim-key")}, &exitCode, env,
                      kKey + '\n');
        return exitCode == 0 ? env : QProcessEnvironment();
    }

    QByteArray run(const QStringList &arguments, int *exitCode, const QProcessEnvironment &env = {},
                   const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(VIGIL_CLI_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            qFatal("vigil %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        *exitCode = process.exitCode();
        return process.readAll();
    }

    // Settings with one provider "sim" whose key is where `keyField` says.
    static void writeSettings(const QString &path, const QString &baseUrl,
                              const QJsonObject &keyField)
    {
        QJsonObject provider{{QStringLiteral("name"), QStringLiteral("sim")},
                             {QStringLiteral("base_url"), baseUrl}};
        for (auto it = keyField.begin(); it != keyField.end(); ++it)
            provider.insert(it.key(), it.value());
        QFile settings(path);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("retry"),
                             QJsonObject{{QStringLiteral("capacity_initial_delay_ms"), 50},
                                         {QStringLiteral("probe_initial_delay_ms"), 50}}},
                            {QStringLiteral("providers"), QJsonArray{provider}}})
                .toJson());
    }

    static QString writeTask(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("{\"name\": \"secret\", \"provider\": \"sim\", \"model\": \"vigil-small\", "
                   "\"turns\": [\"one?\", \"two?\"]}");
        return path;
    }

    // Every file under `root` that holds the key, and how many were searched.
    static QStringList filesHoldingTheKey(const QString &root, int *searched)
    {
        QStringList holding;
        QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile found(path);
            if (path.endsWith(QLatin1String(".sock")) || !found.open(QIODevice::ReadOnly))
                continue;
            if (found.readAll().contains(kKey))
                holding.append(path);
            ++*searched;
        }
        return holding;
    }

    static QJsonObject simProfile()
    {
        // The simulator refuses requests without the key: the key did reach the provider.
        return {{QStringLiteral("api_key"), QString::fromLatin1(kKey)},
                {QStringLiteral("reply_words"), QJsonArray{3, 5}},
                {QStringLiteral("token_delay_ms"), 1},
                {QStringLiteral("script"), QJsonArray{QStringLiteral("openai-503-overloaded")}}};
    }

private slots:
    void theKeyIsFoundNowhereButAtTheProvider()
    {
        SimProcess sim;
        QVERIFY(sim.start(simProfile()));
        writeSettings(m_dir.filePath(QStringLiteral("settings.json")), sim.baseUrl(),
                      {{QStringLiteral("api_key_env"), QStringLiteral("VIGIL_TEST_API_KEY")}});
        const QString task = writeTask(m_dir.filePath(QStringLiteral("task.json")));
        QVERIFY(!task.isEmpty());

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
        int searched = 0;
        const QStringList holding = filesHoldingTheKey(m_dir.path(), &searched);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        QVERIFY2(searched >= 4, "the database, its WAL, the settings and the events at least");
        QVERIFY(sim.stats()
                    .value(QLatin1String("by_fault"))
                    .toObject()
                    .value(QLatin1String("ok"))
                    .toInt() >= 4);
    }

    void aKeyInTheKeychainReachesTheProviderAndNowhereElse()
    {
        SessionBus bus;
        QTemporaryDir dir;
        QByteArray output;
        const QProcessEnvironment env = keyInKeychain(bus, dir, &output);
        QVERIFY2(!env.isEmpty(), output.constData());
        int exitCode = -1;

        SimProcess sim;
        QVERIFY(sim.start(simProfile()));
        writeSettings(dir.filePath(QStringLiteral("settings.json")), sim.baseUrl(),
                      {{QStringLiteral("api_key_keychain"), QStringLiteral("sim-key")}});
        const QString task = writeTask(dir.filePath(QStringLiteral("task.json")));
        output += run({QStringLiteral("run"), task, QStringLiteral("--db"),
                       dir.filePath(QStringLiteral("vigil.db")), QStringLiteral("--events"),
                       dir.filePath(QStringLiteral("events.jsonl"))},
                      &exitCode, env);
        QVERIFY2(exitCode == 0, output.constData());
        QVERIFY(output.contains("vigil.net"));
        QVERIFY(!output.contains(kKey));
        QCOMPARE(sim.stats()
                     .value(QLatin1String("by_fault"))
                     .toObject()
                     .value(QLatin1String("ok"))
                     .toInt(),
                 2);

        // Vigil's files, and the whole home with its keyring, hold no plain copy of the key.
        int searched = 0;
        QStringList holding = filesHoldingTheKey(dir.path(), &searched);
        holding += filesHoldingTheKey(bus.home(), &searched);
        QVERIFY2(holding.isEmpty(), qPrintable(holding.join(QLatin1Char(' '))));
        QVERIFY2(searched >= 5, "the database, its WAL, settings, events and keyring at least");

        output = run({QStringLiteral("remove-key"), QStringLiteral("sim-key")}, &exitCode, env);
        QVERIFY2(exitCode == 0, output.constData());
        output = run({QStringLiteral("run"), task, QStringLiteral("--db"),
                      dir.filePath(QStringLiteral("vigil.db"))},
                     &exitCode, env);
        QCOMPARE(exitCode, 0); // completed already: nothing is sent, no key is needed

        // Without its key a task pauses saying how to store it, and sends nothing.
        const int sentBefore = sim.stats().value(QLatin1String("requests_total")).toInt();
        output = run({QStringLiteral("run"), task, QStringLiteral("--db"),
                      dir.filePath(QStringLiteral("second.db"))},
                     &exitCode, env);
        QVERIFY2(exitCode == 4, output.constData());
        QVERIFY2(output.contains("vigil set-key sim-key"), output.constData());
        const QJsonObject stats = sim.stats();
        QCOMPARE(stats.value(QLatin1String("requests_total")).toInt(), sentBefore);
        QVERIFY(!stats.value(QLatin1String("by_fault"))
                     .toObject()
                     .contains(QLatin1String("refused-key")));
    }

    // At a terminal set-key asks for the key and the terminal does not show what is typed:
    // a pseudo-terminal stands for it, its output side is what the screen would show.
    void aKeyTypedAtATerminalIsAskedForAndNotShown()
    {
        SessionBus bus;
        QVERIFY(bus.start());
        QVERIFY(bus.startKeyring());
        QTemporaryDir dir;
        const QProcessEnvironment env = keychainEnvironment(bus, dir);
        int terminal = -1;
        int typing = -1;
        QVERIFY(::openpty(&terminal, &typing, nullptr, nullptr, nullptr) == 0);
        const auto closeBoth = qScopeGuard([&] {
            ::close(terminal);
            ::close(typing);
        });

        QProcess setKey;
        setKey.setProcessEnvironment(env);
        setKey.setChildProcessModifier([typing] { ::dup2(typing, STDIN_FILENO); });
        setKey.start(QStringLiteral(VIGIL_CLI_BINARY),
                     {QStringLiteral("set-key"), QStringLiteral("sim-key")});
        QVERIFY(setKey.waitForStarted());
        QByteArray prompt;
        QTRY_VERIFY_WITH_TIMEOUT(
            (prompt += setKey.readAllStandardError()).contains("API key for sim-key: "), 10000);
        const QByteArray typed = kKey + '\n';
        QCOMPARE(::write(terminal, typed.constData(), typed.size()), typed.size());
        QVERIFY(setKey.waitForFinished(30000));
        QVERIFY2(setKey.exitCode() == 0, (prompt + setKey.readAll()).constData());

        QVERIFY(::fcntl(terminal, F_SETFL, ::fcntl(terminal, F_GETFL) | O_NONBLOCK) == 0);
        QByteArray shown;
        char buffer[4096];
        for (ssize_t n; (n = ::read(terminal, buffer, sizeof buffer)) > 0;)
            shown.append(buffer, n);
        QVERIFY2(!shown.contains(kKey), shown.constData());
        termios after = {};
        QVERIFY(::tcgetattr(typing, &after) == 0);
        QVERIFY(after.c_lflag & ECHO); // the terminal is left as it was found

        // What was typed is the key, whole: the simulator accepts nothing else.
        SimProcess sim;
        QVERIFY(sim.start(simProfile()));
        writeSettings(dir.filePath(QStringLiteral("settings.json")), sim.baseUrl(),
                      {{QStringLiteral("api_key_keychain"), QStringLiteral("sim-key")}});
        int exitCode = -1;
        const QByteArray output =
            run({QStringLiteral("run"), writeTask(dir.filePath(QStringLiteral("task.json"))),
                 QStringLiteral("--db"), dir.filePath(QStringLiteral("vigil.db"))},
                &exitCode, env);
        QVERIFY2(exitCode == 0, output.constData());
    }

    void aThreadWithoutGlibReadsTheKeyThroughTheMainThread()
    {
        SessionBus bus;
        QTemporaryDir dir;
        QByteArray output;
        const QProcessEnvironment env = keyInKeychain(bus, dir, &output);
        QVERIFY2(!env.isEmpty(), output.constData());
        // This process's keychain client connects to the test's bus on its first use.
        for (const QString &name : env.keys())
            qputenv(name.toLocal8Bit().constData(), env.value(name).toLocal8Bit());

        vigil::useQtEventDispatcherOffMainThread();
        QThread engineThread;
        QObject onEngineThread;
        onEngineThread.moveToThread(&engineThread);
        engineThread.start();
        const auto stop = qScopeGuard([&engineThread] {
            engineThread.quit();
            engineThread.wait();
        });
        vigil::Keychain keychain(QThread::currentThread());
        QByteArray dispatcher;
        QString key;
        QString error;
        QThread *answeredOn = nullptr;
        bool answered = false;
        QMetaObject::invokeMethod(&onEngineThread, [&] {
            dispatcher = QAbstractEventDispatcher::instance()->metaObject()->className();
            keychain.readKey(QStringLiteral("sim-key"),
                             [&](const QString &read, const QString &failure) {
                                 key = read;
                                 error = failure;
                                 answeredOn = QThread::currentThread();
                                 answered = true;
                             });
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20000);
        QCOMPARE(dispatcher, QByteArray("QEventDispatcherUNIX"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(key.toLatin1(), kKey);
        QCOMPARE(answeredOn, &engineThread);
    }

    void withoutAKeychainSetKeyFailsAndWritesTheKeyNowhere()
    {
        SessionBus bus; // not started: its home, and a bus address where nothing listens
        QTemporaryDir dir;
        QProcessEnvironment env = keychainEnvironment(bus, dir);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + bus.home() + QStringLiteral("/no-bus"));
        int exitCode = -1;
        const QByteArray output =
            run({QStringLiteral("set-key"), QStringLiteral("sim-key")}, &exitCode, env, kKey);
        QVERIFY2(exitCode == 1, output.constData());
        QVERIFY2(output.contains("keychain"), output.constData());
        QVERIFY(!output.contains(kKey));
        int searched = 0;
        QVERIFY(filesHoldingTheKey(bus.home(), &searched).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

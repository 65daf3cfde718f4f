// vigil-desktop: the dashboard, the tray and the engine in one process per user. A second
// start hands its task files to the first and asks it to show itself.
#include "controlclient.h"
#include "controlserver.h"
#include "dashboard.h"
#include "enginehost.h"
#include "eventdispatch.h"
#include "keepawake.h"
#include "keychain.h"
#include "notificationcenter.h"
#include "platform.h"
#include "store.h"
#include "systemio.h"
#include "taskspec.h"
#include "translations.h"
#include "trayicon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>

Q_IMPORT_QML_PLUGIN(VigilPlugin)

namespace {

// Hands the task files to the Vigil already running at `socketPath` and asks it to show
// itself. False when none answers there.
bool handToRunningInstance(const QString &socketPath, const QStringList &files)
{
    QString problem;
    for (const QString &file : files) {
        const auto reply =
            vigil::askControlServer(socketPath, vigil::ControlServer::addRequest(file), &problem);
        if (!reply)
            return false;
        if (!reply->value(QLatin1String("ok")).toBool())
            qWarning().noquote() << file << ":" << reply->value(QLatin1String("error")).toString();
    }
    return vigil::askControlServer(
               socketPath, QJsonObject{{QStringLiteral("command"), QStringLiteral("activate")}},
               &problem)
        .has_value();
}

struct Options
{
    QCommandLineOption db{{QStringLiteral("db"), QStringLiteral("store")},
                          QCoreApplication::translate(
                              "main", "The checkpoint store: a file, or a postgresql:// URL."),
                          QStringLiteral("path")};
    QCommandLineOption socket{QStringLiteral("socket"),
                              QCoreApplication::translate("main", "The control socket."),
                              QStringLiteral("path")};
    QCommandLineOption settings{QStringLiteral("settings"),
                                QCoreApplication::translate("main", "The settings file."),
                                QStringLiteral("path")};
    QCommandLineOption minimized{
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray, without the window.")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Keeps long-running model tasks alive overnight."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("tasks"),
                                 QCoreApplication::translate("main", "Task files to add."),
                                 QStringLiteral("[TASK.json...]"));
    parser.addOptions({options.db, options.socket, options.settings, options.minimized});
}

void identify()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
}

// --help and --version answer in a terminal without a display (over ssh, say), where
// QApplication could not start.
bool answersWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        vigil::Translations translations;
        translations.use(vigil::SettingsEditor::savedLanguage());
        QCommandLineParser parser;
        const Options options;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    vigil::useQtEventDispatcherOffMainThread();
    QApplication app(argc, argv);
    identify();
    QApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QApplication::setDesktopFileName(QStringLiteral("app.vigil.Vigil"));
    vigil::Translations translations;
    translations.use(vigil::SettingsEditor::savedLanguage());
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("app.vigil.Vigil"),
                                                 QIcon(QStringLiteral(":/icons/vigil.svg"))));
    // The window says what happens; the engine's log lines are for
    // QT_LOGGING_RULES="vigil.*.info=true".
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false"));

    QCommandLineParser parser;
    const Options options;
    describe(parser, options);
    parser.process(app);

    const QString socketPath = vigil::ControlServer::socketPath(parser.value(options.socket));
    const QStringList taskFiles = parser.positionalArguments();
    if (vigil::ControlServer::answers(socketPath) && handToRunningInstance(socketPath, taskFiles))
        return 0;

    // The engine's thread runs Qt's event dispatcher: the keychain's work runs on this one.
    vigil::Keychain keychain(app.thread());
    vigil::EngineHost host(&keychain);
    // Connected before the engine starts: the tasks it continues are work from the first.
    const std::vector<std::unique_ptr<vigil::SleepInhibitor>> inhibitors =
        vigil::makeSleepInhibitors();
    std::vector<vigil::SleepInhibitor *> held;
    held.reserve(inhibitors.size());
    for (const auto &inhibitor : inhibitors)
        held.push_back(inhibitor.get());
    vigil::KeepAwake keepAwake(held);
    QObject::connect(&host, &vigil::EngineHost::workChanged, &keepAwake,
                     &vigil::KeepAwake::setWorking);
    vigil::Dashboard dashboard(host); // listening before the host lists the tasks
    QString error;
    const QString settingsPath = parser.isSet(options.settings) ? parser.value(options.settings)
                                                                : vigil::Settings::defaultPath();
    const QString savedStore = vigil::SettingsEditor::savedStoreLocation();
    if (!host.start({parser.isSet(options.db) ? parser.value(options.db)
                     : !savedStore.isEmpty()  ? savedStore
                                              : vigil::CheckpointStore::defaultPath(),
                     socketPath, settingsPath},
                    &error)) {
        QMessageBox::critical(nullptr, QStringLiteral("Vigil"),
                              QApplication::translate("main", "Vigil cannot start: %1").arg(error));
        return 1;
    }

    std::unique_ptr<vigil::TrayIcon> tray;
    if (vigil::TrayIcon::available()) {
        tray = std::make_unique<vigil::TrayIcon>(dashboard);
        dashboard.setTrayAvailable(true);
        QApplication::setQuitOnLastWindowClosed(false);
        QObject::connect(&dashboard, &vigil::Dashboard::windowClosedToTray, tray.get(),
                         &vigil::TrayIcon::noticeClosedToTray);
    }
    const std::unique_ptr<vigil::Notifier> notifier =
        vigil::makeNotifier([&tray](const QString &title, const QString &body) {
            if (tray)
                tray->showMessage(title, body);
        });
    vigil::NotificationCenter notifications(dashboard, *notifier);
    vigil::SettingsEditor &preferences = *dashboard.settings();
    preferences.setSecretStore(&keychain);
    preferences.reload();
    keepAwake.setEnabled(preferences.keepAwake());
    QObject::connect(&preferences, &vigil::SettingsEditor::prefsChanged, &keepAwake,
                     [&] { keepAwake.setEnabled(preferences.keepAwake()); });
    QObject::connect(&host, &vigil::EngineHost::activationRequested, &dashboard,
                     &vigil::Dashboard::requestShow);
    QObject::connect(&dashboard, &vigil::Dashboard::quitConfirmed, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    for (const QString &file : taskFiles)
        dashboard.addTaskFile(QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath()));

    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    // A language chosen in Settings applies at once.
    QObject::connect(&preferences, &vigil::SettingsEditor::languageChanged, &engine, [&] {
        translations.use(preferences.language());
        engine.retranslate();
    });
    engine.load(QUrl(QStringLiteral("qrc:/Vigil/Main.qml")));
    auto *window = engine.rootObjects().isEmpty()
                       ? nullptr
                       : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    if (!(parser.isSet(options.minimized) || preferences.startMinimized()) || !tray)
        window->show();

    vigil::quitOnTerminationSignals();
    const int status = QApplication::exec();
    host.stop();
    return status;
}

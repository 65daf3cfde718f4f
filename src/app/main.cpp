// vigil-desktop: the dashboard, the tray and the engine in one process per user. A second
// start hands its task files to the first and asks it to show itself.
#include "controlclient.h"
#include "controlserver.h"
#include "dashboard.h"
#include "enginehost.h"
#include "keepawake.h"
#include "keychain.h"
#include "notificationcenter.h"
#include "platform.h"
#include "store.h"
#include "taskspec.h"
#include "terminationsignals.h"
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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Vigil"));
    QApplication::setApplicationName(QStringLiteral("vigil"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
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
    parser.setApplicationDescription(
        QStringLiteral("Keeps long-running model tasks alive overnight."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("tasks"), QStringLiteral("Task files to add."),
                                 QStringLiteral("[TASK.json...]"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The checkpoint database."),
                                QStringLiteral("path"), vigil::CheckpointStore::defaultPath());
    const QCommandLineOption socket(QStringLiteral("socket"), QStringLiteral("The control socket."),
                                    QStringLiteral("path"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QStringLiteral("The settings file."), QStringLiteral("path"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       QStringLiteral("Start in the tray, without the window."));
    parser.addOptions({db, socket, settings, minimized});
    parser.process(app);

    const QString socketPath = vigil::ControlServer::socketPath(parser.value(socket));
    const QStringList taskFiles = parser.positionalArguments();
    if (vigil::ControlServer::answers(socketPath) && handToRunningInstance(socketPath, taskFiles))
        return 0;

    vigil::Keychain keychain;
    vigil::EngineHost host(&keychain);
    vigil::Dashboard dashboard(host); // listening before the host lists the tasks
    QString error;
    const QString settingsPath =
        parser.isSet(settings) ? parser.value(settings) : vigil::Settings::defaultPath();
    if (!host.start({parser.value(db), socketPath, settingsPath}, &error)) {
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
    const std::unique_ptr<vigil::SleepInhibitor> inhibitor = vigil::makeSleepInhibitor();
    vigil::KeepAwake keepAwake(*dashboard.allTasks(), *inhibitor);
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
    if (!(parser.isSet(minimized) || preferences.startMinimized()) || !tray)
        window->show();

    vigil::quitOnTerminationSignals();
    const int status = QApplication::exec();
    host.stop();
    return status;
}

#include "clitext.h"
#include "controlcommand.h"
#include "eventdispatch.h"
#include "keycommand.h"
#include "runcommand.h"
#include "servecommand.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << vigil::cli::Tr::tr(
        "Usage:\n"
        "  vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]\n"
        "        [--allow-sleep]\n"
        "      Runs one task to its end without a window.\n"
        "      Exit status: 0 completed, 1 could not run (store or event log),\n"
        "      2 bad input, 3 failed, 4 paused, 5 a batch with failed items.\n"
        "  vigil serve [TASK.json...] [--db PATH] [--socket PATH] [--events FILE|-]\n"
        "        [--settings PATH] [--allow-sleep]\n"
        "      Runs the engine and its control socket without a window, adding the\n"
        "      task files given; when a Vigil is running already, hands them to it.\n"
        "      Both keep the computer from sleeping while tasks work (logind's\n"
        "      inhibitor), unless --allow-sleep.\n"
        "  vigil list [--json] | add TASK.json | show ID [--json] | pause ID | resume ID\n"
        "        | retry-now ID | switch-model ID MODEL [--provider NAME] | cancel ID\n"
        "        | set-budget ID [--max-cost USD] [--max-tokens N] [--socket PATH]\n"
        "      Act on the running Vigil. Exit status: 0 done, 1 none running,\n"
        "      2 refused (the message says why).\n"
        "  vigil set-key NAME | remove-key NAME\n"
        "      Stores the API key read from standard input in the OS keychain (or\n"
        "      removes it); a provider uses it with \"api_key_keychain\": \"NAME\".\n"
        "      Exit status: 0 done, 1 the keychain failed, 2 bad usage.\n"
        "  vigil --version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    vigil::useQtEventDispatcher();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    // The command line speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    vigil::Translations translations;
    translations.use({});

    // The progress line and the event log say what happened; the engine's own log lines
    // are for QT_LOGGING_RULES="vigil.*.info=true".
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false"));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err);
        return vigil::cli::ExitBadInput;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--version")) {
        out << "vigil " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        printUsage(out);
        return 0;
    }
    if (command == QLatin1String("run"))
        return vigil::cli::runCommand(arguments);
    if (command == QLatin1String("serve"))
        return vigil::cli::serveCommand(arguments);
    if (vigil::cli::isKeyCommand(command))
        return vigil::cli::keyCommand(command, arguments);
    if (vigil::cli::isControlCommand(command))
        return vigil::cli::controlCommand(command, arguments);
    err << "vigil: " << vigil::cli::Tr::tr("unknown command \"%1\"").arg(command) << '\n';
    printUsage(err);
    return vigil::cli::ExitBadInput;
}

#include "runcommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage:\n"
           "  vigil run TASK.json [--db PATH] [--events FILE|-]\n"
           "      Runs one task to its end without a window.\n"
           "      Exit status: 0 completed, 1 could not run (store or event log),\n"
           "      2 bad input, 3 failed, 4 paused.\n"
           "  vigil --version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Vigil"));
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));

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
    err << "vigil: unknown command \"" << command << "\"\n";
    printUsage(err);
    return vigil::cli::ExitBadInput;
}

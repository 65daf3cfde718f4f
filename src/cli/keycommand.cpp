#include "keycommand.h"

#include "clitext.h"
#include "eventdispatch.h"
#include "keychain.h"
#include "runcommand.h"
#include "systemio.h"
#include "taskspec.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <string>

namespace vigil::cli {

namespace {

// One line of standard input; on a terminal, asked for with the echo off.
QString readKeyFromStdin(const QString &entry)
{
    const EchoOff echoOff;
    if (echoOff.active())
        QTextStream(stderr) << Tr::tr("API key for %1: ").arg(entry) << Qt::flush;
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(static_cast<char>(c));
    if (echoOff.active())
        QTextStream(stderr) << '\n';
    return QString::fromStdString(line).trimmed();
}

} // namespace

bool isKeyCommand(const QString &command)
{
    return command == QLatin1String("set-key") || command == QLatin1String("remove-key");
}

int keyCommand(const QString &command, const QStringList &arguments)
{
    QTextStream err(stderr);
    if (arguments.size() != 1) {
        err << "vigil " << command << ": "
            << Tr::tr("takes one name, as in: %1")
                   .arg(QStringLiteral("vigil %1 openai").arg(command))
            << '\n';
        return ExitBadInput;
    }
    const QString &entry = arguments.first();
    if (!isKeychainEntryName(entry)) {
        err << "vigil " << command << ": "
            << Tr::tr("\"%1\" is not a key name: 1 to 100 letters, digits, '.', '_' or '-'")
                   .arg(entry)
            << '\n';
        return ExitBadInput;
    }
    GlibThread keychainThread;
    Keychain keychain(keychainThread.thread());
    int status = ExitCannotRun;
    const auto finish = [&](const QString &done, const QString &error) {
        if (error.isEmpty()) {
            QTextStream(stdout) << done << '\n';
            status = ExitCompleted;
        } else {
            err << "vigil " << command << ": " << error << '\n';
        }
        QCoreApplication::quit();
    };
    if (command == QLatin1String("set-key")) {
        const QString key = readKeyFromStdin(entry);
        if (key.isEmpty()) {
            err << "vigil set-key: " << Tr::tr("no key was given on standard input") << '\n';
            return ExitBadInput;
        }
        keychain.writeKey(entry, key, [&](const QString &, const QString &error) {
            finish(Tr::tr("The key \"%1\" is in the keychain; providers use it with "
                          "\"api_key_keychain\": \"%1\".")
                       .arg(entry),
                   error);
        });
    } else {
        keychain.removeKey(entry, [&](const QString &, const QString &error) {
            finish(Tr::tr("The key \"%1\" is no longer in the keychain.").arg(entry), error);
        });
    }
    QCoreApplication::exec();
    return status;
}

} // namespace vigil::cli

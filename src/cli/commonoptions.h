#pragma once

#include "clitext.h"
#include "store.h"
#include "taskspec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace vigil::cli {

// The options `vigil run` and `vigil serve` share.
inline QCommandLineOption dbOption()
{
    return {{QStringLiteral("db"), QStringLiteral("store")},
            Tr::tr("The checkpoint store: a file, or a postgresql:// URL."),
            QStringLiteral("path"),
            CheckpointStore::defaultPath()};
}

inline QCommandLineOption eventsOption()
{
    return {QStringLiteral("events"), Tr::tr("Write JSON-line events to FILE, or - for stdout."),
            QStringLiteral("file")};
}

inline QCommandLineOption settingsOption()
{
    return {QStringLiteral("settings"), Tr::tr("The settings file (providers, retry figures)."),
            QStringLiteral("path")};
}

inline QCommandLineOption allowSleepOption()
{
    return {QStringLiteral("allow-sleep"),
            Tr::tr("Let the computer sleep while tasks work (by default logind's sleep and "
                   "idle inhibitor is held until no work is left).")};
}

// The settings file the command line names, or the user's.
inline QString settingsPath(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("settings"));
    return given.isEmpty() ? Settings::defaultPath() : given;
}

} // namespace vigil::cli

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
    return {QStringLiteral("db"), Tr::tr("The checkpoint database."), QStringLiteral("path"),
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

// The settings file the command line names, or the user's.
inline QString settingsPath(const QCommandLineParser &parser)
{
    const QString given = parser.value(QStringLiteral("settings"));
    return given.isEmpty() ? Settings::defaultPath() : given;
}

} // namespace vigil::cli

#pragma once

#include <QStringList>

namespace vigil::cli {

// `vigil serve [--db PATH] [--socket PATH] [--events FILE|-]`: the engine and its control
// socket without a window, until SIGINT or SIGTERM. Tasks interrupted by the last stop
// continue where they were. Exit status 1 when the store or the socket cannot be opened
// (another Vigil running included).
int serveCommand(const QStringList &arguments);

} // namespace vigil::cli

#pragma once

#include <QStringList>

namespace vigil::cli {

// Exit codes of `vigil run` (DESIGN §8).
enum ExitCode
{
    ExitCompleted = 0,
    ExitCannotRun = 1, // the store or the event log could not be opened
    ExitBadInput = 2,
    ExitFailed = 3,
    ExitPaused = 4,
    ExitCompletedWithFailures = 5, // a batch whose every item is done or failed terminally
};

// `vigil run TASK.json [--db PATH] [--events FILE|-]`; `arguments` follow "run".
int runCommand(const QStringList &arguments);

} // namespace vigil::cli

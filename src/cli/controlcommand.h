#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace vigil::cli {

// The control commands of DESIGN §8, sent to a running Vigil over its local socket:
// list [--json], add TASK.json, show ID [--json], pause ID, resume ID, retry-now ID,
// switch-model ID MODEL [--provider NAME], cancel ID; each also takes --socket PATH.
// Exit status: 0 done, 1 no Vigil is running (or it did not answer), 2 refused: bad
// usage, an unknown task, a bad task file, or an action that does not apply to the
// task's state (the message says which).
bool isControlCommand(const QString &command);
// Hands task files to the Vigil answering at `socketPath`, as `vigil add` does, saying on
// stderr what became of each. Empty when no Vigil answers there; otherwise the exit status:
// 0 when every file was added, 2 when one was refused.
std::optional<int> addToRunningInstance(const QString &socketPath, const QStringList &files);
int controlCommand(const QString &command, const QStringList &arguments);

} // namespace vigil::cli

#pragma once

#include <QString>
#include <QStringList>

namespace vigil::cli {

// `vigil set-key NAME` stores the API key read from standard input (asked for without
// echo on a terminal) in the OS keychain under NAME, for providers that give
// "api_key_keychain": "NAME"; `vigil remove-key NAME` deletes it.
// Exit status: 0 done, 1 the keychain failed (the message says why), 2 bad usage.
bool isKeyCommand(const QString &command);
int keyCommand(const QString &command, const QStringList &arguments);

} // namespace vigil::cli

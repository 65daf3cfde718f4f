#pragma once

#include "secretstore.h"

namespace vigil {

// API keys in the OS keychain through QtKeychain: Secret Service (GNOME Keyring,
// KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows. Entries
// live under the service "vigil", one per name. Nothing ever falls back to a plain file.
class Keychain : public SecretStore
{
public:
    void readKey(const QString &entry, Done done) override;
    void writeKey(const QString &entry, const QString &key, Done done) override;
    void removeKey(const QString &entry, Done done) override;
};

} // namespace vigil

#pragma once

#include "secretstore.h"

class QThread;

namespace vigil {

// API keys in the OS keychain through QtKeychain: Secret Service (GNOME Keyring,
// KWallet) on Linux, the Keychain on macOS, the Credential Manager on Windows. Entries
// live under the service "vigil", one per name. Nothing ever falls back to a plain file.
//
// On Linux the Secret Service client answers through GLib's main loop: the keychain's work
// runs on the thread given here, whose loop is GLib's (the desktop's main thread, the
// headless runner's GlibThread); `done` runs on the caller's.
class Keychain : public SecretStore
{
public:
    explicit Keychain(QThread *glibThread) : m_glibThread(glibThread) {}

    void readKey(const QString &entry, Done done) override;
    void writeKey(const QString &entry, const QString &key, Done done) override;
    void removeKey(const QString &entry, Done done) override;

private:
    // Starts a job through `start` where the keychain's work runs, `done` on this thread.
    void run(std::function<void(Done)> start, Done done);

    QThread *m_glibThread;
};

} // namespace vigil

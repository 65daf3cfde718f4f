#pragma once

#include <QString>
#include <functional>

namespace vigil {

// Where API keys live when a provider names a keychain entry: the OS keychain on Linux
// (Secret Service), the platform's own elsewhere. The engine asks for a key each time a
// task starts and keeps it only in the runner that sends it.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // `error` is empty when `key` was read; otherwise it says what the user can do.
    using Done = std::function<void(const QString &key, const QString &error)>;

    // Reads the key stored under `entry`. `done` runs later, from the event loop.
    virtual void readKey(const QString &entry, Done done) = 0;
    // Stores `key` under `entry`, replacing what was there; `done` gets an empty key.
    virtual void writeKey(const QString &entry, const QString &key, Done done) = 0;
    virtual void removeKey(const QString &entry, Done done) = 0;
};

} // namespace vigil

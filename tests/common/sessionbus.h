#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// A D-Bus session bus of the test's own, with a home folder of its own, for the processes
// the test starts: nothing reaches the session of the user who runs the tests. On it,
// an unlocked GNOME Keyring can serve the Secret Service.
class SessionBus
{
public:
    SessionBus() = default;
    ~SessionBus();

    bool start();
    // The Secret Service, with a login keyring created and unlocked on the spot.
    bool startKeyring();
    // `base` with this bus, home, data and runtime folders.
    QProcessEnvironment environment(QProcessEnvironment base) const;
    QString home() const { return m_home.path(); }
    // Where the bus listens, for a connection of the test's own or a process's system bus.
    QString address() const { return m_address; }
    // Whether a process on the bus owns `name`.
    bool hasOwner(const QString &name) const;

private:
    QTemporaryDir m_home;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};

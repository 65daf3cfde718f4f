#include "sessionbus.h"

#include "childprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

SessionBus::~SessionBus()
{
    stopProcess(m_keyring);
    stopProcess(m_bus);
}

bool SessionBus::start()
{
    if (!m_home.isValid())
        return false;
    QDir home(m_home.path());
    home.mkpath(QStringLiteral("data"));
    home.mkpath(QStringLiteral("config"));
    home.mkpath(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_bus.setProcessEnvironment(environment(QProcessEnvironment::systemEnvironment()));
    dieWithParent(m_bus);
    m_bus.start(QStringLiteral("dbus-daemon"),
                {QStringLiteral("--session"), QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000))
        return false;
    const QDeadlineTimer deadline(10000);
    while (!m_bus.canReadLine() && !deadline.hasExpired())
        m_bus.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        qWarning("dbus-daemon gave no address: %s", m_bus.readAllStandardError().constData());
    return !m_address.isEmpty();
}

bool SessionBus::startKeyring()
{
    m_keyring.setProcessEnvironment(environment(QProcessEnvironment::systemEnvironment()));
    dieWithParent(m_keyring);
    // --unlock reads a password on stdin and creates the login keyring with it.
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                     QStringLiteral("--components=secrets")});
    if (!m_keyring.waitForStarted(5000))
        return false;
    m_keyring.write("test-keyring-password");
    m_keyring.waitForBytesWritten(5000); // nothing here runs an event loop to write it later
    m_keyring.closeWriteChannel();
    const QDeadlineTimer deadline(10000);
    while (!hasOwner(QStringLiteral("org.freedesktop.secrets"))) {
        if (deadline.hasExpired() || m_keyring.state() == QProcess::NotRunning) {
            qWarning("gnome-keyring-daemon did not take the Secret Service: %s",
                     m_keyring.readAllStandardError().constData());
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

QProcessEnvironment SessionBus::environment(QProcessEnvironment base) const
{
    base.insert(QStringLiteral("HOME"), m_home.path());
    base.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    base.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    base.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.filePath(QStringLiteral("run")));
    if (!m_address.isEmpty())
        base.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    return base;
}

bool SessionBus::hasOwner(const QString &name) const
{
    QProcess ask;
    ask.setProcessEnvironment(environment(QProcessEnvironment::systemEnvironment()));
    ask.start(
        QStringLiteral("dbus-send"),
        {QStringLiteral("--session"), QStringLiteral("--print-reply"),
         QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
         QStringLiteral("org.freedesktop.DBus.NameHasOwner"), QStringLiteral("string:") + name});
    return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
}

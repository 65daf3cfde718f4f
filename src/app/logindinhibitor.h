#pragma once

#include "sleepinhibitor.h"

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>

namespace vigil {

// logind's inhibitor lock (org.freedesktop.login1.Manager.Inhibit, "sleep:idle", mode
// "block") on the system bus: the computer neither suspends nor goes idle while the file
// descriptor logind gave is open; release() closes it. The bus is given so that a test can
// stand a logind of its own on a bus of its own.
class LogindInhibitor : public SleepInhibitor
{
    Q_OBJECT
public:
    // `who` is the program's name as logind lists it (systemd-inhibit --list).
    LogindInhibitor(QDBusConnection bus, QString who, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("logind"); }
    void hold(const QString &reason) override;
    void release() override;

private:
    QDBusConnection m_bus;
    QString m_who;
    QDBusUnixFileDescriptor m_lock;
};

} // namespace vigil

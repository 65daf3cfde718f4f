#include "logindinhibitor.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace vigil {

LogindInhibitor::LogindInhibitor(QDBusConnection bus, QString who, QObject *parent)
    : SleepInhibitor(parent), m_bus(std::move(bus)), m_who(std::move(who))
{
}

void LogindInhibitor::hold(const QString &reason)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    call << QStringLiteral("sleep:idle") << m_who << reason << QStringLiteral("block");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (reply.isError()) {
            emit held(false, reply.error().message());
            return;
        }
        if (!reply.value().isValid()) {
            emit held(false, tr("logind answered without a lock (the bus passes no file "
                                "descriptors)"));
            return;
        }
        m_lock = reply.value();
        emit held(true, {});
    });
}

void LogindInhibitor::release()
{
    m_lock = QDBusUnixFileDescriptor();
}

} // namespace vigil

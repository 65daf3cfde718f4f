#include "screensaverinhibitor.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

namespace vigil {

namespace {

QDBusMessage screenSaverCall(const QString &method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.ScreenSaver"),
                                          QStringLiteral("/org/freedesktop/ScreenSaver"),
                                          QStringLiteral("org.freedesktop.ScreenSaver"), method);
}

} // namespace

ScreenSaverInhibitor::ScreenSaverInhibitor(QDBusConnection bus, QObject *parent)
    : SleepInhibitor(parent), m_bus(std::move(bus))
{
}

ScreenSaverInhibitor::~ScreenSaverInhibitor()
{
    unInhibit();
}

void ScreenSaverInhibitor::hold(const QString &reason)
{
    QDBusMessage call = screenSaverCall(QStringLiteral("Inhibit"));
    call << QGuiApplication::applicationDisplayName() << reason;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            emit held(false, reply.error().message());
            return;
        }
        m_cookie = reply.value();
        emit held(true, {});
    });
}

void ScreenSaverInhibitor::release()
{
    unInhibit();
}

void ScreenSaverInhibitor::unInhibit()
{
    if (m_cookie == 0)
        return;
    QDBusMessage call = screenSaverCall(QStringLiteral("UnInhibit"));
    call << std::exchange(m_cookie, 0u);
    m_bus.asyncCall(call, 5000);
}

} // namespace vigil

#include "freedesktopnotifier.h"

#include "logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QVariantMap>

namespace vigil {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

FreedesktopNotifier::FreedesktopNotifier(QDBusConnection bus, Fallback fallback, QObject *parent)
    : Notifier(parent), m_bus(std::move(bus)), m_fallback(std::move(fallback))
{
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
    const QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                            QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(ask, 5000), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QStringList> reply = *call;
            m_serverKnown = true;
            m_server = !reply.isError();
            m_actions = m_server && reply.value().contains(QLatin1String("actions"));
            qCInfo(lcUi).noquote()
                << "notifications:"
                << (m_server
                        ? QStringLiteral("server with %1").arg(reply.value().join(QLatin1Char(' ')))
                        : QStringLiteral("no server (%1); using the tray")
                              .arg(reply.error().message()));
        });
}

void FreedesktopNotifier::show(const QString &key, const QString &title, const QString &body,
                               bool actionable)
{
    if (m_serverKnown && !m_server) {
        m_fallback(title, body);
        return;
    }
    send(key, title, body, actionable);
}

void FreedesktopNotifier::send(const QString &key, const QString &title, const QString &body,
                               bool actionable)
{
    QStringList actions{QStringLiteral("default"), tr("Open")};
    if (actionable)
        actions << QStringLiteral("resume") << tr("Resume") << QStringLiteral("switch-model")
                << tr("Switch model");
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(actionable ? 2 : 1)}};
    QDBusMessage notify =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    notify << QGuiApplication::applicationDisplayName() << m_ids.value(key, 0u)
           << QStringLiteral("vigil") << title << body << actions << hints
           << (actionable ? 0 : -1); // a task that needs the user stays until seen
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, title, body](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    qCInfo(lcUi).noquote()
                        << "notifications: Notify failed:" << reply.error().message()
                        << "- using the tray";
                    m_serverKnown = true;
                    m_server = false;
                    m_fallback(title, body);
                    return;
                }
                const uint id = reply.value();
                if (const uint old = m_ids.value(key, 0u); old != 0 && old != id)
                    m_keys.remove(old);
                m_ids.insert(key, id);
                m_keys.insert(id, key);
                qCInfo(lcUi).noquote() << "notification" << id << key << "-" << title;
            });
}

void FreedesktopNotifier::withdraw(const QString &key)
{
    const uint id = m_ids.take(key);
    if (id == 0)
        return;
    m_keys.remove(id);
    QDBusMessage close = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                        QStringLiteral("CloseNotification"));
    close << id;
    m_bus.asyncCall(close, 5000);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto key = m_keys.constFind(id);
    if (key == m_keys.cend())
        return; // another application's notification
    qCInfo(lcUi).noquote() << "notification" << id << "action" << action;
    emit actionInvoked(*key, action);
}

void FreedesktopNotifier::onNotificationClosed(uint id, uint)
{
    const QString key = m_keys.take(id);
    if (!key.isEmpty() && m_ids.value(key) == id)
        m_ids.remove(key);
}

} // namespace vigil

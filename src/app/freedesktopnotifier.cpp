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
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QStringList> reply = *call;
                onCapabilities(reply.isError() ? QStringList() : reply.value(),
                               reply.isError() ? reply.error().message() : QString());
            });
}

void FreedesktopNotifier::onCapabilities(const QStringList &capabilities, const QString &error)
{
    m_serverKnown = true;
    if (!error.isEmpty()) {
        useFallback(QStringLiteral("no server (%1)").arg(error));
        return;
    }
    m_server = true;
    m_actions = capabilities.contains(QLatin1String("actions"));
    qCInfo(lcUi).noquote() << "notifications: server with" << capabilities.join(QLatin1Char(' '));
    for (auto it = m_notices.begin(); it != m_notices.end(); ++it) {
        if (it->next && !it->sending)
            send(it.key(), *std::exchange(it->next, std::nullopt));
    }
}

void FreedesktopNotifier::show(const QString &key, const QString &title, const QString &body,
                               bool actionable)
{
    if (m_serverKnown && !m_server) {
        m_fallback(title, body);
        return;
    }
    Notice &notice = m_notices[key];
    notice.withdrawn = false;
    if (!m_serverKnown || notice.sending) {
        notice.next = Content{title, body, actionable};
        return;
    }
    send(key, {title, body, actionable});
}

void FreedesktopNotifier::send(const QString &key, const Content &content)
{
    Notice &notice = m_notices[key];
    notice.sending = true;
    QStringList actions;
    if (m_actions) {
        actions << QStringLiteral("default") << tr("Open");
        if (content.actionable)
            actions << QStringLiteral("resume") << tr("Resume") << QStringLiteral("switch-model")
                    << tr("Switch model");
    }
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName()},
        {QStringLiteral("urgency"), QVariant::fromValue<uchar>(content.actionable ? 2 : 1)}};
    QDBusMessage notify =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    notify << QGuiApplication::applicationDisplayName() << notice.id << QStringLiteral("vigil")
           << content.title << content.body << actions << hints
           << (content.actionable ? 0 : -1); // a task that needs the user stays until seen
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, content](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<uint> reply = *call;
                onNotified(key, content, reply.isError() ? 0u : reply.value(),
                           reply.isError() ? reply.error().message() : QString());
            });
}

void FreedesktopNotifier::onNotified(const QString &key, const Content &content, uint id,
                                     const QString &error)
{
    const auto it = m_notices.find(key);
    if (it == m_notices.end())
        return;
    it->sending = false;
    if (!error.isEmpty()) {
        if (!it->withdrawn) {
            const Content latest = it->next.value_or(content);
            m_fallback(latest.title, latest.body);
        }
        m_notices.erase(it);
        if (m_server)
            useFallback(QStringLiteral("Notify failed (%1)").arg(error));
        return;
    }
    if (it->id != 0 && it->id != id)
        m_keys.remove(it->id);
    it->id = id;
    m_keys.insert(id, key);
    qCInfo(lcUi).noquote() << "notification" << id << key << "-" << content.title;
    if (it->withdrawn) {
        m_keys.remove(id);
        m_notices.erase(it);
        close(id);
    } else if (it->next) {
        send(key, *std::exchange(it->next, std::nullopt));
    }
}

void FreedesktopNotifier::useFallback(const QString &why)
{
    qCInfo(lcUi).noquote() << "notifications:" << why << "- using the tray";
    m_server = false;
    m_actions = false;
    // What waits goes to the tray now; a Notify still in flight says itself how it went.
    for (auto it = m_notices.begin(); it != m_notices.end();) {
        if (it->sending) {
            ++it;
            continue;
        }
        if (it->next)
            m_fallback(it->next->title, it->next->body);
        it = m_notices.erase(it);
    }
    m_keys.clear();
}

void FreedesktopNotifier::withdraw(const QString &key)
{
    const auto it = m_notices.find(key);
    if (it == m_notices.end())
        return;
    if (it->sending) {
        it->withdrawn = true;
        it->next.reset();
        return;
    }
    const uint id = it->id;
    m_notices.erase(it);
    if (id != 0) {
        m_keys.remove(id);
        close(id);
    }
}

void FreedesktopNotifier::close(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus.asyncCall(call, 5000);
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
    const auto it = m_notices.find(key);
    if (key.isEmpty() || it == m_notices.end() || it->id != id)
        return;
    if (it->sending) {
        it->id = 0; // the update in flight replaces nothing: it shows a new notice
        return;
    }
    m_notices.erase(it);
    emit closed(key);
}

} // namespace vigil

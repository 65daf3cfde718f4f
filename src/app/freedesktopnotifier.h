#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <functional>

namespace vigil {

// org.freedesktop.Notifications over the session bus: Notify returns our id, kept with the
// notice's key, so that ActionInvoked and NotificationClosed are matched to our notices
// only and a notice is updated in place through replaces_id. The server's capabilities are
// asked for asynchronously; without a server, or without actions, notices go to
// `fallback` (the tray's balloon) instead.
class FreedesktopNotifier : public Notifier
{
    Q_OBJECT
public:
    using Fallback = std::function<void(const QString &title, const QString &body)>;

    FreedesktopNotifier(QDBusConnection bus, Fallback fallback, QObject *parent = nullptr);

    void show(const QString &key, const QString &title, const QString &body,
              bool actionable) override;
    void withdraw(const QString &key) override;

    // Known once the server answered GetCapabilities.
    bool serverKnown() const { return m_serverKnown; }
    bool serverHasActions() const { return m_actions; }

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void send(const QString &key, const QString &title, const QString &body, bool actionable);

    QDBusConnection m_bus;
    Fallback m_fallback;
    bool m_serverKnown = false;
    bool m_server = false;
    bool m_actions = false;
    QHash<QString, uint> m_ids; // notice key to the server's id
    QHash<uint, QString> m_keys;
};

} // namespace vigil

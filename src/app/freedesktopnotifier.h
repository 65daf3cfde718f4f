#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QHash>
#include <functional>
#include <optional>

namespace vigil {

// org.freedesktop.Notifications over the session bus: Notify returns our id, kept with the
// notice's key, so that ActionInvoked and NotificationClosed are matched to our notices
// only and a notice is updated in place through replaces_id. Until the server has answered
// a notice's Notify, what comes next for that key waits (only the latest is sent), so that
// an update never makes a second bubble. Notices wait too until the server has told its
// capabilities: buttons are offered only where it has actions, and without a server the
// notices go to `fallback` (the tray's balloon).
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
    struct Content
    {
        QString title;
        QString body;
        bool actionable = false;
    };
    struct Notice
    {
        uint id = 0;                 // the server's, once Notify answered
        bool sending = false;        // a Notify in flight: what follows waits for its id
        bool withdrawn = false;      // withdrawn meanwhile: closed once the id is known
        std::optional<Content> next; // the latest content still to send
    };

    void onCapabilities(const QStringList &capabilities, const QString &error);
    void send(const QString &key, const Content &content);
    void onNotified(const QString &key, const Content &content, uint id, const QString &error);
    void close(uint id);
    void useFallback(const QString &why);

    QDBusConnection m_bus;
    Fallback m_fallback;
    bool m_serverKnown = false;
    bool m_server = false;
    bool m_actions = false;
    QHash<QString, Notice> m_notices;
    QHash<uint, QString> m_keys; // the server's id to the notice's key
};

} // namespace vigil

#pragma once

#include <QMenu>
#include <QObject>
#include <QSystemTrayIcon>
#include <QTimer>

namespace vigil {

class Dashboard;

// The tray icon that keeps Vigil in reach with the window closed: its look says idle,
// running, retrying or needs attention; its tooltip sums the tasks up; its menu lists the
// paused tasks (each with Resume), Pause all, Resume all, Show and Quit.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    enum class Look
    {
        Idle,
        Running,
        Retrying,
        Attention
    };
    Q_ENUM(Look)

    explicit TrayIcon(Dashboard &dashboard, QObject *parent = nullptr);

    static bool available() { return QSystemTrayIcon::isSystemTrayAvailable(); }
    Look look() const { return m_look; }
    QString toolTip() const { return m_icon.toolTip(); }
    // The one-time "still running in the tray" notice, after the window was first closed.
    void noticeClosedToTray();
    void showMessage(const QString &title, const QString &body);

signals:
    void lookChanged(vigil::TrayIcon::Look look);

private:
    void refresh();
    void rebuildMenu();

    Dashboard &m_dashboard;
    QSystemTrayIcon m_icon;
    QMenu m_menu;
    QTimer m_refresh; // many row changes make one refresh
    Look m_look = Look::Idle;
};

} // namespace vigil

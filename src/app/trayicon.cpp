#include "trayicon.h"

#include "dashboard.h"
#include "logging.h"

#include <QIcon>
#include <QSettings>

namespace vigil {

namespace {

constexpr int kMenuTasks = 12; // paused tasks listed in the menu; the window has them all

QIcon iconFor(TrayIcon::Look look)
{
    switch (look) {
    case TrayIcon::Look::Running:
        return QIcon(QStringLiteral(":/icons/tray-running.svg"));
    case TrayIcon::Look::Retrying:
        return QIcon(QStringLiteral(":/icons/tray-retrying.svg"));
    case TrayIcon::Look::Attention:
        return QIcon(QStringLiteral(":/icons/tray-attention.svg"));
    case TrayIcon::Look::Idle:
        break;
    }
    return QIcon(QStringLiteral(":/icons/tray-idle.svg"));
}

QString lookName(TrayIcon::Look look)
{
    switch (look) {
    case TrayIcon::Look::Running:
        return QStringLiteral("running");
    case TrayIcon::Look::Retrying:
        return QStringLiteral("retrying");
    case TrayIcon::Look::Attention:
        return QStringLiteral("attention");
    case TrayIcon::Look::Idle:
        break;
    }
    return QStringLiteral("idle");
}

} // namespace

TrayIcon::TrayIcon(Dashboard &dashboard, QObject *parent) : QObject(parent), m_dashboard(dashboard)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &TrayIcon::refresh);
    TaskListModel *tasks = dashboard.allTasks();
    const auto later = [this] {
        if (!m_refresh.isActive())
            m_refresh.start();
    };
    connect(tasks, &TaskListModel::countsChanged, this, later);
    connect(tasks, &QAbstractItemModel::dataChanged, this, later);
    connect(tasks, &QAbstractItemModel::rowsInserted, this, later);

    connect(&m_menu, &QMenu::aboutToShow, this, &TrayIcon::rebuildMenu);
    m_icon.setContextMenu(&m_menu);
    connect(&m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    m_dashboard.requestShow();
            });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, &m_dashboard, &Dashboard::requestShow);
    rebuildMenu();
    refresh();
    m_icon.show();
}

void TrayIcon::refresh()
{
    const TaskListModel *tasks = m_dashboard.allTasks();
    const Look look = tasks->attentionCount() > 0  ? Look::Attention
                      : tasks->retryingCount() > 0 ? Look::Retrying
                      : tasks->runningCount() > 0  ? Look::Running
                                                   : Look::Idle;
    QStringList parts;
    if (tasks->runningCount() > 0)
        parts.append(tr("%n running", "", tasks->runningCount()));
    if (tasks->retryingCount() > 0)
        parts.append(tr("%n retrying", "", tasks->retryingCount()));
    if (tasks->attentionCount() > 0)
        parts.append(tr("%n need(s) you", "", tasks->attentionCount()));
    m_icon.setToolTip(parts.isEmpty() ? tr("Vigil — nothing running")
                                      : tr("Vigil — %1").arg(parts.join(QStringLiteral(", "))));
    if (look == m_look && !m_icon.icon().isNull())
        return;
    m_look = look;
    m_icon.setIcon(iconFor(look));
    qCInfo(lcUi).noquote() << "tray:" << lookName(look) << "-" << m_icon.toolTip();
    emit lookChanged(look);
}

void TrayIcon::rebuildMenu()
{
    m_menu.clear();
    int listed = 0;
    int paused = 0;
    for (const TaskSummary &task : m_dashboard.allTasks()->tasks()) {
        if (task.state != TaskState::Paused)
            continue;
        ++paused;
        if (listed++ >= kMenuTasks)
            continue;
        QAction *resume = m_menu.addAction(tr("Resume “%1”").arg(task.name));
        resume->setToolTip(task.reason);
        const qint64 id = task.id;
        connect(resume, &QAction::triggered, &m_dashboard,
                [this, id] { m_dashboard.resume({QVariant(id)}); });
    }
    if (paused > kMenuTasks)
        m_menu.addAction(tr("%n more paused in the window…", "", paused - kMenuTasks), &m_dashboard,
                         &Dashboard::requestShow);
    if (paused > 0)
        m_menu.addSeparator();
    m_menu.addAction(tr("Pause all"), &m_dashboard, &Dashboard::pauseAll);
    m_menu.addAction(tr("Resume all"), &m_dashboard, &Dashboard::resumeAll)->setEnabled(paused > 0);
    m_menu.addSeparator();
    m_menu.addAction(tr("Show Vigil"), &m_dashboard, &Dashboard::requestShow);
    m_menu.addAction(tr("Quit"), &m_dashboard, &Dashboard::requestQuit);
}

void TrayIcon::noticeClosedToTray()
{
    QSettings settings;
    if (settings.value(QStringLiteral("window/trayNoticeShown")).toBool())
        return;
    settings.setValue(QStringLiteral("window/trayNoticeShown"), true);
    showMessage(tr("Vigil keeps working"),
                tr("Vigil is still running in the tray and tells you when a task needs you. "
                   "Quit from the tray menu."));
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_icon.showMessage(title, body, iconFor(m_look));
}

} // namespace vigil

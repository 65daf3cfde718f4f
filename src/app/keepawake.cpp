#include "keepawake.h"

#include "logging.h"
#include "tasklistmodel.h"

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

KeepAwake::KeepAwake(const TaskListModel &tasks, QDBusConnection bus, QObject *parent)
    : QObject(parent), m_tasks(tasks), m_bus(std::move(bus))
{
    connect(&tasks, &TaskListModel::countsChanged, this, &KeepAwake::update);
    update();
}

KeepAwake::~KeepAwake()
{
    release();
}

void KeepAwake::setEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

void KeepAwake::update()
{
    const bool working = m_tasks.runningCount() + m_tasks.retryingCount() > 0;
    if (m_enabled && working)
        inhibit();
    else
        release();
}

void KeepAwake::inhibit()
{
    if (m_cookie != 0 || m_asking || m_unavailable)
        return;
    m_asking = true;
    QDBusMessage call = screenSaverCall(QStringLiteral("Inhibit"));
    call << QGuiApplication::applicationDisplayName()
         << tr("Tasks are running; Vigil keeps the computer awake until they end");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_asking = false;
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            m_unavailable = true;
            qCInfo(lcUi).noquote() << "keep-awake: not available:" << reply.error().message();
            return;
        }
        m_cookie = reply.value();
        qCInfo(lcUi).noquote() << "keep-awake: holding" << m_cookie;
        update(); // the tasks may have ended while we asked
    });
}

void KeepAwake::release()
{
    if (m_cookie == 0)
        return;
    QDBusMessage call = screenSaverCall(QStringLiteral("UnInhibit"));
    call << std::exchange(m_cookie, 0u);
    m_bus.asyncCall(call, 5000);
    qCInfo(lcUi).noquote() << "keep-awake: released";
}

} // namespace vigil

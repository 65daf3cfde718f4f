#include "eventdispatch.h"

#include <QByteArray>
#include <QSemaphore>
#include <QtGlobal>

namespace vigil {

namespace {

// Whether QT_NO_GLIB is Vigil's choice (useQtEventDispatcher), not the user's.
bool g_qtDispatcherChosen = false;

} // namespace

void useQtEventDispatcher()
{
    g_qtDispatcherChosen = !qEnvironmentVariableIsSet("QT_NO_GLIB") &&
                           !qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB");
    if (g_qtDispatcherChosen)
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

void useQtEventDispatcherOffMainThread()
{
    g_qtDispatcherChosen = false;
    if (qEnvironmentVariableIsSet("QT_NO_GLIB") || qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        return;
    qputenv("QT_NO_THREADED_GLIB", QByteArrayLiteral("1"));
}

GlibThread::GlibThread()
{
    m_thread.setObjectName(QStringLiteral("vigil-glib"));
    // A thread picks its dispatcher from the environment as it starts, before `started`.
    if (g_qtDispatcherChosen)
        qunsetenv("QT_NO_GLIB");
    QSemaphore started;
    QObject::connect(
        &m_thread, &QThread::started, &m_thread, [&started] { started.release(); },
        Qt::DirectConnection);
    m_thread.start();
    started.acquire();
    QObject::disconnect(&m_thread, &QThread::started, nullptr, nullptr);
    if (g_qtDispatcherChosen)
        qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
}

GlibThread::~GlibThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace vigil

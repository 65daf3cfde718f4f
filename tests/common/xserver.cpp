#include "xserver.h"

#include "childprocess.h"

#include <QDeadlineTimer>

XServer::~XServer()
{
    stopProcess(m_xvfb);
}

QProcessEnvironment XServer::environment(QProcessEnvironment base) const
{
    base.insert(QStringLiteral("DISPLAY"), m_display);
    base.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    base.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    return base;
}

bool XServer::start()
{
    dieWithParent(m_xvfb);
    m_xvfb.start(QStringLiteral("Xvfb"),
                 {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                  QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
                  QStringLiteral("tcp")});
    if (!m_xvfb.waitForStarted())
        return false;
    const QDeadlineTimer deadline(10000);
    while (!m_xvfb.canReadLine() && !deadline.hasExpired())
        m_xvfb.waitForReadyRead(100);
    m_display = QLatin1Char(':') + QString::fromUtf8(m_xvfb.readLine()).trimmed();
    if (m_display.size() < 2)
        qWarning("Xvfb gave no display: %s", m_xvfb.readAllStandardError().constData());
    return m_display.size() > 1;
}

#pragma once

#include "sleepinhibitor.h"

#include <QDBusConnection>

namespace vigil {

// org.freedesktop.ScreenSaver's Inhibit / UnInhibit on the session bus: the cookie of an
// inhibition is kept until it is released.
class ScreenSaverInhibitor : public SleepInhibitor
{
    Q_OBJECT
public:
    explicit ScreenSaverInhibitor(QDBusConnection bus, QObject *parent = nullptr);
    ~ScreenSaverInhibitor() override;

    QString name() const override { return QStringLiteral("screen saver"); }
    void hold(const QString &reason) override;
    void release() override;

private:
    void unInhibit();

    QDBusConnection m_bus;
    uint m_cookie = 0;
};

} // namespace vigil

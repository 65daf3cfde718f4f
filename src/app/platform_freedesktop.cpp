// The desktop's platform parts on Linux and the other freedesktop.org desktops: the
// notification server and the screen saver's inhibition on the session bus, logind's
// sleep inhibitor on the system bus.
#include "freedesktopnotifier.h"
#include "logindinhibitor.h"
#include "platform.h"
#include "screensaverinhibitor.h"

#include <QGuiApplication>

namespace vigil {

std::unique_ptr<Notifier> makeNotifier(NotifierFallback fallback)
{
    return std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus(),
                                                 std::move(fallback));
}

std::vector<std::unique_ptr<SleepInhibitor>> makeSleepInhibitors()
{
    std::vector<std::unique_ptr<SleepInhibitor>> inhibitors;
    inhibitors.push_back(std::make_unique<ScreenSaverInhibitor>(QDBusConnection::sessionBus()));
    inhibitors.push_back(std::make_unique<LogindInhibitor>(
        QDBusConnection::systemBus(), QGuiApplication::applicationDisplayName()));
    return inhibitors;
}

} // namespace vigil

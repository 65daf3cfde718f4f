// The desktop's platform parts on Linux and the other freedesktop.org desktops: the
// notification server and the screen saver's inhibition, both on the session bus.
#include "freedesktopnotifier.h"
#include "platform.h"
#include "screensaverinhibitor.h"

namespace vigil {

std::unique_ptr<Notifier> makeNotifier(NotifierFallback fallback)
{
    return std::make_unique<FreedesktopNotifier>(QDBusConnection::sessionBus(),
                                                 std::move(fallback));
}

std::unique_ptr<SleepInhibitor> makeSleepInhibitor()
{
    return std::make_unique<ScreenSaverInhibitor>(QDBusConnection::sessionBus());
}

} // namespace vigil

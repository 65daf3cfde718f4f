#pragma once

#include "notifier.h"
#include "sleepinhibitor.h"

#include <functional>
#include <memory>
#include <vector>

namespace vigil {

// The platform's parts of the desktop, made by the one platform file built
// (platform_freedesktop.cpp on Linux): the rest of the desktop knows only the interfaces.
using NotifierFallback = std::function<void(const QString &title, const QString &body)>;

// Desktop notifications; where the platform has no notification server, or one without
// actions, notices go to `fallback` (the tray's balloon).
std::unique_ptr<Notifier> makeNotifier(NotifierFallback fallback);
// Whatever keeps this platform's computer from idling and sleeping, all held together.
std::vector<std::unique_ptr<SleepInhibitor>> makeSleepInhibitors();

} // namespace vigil

#include "failureclass.h"

#include "tr.h"

#include <array>

namespace vigil {

namespace {
struct ClassName
{
    FailureClass failureClass;
    const char *name;  // in the store, the event log and the control protocol
    const char *label; // what people read, translated
};
constexpr std::array<ClassName, 12> kNames{{
    {FailureClass::Ok, "ok", QT_TRANSLATE_NOOP("Vigil", "ok")},
    {FailureClass::RateLimited, "rate-limited", QT_TRANSLATE_NOOP("Vigil", "rate limit")},
    {FailureClass::Quota, "quota", QT_TRANSLATE_NOOP("Vigil", "quota")},
    {FailureClass::Capacity, "capacity", QT_TRANSLATE_NOOP("Vigil", "capacity")},
    {FailureClass::Server, "server", QT_TRANSLATE_NOOP("Vigil", "server")},
    {FailureClass::Network, "network", QT_TRANSLATE_NOOP("Vigil", "network")},
    {FailureClass::Stall, "stall", QT_TRANSLATE_NOOP("Vigil", "stall")},
    {FailureClass::Request, "request", QT_TRANSLATE_NOOP("Vigil", "request")},
    {FailureClass::Auth, "auth", QT_TRANSLATE_NOOP("Vigil", "key")},
    {FailureClass::NotFound, "not-found", QT_TRANSLATE_NOOP("Vigil", "not found")},
    {FailureClass::Tls, "tls", QT_TRANSLATE_NOOP("Vigil", "TLS")},
    {FailureClass::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Vigil", "cancelled")},
}};
} // namespace

QString failureClassName(FailureClass failureClass)
{
    for (const ClassName &entry : kNames) {
        if (entry.failureClass == failureClass)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString failureClassLabel(FailureClass failureClass)
{
    for (const ClassName &entry : kNames) {
        if (entry.failureClass == failureClass)
            return Tr::tr(entry.label);
    }
    return {};
}

std::optional<FailureClass> failureClassFromName(QStringView name)
{
    for (const ClassName &entry : kNames) {
        if (name == QLatin1String(entry.name))
            return entry.failureClass;
    }
    return std::nullopt;
}

bool usesCapacitySchedule(FailureClass failureClass)
{
    return failureClass == FailureClass::Capacity || failureClass == FailureClass::RateLimited;
}

} // namespace vigil

#include "failureclass.h"

#include <array>
#include <utility>

namespace vigil {

namespace {
constexpr std::array<std::pair<FailureClass, const char *>, 12> kNames{{
    {FailureClass::Ok, "ok"},
    {FailureClass::RateLimited, "rate-limited"},
    {FailureClass::Quota, "quota"},
    {FailureClass::Capacity, "capacity"},
    {FailureClass::Server, "server"},
    {FailureClass::Network, "network"},
    {FailureClass::Stall, "stall"},
    {FailureClass::Request, "request"},
    {FailureClass::Auth, "auth"},
    {FailureClass::NotFound, "not-found"},
    {FailureClass::Tls, "tls"},
    {FailureClass::Cancelled, "cancelled"},
}};
} // namespace

QString failureClassName(FailureClass failureClass)
{
    for (const auto &[value, name] : kNames) {
        if (value == failureClass)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<FailureClass> failureClassFromName(QStringView name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool usesCapacitySchedule(FailureClass failureClass)
{
    return failureClass == FailureClass::Capacity || failureClass == FailureClass::RateLimited;
}

} // namespace vigil

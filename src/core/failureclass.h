#pragma once

#include <QString>
#include <optional>

namespace vigil {

// The outcome classes of DESIGN §3; their names are part of the event-log contract.
enum class FailureClass
{
    Ok,
    RateLimited,
    Quota,
    Capacity,
    Server,
    Network,
    Stall,
    Request,
    Auth,
    NotFound,
    Tls,
    Cancelled,
};

QString failureClassName(FailureClass failureClass);
// The class as people read it, in their language ("rate limit").
QString failureClassLabel(FailureClass failureClass);
std::optional<FailureClass> failureClassFromName(QStringView name);

// Capacity and rate limits are properties of a backend and get the patient schedule.
bool usesCapacitySchedule(FailureClass failureClass);

} // namespace vigil

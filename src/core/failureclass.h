#pragma once

#include "enums.h"

#include <QString>
#include <optional>

namespace vigil {

QString failureClassName(FailureClass failureClass);
// The class as people read it, in their language ("rate limit").
QString failureClassLabel(FailureClass failureClass);
std::optional<FailureClass> failureClassFromName(QStringView name);

// Capacity and rate limits are properties of a backend and get the patient schedule.
bool usesCapacitySchedule(FailureClass failureClass);

} // namespace vigil

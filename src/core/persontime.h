#pragma once

#include <QString>

namespace vigil {

// A time a person reads, in a reason or a listing: local, in their locale, to the second;
// with its date when it is not today. Events and JSON carry the same moment as ISO UTC.
QString personTime(qint64 msSinceEpoch);

} // namespace vigil

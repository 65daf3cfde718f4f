#pragma once

#include "classifier.h"

#include <cstddef>
#include <cstdint>

namespace vigil::fuzz {

// A failed attempt written as text, so that seeds stay readable:
//   503 2            status, then optionally a TransportFailure by number
//   retry-after: 5   header lines, up to an empty line
//
//   {"error": …}     the body, to the end
inline AttemptOutcome parseAttempt(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    AttemptOutcome outcome;
    qsizetype at = input.indexOf('\n');
    const QList<QByteArray> first = input.left(at < 0 ? input.size() : at).split(' ');
    outcome.httpStatus = first.value(0).trimmed().toInt();
    const int transport = first.value(1).trimmed().toInt();
    if (transport > 0 && transport <= static_cast<int>(TransportFailure::OtherNetwork))
        outcome.transport = static_cast<TransportFailure>(transport);
    while (at >= 0) {
        const qsizetype end = input.indexOf('\n', at + 1);
        const QByteArray line = input.mid(at + 1, end < 0 ? -1 : end - at - 1);
        at = end;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        outcome.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    outcome.body = at < 0 ? QByteArray() : input.mid(at + 1);
    outcome.transportDetail = QString::fromUtf8(outcome.body.left(64));
    return outcome;
}

// The moment every relative date is measured from, fixed so that a crash replays.
inline QDateTime fixedNow()
{
    return {QDate(2026, 11, 25), QTime(3, 0), Qt::UTC};
}

} // namespace vigil::fuzz

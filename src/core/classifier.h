#pragma once

#include "failureclass.h"
#include "serverdelay.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace vigil {

// What went wrong below HTTP, as the attempt runner saw it.
enum class TransportFailure
{
    None,
    ConnectionRefused,
    ConnectionClosed, // reset, or closed before the reply was complete
    HostNotFound,
    Proxy,
    Tls,
    TimeToFirstByte,
    IdleStream,
    AttemptCeiling,
    TruncatedStream, // the stream ended without its terminal event
    Cancelled,
    OtherNetwork,
};

struct AttemptOutcome
{
    int httpStatus = 0; // 0 when no HTTP response arrived
    HeaderList headers;
    QByteArray body; // the error body, or the data of an error event inside a 200 stream
    TransportFailure transport = TransportFailure::None;
    QString transportDetail;
};

// The useful parts of a provider's error body, whatever its shape.
struct ErrorDetails
{
    QStringList codes; // lower-cased type, code, status and quota ids
    QString message;
    QJsonObject errorObject;
    std::optional<qint64>
        resetInMs; // "resets_in_seconds" / "resets_at" where a provider sends them
};

ErrorDetails parseErrorBody(const QByteArray &body, const QDateTime &now);

struct Classification
{
    FailureClass failureClass = FailureClass::Ok;
    bool retry = false;
    std::optional<qint64> serverDelayMs; // when the server said how long to wait
    QString code;                        // the provider's own type or code, for the record
    QString message;                     // the server's message, or what the transport said
};

// The one function that decides what a failed attempt means (DESIGN §3).
Classification classify(const AttemptOutcome &outcome,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace vigil

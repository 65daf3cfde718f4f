#pragma once

#include <QObject>

// The task states and failure classes, as Q_ENUMs: the engine, the control protocol and the
// window all speak of them, and QML reads them as `Vigil.TaskState.Paused` rather than as
// strings it would have to spell right. Their stored names and their labels are in
// records.h and failureclass.h.

namespace vigil {
Q_NAMESPACE
// Both enums have a Cancelled: QML keeps them apart by their enum's name.
Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

// Task states of DESIGN §2, as stored and as shown in events.
enum class TaskState
{
    Queued,
    Running,
    Retrying,
    Paused,
    WaitingForNetwork,
    Completed,
    Failed,
    Cancelled
};
Q_ENUM_NS(TaskState)

// Whether a task in `state` is being worked on: queued to start, running, retrying, or
// waiting for the network.
constexpr bool isWorking(TaskState state)
{
    return state == TaskState::Queued || state == TaskState::Running ||
           state == TaskState::Retrying || state == TaskState::WaitingForNetwork;
}

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
Q_ENUM_NS(FailureClass)

} // namespace vigil

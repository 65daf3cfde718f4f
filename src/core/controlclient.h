#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace vigil {

// Sends one request to the Vigil answering at `socketPath` (see ControlServer) and waits
// for its one-line answer. Empty, with `problem` saying why, when none answered.
std::optional<QJsonObject> askControlServer(const QString &socketPath, const QJsonObject &request,
                                            QString *problem);

} // namespace vigil

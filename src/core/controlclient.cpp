#include "controlclient.h"

#include "tr.h"

#include <QJsonDocument>
#include <QLocalSocket>

namespace vigil {

std::optional<QJsonObject> askControlServer(const QString &socketPath, const QJsonObject &request,
                                            QString *problem)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(2000)) {
        *problem = Tr::tr("no Vigil is running (nothing answers at %1); start one with "
                          "`vigil serve` or the desktop app")
                       .arg(socketPath);
        return std::nullopt;
    }
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    QByteArray reply;
    while (!reply.endsWith('\n')) {
        if (!socket.waitForReadyRead(30000)) {
            if (socket.bytesAvailable() == 0 && socket.state() != QLocalSocket::ConnectedState &&
                !reply.isEmpty())
                break;
            if (socket.bytesAvailable() == 0) {
                *problem = Tr::tr("the running Vigil did not answer at %1").arg(socketPath);
                return std::nullopt;
            }
        }
        reply += socket.readAll();
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply);
    if (!document.isObject()) {
        *problem = Tr::tr("the running Vigil answered something unreadable");
        return std::nullopt;
    }
    return document.object();
}

} // namespace vigil

#include "reachability.h"

#include "logging.h"

#include <QNetworkInformation>

namespace vigil {

Reachability::Reachability(Source source, QObject *parent) : QObject(parent)
{
    if (source != Source::System)
        return;
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcNet)
            << "no reachability backend on this system; network errors are retried as usual";
        return;
    }
    const auto follow = [this](QNetworkInformation::Reachability reachability) {
        // Only a definite "disconnected" counts: an unknown state must not stall the work.
        setOnline(reachability != QNetworkInformation::Reachability::Disconnected);
    };
    QNetworkInformation *information = QNetworkInformation::instance();
    follow(information->reachability());
    connect(information, &QNetworkInformation::reachabilityChanged, this, follow);
}

void Reachability::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcNet) << (online ? "the network is back" : "the machine is offline");
    emit onlineChanged(online);
}

} // namespace vigil

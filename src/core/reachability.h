#pragma once

#include <QObject>

namespace vigil {

// Whether the machine can reach the network. The system source follows
// QNetworkInformation where Qt has a backend for this platform; without one (or while it
// cannot tell) the machine counts as online and network errors are classified as usual.
// A manual source is driven by its owner: tests, and whoever knows better than the OS.
class Reachability : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        System,
        Manual
    };

    explicit Reachability(Source source = Source::System, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    void setOnline(bool online);

signals:
    void onlineChanged(bool online);

private:
    bool m_online = true;
};

} // namespace vigil

#pragma once

#include "sleepinhibitor.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <vector>

namespace vigil {

// Keeps the computer from idling and sleeping while the engine has work left (tasks
// running or retrying, and those waiting for the network, a backend's cool-down or a
// quota's reset): each inhibitor is held from when the work starts until none is left.
// On by default. An inhibitor that refuses, or is not there yet, is asked again every
// retry interval while work remains; the log says once why it refused.
class KeepAwake : public QObject
{
    Q_OBJECT
public:
    explicit KeepAwake(const std::vector<SleepInhibitor *> &inhibitors, QObject *parent = nullptr);
    ~KeepAwake() override;

    void setEnabled(bool enabled);
    void setWorking(bool working);
    void setRetryInterval(std::chrono::milliseconds interval);
    // How many of the inhibitors hold now.
    int holding() const;

private:
    struct Hold
    {
        SleepInhibitor *inhibitor = nullptr;
        bool asking = false;
        bool holding = false;
        bool refused = false; // asked again when the retry timer fires
        QString error;        // the last refusal, said once
    };

    void update();
    void onHeld(Hold &hold, bool ok, const QString &error);

    std::vector<Hold> m_holds;
    QTimer m_retry;
    bool m_enabled = true;
    bool m_working = false;
};

} // namespace vigil

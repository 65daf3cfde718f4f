#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace vigil {

// The one timer behind every countdown on screen: `now` moves once a second while
// `running`, so a thousand retrying rows cost one wake-up a second, and none when nothing
// counts down.
class Clock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(double now READ now NOTIFY nowChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)
public:
    explicit Clock(QObject *parent = nullptr);

    double now() const { return m_now; }
    bool running() const { return m_timer.isActive(); }
    void setRunning(bool running);

signals:
    void nowChanged();
    void runningChanged();

private:
    void tick();

    QTimer m_timer;
    double m_now = 0;
};

} // namespace vigil

#pragma once

#include <QObject>
#include <QString>

namespace vigil {

// Where desktop notifications go: one implementation per platform (freedesktop over D-Bus
// on Linux), so another platform's is one new file. A notice has a key; showing the same
// key again replaces the notice on screen instead of adding one.
class Notifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // With `actionable`, the notice offers Resume and Switch model where the platform can.
    virtual void show(const QString &key, const QString &title, const QString &body,
                      bool actionable) = 0;
    virtual void withdraw(const QString &key) = 0;

signals:
    // "default" (the notice was clicked), "resume" or "switch-model".
    void actionInvoked(const QString &key, const QString &action);
    // The person dismissed the notice, or it expired: showing its key again makes a new one.
    void closed(const QString &key);
};

} // namespace vigil

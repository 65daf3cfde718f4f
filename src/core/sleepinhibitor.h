#pragma once

#include <QObject>
#include <QString>

namespace vigil {

// A way to keep the computer from idling and sleeping: on Linux the desktop's
// org.freedesktop.ScreenSaver and logind's sleep and idle inhibitor, each one class, so
// another platform's is one new file.
class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // What the logs call it ("logind").
    virtual QString name() const = 0;
    // Asks to keep the computer awake, saying why; held() answers.
    virtual void hold(const QString &reason) = 0;
    // Lets it sleep again; nothing happens when nothing is held.
    virtual void release() = 0;

signals:
    // The answer to hold(): false where the platform refused or offers no way, with its
    // words.
    void held(bool ok, const QString &error);
};

} // namespace vigil

#pragma once

#include <QObject>
#include <QString>

namespace vigil {

// How the computer is kept from going idle and sleeping: one implementation per platform
// (the desktop's org.freedesktop.ScreenSaver over D-Bus on Linux), so another platform's
// is one new file.
class SleepInhibitor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Asks to keep the computer awake, saying why; held() answers.
    virtual void hold(const QString &reason) = 0;
    // Lets it sleep again; nothing happens when nothing is held.
    virtual void release() = 0;

signals:
    // The answer to hold(): false where the platform offers no way, with its words.
    void held(bool ok, const QString &error);
};

} // namespace vigil

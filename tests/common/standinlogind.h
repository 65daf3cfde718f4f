#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusUnixFileDescriptor>
#include <QList>
#include <QObject>

// A logind of the test's own: org.freedesktop.login1.Manager's Inhibit on a bus the test
// chose. Each lock it hands out is the write end of a pipe; the read end hangs up once
// every copy of the lock is closed, which is how a test sees that Vigil let go.
class StandInLogind : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    // One Inhibit call, and the read end of the lock it handed out.
    struct Inhibition
    {
        QString what;
        QString who;
        QString why;
        QString mode;
        int readEnd = -1;

        // Whether every copy of the lock has been closed.
        bool released() const;
    };

    explicit StandInLogind(QDBusConnection bus);
    ~StandInLogind() override;

    // Takes org.freedesktop.login1 on the bus.
    bool start();
    bool allReleased() const;

    QString refusal; // when set, Inhibit answers this error, as logind does to the unentitled
    QList<Inhibition> inhibitions;

public slots:
    QDBusUnixFileDescriptor Inhibit(const QString &what, const QString &who, const QString &why,
                                    const QString &mode);

private:
    QDBusConnection m_bus;
};

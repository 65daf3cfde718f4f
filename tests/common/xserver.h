#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

// An X display of the test's own: Xvfb picks a free display number and tells it.
class XServer
{
public:
    XServer() = default;
    ~XServer();

    bool start();
    QString display() const { return m_display; }
    // `base` with this display, for a Qt application drawn in software.
    QProcessEnvironment environment(QProcessEnvironment base) const;

private:
    QProcess m_xvfb;
    QString m_display;
};

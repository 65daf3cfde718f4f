#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// Starts the real vigil-sim on a free loopback port with a profile given as JSON, and
// reads its per-step counts back over HTTP.
class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();

    bool start(const QJsonObject &profile);
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }
    quint16 port() const { return m_port; }
    QJsonObject stats();
    // Requests and completions the simulator saw for one step tag ("<key>:<index>").
    int requestsFor(const QString &stepTagSuffix);
    int completionsFor(const QString &stepTagSuffix);
    // Any of the step's counts: "generations", "reattaches", "polls", "cancels"…
    int countFor(const QString &stepTagSuffix, const QString &counter);

private:
    QJsonObject stepEntry(const QString &suffix);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

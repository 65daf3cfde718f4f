#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <sys/types.h>

// A PostgreSQL server of the test's own: a cluster made with initdb in a temporary folder,
// listening on a free loopback port only, run as an unprivileged user when the test runs
// as root (PostgreSQL refuses root), and stopped with the test — also when the test dies.
class PostgresCluster
{
public:
    PostgresCluster() = default;
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // Whether the server syncs its commits to the disk, as a real one does (set before
    // start()); the tests leave it off, since they check what Vigil writes, not the disk.
    void setSyncToDisk(bool sync) { m_sync = sync; }
    // Makes the cluster and starts its server; false (and error()) when it could not.
    bool start();
    // Stops the server and keeps the cluster, as an outage would; start() brings it back.
    void stop();
    bool isRunning() const { return m_server.state() == QProcess::Running; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // The CPU time of the server and of its connections that have ended, in seconds.
    double serverCpuSeconds() const;

    // A new empty database, as the postgresql:// URL a store opens.
    QString freshDatabase();
    QString url(const QString &database) const;
    // Runs `sql` in `database` as the cluster's owner, giving the first value of its answer
    // in `value` when asked; false (and error()) when it failed.
    bool run(const QString &database, const QString &sql, QVariant *value = nullptr);

private:
    bool initialise();
    bool startServer();
    void asServiceUser(QProcess &process) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    QProcess m_server;
    QString m_error;
    quint16 m_port = 0;
    int m_databases = 0;
    bool m_initialised = false;
    bool m_dropRoot = false;
    bool m_sync = false;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
};

#include "postgrescluster.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

// Debian keeps the server's programs out of PATH, one folder per major version.
QString serverBinDir()
{
    const QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        QString bin = lib.filePath(version + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

PostgresCluster::~PostgresCluster()
{
    stop();
}

void PostgresCluster::asServiceUser(QProcess &process) const
{
    const bool dropRoot = m_dropRoot;
    const uid_t uid = m_uid;
    const gid_t gid = m_gid;
    process.setChildProcessModifier([dropRoot, uid, gid] {
        if (dropRoot && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
            ::_exit(126);
        // Set after the change of user, which clears it: a fast shutdown when the test dies.
        ::prctl(PR_SET_PDEATHSIG, SIGINT);
    });
}

bool PostgresCluster::initialise()
{
    m_binDir = serverBinDir();
    if (m_binDir.isEmpty()) {
        m_error = QStringLiteral("no PostgreSQL server under /usr/lib/postgresql "
                                 "(scripts/install-deps.sh installs postgresql-15)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    m_dropRoot = ::geteuid() == 0;
    if (m_dropRoot) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody) {
            m_error = QStringLiteral("no user 'nobody' to run PostgreSQL as");
            return false;
        }
        m_uid = nobody->pw_uid;
        m_gid = nobody->pw_gid;
        if (::chown(QFile::encodeName(m_dir.path()).constData(), m_uid, m_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to nobody").arg(m_dir.path());
            return false;
        }
    }
    QProcess initdb;
    initdb.setProcessChannelMode(QProcess::MergedChannels);
    asServiceUser(initdb);
    initdb.start(m_binDir + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
                  QStringLiteral("-U"), QStringLiteral("vigil"), QStringLiteral("--auth=trust"),
                  QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                  QStringLiteral("--no-sync")});
    if (!initdb.waitForFinished(60000) || initdb.exitStatus() != QProcess::NormalExit ||
        initdb.exitCode() != 0) {
        m_error = QStringLiteral("initdb failed: %1").arg(QString::fromLocal8Bit(initdb.readAll()));
        return false;
    }
    m_initialised = true;
    return true;
}

bool PostgresCluster::startServer()
{
    if (m_port == 0)
        m_port = freeLoopbackPort(); // and the same again after a stop, as a real server's
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    asServiceUser(m_server);
    // Loopback only, a socket folder of its own.
    QStringList arguments{
        QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")),
        QStringLiteral("-p"), QString::number(m_port),
        QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
        QStringLiteral("-c"), QStringLiteral("unix_socket_directories=%1").arg(m_dir.path()),
        QStringLiteral("-c"), QStringLiteral("max_connections=200")};
    if (!m_sync)
        arguments << QStringLiteral("-c") << QStringLiteral("fsync=off");
    m_server.start(m_binDir + QStringLiteral("/postgres"), arguments);
    if (!m_server.waitForStarted(10000)) {
        m_error = QStringLiteral("postgres did not start: %1").arg(m_server.errorString());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        if (m_server.state() != QProcess::Running)
            break;
        if (run(QStringLiteral("postgres"), QStringLiteral("SELECT 1")))
            return true;
        QThread::msleep(100);
    }
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    log.open(QIODevice::ReadOnly);
    m_error =
        QStringLiteral("postgres is not answering: %1").arg(QString::fromLocal8Bit(log.readAll()));
    stop();
    return false;
}

bool PostgresCluster::start()
{
    m_error.clear();
    if (!m_initialised && !initialise())
        return false;
    return isRunning() || startServer();
}

void PostgresCluster::stop()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_server.processId()), SIGINT); // a fast shutdown
    if (!m_server.waitForFinished(20000)) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

double PostgresCluster::serverCpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_server.processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // After the command's closing parenthesis: utime, stime, cutime and cstime are the
    // 12th to the 15th fields.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return 0;
    double ticks = 0;
    for (int field = 11; field <= 14; ++field)
        ticks += fields.at(field).toDouble();
    return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

QString PostgresCluster::url(const QString &database) const
{
    return QStringLiteral("postgresql://vigil@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PostgresCluster::run(const QString &database, const QString &sql, QVariant *value)
{
    const QString name =
        QStringLiteral("pg-cluster-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(QStringLiteral("vigil"));
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                m_error = query.lastError().text();
            else if (value && query.next())
                *value = query.value(0);
        } else {
            m_error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PostgresCluster::freshDatabase()
{
    const QString name = QStringLiteral("vigil_%1").arg(++m_databases);
    if (!run(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return url(name);
}

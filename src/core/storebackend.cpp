#include "storebackend.h"

#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace vigil {

namespace {

struct Explanation
{
    const char *words;
    const char *explanation;
    const char *alsoWords = nullptr; // when the words alone could mean something else
};

template <std::size_t N> QString explainWith(const Explanation (&known)[N], const QString &detail)
{
    for (const Explanation &entry : known) {
        if (detail.contains(QLatin1String(entry.words), Qt::CaseInsensitive) &&
            (!entry.alsoWords || detail.contains(QLatin1String(entry.alsoWords))))
            return QStringLiteral("%1 (%2)").arg(Tr::tr(entry.explanation), detail.trimmed());
    }
    return detail;
}

bool run(QSqlDatabase &db, const QString &sql, QString &detail)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    detail = query.lastError().text();
    return false;
}

class SqliteBackend : public StoreBackend
{
public:
    explicit SqliteBackend(QString path) : m_path(std::move(path)) {}

    QString displayLocation() const override { return m_path; }

    bool open(const QString &connectionName, QString &what, QString &detail) override
    {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            what = Tr::tr("cannot create the folder");
            detail = info.absolutePath();
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        what = Tr::tr("cannot open the database");
        if (!db.open()) {
            detail = db.lastError().text();
            return false;
        }
        // A file that is not a database is reported here, not silently replaced.
        if (!run(db, QStringLiteral("SELECT count(*) FROM sqlite_master"), detail)) {
            if (explain(detail) == detail)
                what = Tr::tr("not a readable Vigil database");
            return false;
        }
        if (!run(db, QStringLiteral("PRAGMA foreign_keys = ON"), detail) ||
            !run(db, QStringLiteral("PRAGMA busy_timeout = 5000"), detail))
            return false;
        if (journalMode(db) != QLatin1String("wal")) {
            QSqlQuery wal(db);
            if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next() ||
                wal.value(0).toString().toLower() != QLatin1String("wal")) {
                what = Tr::tr("cannot use a write-ahead log");
                detail = Tr::tr("journal_mode stayed %1").arg(journalMode(db));
                return false;
            }
        }
        // FULL: a commit survives a power cut, not just a crash of Vigil.
        return run(db, QStringLiteral("PRAGMA synchronous = FULL"), detail);
    }

    static QString journalMode(QSqlDatabase &db)
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
            return query.value(0).toString().toLower();
        return {};
    }

    std::optional<int> schemaVersion(QSqlDatabase &db, QString &detail) override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            detail = query.lastError().text();
            return std::nullopt;
        }
        return query.value(0).toInt(); // the statement ends with the query: VACUUM may follow
    }

    // One writer at a time is SQLite's own rule.
    bool lockSchema(QSqlDatabase &, QString &) override { return true; }

    bool setSchemaVersion(QSqlDatabase &db, int version, QString &detail) override
    {
        return run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), detail);
    }

    bool backUp(QSqlDatabase &db, int version, QString &note, QString &detail) override
    {
        note = QStringLiteral("%1.schema-%2.bak").arg(m_path).arg(version);
        QFile::remove(note);
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
        vacuum.addBindValue(note);
        if (vacuum.exec())
            return true;
        detail = vacuum.lastError().text();
        return false;
    }

    QString spell(const QString &statement) const override { return statement; }

    QString explain(const QString &detail) const override
    {
        static const Explanation known[] = {
            {"database is locked",
             QT_TRANSLATE_NOOP("Vigil",
                               "the database is locked by another process (another Vigil on the "
                               "same file?); it was left as it is")},
            {"database or disk is full",
             QT_TRANSLATE_NOOP("Vigil", "the disk is full; free some space and resume")},
            {"readonly database",
             QT_TRANSLATE_NOOP("Vigil",
                               "the database file or its folder is read-only (SQLite writes "
                               "-wal and -shm files beside the database); make them writable or "
                               "choose another with --db")},
            {"disk image is malformed",
             QT_TRANSLATE_NOOP("Vigil", "the database file is damaged; it was left as it is")},
            {"disk I/O error", QT_TRANSLATE_NOOP("Vigil", "the disk could not be read or written")},
        };
        return explainWith(known, detail);
    }

    // A file does not go away as a server does: its failures wait for the user.
    bool isConnectionLost(const QString &) const override { return false; }
    bool sharesWork() const override { return false; }
    QString nowMs() const override
    {
        return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    }
    QString skipLocked() const override { return {}; } // one writer at a time

private:
    QString m_path;
};

// Every migration of the store waits for this one.
constexpr qint64 kSchemaLockKey = 0x5669'6769'6c00'0002;

class PostgresBackend : public StoreBackend
{
public:
    explicit PostgresBackend(const QString &location) : m_url(location)
    {
        QUrl shown = m_url;
        shown.setPassword({});
        m_display = shown.toString();
        const QUrlQuery query(m_url);
        if (query.hasQueryItem(kLeaseOption)) {
            bool ok = false;
            const qint64 seconds = query.queryItemValue(kLeaseOption).toLongLong(&ok);
            m_leaseMs = ok && seconds > 0 ? seconds * 1000 : 0;
        }
    }

    QString displayLocation() const override { return m_display; }

    bool open(const QString &connectionName, QString &what, QString &detail) override
    {
        what = Tr::tr("cannot open the database");
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            detail = Tr::tr("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
            return false;
        }
        if (!m_url.isValid() || m_url.path().count(u'/') > 1) {
            detail = Tr::tr("not a PostgreSQL URL: write postgresql://user@host:port/database");
            return false;
        }
        if (m_leaseMs <= 0) {
            detail = Tr::tr("%1 must be a whole number of seconds, at least 1")
                         .arg(QLatin1String(kLeaseOption));
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(m_url.host());
        db.setPort(m_url.port(5432));
        db.setUserName(m_url.userName());
        db.setPassword(m_url.password());
        db.setDatabaseName(m_url.path().mid(1));
        // The URL's own options (sslmode=require…) are libpq's; Vigil gives up on an
        // unreachable server after 10 s unless told otherwise.
        QUrlQuery query(m_url);
        query.removeAllQueryItems(kLeaseOption); // Vigil's, not libpq's
        if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
            query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("10"));
        if (!query.hasQueryItem(QStringLiteral("application_name")))
            query.addQueryItem(QStringLiteral("application_name"), QStringLiteral("vigil"));
        QStringList options;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            options.append(QStringLiteral("%1=%2").arg(key, value));
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            detail = db.lastError().text();
            return false;
        }
        // The server's notices ("already exists, skipping") are not the user's business.
        return run(db, QStringLiteral("SET client_min_messages = warning"), detail);
    }

    std::optional<int> schemaVersion(QSqlDatabase &db, QString &detail) override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT to_regclass('vigil_schema') IS NOT NULL")) ||
            !query.next()) {
            detail = query.lastError().text();
            return std::nullopt;
        }
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM vigil_schema")) ||
            !query.next()) {
            detail = query.lastError().text();
            return std::nullopt;
        }
        return query.value(0).toInt();
    }

    bool lockSchema(QSqlDatabase &db, QString &detail) override
    {
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        lock.addBindValue(kSchemaLockKey);
        if (!lock.exec()) {
            detail = lock.lastError().text();
            return false;
        }
        return run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS vigil_schema (version INTEGER)"),
                   detail);
    }

    bool setSchemaVersion(QSqlDatabase &db, int version, QString &detail) override
    {
        return run(db, QStringLiteral("DELETE FROM vigil_schema"), detail) &&
               run(db, QStringLiteral("INSERT INTO vigil_schema VALUES (%1)").arg(version), detail);
    }

    // The server's copies are its administrator's (pg_dump, base backups); each migration
    // is one transaction, so a failed one leaves the records as they were.
    bool backUp(QSqlDatabase &, int, QString &note, QString &) override
    {
        note.clear();
        return true;
    }

    QString spell(const QString &statement) const override
    {
        static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
        static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
        QString spelled = statement;
        spelled.replace(QLatin1String("INTEGER PRIMARY KEY"),
                        QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        spelled.replace(integer, QStringLiteral("BIGINT"));
        spelled.replace(real, QStringLiteral("DOUBLE PRECISION"));
        return spelled;
    }

    QString explain(const QString &detail) const override
    {
        static const Explanation known[] = {
            {"Connection refused",
             QT_TRANSLATE_NOOP("Vigil", "the database server cannot be reached; is it running, "
                                        "and are the host and port right?")},
            {"could not translate host name",
             QT_TRANSLATE_NOOP("Vigil", "the database server's name is not known")},
            {"timeout expired",
             QT_TRANSLATE_NOOP("Vigil", "the database server did not answer in time")},
            {"password authentication failed",
             QT_TRANSLATE_NOOP("Vigil", "the database server refused the user or password (a "
                                        "password goes in ~/.pgpass or PGPASSWORD)")},
            {"no password supplied",
             QT_TRANSLATE_NOOP("Vigil", "the database server asks for a password (put it in "
                                        "~/.pgpass or PGPASSWORD)")},
            {"does not exist",
             QT_TRANSLATE_NOOP("Vigil", "the database does not exist; create it first "
                                        "(createdb)"),
             "Unable to connect"},
            {"server closed the connection",
             QT_TRANSLATE_NOOP("Vigil", "the connection to the database server was lost")},
            {"no connection to the server",
             QT_TRANSLATE_NOOP("Vigil", "the connection to the database server was lost")},
            {"terminating connection",
             QT_TRANSLATE_NOOP("Vigil", "the database server ended the connection")},
            {"No space left on device",
             QT_TRANSLATE_NOOP("Vigil", "the database server's disk is full")},
        };
        return explainWith(known, detail);
    }

    bool sharesWork() const override { return true; }
    qint64 leaseMs() const override { return m_leaseMs; }
    QString nowMs() const override
    {
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)");
    }
    QString skipLocked() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    QString notificationChannel() const override { return QStringLiteral("vigil_steps"); }

    bool isConnectionLost(const QString &detail) const override
    {
        for (const char *words :
             {"Connection refused", "could not connect", "timeout expired",
              "server closed the connection", "no connection to the server",
              "terminating connection", "could not send data to server",
              "could not receive data from server", "the database system is shutting down",
              "the database system is starting up",
              // Two Vigils sharing the store each waited for the other: the server undid
              // one's transaction, and a new try on a new connection gets past it.
              "deadlock detected"}) {
            if (detail.contains(QLatin1String(words), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    // The URL's option for how long a worker's lease on a step lasts, in seconds.
    static constexpr QLatin1String kLeaseOption{"vigil_lease"};

    QUrl m_url;
    QString m_display;
    qint64 m_leaseMs = kDefaultLeaseMs; // 0: the URL's option is not a number of seconds
};

} // namespace

bool StoreBackend::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

std::unique_ptr<StoreBackend> StoreBackend::forLocation(const QString &location)
{
    if (isServerLocation(location))
        return std::make_unique<PostgresBackend>(location);
    return std::make_unique<SqliteBackend>(location);
}

} // namespace vigil

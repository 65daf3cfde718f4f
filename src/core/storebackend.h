#pragma once

#include <QString>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace vigil {

// What differs between the databases a CheckpointStore keeps its records in: how the
// connection is made and checked, where the schema version lives, how the shared
// migrations are spelled, and what the database's own words for a failure mean. The
// records, queries and transactions are the store's, the same for each.
//
// SqliteBackend: one file, WAL, for a single user (the default). PostgresBackend: a server
// named by a postgresql:// URL.
class StoreBackend
{
public:
    virtual ~StoreBackend() = default;

    // A backend for `location`: a postgresql:// (or postgres://) URL, or a file path.
    static std::unique_ptr<StoreBackend> forLocation(const QString &location);
    static bool isServerLocation(const QString &location);

    // Where the records are, as said to the user: never with a password.
    virtual QString displayLocation() const = 0;
    // Opens `connectionName`. `what` and `detail` say why it could not, in the user's words.
    virtual bool open(const QString &connectionName, QString &what, QString &detail) = 0;
    // The schema version the database holds, 0 for a new one; empty (and `detail`) when it
    // cannot be read.
    virtual std::optional<int> schemaVersion(QSqlDatabase &db, QString &detail) = 0;
    // Inside a migration's transaction: waits until no other Vigil migrates the same
    // database, and records `version` at its end.
    virtual bool lockSchema(QSqlDatabase &db, QString &detail) = 0;
    virtual bool setSchemaVersion(QSqlDatabase &db, int version, QString &detail) = 0;
    // Keeps a copy of the records before a migration changes them; false when it could not.
    // `note` says where the copy is; empty when the database keeps its own.
    virtual bool backUp(QSqlDatabase &db, int version, QString &note, QString &detail) = 0;
    // A migration statement, written in SQLite's words, in the backend's.
    virtual QString spell(const QString &statement) const = 0;
    // The database's words for a failure a user can do something about, said in theirs.
    virtual QString explain(const QString &detail) const = 0;
    // Whether `detail` says the database could not be reached, or stopped answering: a
    // failure that a later connection may not meet.
    virtual bool isConnectionLost(const QString &detail) const = 0;

    // Whether several Vigils may share the database's work, each sending only the steps it
    // holds a lease on: a server's can; a file is one Vigil's.
    virtual bool sharesWork() const = 0;
    // How long a lease on a step lasts unless its worker renews it.
    virtual qint64 leaseMs() const { return kDefaultLeaseMs; }
    // SQL for the database's time in ms since the epoch: leases are measured on the one
    // clock every worker reads, not on each machine's own.
    virtual QString nowMs() const = 0;
    // What a SELECT that picks steps to claim ends with, so that steps another worker is
    // claiming at the same moment are passed over rather than waited for.
    virtual QString skipLocked() const = 0;
    // The channel other workers hear of changed steps on; empty when the database has none.
    virtual QString notificationChannel() const { return {}; }

    static constexpr qint64 kDefaultLeaseMs = 30'000;
};

} // namespace vigil

#pragma once

#include "backendcircuit.h"
#include "timesource.h"

#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <set>

class QSqlQuery;

namespace vigil {

class StoreBackend;

// The backends' circuits of every Vigil on one server store (DESIGN §4, for a fleet): a
// cool-down one Vigil meets holds the others' steps too, the end of a cool-down sends one
// probe for the whole fleet — from the Vigil that claims it first, under a lease as long
// as a step's — and that probe's answer ends or lengthens everyone's cool-down.
//
// Kept in the store's backend_circuits table through a connection of its own, each write
// committed at once and alone: a claim is seen by the others at once and never waits on a
// step's write in the store's grouped commits. The others hear of a change by NOTIFY; a
// Vigil waiting on another's probe also asks again when that probe's lease runs out. Times
// travel as durations on the database's clock, so machines whose clocks disagree still
// agree on a cool-down. While the server cannot be reached each circuit decides alone.
class SharedCircuits : public QObject, public BackendPeers
{
    Q_OBJECT
public:
    static constexpr const char *kChannel = "vigil_backends";
    // A lost server is tried again at most this often: a connection's attempt may hold
    // the engine's thread up to its connect_timeout.
    static constexpr qint64 kRetryMs = 30'000;

    // `worker` names this Vigil as its leases do; a probe's claim lasts `probeLeaseMs`.
    SharedCircuits(std::unique_ptr<StoreBackend> backend, QString worker, qint64 probeLeaseMs,
                   TimeSource &clock, QObject *parent = nullptr);
    ~SharedCircuits() override;
    SharedCircuits(const SharedCircuits &) = delete;
    SharedCircuits &operator=(const SharedCircuits &) = delete;

    void join(BackendCircuit &circuit) override;
    void coolingDown(const BackendCircuit &circuit) override;
    ProbeTurn probeTurn(const BackendCircuit &circuit) override;
    void recovered(const BackendCircuit &circuit) override;

private:
    // A backend's row as the store has it, its times as durations from now.
    struct Row
    {
        QString state; // open, holding or serving
        qint64 untilInMs = 0;
        int failures = 0;
        FailureClass lastFailure = FailureClass::Ok;
        QString probeOwner;
        qint64 probeLeftMs = 0;
        qint64 generation = 0;
    };

    // Opens the connection (again) when it is not open; false while the server cannot be
    // reached. A reopened connection catches up on what the others changed meanwhile.
    bool connected();
    // Runs a prepared write that returns the row's generation, and tells the others.
    std::optional<qint64> write(QSqlQuery &query, const QString &name);
    std::optional<Row> read(const QString &name);
    // Takes up what another Vigil wrote, once.
    void apply(BackendCircuit &circuit, const Row &row);
    void heard(const QString &name);
    // Writes the cool-downs met since the event loop's last turn: one write for a backend
    // however many refusals in flight together lengthened its cool-down.
    void writeCoolDowns();
    void writeCoolDown(const BackendCircuit &circuit);
    // A backend's cool-down waiting for writeCoolDowns() is written before anything else
    // of it, so that the writes keep their order.
    void writePendingCoolDown(const BackendCircuit &circuit);
    void failed(const QSqlQuery &query, const char *what);

    std::unique_ptr<StoreBackend> m_backend;
    QString m_connectionName;
    QString m_worker;
    qint64 m_probeLeaseMs;
    TimeSource &m_clock;
    bool m_open = false;
    qint64 m_lostAt = 0;
    std::map<QString, BackendCircuit *> m_circuits;
    std::set<QString> m_coolingDown; // backends whose latest cool-down is not written yet
    // The last generation of each backend's row this Vigil wrote or took up.
    std::map<QString, qint64> m_seen;
};

} // namespace vigil

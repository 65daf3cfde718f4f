#include "sharedcircuits.h"

#include "failureclass.h"
#include "logging.h"
#include "storebackend.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <utility>

namespace vigil {

namespace {

const QString kServing = QStringLiteral("serving");
const QString kHolding = QStringLiteral("holding");
const QString kOpen = QStringLiteral("open");

} // namespace

SharedCircuits::SharedCircuits(std::unique_ptr<StoreBackend> backend, QString worker,
                               qint64 probeLeaseMs, TimeSource &clock, QObject *parent)
    : QObject(parent), m_backend(std::move(backend)),
      m_connectionName(QStringLiteral("vigil-circuits-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_worker(std::move(worker)), m_probeLeaseMs(probeLeaseMs), m_clock(clock)
{
}

SharedCircuits::~SharedCircuits()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SharedCircuits::connected()
{
    if (m_open)
        return true;
    const qint64 now = m_clock.nowMs();
    if (m_lostAt > 0 && now - m_lostAt < kRetryMs)
        return false;
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    QString what;
    QString detail;
    if (!m_backend->open(m_connectionName, what, detail)) {
        m_lostAt = now;
        qCWarning(lcStore).noquote()
            << "backends' circuits are not shared for now:" << what << detail;
        return false;
    }
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (driver->subscribeToNotification(QString::fromLatin1(kChannel))) {
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source,
                       const QVariant &payload) {
                    if (source == QSqlDriver::OtherSource)
                        heard(payload.toString());
                });
    } else {
        // Waiting Vigils still ask again when a probe's lease runs out.
        qCWarning(lcStore).noquote()
            << "cannot listen for other Vigils' circuits:" << driver->lastError().text();
    }
    m_open = true;
    const bool reopened = m_lostAt > 0;
    m_lostAt = 0;
    if (reopened) {
        for (const auto &[name, circuit] : m_circuits)
            heard(name);
    }
    return m_open;
}

void SharedCircuits::failed(const QSqlQuery &query, const char *what)
{
    const QString detail = query.lastError().text();
    qCWarning(lcStore).noquote() << "cannot" << what << "a backend's shared circuit:" << detail;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || m_backend->isConnectionLost(detail)) {
        m_open = false;
        m_lostAt = m_clock.nowMs();
    }
}

std::optional<qint64> SharedCircuits::write(QSqlQuery &query, const QString &name)
{
    if (!query.exec()) {
        failed(query, "write");
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt; // no row met the conditions
    const qint64 generation = query.value(0).toLongLong();
    query.finish();
    m_seen[name] = std::max(m_seen[name], generation);
    QSqlQuery notify(QSqlDatabase::database(m_connectionName, false));
    notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    notify.addBindValue(QString::fromLatin1(kChannel));
    notify.addBindValue(name);
    if (!notify.exec())
        failed(notify, "announce");
    return generation;
}

std::optional<SharedCircuits::Row> SharedCircuits::read(const QString &name)
{
    if (!connected())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT state, until_ms - %1, failures, last_failure,"
                                 " probe_owner, probe_until - %1, generation"
                                 " FROM backend_circuits WHERE name = ?")
                      .arg(m_backend->nowMs()));
    query.addBindValue(name);
    if (!query.exec()) {
        failed(query, "read");
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    Row row;
    row.state = query.value(0).toString();
    row.untilInMs = query.value(1).toLongLong();
    row.failures = query.value(2).toInt();
    row.lastFailure = failureClassFromName(query.value(3).toString()).value_or(FailureClass::Ok);
    row.probeOwner = query.value(4).toString();
    row.probeLeftMs = query.value(5).toLongLong();
    row.generation = query.value(6).toLongLong();
    return row;
}

void SharedCircuits::join(BackendCircuit &circuit)
{
    m_circuits[circuit.name()] = &circuit;
    if (const auto row = read(circuit.name()))
        apply(circuit, *row);
}

void SharedCircuits::heard(const QString &name)
{
    const auto it = m_circuits.find(name);
    if (it == m_circuits.end())
        return;
    if (const auto row = read(name))
        apply(*it->second, *row);
}

void SharedCircuits::apply(BackendCircuit &circuit, const Row &row)
{
    qint64 &seen = m_seen[circuit.name()];
    if (row.generation <= seen)
        return; // this Vigil's own write, or one taken up already
    seen = row.generation;
    if (row.state == kServing) {
        circuit.othersRecovered();
        return;
    }
    // A cool-down that ended while another's probe is out lasts as long as that probe may.
    const bool othersProbe = !row.probeOwner.isEmpty() && row.probeOwner != m_worker;
    const qint64 waitMs = std::max(row.untilInMs, othersProbe ? row.probeLeftMs : 0);
    if (waitMs > 0)
        circuit.adoptCoolDown(m_clock.nowMs() + waitMs, row.state == kHolding, row.failures,
                              row.lastFailure);
}

void SharedCircuits::coolingDown(const BackendCircuit &circuit)
{
    if (m_coolingDown.empty())
        QMetaObject::invokeMethod(this, &SharedCircuits::writeCoolDowns, Qt::QueuedConnection);
    m_coolingDown.insert(circuit.name());
}

void SharedCircuits::writeCoolDowns()
{
    for (const QString &name : std::exchange(m_coolingDown, {})) {
        if (const auto it = m_circuits.find(name); it != m_circuits.end())
            writeCoolDown(*it->second);
    }
}

void SharedCircuits::writePendingCoolDown(const BackendCircuit &circuit)
{
    if (m_coolingDown.erase(circuit.name()) > 0)
        writeCoolDown(circuit);
}

void SharedCircuits::writeCoolDown(const BackendCircuit &circuit)
{
    if (!connected())
        return;
    const bool holding = circuit.state() == BackendCircuit::State::Holding;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // A later cool-down wins; a probe of this Vigil's that was refused is over.
    query.prepare(QStringLiteral(
                      "INSERT INTO backend_circuits (name, state, until_ms, failures, last_failure,"
                      " generation) VALUES (?, ?, %1 + CAST(? AS BIGINT), ?, ?, 1)"
                      " ON CONFLICT (name) DO UPDATE SET state = EXCLUDED.state,"
                      " until_ms = GREATEST(backend_circuits.until_ms, EXCLUDED.until_ms),"
                      " failures = GREATEST(backend_circuits.failures, EXCLUDED.failures),"
                      " last_failure = EXCLUDED.last_failure,"
                      " probe_owner = CASE WHEN backend_circuits.probe_owner = ? THEN ''"
                      " ELSE backend_circuits.probe_owner END,"
                      " generation = backend_circuits.generation + 1 RETURNING generation")
                      .arg(m_backend->nowMs()));
    query.addBindValue(circuit.name());
    query.addBindValue(holding ? kHolding : kOpen);
    query.addBindValue(std::max<qint64>(0, circuit.nextProbeAt() - m_clock.nowMs()));
    query.addBindValue(circuit.consecutiveFailures());
    query.addBindValue(failureClassName(circuit.lastFailure()));
    query.addBindValue(m_worker);
    write(query, circuit.name());
}

ProbeTurn SharedCircuits::probeTurn(const BackendCircuit &circuit)
{
    writePendingCoolDown(circuit);
    if (!connected())
        return {};
    QSqlQuery claim(QSqlDatabase::database(m_connectionName, false));
    claim.prepare(QStringLiteral("UPDATE backend_circuits SET probe_owner = ?,"
                                 " probe_until = %1 + CAST(? AS BIGINT),"
                                 " generation = generation + 1 WHERE name = ?"
                                 " AND state <> 'serving' AND until_ms <= %1 AND"
                                 " (probe_owner = '' OR probe_owner = ? OR probe_until < %1)"
                                 " RETURNING generation")
                      .arg(m_backend->nowMs()));
    claim.addBindValue(m_worker);
    claim.addBindValue(m_probeLeaseMs);
    claim.addBindValue(circuit.name());
    claim.addBindValue(m_worker);
    if (write(claim, circuit.name()) || !m_open)
        return {};
    const auto row = read(circuit.name());
    if (!row)
        return {}; // no other Vigil met this cool-down: its probe is this one's
    qint64 &seen = m_seen[circuit.name()];
    if (row->state == kServing) {
        const bool news = row->generation > seen;
        seen = std::max(seen, row->generation);
        // Recovered since this Vigil's cool-down was written; or written here alone.
        return news ? ProbeTurn{ProbeTurn::Kind::Recovered, 0} : ProbeTurn{};
    }
    seen = std::max(seen, row->generation);
    if (row->untilInMs > 0)
        return {ProbeTurn::Kind::Wait, row->untilInMs};
    if (row->probeLeftMs > 0)
        return {ProbeTurn::Kind::Wait, row->probeLeftMs};
    return {};
}

void SharedCircuits::recovered(const BackendCircuit &circuit)
{
    writePendingCoolDown(circuit);
    if (!connected())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE backend_circuits SET state = 'serving', until_ms = 0,"
                                 " failures = 0, probe_owner = '', probe_until = 0,"
                                 " generation = generation + 1 WHERE name = ?"
                                 " AND state <> 'serving' RETURNING generation"));
    query.addBindValue(circuit.name());
    write(query, circuit.name());
}

} // namespace vigil

#include "store.h"

#include "failureclass.h"
#include "logging.h"
#include "sharedcircuits.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <array>

namespace vigil {

namespace {

// What an attempt read of a reply it did not finish is kept up to this many characters.
constexpr qsizetype kMaxPartialText = 1024 * 1024;

// Text columns are NOT NULL; a null QString would bind as NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Each entry moves the schema from version (index) to version (index + 1).
const std::array<QStringList, CheckpointStore::kSchemaVersion> kMigrations{{
    {
        QStringLiteral("CREATE TABLE tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " work_key TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " spec TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " reason TEXT NOT NULL DEFAULT '',"
                       " model TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE steps ("
                       " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                       " idx INTEGER NOT NULL,"
                       " state TEXT NOT NULL,"
                       " prompt TEXT NOT NULL,"
                       " output TEXT,"
                       " model TEXT,"
                       " usage TEXT,"
                       " attempts_total INTEGER NOT NULL DEFAULT 0,"
                       " budget_attempts INTEGER NOT NULL DEFAULT 0,"
                       " budget_started_at INTEGER NOT NULL DEFAULT 0,"
                       " last_try_at INTEGER NOT NULL DEFAULT 0,"
                       " next_try_at INTEGER NOT NULL DEFAULT 0,"
                       " error_class TEXT NOT NULL DEFAULT '',"
                       " last_message TEXT NOT NULL DEFAULT '',"
                       " request_id TEXT NOT NULL DEFAULT '',"
                       " completed_at INTEGER,"
                       " PRIMARY KEY (task_id, idx))"),
        QStringLiteral("CREATE TABLE attempts ("
                       " id INTEGER PRIMARY KEY,"
                       " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                       " step INTEGER NOT NULL,"
                       " attempt INTEGER NOT NULL,"
                       " model TEXT NOT NULL,"
                       " request_id TEXT NOT NULL,"
                       " started_at INTEGER NOT NULL,"
                       " ended_at INTEGER,"
                       " http_status INTEGER,"
                       " class TEXT,"
                       " retry INTEGER,"
                       " delay_ms INTEGER,"
                       " message TEXT)"),
        QStringLiteral("CREATE INDEX attempts_by_step ON attempts(task_id, step, attempt)"),
    },
    {
        // When a paused task resumes by itself (a quota that resets at a known time); 0: never.
        QStringLiteral("ALTER TABLE tasks ADD COLUMN resume_at INTEGER NOT NULL DEFAULT 0"),
    },
    {
        // A batch item's id as compact JSON, written back into its output line.
        QStringLiteral("ALTER TABLE steps ADD COLUMN item_id TEXT NOT NULL DEFAULT ''"),
    },
    {
        // The background response a step re-attaches to, and what its attempts read.
        QStringLiteral("ALTER TABLE steps ADD COLUMN response_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE steps ADD COLUMN response_event INTEGER NOT NULL DEFAULT -1"),
        QStringLiteral("ALTER TABLE steps ADD COLUMN response_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN response_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN resumed_after INTEGER"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN partial_text TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN service_tier TEXT NOT NULL DEFAULT ''"),
    },
    {
        // What each attempt was billed for, and its cost (NULL: billed at an unknown price).
        QStringLiteral("ALTER TABLE attempts ADD COLUMN input_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN cached_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE attempts ADD COLUMN cache_write_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN output_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral(
            "ALTER TABLE attempts ADD COLUMN reasoning_tokens INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN usage_reported INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN cost_usd REAL DEFAULT 0"),
    },
    {
        // Batches run by the provider's own service, and the attempts they hold.
        QStringLiteral("CREATE TABLE provider_batches ("
                       " id INTEGER PRIMARY KEY,"
                       " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                       " round INTEGER NOT NULL,"
                       " chunk INTEGER NOT NULL,"
                       " stage TEXT NOT NULL,"
                       " file_id TEXT NOT NULL DEFAULT '',"
                       " batch_id TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT '',"
                       " counts TEXT NOT NULL DEFAULT '{}',"
                       " intended_at INTEGER NOT NULL,"
                       " created_at INTEGER NOT NULL DEFAULT 0,"
                       " expires_at INTEGER NOT NULL DEFAULT 0,"
                       " ended_at INTEGER NOT NULL DEFAULT 0,"
                       " polled_at INTEGER NOT NULL DEFAULT 0,"
                       " error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX provider_batches_by_task ON provider_batches(task_id)"),
        QStringLiteral("ALTER TABLE attempts ADD COLUMN provider_batch INTEGER"),
        QStringLiteral("CREATE INDEX attempts_by_provider_batch ON attempts(provider_batch)"
                       " WHERE provider_batch IS NOT NULL"),
    },
    {
        // Which worker holds a pending step, under which lease, until when (the database's
        // time): several Vigils share one server store's work.
        QStringLiteral("ALTER TABLE steps ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE steps ADD COLUMN lease_id INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE steps ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX steps_pending ON steps(task_id, idx) WHERE state = 'pending'"),
    },
    {
        // The backends' circuits every Vigil sharing a server store keeps together
        // (SharedCircuits): a cool-down until when (the database's time), whose probe is
        // out, and a generation that grows with each change.
        QStringLiteral("CREATE TABLE backend_circuits (name TEXT PRIMARY KEY,"
                       " state TEXT NOT NULL DEFAULT 'serving',"
                       " until_ms INTEGER NOT NULL DEFAULT 0,"
                       " failures INTEGER NOT NULL DEFAULT 0,"
                       " last_failure TEXT NOT NULL DEFAULT '',"
                       " probe_owner TEXT NOT NULL DEFAULT '',"
                       " probe_until INTEGER NOT NULL DEFAULT 0,"
                       " generation INTEGER NOT NULL DEFAULT 0)"),
        // Counts the changes of a task's spec (a model switch), so that the Vigils running
        // it see one another's.
        QStringLiteral("ALTER TABLE tasks ADD COLUMN spec_version INTEGER NOT NULL DEFAULT 0"),
    },
}};

// The sums of Spend over the attempts a WHERE clause picks.
const QString kSpendColumns =
    QStringLiteral("COALESCE(SUM(input_tokens), 0), COALESCE(SUM(cached_tokens), 0),"
                   " COALESCE(SUM(cache_write_tokens), 0), COALESCE(SUM(output_tokens), 0),"
                   " COALESCE(SUM(reasoning_tokens), 0), COALESCE(MAX(usage_reported), 0),"
                   " COALESCE(SUM(cost_usd), 0),"
                   " COALESCE(SUM(CASE WHEN cost_usd IS NULL THEN 1 ELSE 0 END), 0)");

Spend readSpend(const QSqlQuery &query, int first)
{
    Spend spend;
    spend.usage.input = query.value(first).toLongLong();
    spend.usage.cached = query.value(first + 1).toLongLong();
    spend.usage.cacheWrite = query.value(first + 2).toLongLong();
    spend.usage.output = query.value(first + 3).toLongLong();
    spend.usage.reasoning = query.value(first + 4).toLongLong();
    spend.usage.reported = query.value(first + 5).toInt() != 0;
    spend.costUsd = query.value(first + 6).toDouble();
    spend.unpricedAttempts = query.value(first + 7).toInt();
    return spend;
}

} // namespace

CheckpointStore::CheckpointStore(TimeSource &clock)
    : m_clock(clock), m_connectionName(QStringLiteral("vigil-store-") +
                                       QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_worker(QStringLiteral("%1/%2/%3")
                   .arg(QSysInfo::machineHostName())
                   .arg(QCoreApplication::applicationPid())
                   .arg(QUuid::createUuid().toString(QUuid::Id128).left(8)))
{
    m_groupTimer.setSingleShot(true);
    m_groupTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_groupTimer, &QTimer::timeout, &m_groupTimer, [this] { commitNow(); });
}

CheckpointStore::~CheckpointStore()
{
    CheckpointStore::commitNow();
    forgetStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString CheckpointStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/vigil.db");
}

bool CheckpointStore::fail(const QString &what, const QString &detail)
{
    // A server's connection the driver has closed is lost, whatever the failure says: the
    // driver may have seen the loss first (its notifier for other Vigils' news), and then
    // says only that the database is not open.
    const bool closed = m_backend && m_backend->sharesWork() &&
                        !QSqlDatabase::database(m_connectionName, false).isOpen();
    const QString said = closed && detail.trimmed().isEmpty()
                             ? Tr::tr("the connection to the database server was lost")
                             : detail;
    m_lastError = QStringLiteral("%1: %2").arg(what, m_backend ? m_backend->explain(said) : said);
    m_connectionLost = m_backend && (m_backend->isConnectionLost(said) || closed);
    qCWarning(lcStore).noquote() << m_path << m_lastError;
    return false;
}

bool CheckpointStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        return fail(Tr::tr("database error"), query.lastError().text());
    return true;
}

bool CheckpointStore::open(const QString &location)
{
    m_backend = StoreBackend::forLocation(location);
    m_location = location;
    m_path = m_backend->displayLocation();
    QString what;
    QString detail;
    if (!m_backend->open(m_connectionName, what, detail))
        return fail(what, detail);
    if (!migrate())
        return false;
    listen();
    return true;
}

void CheckpointStore::listen()
{
    const QString channel = m_backend->notificationChannel();
    if (channel.isEmpty())
        return;
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (!driver->subscribeToNotification(channel)) {
        // The workers' polling does without it, a little later.
        qCWarning(lcStore).noquote()
            << m_path << "cannot listen for other Vigils:" << driver->lastError().text();
        return;
    }
    QObject::connect(
        driver, &QSqlDriver::notification, &events(),
        [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (source == QSqlDriver::OtherSource)
                emit events().stepsChanged(payload.toLongLong());
        });
}

bool CheckpointStore::notifyOthers(const QString &taskIdSql, qint64 key)
{
    const QString channel = m_backend->notificationChannel();
    if (channel.isEmpty())
        return true;
    // Told at the commit, once per task however many of its steps the commit holds.
    QSqlQuery &notify =
        statement(QStringLiteral("SELECT pg_notify(?, CAST(%1 AS TEXT))").arg(taskIdSql));
    notify.addBindValue(channel);
    notify.addBindValue(key);
    if (!notify.exec())
        return fail(Tr::tr("cannot tell other Vigils"), notify.lastError().text());
    notify.finish();
    return true;
}

bool CheckpointStore::reconnect()
{
    if (!m_backend)
        return fail(Tr::tr("cannot open the database"), Tr::tr("no store was opened"));
    m_groupTimer.stop();
    m_inGroup = false; // its transaction ended with the connection
    auto waiting = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (auto &then : waiting)
        then(false);
    forgetStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    QString what;
    QString detail;
    if (!m_backend->open(m_connectionName, what, detail))
        return fail(what, detail);
    if (!migrate())
        return false;
    listen();
    m_connectionLost = false;
    m_lastError.clear();
    qCInfo(lcStore).noquote() << m_path << "connected again";
    return true;
}

QString CheckpointStore::journalMode()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString().toLower();
    return {};
}

bool CheckpointStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString detail;
    const std::optional<int> version = m_backend->schemaVersion(db, detail);
    if (!version)
        return fail(Tr::tr("cannot read the schema version"), detail);
    if (*version > kSchemaVersion)
        return fail(Tr::tr("the database was written by a newer Vigil"),
                    Tr::tr("schema version %1, this Vigil knows up to %2; nothing was changed")
                        .arg(*version)
                        .arg(kSchemaVersion));
    if (*version == kSchemaVersion)
        return true;

    if (*version > 0) {
        QString backup;
        if (!m_backend->backUp(db, *version, backup, detail))
            return fail(Tr::tr("cannot back up the database before migrating"), detail);
        if (!backup.isEmpty())
            qCInfo(lcStore).noquote() << "backed up schema" << *version << "to" << backup;
    }

    for (int from = *version; from < kSchemaVersion; ++from) {
        if (!db.transaction())
            return fail(Tr::tr("cannot start a migration"), db.lastError().text());
        // Another Vigil may have migrated the same database meanwhile.
        const std::optional<int> now =
            m_backend->lockSchema(db, detail) ? m_backend->schemaVersion(db, detail) : std::nullopt;
        if (!now || *now > from) {
            db.rollback();
            if (now)
                continue;
            return fail(Tr::tr("cannot start a migration"), detail);
        }
        bool ok = true;
        for (const QString &statement : kMigrations.at(static_cast<size_t>(from)))
            ok = ok && exec(m_backend->spell(statement));
        if (ok && !m_backend->setSchemaVersion(db, from + 1, detail))
            ok = fail(Tr::tr("cannot migrate the database"), detail);
        if (!commitOrRollback(ok))
            return false;
        qCInfo(lcStore) << "migrated schema from" << from << "to" << from + 1;
    }
    return true;
}

bool CheckpointStore::commitOrRollback(bool ok)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (ok && !injectedFault()) {
        if (db.commit()) {
            ++m_commits;
            return true;
        }
        fail(Tr::tr("cannot commit"), db.lastError().text());
    }
    db.rollback();
    return false;
}

void CheckpointStore::groupCommits(int windowMs, int patienceMs,
                                   std::function<bool()> companyExpected)
{
    commitNow();
    m_grouping = true;
    m_windowMs = std::max(0, windowMs);
    m_patienceMs = std::max(m_windowMs, patienceMs);
    m_companyExpected = std::move(companyExpected);
}

int CheckpointStore::windowMs() const
{
    return !m_companyExpected || m_companyExpected() ? m_windowMs : 0;
}

void CheckpointStore::setPatient(bool patient)
{
    m_patient += patient ? 1 : -1;
    Q_ASSERT(m_patient >= 0);
}

void CheckpointStore::commitEachWrite()
{
    commitNow();
    m_grouping = false;
}

void CheckpointStore::injectFaultAt(int operation)
{
    m_operations = 0;
    m_faultAt = operation;
}

bool CheckpointStore::injectedFault()
{
    if (m_faultAt <= 0 || ++m_operations != m_faultAt)
        return false;
    fail(Tr::tr("database error"),
         QStringLiteral("injected fault at operation %1").arg(m_operations));
    return true;
}

void CheckpointStore::forgetStatements()
{
    m_statements.clear();
    m_unprepared = QSqlQuery();
}

QSqlQuery &CheckpointStore::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.prepare(sql)) {
            m_unprepared = std::move(query); // its exec() fails, saying why
            return m_unprepared;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second;
}

bool CheckpointStore::usable()
{
    return !m_connectionLost || m_inGroup || reconnect();
}

bool CheckpointStore::beginWrite()
{
    m_claimLost = false;
    if (injectedFault() || !usable())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_grouping && !m_inGroup) {
        if (!db.transaction())
            return fail(Tr::tr("cannot start a transaction"), db.lastError().text());
        m_inGroup = true;
        m_groupTimer.start(m_patient > 0 ? m_patienceMs : windowMs());
    } else {
        hurryUnlessPatient();
    }
    if (m_inGroup)
        return exec(QStringLiteral("SAVEPOINT write"));
    if (!db.transaction())
        return fail(Tr::tr("cannot start a transaction"), db.lastError().text());
    return true;
}

bool CheckpointStore::endWrite(bool ok)
{
    if (!m_inGroup)
        return commitOrRollback(ok);
    if (!ok) {
        // Undone quietly: the failure that brought us here is the one to tell.
        QSqlQuery undo(QSqlDatabase::database(m_connectionName, false));
        undo.exec(QStringLiteral("ROLLBACK TO write"));
        undo.exec(QStringLiteral("RELEASE write"));
        return false;
    }
    return exec(QStringLiteral("RELEASE write"));
}

bool CheckpointStore::commitNow()
{
    m_groupTimer.stop();
    bool ok = true;
    if (m_inGroup) {
        m_inGroup = false;
        ok = commitOrRollback(true);
    }
    // Callbacks may write again and ask for another commit: they wait for the next one.
    auto waiting = std::move(m_afterCommit);
    m_afterCommit.clear();
    for (auto &then : waiting)
        then(ok);
    return ok;
}

void CheckpointStore::afterCommit(std::function<void(bool)> then)
{
    if (!m_inGroup) {
        then(true);
        return;
    }
    m_afterCommit.push_back(std::move(then));
    hurryUnlessPatient();
}

void CheckpointStore::hurryUnlessPatient()
{
    if (m_inGroup && m_patient == 0) {
        const int window = windowMs();
        if (m_groupTimer.remainingTime() > window)
            m_groupTimer.start(window);
    }
}

namespace {

TaskRecord readTaskRow(const QSqlQuery &query)
{
    TaskRecord task;
    task.id = query.value(0).toLongLong();
    task.key = query.value(1).toString();
    task.name = query.value(2).toString();
    TaskFileError specError;
    task.spec = parseTaskJson(query.value(3).toString().toUtf8(),
                              Tr::tr("stored task %1").arg(task.id), specError);
    if (!task.spec)
        task.specProblem = specError.toString();
    task.state = taskStateFromName(query.value(4).toString()).value_or(TaskState::Queued);
    task.reason = query.value(5).toString();
    task.model = query.value(6).toString();
    task.createdAt = query.value(7).toLongLong();
    task.updatedAt = query.value(8).toLongLong();
    task.resumeAt = query.value(9).toLongLong();
    task.kind = query.value(10).toString();
    task.specVersion = query.value(11).toLongLong();
    return task;
}

const QString kTaskColumns = QStringLiteral(
    "id, work_key, name, spec, state, reason, model, created_at, updated_at, resume_at, kind,"
    " spec_version");

const QString kStepColumns = QStringLiteral(
    "idx, state, prompt, output, model, usage, attempts_total, budget_attempts,"
    " budget_started_at, last_try_at, next_try_at, error_class, last_message, request_id,"
    " item_id, response_id, response_event, response_text");

StepRecord readStepRow(const QSqlQuery &query)
{
    StepRecord step;
    step.index = query.value(0).toInt();
    step.state = stepStateFromName(query.value(1).toString());
    step.prompt = query.value(2).toString();
    step.output = query.value(3).toString();
    step.model = query.value(4).toString();
    step.usage = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    step.attemptsTotal = query.value(6).toInt();
    step.budgetAttempts = query.value(7).toInt();
    step.budgetStartedAt = query.value(8).toLongLong();
    step.lastTryAt = query.value(9).toLongLong();
    step.nextTryAt = query.value(10).toLongLong();
    step.errorClass = query.value(11).toString();
    step.lastMessage = query.value(12).toString();
    step.requestId = query.value(13).toString();
    step.itemId = query.value(14).toString();
    step.responseId = query.value(15).toString();
    step.responseEvent = query.value(16).toLongLong();
    step.responseText = query.value(17).toString();
    return step;
}

} // namespace

std::optional<TaskRecord> CheckpointStore::findTaskByKey(const QString &key)
{
    if (!usable())
        return std::nullopt;
    m_lastError.clear();
    QSqlQuery &query = statement(QStringLiteral("SELECT id FROM tasks WHERE work_key = ?"));
    query.addBindValue(key);
    if (!query.exec()) {
        fail(Tr::tr("cannot look up the task"), query.lastError().text());
        return std::nullopt;
    }
    const std::optional<qint64> found =
        query.next() ? std::optional(query.value(0).toLongLong()) : std::nullopt;
    query.finish();
    if (!found)
        return std::nullopt;
    return loadTask(*found);
}

std::optional<TaskRecord> CheckpointStore::loadTask(qint64 taskId)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query =
        statement(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(kTaskColumns));
    query.addBindValue(taskId);
    m_lastError.clear();
    if (!query.exec()) {
        fail(Tr::tr("cannot load task %1").arg(taskId), query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        m_lastError = Tr::tr("no task %1").arg(taskId); // a miss: nothing went wrong
        return std::nullopt;
    }
    TaskRecord task = readTaskRow(query);
    query.finish();

    QSqlQuery &steps = statement(
        QStringLiteral("SELECT %1 FROM steps WHERE task_id = ? ORDER BY idx").arg(kStepColumns));
    steps.addBindValue(taskId);
    if (!steps.exec()) {
        fail(Tr::tr("cannot load the steps of task %1").arg(taskId), steps.lastError().text());
        return std::nullopt;
    }
    while (steps.next())
        task.steps.append(readStepRow(steps));
    steps.finish();
    return task;
}

std::optional<qint64> CheckpointStore::createTask(const TaskSpec &spec)
{
    if (!beginWrite())
        return std::nullopt;
    const qint64 now = m_clock.nowMs();
    QSqlQuery &insert = statement(QStringLiteral(
        "INSERT INTO tasks (work_key, name, kind, spec, state, model, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'queued', ?, ?, ?) RETURNING id"));
    insert.addBindValue(spec.workKey());
    insert.addBindValue(spec.name);
    insert.addBindValue(spec.isBatch() ? QStringLiteral("batch") : QStringLiteral("conversation"));
    insert.addBindValue(
        QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)));
    insert.addBindValue(spec.model);
    insert.addBindValue(now);
    insert.addBindValue(now);
    bool ok = insert.exec() && insert.next();
    if (!ok)
        fail(Tr::tr("cannot create the task"), insert.lastError().text());
    const qint64 taskId = ok ? insert.value(0).toLongLong() : 0;
    insert.finish();
    QSqlQuery &step =
        statement(QStringLiteral("INSERT INTO steps (task_id, idx, state, prompt, item_id)"
                                 " VALUES (?, ?, 'pending', ?, ?)"));
    const QStringList prompts = spec.stepPrompts();
    for (qsizetype i = 0; ok && i < prompts.size(); ++i) {
        step.bindValue(0, taskId);
        step.bindValue(1, static_cast<int>(i));
        step.bindValue(2, prompts.at(i));
        step.bindValue(3, spec.batch ? spec.batch->items.at(i).id : QStringLiteral(""));
        ok = step.exec();
        if (!ok)
            fail(Tr::tr("cannot create the steps"), step.lastError().text());
    }
    if (!endWrite(ok))
        return std::nullopt;
    return taskId;
}

bool CheckpointStore::updateTaskSpec(TaskRecord &task, const TaskSpec &spec)
{
    if (!beginWrite())
        return false;
    // What the Vigils running the task must start again for: another model or provider.
    // (Each keeps its own output path, and retry figures apply at their next start.)
    const bool switched = !task.spec || task.spec->model != spec.model ||
                          task.spec->provider.baseUrl != spec.provider.baseUrl ||
                          task.spec->provider.protocol != spec.provider.protocol;
    QSqlQuery &query =
        statement(QStringLiteral("UPDATE tasks SET spec = ?, model = ?, updated_at = ?,"
                                 " spec_version = spec_version + ? WHERE id = ?"));
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(spec.model);
    const qint64 now = m_clock.nowMs();
    query.addBindValue(now);
    query.addBindValue(switched ? 1 : 0);
    query.addBindValue(task.id);
    if (!query.exec())
        return endWrite(fail(Tr::tr("cannot update the task"), query.lastError().text()));
    if (!endWrite(true))
        return false;
    task.spec = spec;
    task.specProblem.clear();
    task.model = spec.model;
    task.updatedAt = now;
    task.specVersion += switched ? 1 : 0;
    return true;
}

bool CheckpointStore::setTaskState(TaskRecord &task, TaskState state, const QString &reason,
                                   qint64 resumeAt)
{
    if (!beginWrite())
        return false;
    const bool guarded = sharesWork() && isWorking(task.state) && isWorking(state);
    QSqlQuery &query = statement(
        QStringLiteral(
            "UPDATE tasks SET state = ?, reason = ?, resume_at = ?, updated_at = ? WHERE id = ?") +
        (guarded ? QStringLiteral(" AND state IN ('queued', 'running', 'retrying',"
                                  " 'waiting-for-network')")
                 : QString()));
    query.addBindValue(taskStateName(state));
    query.addBindValue(text(reason));
    query.addBindValue(resumeAt);
    const qint64 now = m_clock.nowMs();
    query.addBindValue(now);
    query.addBindValue(task.id);
    if (!query.exec())
        return endWrite(fail(Tr::tr("cannot record the task state"), query.lastError().text()));
    if (guarded && query.numRowsAffected() == 0) {
        endWrite(true);
        m_claimLost = true;
        return fail(Tr::tr("cannot record the task state"),
                    Tr::tr("another Vigil sharing the store stopped task %1").arg(task.id));
    }
    if (!endWrite(true))
        return false;
    task.state = state;
    task.reason = reason;
    task.resumeAt = resumeAt;
    task.updatedAt = now;
    return true;
}

bool CheckpointStore::resetBudgets(TaskRecord &task)
{
    if (!beginWrite())
        return false;
    // Steps another Vigil sharing the store holds, or is writing, are its own: passed over.
    QSqlQuery &query =
        statement(QStringLiteral("UPDATE steps SET state = 'pending', budget_attempts = 0,"
                                 " budget_started_at = 0, next_try_at = 0"
                                 " WHERE task_id = ? AND idx IN (SELECT idx FROM steps"
                                 " WHERE task_id = ? AND lease_until < %1 AND (state = 'pending'"
                                 " OR (state = 'failed' AND ? = 1))%2)")
                      .arg(m_backend->nowMs(), m_backend->skipLocked()));
    query.addBindValue(task.id);
    query.addBindValue(task.id);
    query.addBindValue(task.kind == QLatin1String("conversation") ? 1 : 0);
    if (!query.exec())
        return endWrite(fail(Tr::tr("cannot reset the retry budget"), query.lastError().text()));
    if (!endWrite(true))
        return false;
    const bool batch = task.kind == QLatin1String("batch");
    for (StepRecord &step : task.steps) {
        if (step.state == StepState::Pending || (step.state == StepState::Failed && !batch))
            step.resetBudget();
    }
    return true;
}

bool CheckpointStore::creditWaitingTime(qint64 taskId, StepRecord &step, qint64 waitedMs)
{
    if (!beginWrite())
        return false;
    QSqlQuery &query =
        statement(QStringLiteral("UPDATE steps SET budget_started_at = budget_started_at + ?"
                                 " WHERE task_id = ? AND idx = ? AND budget_started_at > 0"));
    query.addBindValue(waitedMs);
    query.addBindValue(taskId);
    query.addBindValue(step.index);
    if (!query.exec())
        return endWrite(fail(Tr::tr("cannot credit waiting time"), query.lastError().text()));
    if (!endWrite(true))
        return false;
    if (step.budgetStartedAt > 0)
        step.budgetStartedAt += waitedMs;
    return true;
}

bool CheckpointStore::refundAttempt(qint64 taskId, StepRecord &step)
{
    if (!beginWrite())
        return false;
    QSqlQuery &query = statement(
        QStringLiteral("UPDATE steps SET budget_attempts ="
                       " CASE WHEN budget_attempts > 0 THEN budget_attempts - 1 ELSE 0 END"
                       " WHERE task_id = ? AND idx = ?"));
    query.addBindValue(taskId);
    query.addBindValue(step.index);
    if (!query.exec())
        return endWrite(fail(Tr::tr("cannot refund the attempt"), query.lastError().text()));
    if (!endWrite(true))
        return false;
    step.budgetAttempts = std::max(0, step.budgetAttempts - 1);
    return true;
}

bool CheckpointStore::chargeAttempt(qint64 taskId, int stepIndex, const QString &requestId,
                                    qint64 startedAt, qint64 leaseId)
{
    QSqlQuery &update = statement(QStringLiteral(
        "UPDATE steps SET attempts_total = attempts_total + 1, budget_attempts = budget_attempts + "
        "1,"
        " budget_started_at = CASE WHEN budget_started_at = 0 THEN ? ELSE budget_started_at END,"
        " last_try_at = ?, next_try_at = 0, request_id = ? WHERE task_id = ? AND idx = ?"
        " AND (CAST(? AS BIGINT) = 0 OR lease_id = ?)"));
    update.addBindValue(startedAt);
    update.addBindValue(startedAt);
    update.addBindValue(requestId);
    update.addBindValue(taskId);
    update.addBindValue(stepIndex);
    update.addBindValue(leaseId);
    update.addBindValue(leaseId);
    if (!update.exec())
        return fail(Tr::tr("cannot record the attempt"), update.lastError().text());
    if (update.numRowsAffected() == 1)
        return true;
    if (leaseId != 0)
        return leaseLost(stepIndex);
    return fail(Tr::tr("cannot record the attempt"), Tr::tr("no step %1").arg(stepIndex + 1));
}

bool CheckpointStore::leaseLost(int stepIndex)
{
    m_claimLost = true;
    return fail(Tr::tr("step %1 was taken over by another Vigil").arg(stepIndex + 1),
                Tr::tr("this Vigil's lease on it ran out before the step's result was written"));
}

std::optional<qint64> CheckpointStore::insertAttempt(qint64 taskId, int stepIndex, bool numbered,
                                                     const QString &model, const QString &requestId,
                                                     qint64 startedAt, qint64 providerBatch)
{
    QSqlQuery &insert = statement(QStringLiteral(
        "INSERT INTO attempts (task_id, step, attempt, model, request_id, started_at,"
        " provider_batch)"
        " SELECT CAST(? AS BIGINT), CAST(? AS BIGINT),"
        " CASE WHEN ? = 1 THEN attempts_total ELSE 0 END, CAST(? AS TEXT), CAST(? AS TEXT),"
        " CAST(? AS BIGINT), CAST(? AS BIGINT) FROM steps WHERE task_id = ? AND idx = ?"
        " RETURNING id"));
    insert.addBindValue(taskId);
    insert.addBindValue(stepIndex);
    insert.addBindValue(numbered ? 1 : 0);
    insert.addBindValue(model);
    insert.addBindValue(requestId);
    insert.addBindValue(startedAt);
    insert.addBindValue(providerBatch > 0 ? QVariant(providerBatch) : QVariant());
    insert.addBindValue(taskId);
    insert.addBindValue(stepIndex);
    if (!insert.exec() || !insert.next()) {
        fail(Tr::tr("cannot record the attempt"), insert.lastError().text());
        return std::nullopt;
    }
    const qint64 attemptId = insert.value(0).toLongLong();
    insert.finish();
    return attemptId;
}

std::optional<qint64> CheckpointStore::beginAttempt(qint64 taskId, StepRecord &step,
                                                    const QString &model, const QString &requestId,
                                                    qint64 startedAt)
{
    if (!beginWrite())
        return std::nullopt;
    std::optional<qint64> attemptId;
    if (chargeAttempt(taskId, step.index, requestId, startedAt, step.leaseId))
        attemptId = insertAttempt(taskId, step.index, true, model, requestId, startedAt);
    if (!endWrite(attemptId.has_value()))
        return std::nullopt;
    step.beginAttempt(requestId, startedAt);
    return attemptId;
}

std::optional<qint64> CheckpointStore::armAttempt(qint64 taskId, const StepRecord &step,
                                                  const QString &model, const QString &requestId,
                                                  qint64 armedAt)
{
    if (!beginWrite())
        return std::nullopt;
    const auto attemptId = insertAttempt(taskId, step.index, false, model, requestId, armedAt);
    if (!endWrite(attemptId.has_value()))
        return std::nullopt;
    return attemptId;
}

bool CheckpointStore::sendArmedAttempt(qint64 attemptId, qint64 taskId, StepRecord &step,
                                       const QString &requestId, qint64 sentAt)
{
    if (!beginWrite())
        return false;
    bool ok = chargeAttempt(taskId, step.index, requestId, sentAt, step.leaseId);
    if (ok) {
        QSqlQuery &number = statement(QStringLiteral(
            "UPDATE attempts SET started_at = ?, attempt = (SELECT attempts_total FROM steps"
            " WHERE task_id = ? AND idx = ?) WHERE id = ? AND attempt = 0"));
        number.addBindValue(sentAt);
        number.addBindValue(taskId);
        number.addBindValue(step.index);
        number.addBindValue(attemptId);
        ok = number.exec() && number.numRowsAffected() == 1;
        if (!ok)
            fail(Tr::tr("cannot record the attempt"),
                 number.lastError().isValid() ? number.lastError().text()
                                              : Tr::tr("attempt %1 is not armed").arg(attemptId));
    }
    if (!endWrite(ok))
        return false;
    step.beginAttempt(requestId, sentAt);
    return true;
}

bool CheckpointStore::withdrawArmedAttempts(const QList<qint64> &attemptIds)
{
    if (attemptIds.isEmpty())
        return true;
    if (!beginWrite())
        return false;
    QSqlQuery &remove =
        statement(QStringLiteral("DELETE FROM attempts WHERE id = ? AND attempt = 0"));
    bool ok = true;
    for (const qint64 id : attemptIds) {
        remove.addBindValue(id);
        ok = remove.exec();
        if (!ok) {
            fail(Tr::tr("cannot withdraw the attempts not sent"), remove.lastError().text());
            break;
        }
    }
    return endWrite(ok);
}

bool CheckpointStore::writeAttemptEnd(qint64 attemptId, const AttemptEnd &end)
{
    QSqlQuery &query = statement(QStringLiteral(
        "UPDATE attempts SET ended_at = ?, http_status = ?, class = ?, retry = ?, delay_ms = ?,"
        " message = ?, partial_text = ?, service_tier = ?, response_id = ?, resumed_after = ?,"
        " input_tokens = ?, cached_tokens = ?, cache_write_tokens = ?, output_tokens = ?,"
        " reasoning_tokens = ?, usage_reported = ?, cost_usd = ?"
        " WHERE id = ?"));
    query.addBindValue(end.endedAt);
    query.addBindValue(end.httpStatus > 0 ? QVariant(end.httpStatus) : QVariant());
    query.addBindValue(failureClassName(end.failureClass));
    query.addBindValue(end.retry ? 1 : 0);
    query.addBindValue(end.delayMs ? QVariant(*end.delayMs) : QVariant());
    query.addBindValue(text(end.message));
    query.addBindValue(text(end.partialText.left(kMaxPartialText)));
    query.addBindValue(text(end.serviceTier));
    query.addBindValue(text(end.responseId));
    query.addBindValue(end.resumedAfter >= 0 ? QVariant(end.resumedAfter) : QVariant());
    query.addBindValue(end.usage.input);
    query.addBindValue(end.usage.cached);
    query.addBindValue(end.usage.cacheWrite);
    query.addBindValue(end.usage.output);
    query.addBindValue(end.usage.reasoning);
    query.addBindValue(end.usage.reported ? 1 : 0);
    query.addBindValue(end.costUsd ? QVariant(*end.costUsd) : QVariant());
    query.addBindValue(attemptId);
    if (!query.exec() || query.numRowsAffected() != 1)
        return fail(Tr::tr("cannot record the end of attempt %1").arg(attemptId),
                    query.lastError().text());
    return true;
}

bool CheckpointStore::endAttempt(qint64 attemptId, StepRecord &step, StepState outcome,
                                 const AttemptEnd &end, const StepOutput &output)
{
    if (!beginWrite())
        return false;
    bool ok = writeAttemptEnd(attemptId, end);
    const bool done = outcome == StepState::Done;
    if (ok) {
        QSqlQuery &query = statement(QStringLiteral(
            "UPDATE steps SET state = ?, output = ?, usage = ?,"
            " model = CASE WHEN ? = 1 THEN ? ELSE model END,"
            " error_class = ?, last_message = ?, next_try_at = ?, completed_at = ?,"
            " response_id = ?, response_event = ?, response_text = ?"
            " WHERE (task_id, idx) = (SELECT task_id, step FROM attempts WHERE id = ?)"
            " AND (CAST(? AS BIGINT) = 0 OR lease_id = ?)"));
        query.addBindValue(stepStateName(outcome));
        query.addBindValue(done ? QVariant(output.text) : QVariant());
        query.addBindValue(done ? QVariant(QString::fromUtf8(
                                      QJsonDocument(output.usage).toJson(QJsonDocument::Compact)))
                                : QVariant());
        query.addBindValue(done ? 1 : 0);
        query.addBindValue(text(output.model));
        query.addBindValue(done ? QStringLiteral("") : failureClassName(end.failureClass));
        query.addBindValue(done ? QStringLiteral("") : text(end.message));
        query.addBindValue(end.retry && end.delayMs ? end.endedAt + *end.delayMs : 0);
        query.addBindValue(done ? QVariant(end.endedAt) : QVariant());
        const bool resumes = outcome == StepState::Pending && end.resumable;
        query.addBindValue(resumes ? text(end.responseId) : QStringLiteral(""));
        query.addBindValue(resumes ? end.lastEvent : -1);
        query.addBindValue(resumes ? text(end.partialText) : QStringLiteral(""));
        query.addBindValue(attemptId);
        query.addBindValue(step.leaseId);
        query.addBindValue(step.leaseId);
        ok = query.exec();
        if (!ok)
            fail(Tr::tr("cannot record the step"), query.lastError().text());
        else if (query.numRowsAffected() != 1 && step.leaseId != 0)
            return endWrite(keepLostAttempt(attemptId)) && leaseLost(step.index);
        else if (query.numRowsAffected() != 1)
            ok = fail(Tr::tr("cannot record the step"),
                      Tr::tr("no step for attempt %1").arg(attemptId));
        else if (outcome != StepState::Pending && step.leaseId != 0)
            ok = notifyOthers(QStringLiteral("(SELECT task_id FROM attempts WHERE id = ?)"),
                              attemptId);
    }
    if (!endWrite(ok))
        return false;
    step.endAttempt(outcome, end, output);
    return true;
}

bool CheckpointStore::keepLostAttempt(qint64 attemptId)
{
    // What the attempt cost stays counted; its result is another worker's business now.
    QSqlQuery &query =
        statement(QStringLiteral("UPDATE attempts SET class = 'cancelled', retry = 0, message = ?"
                                 " WHERE id = ?"));
    query.addBindValue(Tr::tr("its step was taken over by another Vigil while it ran (this "
                              "Vigil's lease ran out); its result was not kept"));
    query.addBindValue(attemptId);
    if (!query.exec())
        return fail(Tr::tr("cannot record the end of attempt %1").arg(attemptId),
                    query.lastError().text());
    return true;
}

bool CheckpointStore::noteResponse(qint64 taskId, StepRecord &step, const QString &responseId)
{
    if (!beginWrite())
        return false;
    QSqlQuery &query =
        statement(QStringLiteral("UPDATE steps SET response_id = ?, response_event = -1,"
                                 " response_text = '' WHERE task_id = ? AND idx = ?"));
    query.addBindValue(text(responseId));
    query.addBindValue(taskId);
    query.addBindValue(step.index);
    const bool ok = query.exec() && query.numRowsAffected() == 1;
    if (!ok)
        fail(Tr::tr("cannot record the background response"), query.lastError().text());
    if (!endWrite(ok))
        return false;
    step.responseId = responseId;
    step.responseEvent = -1;
    step.responseText.clear();
    return true;
}

bool CheckpointStore::finishAttempt(qint64 attemptId, StepRecord &step, const AttemptEnd &end)
{
    return endAttempt(attemptId, step, StepState::Pending, end, {});
}

bool CheckpointStore::completeStep(qint64 attemptId, StepRecord &step, const AttemptEnd &end,
                                   const StepOutput &output)
{
    return endAttempt(attemptId, step, StepState::Done, end, output);
}

bool CheckpointStore::failStep(qint64 attemptId, StepRecord &step, const AttemptEnd &end)
{
    return endAttempt(attemptId, step, StepState::Failed, end, {});
}

bool CheckpointStore::closeDanglingAttempts(TaskRecord &task, qint64 now)
{
    if (!beginWrite())
        return false;
    // An armed attempt may have been sent just before the stop, its charge not yet
    // committed: it counts, so that no count is ever lower than the backend's.
    // Another Vigil sharing the store may be running some of the task's steps: what it
    // holds a lease on is its own.
    const QString othersHold =
        QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM steps WHERE steps.task_id = attempts.task_id"
                       " AND steps.idx = attempts.step AND steps.lease_owner <> ?"
                       " AND steps.lease_until > %1)")
            .arg(m_backend->nowMs());
    // Another Vigil closing the same attempts at the same moment keeps those it took.
    QSqlQuery &armed =
        statement(QStringLiteral("SELECT id, step, request_id, started_at FROM attempts"
                                 " WHERE task_id = ? AND attempt = 0") +
                  othersHold + m_backend->skipLocked());
    armed.addBindValue(task.id);
    armed.addBindValue(m_worker);
    bool ok = armed.exec();
    std::vector<std::tuple<qint64, int, QString, qint64>> charged;
    while (ok && armed.next())
        charged.emplace_back(armed.value(0).toLongLong(), armed.value(1).toInt(),
                             armed.value(2).toString(), armed.value(3).toLongLong());
    if (!ok)
        fail(Tr::tr("cannot close interrupted attempts"), armed.lastError().text());
    armed.finish();
    QSqlQuery &number = statement(QStringLiteral(
        "UPDATE attempts SET attempt = (SELECT attempts_total FROM steps"
        " WHERE task_id = attempts.task_id AND idx = attempts.step), message = ? WHERE id = ?"));
    const QString maybeSent =
        Tr::tr("interrupted: Vigil stopped as this attempt was about to be sent; it may not "
               "have reached the backend");
    for (auto it = charged.cbegin(); ok && it != charged.cend(); ++it) {
        const auto &[id, step, requestId, startedAt] = *it;
        ok = chargeAttempt(task.id, step, requestId, startedAt, 0);
        number.addBindValue(maybeSent);
        number.addBindValue(id);
        if (ok && !number.exec())
            ok = fail(Tr::tr("cannot close interrupted attempts"), number.lastError().text());
    }

    if (ok) {
        QSqlQuery &close = statement(
            QStringLiteral(
                "UPDATE attempts SET ended_at = ?, class = 'cancelled', retry = 1,"
                " message = COALESCE(message, ?) WHERE id IN (SELECT id FROM attempts"
                " WHERE task_id = ? AND ended_at IS NULL"
                // A provider batch goes on without Vigil: its attempts end with its results.
                " AND (provider_batch IS NULL OR provider_batch IN (SELECT id FROM provider_batches"
                " WHERE stage IN ('collected', 'abandoned')))") +
            othersHold + m_backend->skipLocked() + QStringLiteral(")"));
        close.addBindValue(now);
        close.addBindValue(Tr::tr("interrupted: Vigil stopped while this attempt was in flight"));
        close.addBindValue(task.id);
        close.addBindValue(m_worker);
        ok = close.exec();
        if (!ok)
            fail(Tr::tr("cannot close interrupted attempts"), close.lastError().text());
    }
    if (!endWrite(ok))
        return false;
    for (const auto &[id, step, requestId, startedAt] : charged)
        task.steps[step].beginAttempt(requestId, startedAt); // the store has the step
    return true;
}

bool CheckpointStore::sharesWork() const
{
    return m_backend && m_backend->sharesWork();
}

std::unique_ptr<BackendPeers> CheckpointStore::shareCircuits(TimeSource &clock)
{
    if (!sharesWork())
        return nullptr;
    return std::make_unique<SharedCircuits>(StoreBackend::forLocation(m_location), m_worker,
                                            leaseMs(), clock);
}

qint64 CheckpointStore::leaseMs() const
{
    return m_backend ? m_backend->leaseMs() : StoreBackend::kDefaultLeaseMs;
}

std::optional<QList<StepRecord>> CheckpointStore::claimSteps(qint64 taskId, int limit)
{
    if (!beginWrite())
        return std::nullopt;
    // One lease id for the claim: a step's next claim, by anyone, draws another.
    const qint64 leaseId = static_cast<qint64>(QRandomGenerator::global()->generate64() >> 1) | 1;
    // The steps are picked once (a subquery in the UPDATE itself may be run again, each
    // run adding its own `limit`).
    QSqlQuery &claim = statement(
        QStringLiteral("WITH picked AS MATERIALIZED (SELECT idx FROM steps WHERE task_id = ?"
                       " AND state = 'pending' AND lease_until < %1 ORDER BY idx LIMIT ?%2)"
                       " UPDATE steps SET lease_owner = ?, lease_id = CAST(? AS BIGINT),"
                       " lease_until = %1 + CAST(? AS BIGINT) WHERE task_id = ? AND idx IN"
                       " (SELECT idx FROM picked) RETURNING %3")
            .arg(m_backend->nowMs(), m_backend->skipLocked(), kStepColumns));
    claim.addBindValue(taskId);
    claim.addBindValue(limit);
    claim.addBindValue(m_worker);
    claim.addBindValue(leaseId);
    claim.addBindValue(leaseMs());
    claim.addBindValue(taskId);
    QList<StepRecord> claimed;
    const bool ok = claim.exec();
    while (ok && claim.next()) {
        claimed.append(readStepRow(claim));
        claimed.last().leaseId = leaseId;
    }
    if (!ok)
        fail(Tr::tr("cannot claim steps of task %1").arg(taskId), claim.lastError().text());
    claim.finish();
    if (!endWrite(ok))
        return std::nullopt;
    std::sort(claimed.begin(), claimed.end(),
              [](const StepRecord &a, const StepRecord &b) { return a.index < b.index; });
    return claimed;
}

bool CheckpointStore::renewLeases(qint64 taskId)
{
    if (!beginWrite())
        return false;
    QSqlQuery &renew = statement(
        QStringLiteral("UPDATE steps SET lease_until = %1 + CAST(? AS BIGINT) WHERE task_id = ?"
                       " AND idx IN (SELECT idx FROM steps WHERE task_id = ? AND lease_owner = ?"
                       " AND state = 'pending' AND lease_until > 0%2)")
            .arg(m_backend->nowMs(), m_backend->skipLocked()));
    renew.addBindValue(leaseMs());
    renew.addBindValue(taskId);
    renew.addBindValue(taskId);
    renew.addBindValue(m_worker);
    const bool ok = renew.exec();
    if (!ok)
        fail(Tr::tr("cannot renew the leases of task %1").arg(taskId), renew.lastError().text());
    return endWrite(ok);
}

bool CheckpointStore::releaseLeases(qint64 taskId)
{
    if (!beginWrite())
        return false;
    QSqlQuery &release =
        statement(QStringLiteral("UPDATE steps SET lease_until = 0 WHERE task_id = ? AND idx IN"
                                 " (SELECT idx FROM steps WHERE task_id = ? AND lease_owner = ?"
                                 " AND state = 'pending' AND lease_until > 0%1)")
                      .arg(m_backend->skipLocked()));
    release.addBindValue(taskId);
    release.addBindValue(taskId);
    release.addBindValue(m_worker);
    bool ok = release.exec();
    if (!ok)
        fail(Tr::tr("cannot give up the leases of task %1").arg(taskId),
             release.lastError().text());
    else if (release.numRowsAffected() > 0)
        ok = notifyOthers(QStringLiteral("?"), taskId);
    return endWrite(ok);
}

std::optional<QList<TaskWorker>> CheckpointStore::workers(qint64 taskId)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query =
        statement(QStringLiteral("SELECT lease_owner, COUNT(*) FROM steps WHERE task_id = ?"
                                 " AND state = 'pending' AND lease_until > %1 GROUP BY lease_owner"
                                 " ORDER BY lease_owner")
                      .arg(m_backend->nowMs()));
    query.addBindValue(taskId);
    if (!query.exec()) {
        fail(Tr::tr("cannot load the steps of task %1").arg(taskId), query.lastError().text());
        return std::nullopt;
    }
    QList<TaskWorker> found;
    while (query.next()) {
        // host/pid/random, as the constructor names this Vigil
        TaskWorker worker{query.value(0).toString(), {}, 0, query.value(1).toInt()};
        const QStringList parts = worker.worker.split(u'/');
        if (parts.size() == 3) {
            worker.host = parts.at(0);
            worker.pid = parts.at(1).toLongLong();
        }
        found.append(worker);
    }
    query.finish();
    return found;
}

std::optional<QList<qint64>> CheckpointStore::workingTasks()
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query = statement(
        QStringLiteral("SELECT id FROM tasks WHERE state IN ('queued', 'running', 'retrying',"
                       " 'waiting-for-network') ORDER BY id"));
    if (!query.exec()) {
        fail(Tr::tr("cannot list the tasks"), query.lastError().text());
        return std::nullopt;
    }
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    query.finish();
    return ids;
}

std::optional<int> CheckpointStore::pendingSteps(qint64 taskId)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query = statement(
        QStringLiteral("SELECT COUNT(*) FROM steps WHERE task_id = ? AND state = 'pending'"));
    query.addBindValue(taskId);
    if (!query.exec() || !query.next()) {
        fail(Tr::tr("cannot load the steps of task %1").arg(taskId), query.lastError().text());
        return std::nullopt;
    }
    const int pending = query.value(0).toInt();
    query.finish();
    return pending;
}

std::optional<TaskProgress> CheckpointStore::progress(qint64 taskId, qint64 since)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query = statement(QStringLiteral(
        "SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0),"
        " COALESCE(SUM(CASE WHEN state = 'done' AND completed_at >= ? THEN 1 ELSE 0 END), 0),"
        " COALESCE(MIN(CASE WHEN state = 'done' AND completed_at >= ? THEN completed_at END), 0),"
        " COALESCE(MAX(CASE WHEN state = 'done' AND completed_at >= ? THEN completed_at END), 0)"
        " FROM steps WHERE task_id = ?"));
    query.addBindValue(since);
    query.addBindValue(since);
    query.addBindValue(since);
    query.addBindValue(taskId);
    if (!query.exec() || !query.next()) {
        fail(Tr::tr("cannot load the steps of task %1").arg(taskId), query.lastError().text());
        return std::nullopt;
    }
    TaskProgress progress;
    progress.pending = query.value(0).toInt();
    progress.doneLately = query.value(1).toInt();
    progress.firstDoneAt = query.value(2).toLongLong();
    progress.lastDoneAt = query.value(3).toLongLong();
    query.finish();
    return progress;
}

std::optional<StoredTaskState> CheckpointStore::taskState(qint64 taskId)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query = statement(
        QStringLiteral("SELECT state, reason, model, spec_version FROM tasks WHERE id = ?"));
    query.addBindValue(taskId);
    if (!query.exec() || !query.next()) {
        fail(Tr::tr("cannot load task %1").arg(taskId), query.lastError().isValid()
                                                            ? query.lastError().text()
                                                            : Tr::tr("no task %1").arg(taskId));
        return std::nullopt;
    }
    const StoredTaskState stored{
        taskStateFromName(query.value(0).toString()).value_or(TaskState::Queued),
        query.value(1).toString(), query.value(2).toString(), query.value(3).toLongLong()};
    query.finish();
    return stored;
}

std::optional<qint64> CheckpointStore::beginProviderBatch(ProviderBatchRecord &batch,
                                                          const QList<StepRecord *> &steps,
                                                          const QStringList &requestIds,
                                                          const QString &model)
{
    Q_ASSERT(steps.size() == requestIds.size());
    if (!beginWrite())
        return std::nullopt;
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT INTO provider_batches (task_id, round, chunk, stage,"
                                  " intended_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(batch.taskId);
    insert.addBindValue(batch.round);
    insert.addBindValue(batch.chunk);
    insert.addBindValue(providerBatchStageName(batch.stage));
    insert.addBindValue(batch.intendedAt);
    bool ok = insert.exec() && insert.next();
    if (!ok)
        fail(Tr::tr("cannot record the provider batch"), insert.lastError().text());
    const qint64 id = ok ? insert.value(0).toLongLong() : 0;
    insert.finish();
    QList<qint64> attemptIds;
    attemptIds.reserve(steps.size());
    for (qsizetype i = 0; ok && i < steps.size(); ++i) {
        const int index = steps.at(i)->index;
        ok = chargeAttempt(batch.taskId, index, requestIds.at(i), batch.intendedAt,
                           steps.at(i)->leaseId);
        const auto attemptId = ok ? insertAttempt(batch.taskId, index, true, model,
                                                  requestIds.at(i), batch.intendedAt, id)
                                  : std::nullopt;
        ok = attemptId.has_value();
        if (ok)
            attemptIds.append(*attemptId);
    }
    if (!endWrite(ok))
        return std::nullopt;
    batch.id = id;
    batch.steps.clear();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        steps.at(i)->beginAttempt(requestIds.at(i), batch.intendedAt);
        batch.steps.append(steps.at(i)->index);
    }
    batch.attemptIds = attemptIds;
    return id;
}

bool CheckpointStore::updateProviderBatch(const ProviderBatchRecord &batch)
{
    if (!beginWrite())
        return false;
    QSqlQuery &update = statement(QStringLiteral(
        "UPDATE provider_batches SET stage = ?, file_id = ?, batch_id = ?, status = ?,"
        " counts = ?, created_at = ?, expires_at = ?, ended_at = ?, polled_at = ?, error = ?"
        " WHERE id = ?"));
    update.addBindValue(providerBatchStageName(batch.stage));
    update.addBindValue(text(batch.fileId));
    update.addBindValue(text(batch.batchId));
    update.addBindValue(text(batch.status));
    update.addBindValue(
        QString::fromUtf8(QJsonDocument(batch.counts).toJson(QJsonDocument::Compact)));
    update.addBindValue(batch.createdAt);
    update.addBindValue(batch.expiresAt);
    update.addBindValue(batch.endedAt);
    update.addBindValue(batch.polledAt);
    update.addBindValue(text(batch.error));
    update.addBindValue(batch.id);
    const bool ok = update.exec() && update.numRowsAffected() == 1;
    if (!ok)
        fail(Tr::tr("cannot record the provider batch"), update.lastError().text());
    return endWrite(ok);
}

std::optional<QList<ProviderBatchRecord>> CheckpointStore::providerBatches(qint64 taskId)
{
    if (!usable())
        return std::nullopt;
    m_lastError.clear();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT id, round, chunk, stage, file_id, batch_id, status, counts, intended_at,"
        " created_at, expires_at, ended_at, polled_at, error FROM provider_batches"
        " WHERE task_id = ? ORDER BY id"));
    query.addBindValue(taskId);
    if (!query.exec()) {
        fail(Tr::tr("cannot read the provider batches"), query.lastError().text());
        return std::nullopt;
    }
    QList<ProviderBatchRecord> batches;
    while (query.next()) {
        ProviderBatchRecord batch;
        batch.id = query.value(0).toLongLong();
        batch.taskId = taskId;
        batch.round = query.value(1).toInt();
        batch.chunk = query.value(2).toInt();
        batch.stage = providerBatchStageFromName(query.value(3).toString());
        batch.fileId = query.value(4).toString();
        batch.batchId = query.value(5).toString();
        batch.status = query.value(6).toString();
        batch.counts = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        batch.intendedAt = query.value(8).toLongLong();
        batch.createdAt = query.value(9).toLongLong();
        batch.expiresAt = query.value(10).toLongLong();
        batch.endedAt = query.value(11).toLongLong();
        batch.polledAt = query.value(12).toLongLong();
        batch.error = query.value(13).toString();
        batches.append(batch);
    }
    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT step, id FROM attempts WHERE provider_batch = ?"
                                 " AND ended_at IS NULL ORDER BY step"));
    for (ProviderBatchRecord &batch : batches) {
        if (batch.stage == ProviderBatchRecord::Stage::Collected ||
            batch.stage == ProviderBatchRecord::Stage::Abandoned)
            continue;
        items.addBindValue(batch.id);
        if (!items.exec()) {
            fail(Tr::tr("cannot read the provider batches"), items.lastError().text());
            return std::nullopt;
        }
        while (items.next()) {
            batch.steps.append(items.value(0).toInt());
            batch.attemptIds.append(items.value(1).toLongLong());
        }
    }
    return batches;
}

QList<TaskSummary> CheckpointStore::listTasks(const QList<qint64> &ids)
{
    if (!usable())
        return {};
    m_lastError.clear();
    QList<TaskSummary> result;
    QStringList idList;
    for (qint64 id : ids)
        idList.append(QString::number(id));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool ok = query.exec(
        QStringLiteral(
            "SELECT t.id, t.name, t.kind, t.state, t.reason, t.model, t.resume_at, t.spec,"
            " t.updated_at, COUNT(s.idx),"
            " COALESCE(SUM(CASE WHEN s.state = 'done' THEN 1 ELSE 0 END), 0),"
            " COALESCE(SUM(CASE WHEN s.state = 'failed' THEN 1 ELSE 0 END), 0)"
            " FROM tasks t LEFT JOIN steps s ON s.task_id = t.id %1"
            " GROUP BY t.id ORDER BY t.id DESC")
            .arg(ids.isEmpty() ? QString()
                               : QStringLiteral("WHERE t.id IN (%1)").arg(idList.join(u','))));
    if (!ok) {
        fail(Tr::tr("cannot list the tasks"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        TaskSummary task;
        task.id = query.value(0).toLongLong();
        task.name = query.value(1).toString();
        task.kind = query.value(2).toString();
        task.state = taskStateFromName(query.value(3).toString()).value_or(TaskState::Queued);
        task.reason = query.value(4).toString();
        task.model = query.value(5).toString();
        task.resumeAt = query.value(6).toLongLong();
        const QJsonObject spec =
            QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
        task.maxAttempts = spec.value(QLatin1String("retry"))
                               .toObject()
                               .value(QLatin1String("max_attempts"))
                               .toInt();
        const QDateTime deadline = QDateTime::fromString(
            spec.value(QLatin1String("deadline")).toString(), Qt::ISODateWithMs);
        task.deadline = deadline.isValid() ? deadline.toMSecsSinceEpoch() : 0;
        task.updatedAt = query.value(8).toLongLong();
        task.stepsTotal = query.value(9).toInt();
        task.stepsDone = query.value(10).toInt();
        task.stepsFailed = query.value(11).toInt();
        result.append(task);
    }
    QSqlQuery current(QSqlDatabase::database(m_connectionName, false));
    current.prepare(
        QStringLiteral("SELECT budget_attempts, next_try_at, error_class, last_message FROM steps"
                       " WHERE task_id = ? AND state = 'pending' AND last_try_at > 0"
                       " ORDER BY last_try_at DESC LIMIT 1"));
    for (TaskSummary &task : result) {
        current.addBindValue(task.id);
        if (!current.exec()) {
            fail(Tr::tr("cannot list the tasks"), current.lastError().text());
            return {};
        }
        if (current.next()) {
            task.attempt = current.value(0).toInt();
            task.nextTryAt = current.value(1).toLongLong();
            task.errorClass = current.value(2).toString();
            task.lastMessage = current.value(3).toString();
        }
    }
    // What each task spent, in one pass over the attempts rather than one query a task.
    QSqlQuery spent(QSqlDatabase::database(m_connectionName, false));
    if (!spent.exec(QStringLiteral("SELECT task_id, %1 FROM attempts WHERE attempt > 0%2"
                                   " GROUP BY task_id")
                        .arg(kSpendColumns, ids.isEmpty() ? QString()
                                                          : QStringLiteral(" AND task_id IN (%1)")
                                                                .arg(idList.join(u','))))) {
        fail(Tr::tr("cannot read what the tasks spent"), spent.lastError().text());
        return {};
    }
    QHash<qint64, Spend> spends;
    while (spent.next())
        spends.insert(spent.value(0).toLongLong(), readSpend(spent, 1));
    for (TaskSummary &task : result)
        task.spend = spends.value(task.id);
    return result;
}

std::optional<Spend> CheckpointStore::spend(std::optional<qint64> taskId, qint64 since)
{
    if (!usable())
        return std::nullopt;
    QSqlQuery &query =
        statement(QStringLiteral("SELECT %1 FROM attempts WHERE attempt > 0 AND started_at >= ?%2")
                      .arg(kSpendColumns, taskId ? QStringLiteral(" AND task_id = ?") : QString()));
    query.addBindValue(since);
    if (taskId)
        query.addBindValue(*taskId);
    if (!query.exec() || !query.next()) {
        fail(Tr::tr("cannot read what the tasks spent"), query.lastError().text());
        return std::nullopt;
    }
    const Spend spent = readSpend(query, 0);
    query.finish();
    return spent;
}

std::optional<Activity> CheckpointStore::activity(std::optional<qint64> taskId, qint64 since,
                                                  qint64 until)
{
    if (!usable())
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString ofTask = taskId ? QStringLiteral(" AND task_id = ?") : QString();
    const auto failed = [this](const QSqlQuery &query) {
        fail(Tr::tr("cannot read what the tasks did"), query.lastError().text());
        return std::nullopt;
    };
    // The chart starts with the first attempt that still mattered at `since`: a task's
    // first, or the first of the night since the window was last seen.
    Activity activity;
    QSqlQuery first(db);
    first.prepare(
        QStringLiteral("SELECT MIN(CASE WHEN started_at > ? THEN started_at ELSE ? END)"
                       " FROM attempts WHERE attempt > 0"
                       " AND (ended_at IS NULL OR ended_at + COALESCE(delay_ms, 0) >= ?)%1")
            .arg(ofTask));
    first.addBindValue(since);
    first.addBindValue(since);
    first.addBindValue(since);
    if (taskId)
        first.addBindValue(*taskId);
    if (!first.exec() || !first.next())
        return failed(first);
    if (first.value(0).isNull())
        return activity; // nothing sent since then
    since = first.value(0).toLongLong();
    if (until <= since)
        return activity;
    activity.bucketMs = activityBucketMs(until - since);
    activity.since = since - since % activity.bucketMs;
    activity.until = until;
    const auto bucketCount = static_cast<std::size_t>(
        (until - activity.since + activity.bucketMs - 1) / activity.bucketMs);
    activity.buckets.resize(bucketCount);
    for (std::size_t i = 0; i < bucketCount; ++i)
        activity.buckets[i].startMs = activity.since + static_cast<qint64>(i) * activity.bucketMs;

    QSqlQuery ended(db);
    ended.prepare(QStringLiteral("SELECT (ended_at - ?) / ?, class, COUNT(*),"
                                 " COALESCE(SUM(cost_usd), 0) FROM attempts"
                                 " WHERE attempt > 0 AND class IS NOT NULL"
                                 " AND ended_at >= ? AND ended_at < ?%1 GROUP BY 1, 2")
                      .arg(ofTask));
    ended.addBindValue(activity.since);
    ended.addBindValue(activity.bucketMs);
    ended.addBindValue(activity.since);
    ended.addBindValue(until);
    if (taskId)
        ended.addBindValue(*taskId);
    if (!ended.exec())
        return failed(ended);
    while (ended.next()) {
        const auto index = ended.value(0).toULongLong();
        const auto failureClass = failureClassFromName(ended.value(1).toString());
        if (index >= bucketCount || !failureClass)
            continue;
        ActivityBucket &bucket = activity.buckets[index];
        bucket.attempts.at(static_cast<std::size_t>(activityKindOf(*failureClass))) +=
            ended.value(2).toInt();
        bucket.costUsd += ended.value(3).toDouble();
    }

    QSqlQuery waits(db);
    waits.prepare(QStringLiteral("SELECT ended_at, ended_at + delay_ms FROM attempts"
                                 " WHERE attempt > 0 AND class IN ('rate-limited', 'quota',"
                                 " 'capacity') AND delay_ms > 0 AND ended_at < ?"
                                 " AND ended_at + delay_ms > ?%1")
                      .arg(ofTask));
    waits.addBindValue(until);
    waits.addBindValue(since);
    if (taskId)
        waits.addBindValue(*taskId);
    if (!waits.exec())
        return failed(waits);
    QList<TimeSpan> spans;
    while (waits.next()) {
        spans.append({std::max(since, waits.value(0).toLongLong()),
                      std::min(until, waits.value(1).toLongLong())});
    }
    activity.waits = mergeSpans(std::move(spans));

    QSqlQuery spent(db);
    spent.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE attempt > 0 AND started_at >= ?"
                                 " AND started_at < ?%2")
                      .arg(kSpendColumns, ofTask));
    spent.addBindValue(since);
    spent.addBindValue(until);
    if (taskId)
        spent.addBindValue(*taskId);
    if (!spent.exec() || !spent.next())
        return failed(spent);
    activity.spend = readSpend(spent, 0);
    return activity;
}

QList<AttemptRecord> CheckpointStore::attempts(qint64 taskId)
{
    if (!usable())
        return {};
    QList<AttemptRecord> result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
        "SELECT id, task_id, step, attempt, model, request_id, started_at, ended_at, http_status,"
        " class, retry, delay_ms, message, partial_text, service_tier, response_id, resumed_after,"
        " input_tokens, cached_tokens, cache_write_tokens, output_tokens, reasoning_tokens,"
        " usage_reported, cost_usd"
        " FROM attempts WHERE task_id = ? AND attempt > 0 ORDER BY id"));
    query.addBindValue(taskId);
    if (!query.exec()) {
        fail(Tr::tr("cannot read the attempts"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        AttemptRecord record;
        record.id = query.value(0).toLongLong();
        record.taskId = query.value(1).toLongLong();
        record.step = query.value(2).toInt();
        record.attempt = query.value(3).toInt();
        record.model = query.value(4).toString();
        record.requestId = query.value(5).toString();
        record.startedAt = query.value(6).toLongLong();
        record.endedAt = query.value(7).toLongLong();
        record.httpStatus = query.value(8).toInt();
        record.failureClass = query.value(9).toString();
        record.retry = query.value(10).toInt() != 0;
        if (!query.value(11).isNull())
            record.delayMs = query.value(11).toLongLong();
        record.message = query.value(12).toString();
        record.partialText = query.value(13).toString();
        record.serviceTier = query.value(14).toString();
        record.responseId = query.value(15).toString();
        if (!query.value(16).isNull())
            record.resumedAfter = query.value(16).toLongLong();
        record.usage.input = query.value(17).toLongLong();
        record.usage.cached = query.value(18).toLongLong();
        record.usage.cacheWrite = query.value(19).toLongLong();
        record.usage.output = query.value(20).toLongLong();
        record.usage.reasoning = query.value(21).toLongLong();
        record.usage.reported = query.value(22).toInt() != 0;
        if (!query.value(23).isNull())
            record.costUsd = query.value(23).toDouble();
        result.append(record);
    }
    return result;
}

} // namespace vigil

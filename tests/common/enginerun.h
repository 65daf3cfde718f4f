#pragma once

#include "engine.h"
#include "taskspec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QVariant>

// Helpers for tests that drive the engine in-process against vigil-sim.

// A simulator profile with short replies and fast tokens; `extra` adds or replaces keys.
QJsonObject testProfile(const QJsonObject &extra = {});

// A profile fragment: `model` answers `response` for the simulator's first `durationMs`.
QJsonObject openingWindow(int durationMs, const QString &response, const QJsonObject &headers = {},
                          const QString &model = QStringLiteral("vigil-large"));

// Writes a conversation task file `<folder>/<name>.json` for the simulator at `baseUrl`;
// returns its path.
QString writeConversation(const QString &folder, const QString &baseUrl, const QString &name,
                          const QString &model, const QJsonArray &turns,
                          const QJsonObject &retry = {});

// Retry figures scaled down for tests: the same schedules, in tens of milliseconds.
vigil::RetryPolicy quickRetry();

// A batch of `items` prompts for vigil-sim's vigil-large, written to `output`, with
// quickRetry().
vigil::TaskSpec simBatch(const QString &baseUrl, const QString &output, int items, int concurrency);

// The item ids of a batch's output file, each once (none when it does not exist); a
// repeated id or a torn line is fatal.
QSet<QString> readOutputIds(const QString &outputPath);

// The events called `name`, in order.
QList<vigil::EngineEvent> eventsNamed(const QList<vigil::EngineEvent> &events, const QString &name);

struct Run
{
    vigil::TaskState state = vigil::TaskState::Queued;
    QString reason;
    QList<vigil::EngineEvent> events;
    qint64 taskId = 0;
    qint64 commits = 0; // the store's, while the task ran

    QList<vigil::EngineEvent> named(const QString &name) const { return eventsNamed(events, name); }
};

// Submits and runs one task on a fresh engine over the store at `dbPath`, until it ends.
Run runTask(const QString &dbPath, const vigil::TaskSpec &task, int timeoutMs = 30000);

// Rows of a table of the store at `location` (a file or a postgresql:// URL) as another
// connection sees them: only what is committed, armed attempts included. -1 when it cannot
// be read.
int countRows(const QString &location, const QString &table);
// Runs `sql` on the store at `location` through a connection of its own; the first column
// of the first row, if any. `ok` says whether the statement ran.
QVariant peekSql(const QString &location, const QString &sql, bool *ok = nullptr);

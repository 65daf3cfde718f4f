#pragma once

#include "taskspec.h"

#include <QJsonObject>
#include <QLocalServer>
#include <QObject>
#include <functional>
#include <optional>

namespace vigil {

class TaskStore;
class Engine;

// The control socket of a running Vigil (DESIGN §8): a local socket only its user can
// reach. A client sends one JSON object on one line — {"command": "list"},
// {"command": "pause", "id": 3}, {"command": "add", "file": "/abs/task.json"},
// {"command": "models", "provider": "name"} or {"command": "models", "id": 3} (the model
// list of a configured provider, or a task's), {"command": "activate"} — and gets
// one line back: {"ok": true, …} or {"ok": false, "error": "…"}. The desktop and
// `vigil serve` both run one.
class ControlServer : public QObject
{
    Q_OBJECT
public:
    ControlServer(Engine &engine, TaskStore &store, QObject *parent = nullptr);

    // `given` when set, else $VIGIL_SOCKET, else vigil.sock in the user's runtime folder.
    static QString socketPath(const QString &given);

    // Whether a Vigil answers at `path`.
    static bool answers(const QString &path);
    // The request that adds the task file at `path` (relative to the current folder).
    static QJsonObject addRequest(const QString &path);

    // Listens at `path`. Fails, saying why, when another instance answers there; a socket
    // file left behind by a crash is replaced.
    bool listen(const QString &path, QString *error);
    QString path() const { return m_server.fullServerName(); }
    // Task files added later may name the providers of this settings file; it is read
    // again for each, so that edits apply without a restart.
    // Where tasks' named providers, retry figures and prices are read; the engine takes the
    // file's prices now and whenever a task is added.
    void setSettingsPath(const QString &path);
    QString settingsPath() const;

    // Answers one request, at once or (checking a model with its provider) later.
    void handle(const QJsonObject &request, std::function<void(const QJsonObject &)> reply);
    // The same for a request as it came over the socket: one line of JSON, or anything.
    void handleLine(const QByteArray &line, std::function<void(const QJsonObject &)> reply);
    // Adds and starts the task `spec` describes, as "add" does for a task file; a batch's
    // items are read here when `spec` comes without them. Answers as "add" would.
    QJsonObject addTask(TaskSpec spec);

signals:
    // {"command": "activate"}: a second start of the desktop asks the first to show itself.
    void activationRequested();

private:
    void onNewConnection();
    QJsonObject answer(const QJsonObject &request);
    QJsonObject list();
    QJsonObject show(qint64 taskId);
    QJsonObject add(const QJsonObject &request);
    // The settings file's prices and daily cap, for the engine.
    void applySpendSettings(const Settings &settings);
    // set-budget's caps: max_cost_usd, max_tokens, either absent or null for no cap.
    static std::optional<SpendBudget> budgetOf(const QJsonObject &request, QString *error);
    std::optional<ProviderSpec> namedProvider(const QString &name, QString *error) const;

    Engine &m_engine;
    TaskStore &m_store;
    QLocalServer m_server;
    QString m_settingsPath;
};

} // namespace vigil

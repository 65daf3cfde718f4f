// The control socket's messages as any local client may send them: each line of an input is
// one client's request, all of them decoded and answered by a ControlServer over a real
// engine and checkpoint store in one turn of the event loop. The store holds a task in each
// state a user meets (completed, paused, failed, cancelled, queued, one whose key is in a
// keychain this Vigil lacks), with steps and attempts, so that every command reaches past
// "no task". Their provider is 127.0.0.1:1, where nothing listens: whatever a task sends is
// refused. After each input whatever started is cancelled and every task is put back as it
// was, so that inputs do not depend on one another.
#include "controlserver.h"
#include "engine.h"
#include "store.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace {

constexpr char kEndpoint[] = R"("base_url": "http://127.0.0.1:1/v1", "protocol": "openai-chat")";

// A task's provider: the endpoint above.
QByteArray taskProvider()
{
    return QByteArray(R"("provider": {)") + kEndpoint + "}";
}

// The conversation "add" may name: a fixed path, so that the corpus can name it too.
QString addableTaskPath()
{
    return QStringLiteral("/tmp/vigil-fuzz-control/night.json");
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        __builtin_trap();
}

struct Seeded
{
    qint64 id = 0;
    vigil::TaskState state = vigil::TaskState::Queued;
    QString reason;
    vigil::TaskSpec spec;
};

struct World
{
    // In memory where the system offers it: each restore commits, and a disk's syncs would
    // set the pace.
    QTemporaryDir dir{QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                          ? QStringLiteral("/dev/shm/vigil-fuzz-control-XXXXXX")
                          : QDir::tempPath() + QStringLiteral("/vigil-fuzz-control-XXXXXX")};
    vigil::CheckpointStore store;
    std::unique_ptr<vigil::Engine> engine;
    std::unique_ptr<vigil::ControlServer> control;
    std::vector<Seeded> tasks;
    bool changed = false; // the engine told of a change since the last restore()
    int restored = 0;

    World()
    {
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("fuzz.db"))))
            __builtin_trap();
        engine = std::make_unique<vigil::Engine>(store);
        QObject::connect(engine.get(), &vigil::Engine::eventOccurred, [this] { changed = true; });
        control = std::make_unique<vigil::ControlServer>(*engine, store);
        const QString settings = dir.filePath(QStringLiteral("settings.json"));
        writeFile(settings, QByteArray(R"({"providers": [{"name": "local", )") + kEndpoint +
                                R"(, "models": ["small", "large"]}]})");
        control->setSettingsPath(settings);
        writeFile(addableTaskPath(), conversation("Added", R"(["One.", "Two."])"));
        writeFile(dir.filePath(QStringLiteral("items.jsonl")),
                  "{\"id\": 1, \"text\": \"a\"}\n{\"id\": \"b\", \"text\": \"b\"}\n");

        using vigil::TaskState;
        seed(conversation("Finished", R"(["First.", "Second."])"), TaskState::Completed, 2);
        seed(conversation("Halted", R"(["First.", "Second.", "Third."])"), TaskState::Paused, 1);
        seed(R"({"name": "Items", )" + taskProvider() +
                 R"(, "model": "small", "batch": {"input": "items.jsonl",
                 "template": "Say {{text}}", "output": "items.out.jsonl"}})",
             TaskState::Failed, 1);
        seed(conversation("Dropped", R"(["First."])"), TaskState::Cancelled, 0);
        seed(conversation("Waiting", R"(["First."])"), TaskState::Queued, 0);
        seed(R"({"name": "Locked", "provider": {"base_url": "http://127.0.0.1:1/v1",
             "protocol": "anthropic-messages", "api_key_keychain": "fuzz"}, "model": "small",
             "turns": ["First."]})",
             TaskState::Paused, 0);
        if (!store.commitNow())
            __builtin_trap();
    }

    static QByteArray conversation(const char *name, const char *turns)
    {
        return QByteArray(R"({"name": ")") + name + R"(", )" + taskProvider() +
               R"(, "model": "small", "turns": )" + turns + "}";
    }

    // A task from `json`, its first `done` steps completed after a failed attempt each,
    // the next one failed, and the task left in `state`.
    void seed(const QByteArray &json, vigil::TaskState state, int done)
    {
        const QString file = dir.filePath(QStringLiteral("task-%1.json").arg(tasks.size()));
        writeFile(file, json);
        vigil::TaskFileError error;
        const auto spec = vigil::loadTaskFile(file, error);
        const auto id = spec ? store.createTask(*spec) : std::nullopt;
        if (!id)
            __builtin_trap();
        const qint64 at = 1'700'000'000'000;
        auto task = store.loadTask(*id);
        if (!task)
            __builtin_trap();
        const int steps = static_cast<int>(task->steps.size());
        for (int index = 0; index < std::min(done + 1, steps); ++index) {
            vigil::StepRecord &step = task->steps[index];
            const auto refused = store.beginAttempt(*id, step, QStringLiteral("small"),
                                                    QStringLiteral("r%1a").arg(index), at);
            vigil::AttemptEnd busy{at + 10, 503,  vigil::FailureClass::Capacity,
                                   true,    2000, QStringLiteral("model at capacity")};
            if (!refused || !store.finishAttempt(*refused, step, busy))
                __builtin_trap();
            const auto second = store.beginAttempt(*id, step, QStringLiteral("small"),
                                                   QStringLiteral("r%1b").arg(index), at + 2000);
            const bool ok =
                second &&
                (index < done
                     ? store.completeStep(
                           *second, step,
                           {at + 2100, 200, vigil::FailureClass::Ok, false, std::nullopt, {}},
                           {QStringLiteral("Answer %1.").arg(index),
                            {{QStringLiteral("output_tokens"), 3}},
                            QStringLiteral("small")})
                     : store.failStep(*second, step,
                                      {at + 2100, 401, vigil::FailureClass::Auth, false,
                                       std::nullopt, QStringLiteral("invalid API key")}));
            if (!ok)
                __builtin_trap();
        }
        const QString reason = QStringLiteral("seeded %1").arg(vigil::taskStateName(state));
        if (!store.setTaskState(*task, state, reason))
            __builtin_trap();
        tasks.push_back({*id, state, reason, *spec});
    }

    // Cancels what an input started and puts every seeded task back as it was.
    void restore()
    {
        if (!changed)
            return;
        const QList<vigil::TaskSummary> all = store.listTasks();
        const QDeadlineTimer deadline(5000);
        for (bool running = true; running;) {
            running = false;
            for (const vigil::TaskSummary &task : all) {
                if (engine->isRunning(task.id)) {
                    running = true;
                    engine->cancel(task.id);
                }
            }
            if (running && deadline.hasExpired())
                __builtin_trap(); // a cancelled task stops
            QCoreApplication::processEvents();
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        for (const vigil::TaskSummary &now : store.listTasks()) {
            const auto seeded = std::find_if(tasks.begin(), tasks.end(),
                                             [&now](const Seeded &t) { return t.id == now.id; });
            if (seeded == tasks.end())
                continue; // added by the input: found again, not added, by the next one
            if (now.state == seeded->state && now.reason == seeded->reason &&
                now.model == seeded->spec.model)
                continue;
            auto task = store.loadTask(seeded->id);
            if (!task || !store.updateTaskSpec(*task, seeded->spec) ||
                !store.setTaskState(*task, seeded->state, seeded->reason))
                __builtin_trap();
        }
        changed = false;
        ++restored;
    }
};

// Each start leaves its attempts behind; a world that has seen many is built anew, so that
// the store does not grow with the run.
constexpr int kRestoresPerWorld = 1000;
std::unique_ptr<World> world;

// Answers each line as one client's request, all read in one turn of the event loop, as
// those of clients that connect at once are; then puts the world back. Returns the replies
// in the order they came.
QList<QJsonObject> answer(const QList<QByteArray> &lines)
{
    auto pending = std::make_shared<qsizetype>(lines.size());
    auto replies = std::make_shared<QList<QJsonObject>>();
    for (const QByteArray &line : lines) {
        const qsizetype before = *pending;
        world->control->handleLine(line, [pending, replies](const QJsonObject &reply) {
            --*pending;
            if (!reply.value(QLatin1String("ok")).toBool() &&
                reply.value(QLatin1String("error")).toString().isEmpty())
                __builtin_trap(); // a refusal always says why
            replies->append(reply);
        });
        // Only a model check asks the provider, and answers once it has been refused.
        const QString command =
            QJsonDocument::fromJson(line).object().value(QLatin1String("command")).toString();
        if (*pending == before && command != QLatin1String("models") &&
            command != QLatin1String("switch-model"))
            __builtin_trap();
    }
    const QDeadlineTimer deadline(5000);
    while (*pending > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (*pending > 0)
        __builtin_trap(); // every request is answered
    world->restore();
    if (world->restored >= kRestoresPerWorld) {
        world.reset();
        world = std::make_unique<World>();
    }
    return *replies;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // Each start is logged; at thousands of inputs a second only warnings are worth reading.
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false"));
    world = std::make_unique<World>();
    // Qt Network makes its globals (the socket engines' registry, the proxy settings) when a
    // manager first connects, and exit() destroys globals in the reverse order of their
    // making. Made by an input, they would go before the guard below, while the world's
    // network threads still run and may open a socket. A model check asked here makes them
    // first, so that at exit the world ends while they stand, and the application after it.
    const QList<QJsonObject> replies = answer({R"({"command": "models", "provider": "local"})"});
    if (!replies.value(0)
             .value(QLatin1String("error"))
             .toString()
             .contains(QLatin1String("answered")))
        __builtin_trap(); // the settings name the provider, and only the provider refuses
    static const auto endWorld = qScopeGuard([] {
        // Until the world ends, its network threads may open a socket at any moment; opening
        // one here fails loudly, on every run, where a thread would fail once in millions.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, 1);
        world.reset();
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Past a few clients at once, more reach nothing new.
    constexpr qsizetype kClients = 4;
    QList<QByteArray> lines =
        QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)).split('\n');
    lines.resize(std::min(lines.size(), kClients));
    answer(lines);
    return 0;
}

// The control socket's messages as any local client may send them: one line, decoded and
// answered by a ControlServer over a real engine and checkpoint store.
#include "controlserver.h"
#include "engine.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

struct World
{
    QTemporaryDir dir;
    vigil::CheckpointStore store;
    std::unique_ptr<vigil::Engine> engine;
    std::unique_ptr<vigil::ControlServer> control;

    World()
    {
        if (!dir.isValid() || !store.open(dir.filePath(QStringLiteral("fuzz.db"))))
            __builtin_trap();
        engine = std::make_unique<vigil::Engine>(store);
        control = std::make_unique<vigil::ControlServer>(*engine, store);
        control->setSettingsPath(dir.filePath(QStringLiteral("no-settings.json")));
    }
};

World *world;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static World instance;
    world = &instance;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    bool answered = false;
    world->control->handleLine(line, [&answered](const QJsonObject &reply) {
        answered = true;
        if (!reply.value(QLatin1String("ok")).toBool() &&
            reply.value(QLatin1String("error")).toString().isEmpty())
            __builtin_trap(); // a refusal always says why
    });
    // Only a model check asks the provider, and answers later.
    const QString command =
        QJsonDocument::fromJson(line).object().value(QLatin1String("command")).toString();
    if (!answered && command != QLatin1String("models") && command != QLatin1String("switch-model"))
        __builtin_trap();
    return 0;
}

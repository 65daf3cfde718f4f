// Task and settings files as a user, an editor gone wrong or another program may write
// them: the same bytes are read as a settings file and as a task file naming its provider.
#include "taskspec.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    vigil::TaskFileError error;
    static const auto settings = vigil::parseSettingsJson(
        R"({"retry": {"max_attempts": 4},
            "providers": [{"name": "local", "base_url": "http://127.0.0.1:8399/v1",
                           "models": ["vigil-large"], "retry": {"initial_delay_ms": 10}}]})",
        QStringLiteral("/fuzz/settings.json"), error);
    if (!settings)
        __builtin_trap(); // the settings above are valid
    const auto parsedSettings =
        vigil::parseSettingsJson(json, QStringLiteral("/fuzz/settings.json"), error);
    if (!parsedSettings && error.problem.isEmpty())
        __builtin_trap(); // a refusal always says why
    const auto spec =
        vigil::parseTaskJson(json, QStringLiteral("/fuzz/task.json"), error, &*settings);
    if (!spec && error.problem.isEmpty())
        __builtin_trap();
    if (spec) {
        (void)spec->workKey();
        (void)spec->stepPrompts();
        const auto again = vigil::parseTaskJson(QJsonDocument(spec->toJson()).toJson(),
                                                QStringLiteral("/fuzz/task.json"), error);
        if (!again)
            __builtin_trap(); // what Vigil stores of a task must read back
    }
    return 0;
}

// JsonPeek beside QJsonDocument: every input is read by both, and the fuzzer stops when
// JsonPeek accepts a text QJsonDocument refuses, refuses one it accepts, or reads a value
// otherwise. Each decoder reads every streamed event with JsonPeek.
#include "jsonpeekcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString difference = vigil::test::jsonPeekAgreement(text);
    if (!difference.isEmpty()) {
        std::fprintf(stderr, "JsonPeek and QJsonDocument differ: %s\n", qPrintable(difference));
        std::abort();
    }
    return 0;
}

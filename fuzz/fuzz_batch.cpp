// A batch's input file: JSON lines of any shape, each rendered through a template. The
// first line of the input is the template, the rest are the items.
#include "taskspec.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    vigil::BatchSpec batch;
    batch.input = QStringLiteral("/fuzz/items.jsonl");
    batch.promptTemplate = QString::fromUtf8(input.left(newline < 0 ? input.size() : newline));
    input.remove(0, newline < 0 ? input.size() : newline + 1);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    vigil::TaskFileError error;
    if (!vigil::readBatchItems(buffer, batch, error) && error.problem.isEmpty())
        __builtin_trap(); // a refusal always says why
    for (const vigil::BatchItem &item : std::as_const(batch.items)) {
        if (item.id.isEmpty() || item.prompt.trimmed().isEmpty())
            __builtin_trap();
        if (vigil::batchItemId(vigil::batchItemIdValue(item.id)) != item.id)
            __builtin_trap(); // an id written to the output reads back as itself
    }
    return 0;
}

#pragma once

// A batch run by the engine against vigil-sim, measured: what bench_batch and bench_store
// share.

#include "benchsupport.h"
#include "engine.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>

namespace bench {

struct BatchFigures
{
    int items = 0;
    double wallS = 0;
    double minimumS = 0; // the simulator's own streaming time / concurrency
    double cpuMsPerItem = 0;
    double engineThreadMsPerItem = 0;
    qint64 commits = 0;
    bool completed = false;
    QString error; // why the store could not be opened or the batch started
};

// Runs `items` prompts, `concurrency` at a time, on the simulator at `base`, with the
// checkpoint store at `store` (a file or a postgresql:// URL); its output goes to `dir`.
// Grouped commits as the engine sets them, or a commit for each write.
inline BatchFigures runBatch(const QString &base, const QString &dir, const QString &store,
                             int items, int concurrency, bool grouped, int tokenDelayMs)
{
    using namespace vigil;
    TaskSpec spec;
    spec.name = QStringLiteral("bench batch %1 %2").arg(items).arg(grouped);
    spec.provider.baseUrl = QUrl(base);
    spec.model = QStringLiteral("vigil-small");
    spec.batch.emplace();
    spec.batch->input = QDir(dir).filePath(QStringLiteral("items.jsonl"));
    spec.batch->output = QDir(dir).filePath(
        QStringLiteral("out-%1-%2-%3.jsonl").arg(items).arg(grouped).arg(qHash(store)));
    spec.batch->concurrency = concurrency;
    spec.batch->promptTemplate = QStringLiteral("Summarise document number {{n}}.");
    for (int i = 0; i < items; ++i)
        spec.batch->items.append({QString::number(i + 1), i + 1,
                                  QStringLiteral("Summarise document number %1.").arg(i)});

    BatchFigures figures;
    figures.items = items;
    CheckpointStore checkpoints;
    if (!checkpoints.open(store)) {
        figures.error = checkpoints.lastError();
        return figures;
    }
    Engine engine(checkpoints);
    if (!grouped)
        checkpoints.commitEachWrite();
    const auto id = engine.submit(spec, &figures.error);
    const qint64 commitsBefore = checkpoints.commits();
    const double cpu = cpuSeconds();
    const double threadCpu = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QObject::connect(&engine, &Engine::taskEnded, &loop,
                     [&](qint64, TaskState state, const QString &reason) {
                         figures.completed = state == TaskState::Completed;
                         if (!figures.completed)
                             figures.error = reason;
                         loop.quit();
                     });
    if (!id || !engine.start(*id, &figures.error))
        return figures;
    loop.exec();
    figures.wallS = wall.elapsed() / 1000.0;
    figures.cpuMsPerItem = (cpuSeconds() - cpu) * 1000 / items;
    figures.engineThreadMsPerItem = (threadCpuSeconds() - threadCpu) * 1000 / items;
    figures.commits = checkpoints.commits() - commitsBefore;
    // Every reply streams one token per tokenDelayMs after the first: the simulator alone
    // needs at least that long per item, `concurrency` at a time.
    qint64 tokens = 0;
    if (const auto task = checkpoints.loadTask(*id)) {
        for (const StepRecord &step : task->steps)
            tokens += step.usage.value(QLatin1String("completion_tokens")).toInt();
    }
    figures.minimumS = double(tokens) * tokenDelayMs / 1000.0 / concurrency;
    return figures;
}

} // namespace bench

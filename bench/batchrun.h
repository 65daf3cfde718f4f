#pragma once

// A batch through the real `vigil run` against vigil-sim, as the storm benchmarks run it:
// the wall time, the simulator's counts and the events.

#include "benchsupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QTextStream>

namespace bench {

struct BatchRun
{
    double wallS = 0;
    int exitCode = -1;
    int requests = 0;
    int stepsSeen = 0;
    int stepsOnce = 0; // steps the simulator completed exactly once
    int outputLines = 0;
    qint64 startedAtMs = 0; // wall clock when the simulator's clock was reset
    QList<QJsonObject> events;
    QJsonObject byFault;
    qint64 tokensGenerated = 0; // output tokens the model generated, whoever read them
    int reattaches = 0;
};

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs a batch of the items in `dir`/items.jsonl through `vigil run` against a vigil-sim on
// `profile`; `taskExtra` adds to or replaces the task file's keys.
inline BatchRun runBatch(const QString &dir, const QString &label, const QString &profile,
                         int concurrency, const QJsonObject &taskExtra = {})
{
    BatchRun run;
    QProcess sim;
    const QString base = startSim(sim, profile);
    if (base.isEmpty())
        return run;
    const QString output = QDir(dir).filePath(label + QStringLiteral(".out.jsonl"));
    const QString events = QDir(dir).filePath(label + QStringLiteral(".events.jsonl"));
    const QString taskPath = QDir(dir).filePath(label + QStringLiteral(".json"));
    QJsonObject task{
        {QStringLiteral("name"), QStringLiteral("stormy batch ") + label},
        {QStringLiteral("provider"), QJsonObject{{QStringLiteral("base_url"), base}}},
        {QStringLiteral("model"), QStringLiteral("vigil-large")},
        {QStringLiteral("batch"),
         QJsonObject{{QStringLiteral("input"), QStringLiteral("items.jsonl")},
                     {QStringLiteral("template"), QStringLiteral("Summarise: {{text}}")},
                     {QStringLiteral("output"), output},
                     {QStringLiteral("concurrency"), concurrency}}},
        // The profile's stalls never end: a watchdog of a few seconds finds them.
        {QStringLiteral("retry"), QJsonObject{{QStringLiteral("ttfb_timeout_ms"), 3000},
                                              {QStringLiteral("idle_timeout_ms"), 3000}}}};
    for (auto it = taskExtra.begin(); it != taskExtra.end(); ++it) {
        if (it.key() == QLatin1String("provider")) {
            QJsonObject provider = task.value(it.key()).toObject();
            const QJsonObject extra = it.value().toObject();
            for (auto field = extra.begin(); field != extra.end(); ++field)
                provider.insert(field.key(), field.value());
            task.insert(it.key(), provider);
        } else {
            task.insert(it.key(), it.value());
        }
    }
    writeFile(taskPath, QJsonDocument(task).toJson());

    simCall(base, QStringLiteral("/sim/reset"), true);
    run.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer wall;
    wall.start();
    QProcess vigil;
    vigil.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    vigil.start(QStringLiteral(VIGIL_CLI_BINARY),
                {QStringLiteral("run"), taskPath, QStringLiteral("--db"),
                 QDir(dir).filePath(label + QStringLiteral(".db")), QStringLiteral("--events"),
                 events});
    vigil.waitForFinished(-1);
    run.wallS = wall.elapsed() / 1000.0;
    run.exitCode = vigil.exitStatus() == QProcess::NormalExit ? vigil.exitCode() : -1;

    const QJsonObject stats = simCall(base, QStringLiteral("/sim/stats"));
    run.requests = stats.value(QLatin1String("requests_total")).toInt();
    run.byFault = stats.value(QLatin1String("by_fault")).toObject();
    const QJsonObject steps = stats.value(QLatin1String("steps")).toObject();
    run.stepsSeen = static_cast<int>(steps.size());
    for (const auto &step : steps) {
        run.stepsOnce += step.toObject().value(QLatin1String("completions")).toInt() == 1;
        run.reattaches += step.toObject().value(QLatin1String("reattaches")).toInt();
    }
    run.tokensGenerated = stats.value(QLatin1String("tokens_generated")).toInteger();
    run.outputLines = countLines(output);
    QFile log(events);
    if (log.open(QIODevice::ReadOnly)) {
        while (!log.atEnd())
            run.events.append(QJsonDocument::fromJson(log.readLine()).object());
    }
    sim.kill();
    sim.waitForFinished();
    return run;
}

inline bool complete(QTextStream &out, const QString &label, const BatchRun &run, int items)
{
    if (run.exitCode == 0 && run.stepsSeen == items && run.stepsOnce == items &&
        run.outputLines == items)
        return true;
    out << label << " run did not complete its work: vigil run exited " << run.exitCode << ", "
        << run.stepsOnce << " of " << items << " items completed exactly once, " << run.outputLines
        << " output lines\n";
    return false;
}

// Writes `items` batch items to `dir`/items.jsonl.
inline bool writeItems(const QString &dir, int items)
{
    QByteArray lines;
    for (int i = 1; i <= items; ++i)
        lines += QStringLiteral(R"({"id": %1, "text": "log entry %1 of the night"})"
                                "\n")
                     .arg(i)
                     .toUtf8();
    return writeFile(QDir(dir).filePath(QStringLiteral("items.jsonl")), lines);
}

} // namespace bench

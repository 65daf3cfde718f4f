// A stormy batch through `vigil run`: 300 items, 8 in flight, on vigil-sim's stormy-batch
// profile (a 30 s capacity outage 3 s in, then sporadic 429s asking for a second, 500s,
// stalls and truncated streams). It prints the wall time against the outage-bound ideal —
// the same batch on the same profile without its faults and outage, run first in this
// process, plus the outage — the backend hits per item, how soon the end of the outage was
// noticed, and how the backend's concurrency limit moved. It exits 1 when a run did not
// complete every item exactly once.
//
//   bench_storm [ITEMS] [CONCURRENCY]     (defaults: 300 8)
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

struct Run
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
};

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int lines = 0;
    while (!file.atEnd())
        lines += file.readLine().endsWith('\n') ? 1 : 0;
    return lines;
}

Run runBatch(const QString &dir, const QString &label, const QString &profile, int concurrency)
{
    Run run;
    QProcess sim;
    const QString base = bench::startSim(sim, profile);
    if (base.isEmpty())
        return run;
    const QString output = QDir(dir).filePath(label + QStringLiteral(".out.jsonl"));
    const QString events = QDir(dir).filePath(label + QStringLiteral(".events.jsonl"));
    const QString taskPath = QDir(dir).filePath(label + QStringLiteral(".json"));
    const QJsonObject task{
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
    writeFile(taskPath, QJsonDocument(task).toJson());

    bench::simCall(base, QStringLiteral("/sim/reset"), true);
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

    const QJsonObject stats = bench::simCall(base, QStringLiteral("/sim/stats"));
    run.requests = stats.value(QLatin1String("requests_total")).toInt();
    run.byFault = stats.value(QLatin1String("by_fault")).toObject();
    const QJsonObject steps = stats.value(QLatin1String("steps")).toObject();
    run.stepsSeen = static_cast<int>(steps.size());
    for (const auto &step : steps)
        run.stepsOnce += step.toObject().value(QLatin1String("completions")).toInt() == 1;
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

qint64 eventMs(const QJsonObject &event)
{
    return QDateTime::fromString(event.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

bool complete(QTextStream &out, const QString &label, const Run &run, int items)
{
    if (run.exitCode == 0 && run.stepsSeen == items && run.stepsOnce == items &&
        run.outputLines == items)
        return true;
    out << label << " run did not complete its work: vigil run exited " << run.exitCode << ", "
        << run.stepsOnce << " of " << items << " items completed exactly once, " << run.outputLines
        << " output lines\n";
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int items = args.size() > 1 ? args.at(1).toInt() : 300;
    const int concurrency = args.size() > 2 ? args.at(2).toInt() : 8;

    QTemporaryDir dir;
    QByteArray lines;
    for (int i = 1; i <= items; ++i)
        lines += QStringLiteral(R"({"id": %1, "text": "log entry %1 of the night"})"
                                "\n")
                     .arg(i)
                     .toUtf8();
    writeFile(dir.filePath(QStringLiteral("items.jsonl")), lines);

    const QJsonObject stormy = readJson(QStringLiteral(VIGIL_SOURCE_DIR) +
                                        QStringLiteral("/src/sim/profiles/stormy-batch.json"));
    const QJsonArray windows = stormy.value(QLatin1String("capacity_windows")).toArray();
    if (windows.isEmpty()) {
        out << "the stormy-batch profile was not found or has no outage\n";
        return 1;
    }
    const qint64 outageStartMs =
        windows.first().toObject().value(QLatin1String("start_ms")).toInteger();
    const qint64 outageMs =
        windows.first().toObject().value(QLatin1String("duration_ms")).toInteger();
    QJsonObject clear = stormy;
    clear.remove(QStringLiteral("capacity_windows"));
    clear.remove(QStringLiteral("faults"));
    clear.insert(QStringLiteral("name"), QStringLiteral("stormy-batch without its storm"));
    const QString clearPath = dir.filePath(QStringLiteral("clear.json"));
    writeFile(clearPath, QJsonDocument(clear).toJson());

    const Run baseline = runBatch(dir.path(), QStringLiteral("clear"), clearPath, concurrency);
    if (!complete(out, QStringLiteral("the clear-sky"), baseline, items))
        return 1;
    const Run storm =
        runBatch(dir.path(), QStringLiteral("stormy"), QStringLiteral("stormy-batch"), concurrency);
    if (!complete(out, QStringLiteral("the stormy"), storm, items))
        return 1;

    // When the outage ended, and when the first request after it went.
    const qint64 outageEnd = storm.startedAtMs + outageStartMs + outageMs;
    qint64 firstAfter = 0;
    int stops = 0; // the backend went from serving to cooling down
    int probes = 0;
    int limitChanges = 0;
    int lowestLimit = 0;
    QString lastState;
    for (const QJsonObject &event : storm.events) {
        const QString name = event.value(QLatin1String("event")).toString();
        if (name == QLatin1String("attempt_start") && firstAfter == 0 &&
            eventMs(event) >= outageEnd)
            firstAfter = eventMs(event);
        if (name != QLatin1String("backend_state"))
            continue;
        const QString state = event.value(QLatin1String("state")).toString();
        if (state == QLatin1String("open") &&
            (lastState.isEmpty() || lastState == QLatin1String("closed") ||
             lastState == QLatin1String("releasing")))
            ++stops;
        if (state == QLatin1String("probing"))
            ++probes;
        lastState = state;
        const int limit = event.value(QLatin1String("concurrency_limit")).toInt();
        ++limitChanges;
        if (limit > 0 && (lowestLimit == 0 || limit < lowestLimit))
            lowestLimit = limit;
    }

    const double idealS = baseline.wallS + outageMs / 1000.0;
    out << "stormy-batch: " << items << " items, " << concurrency << " in flight, a "
        << outageMs / 1000 << " s outage from " << outageStartMs / 1000.0 << " s; faults served:";
    for (auto it = storm.byFault.begin(); it != storm.byFault.end(); ++it)
        out << ' ' << it.key() << ' ' << it->toInt();
    out << '\n';
    out << "clear sky (baseline): " << QString::number(baseline.wallS, 'f', 1) << " s, "
        << QString::number(double(baseline.requests) / items, 'f', 2) << " hits per item\n";
    out << "stormy night:         " << QString::number(storm.wallS, 'f', 1) << " s, "
        << QString::number(double(storm.requests) / items, 'f', 2) << " hits per item\n";
    out << "outage-bound ideal:   " << QString::number(idealS, 'f', 1)
        << " s (clear sky + outage); stormy / ideal = "
        << QString::number(storm.wallS / idealS, 'f', 2) << "x (goal <= 1.20)\n";
    out << "end of the outage noticed after "
        << (firstAfter > 0
                ? QString::number((firstAfter - outageEnd) / 1000.0, 'f', 1) + QStringLiteral(" s")
                : QStringLiteral("(no request after it)"))
        << "; the backend stopped " << stops << " time(s), was probed " << probes << " time(s); "
        << limitChanges << " backend events, lowest concurrency limit "
        << (lowestLimit > 0 ? QString::number(lowestLimit) : QStringLiteral("none")) << '\n';
    out << "every item completed exactly once in both runs\n";
    return 0;
}

// A stormy batch through `vigil run`: 300 items, 8 in flight, on vigil-sim's stormy-batch
// profile (a 30 s capacity outage 3 s in, then sporadic 429s asking for a second, 500s,
// stalls and truncated streams). It prints the wall time against the outage-bound ideal —
// the same batch on the same profile without its faults and outage, run first in this
// process, plus the outage — the backend hits per item, how soon the end of the outage was
// noticed, and how the backend's concurrency limit moved. It exits 1 when a run did not
// complete every item exactly once.
//
//   bench_storm [ITEMS] [CONCURRENCY]     (defaults: 300 8)
#include "batchrun.h"

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

qint64 eventMs(const QJsonObject &event)
{
    return QDateTime::fromString(event.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
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
    bench::writeItems(dir.path(), items);

    const QJsonObject stormy = bench::readJson(
        QStringLiteral(VIGIL_SOURCE_DIR) + QStringLiteral("/src/sim/profiles/stormy-batch.json"));
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
    bench::writeFile(clearPath, QJsonDocument(clear).toJson());

    const bench::BatchRun baseline =
        bench::runBatch(dir.path(), QStringLiteral("clear"), clearPath, concurrency);
    if (!bench::complete(out, QStringLiteral("the clear-sky"), baseline, items))
        return 1;
    const bench::BatchRun storm = bench::runBatch(dir.path(), QStringLiteral("stormy"),
                                                  QStringLiteral("stormy-batch"), concurrency);
    if (!bench::complete(out, QStringLiteral("the stormy"), storm, items))
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

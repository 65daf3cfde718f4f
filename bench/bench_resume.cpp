// Streams re-attached instead of paid for twice: the same openai-responses batch through
// `vigil run` on vigil-sim's stormy-night faults (its capacity outage left out), once with
// resume_streams off and once on. It prints the output tokens the simulator generated in
// each run against what the batch needs (the same batch without faults, run first), the
// backend hits per item and the wall time. It exits 1 when a run did not complete every
// item exactly once.
//
//   bench_resume [ITEMS] [CONCURRENCY]     (defaults: 200 8)
#include "batchrun.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace {

QString line(const QString &label, const bench::BatchRun &run, qint64 needed, int items)
{
    return QStringLiteral("%1 %2 tokens generated (%3x what the batch needs), %4 hits per "
                          "item, %5 re-attaches, %6 s\n")
        .arg(label)
        .arg(run.tokensGenerated)
        .arg(double(run.tokensGenerated) / double(std::max<qint64>(1, needed)), 0, 'f', 3)
        .arg(double(run.requests) / items, 0, 'f', 2)
        .arg(run.reattaches)
        .arg(run.wallS, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int items = args.size() > 1 ? args.at(1).toInt() : 200;
    const int concurrency = args.size() > 2 ? args.at(2).toInt() : 8;

    QTemporaryDir dir;
    bench::writeItems(dir.path(), items);
    QJsonObject stormy = bench::readJson(QStringLiteral(VIGIL_SOURCE_DIR) +
                                         QStringLiteral("/src/sim/profiles/stormy-night.json"));
    if (stormy.value(QLatin1String("faults")).toArray().isEmpty()) {
        out << "the stormy-night profile was not found or has no faults\n";
        return 1;
    }
    stormy.remove(QStringLiteral("capacity_windows"));
    const QString stormyPath = dir.filePath(QStringLiteral("stormy.json"));
    bench::writeFile(stormyPath, QJsonDocument(stormy).toJson());
    QJsonObject clear = stormy;
    clear.remove(QStringLiteral("faults"));
    const QString clearPath = dir.filePath(QStringLiteral("clear.json"));
    bench::writeFile(clearPath, QJsonDocument(clear).toJson());

    const auto task = [](bool resume) {
        return QJsonObject{
            {QStringLiteral("provider"),
             QJsonObject{{QStringLiteral("protocol"), QStringLiteral("openai-responses")}}},
            {QStringLiteral("resume_streams"), resume}};
    };
    const bench::BatchRun needed =
        bench::runBatch(dir.path(), QStringLiteral("clear"), clearPath, concurrency, task(true));
    if (!bench::complete(out, QStringLiteral("the clear-sky"), needed, items))
        return 1;
    const bench::BatchRun off =
        bench::runBatch(dir.path(), QStringLiteral("off"), stormyPath, concurrency, task(false));
    if (!bench::complete(out, QStringLiteral("the resume-off"), off, items))
        return 1;
    const bench::BatchRun on =
        bench::runBatch(dir.path(), QStringLiteral("on"), stormyPath, concurrency, task(true));
    if (!bench::complete(out, QStringLiteral("the resume-on"), on, items))
        return 1;

    out << "stormy-night faults (no outage), openai-responses, " << items << " items, "
        << concurrency << " in flight; faults served with resume on:";
    for (auto it = on.byFault.begin(); it != on.byFault.end(); ++it)
        out << ' ' << it.key() << ' ' << it->toInt();
    out << '\n';
    out << "clear sky (needed): " << needed.tokensGenerated << " tokens\n";
    out << line(QStringLiteral("resume off:"), off, needed.tokensGenerated, items);
    out << line(QStringLiteral("resume on: "), on, needed.tokensGenerated, items);
    const qint64 wastedOff = off.tokensGenerated - needed.tokensGenerated;
    const qint64 wastedOn = on.tokensGenerated - needed.tokensGenerated;
    out << "tokens paid for twice: " << wastedOff << " with resume off, " << wastedOn
        << " with it on ("
        << (wastedOff > 0
                ? QString::number(100.0 * (wastedOff - wastedOn) / double(wastedOff), 'f', 0)
                : QStringLiteral("-"))
        << " % saved)\n";
    out << "every item completed exactly once in all three runs\n";
    return 0;
}

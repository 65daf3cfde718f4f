// The same batch with its checkpoints on SQLite and on a PostgreSQL server (a cluster of
// the bench's own, on loopback, as the tests make it): wall time, items per second, the
// engine's CPU per item and commits, with the SQLite figure as the baseline of the same
// run. Then the batch shared by 1, 2 and 4 Vigils (`vigil run` processes, as on that many
// machines — here all on this one) on one PostgreSQL store, against one `vigil run` on
// SQLite: items per second, and the claims the database served.
//
//   bench_store [ITEMS] [CONCURRENCY]     (defaults: 2000 64)
#include "enginebatch.h"
#include "eventdispatch.h"
#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {

struct FleetFigures
{
    double wallS = 0;
    int claims = 0; // claims that took at least one item (distinct leases left on steps)
    bool completed = false;
    QString error;
};

// `workers` `vigil run` processes given the same batch, each in a folder of its own, on
// `store`: from the first start to the last exit. Each must exit 0 with every item in its
// output.
FleetFigures runFleet(const QString &base, const QString &dir, const QString &store, int workers,
                      int items, int concurrency)
{
    FleetFigures figures;
    std::vector<std::unique_ptr<QProcess>> fleet;
    QStringList outputs;
    for (int w = 0; w < workers; ++w) {
        const QDir folder(QStringLiteral("%1/fleet-%2-%3").arg(dir).arg(workers).arg(w));
        if (!folder.mkpath(QStringLiteral("."))) {
            figures.error = QStringLiteral("cannot make %1").arg(folder.path());
            return figures;
        }
        QFile input(folder.filePath(QStringLiteral("items.jsonl")));
        QFile task(folder.filePath(QStringLiteral("task.json")));
        if (!input.open(QIODevice::WriteOnly) || !task.open(QIODevice::WriteOnly)) {
            figures.error = QStringLiteral("cannot write in %1").arg(folder.path());
            return figures;
        }
        for (int i = 0; i < items; ++i)
            input.write(QStringLiteral("{\"id\": %1, \"n\": %1}\n").arg(i).toUtf8());
        const QJsonObject spec{
            {QStringLiteral("name"), QStringLiteral("fleet of %1").arg(workers)},
            {QStringLiteral("provider"), QJsonObject{{QStringLiteral("base_url"), base}}},
            {QStringLiteral("model"), QStringLiteral("vigil-small")},
            {QStringLiteral("batch"),
             QJsonObject{
                 {QStringLiteral("input"), QStringLiteral("items.jsonl")},
                 {QStringLiteral("template"), QStringLiteral("Summarise document number {{n}}.")},
                 {QStringLiteral("output"), QStringLiteral("out.jsonl")},
                 {QStringLiteral("concurrency"), concurrency}}}};
        task.write(QJsonDocument(spec).toJson());
        task.close();
        outputs.append(folder.filePath(QStringLiteral("out.jsonl")));
        auto &process = fleet.emplace_back(std::make_unique<QProcess>());
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setStandardErrorFile(folder.filePath(QStringLiteral("vigil.log")));
        process->setProgram(QStringLiteral(VIGIL_CLI_BINARY));
        process->setArguments({QStringLiteral("run"), task.fileName(), QStringLiteral("--store"),
                               store, QStringLiteral("--allow-sleep")});
    }
    QElapsedTimer wall;
    wall.start();
    for (auto &process : fleet)
        process->start();
    figures.completed = true;
    for (auto &process : fleet) {
        if (!process->waitForFinished(600'000) || process->exitCode() != 0) {
            figures.completed = false;
            figures.error = QStringLiteral("a worker exited with %1 (its log: %2)")
                                .arg(process->exitCode())
                                .arg(QFileInfo(process->arguments().at(1)).path() +
                                     QStringLiteral("/vigil.log"));
        }
    }
    figures.wallS = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    for (const QString &output : outputs) {
        QFile file(output);
        if (!file.open(QIODevice::ReadOnly) || file.readAll().count('\n') != items) {
            figures.completed = false;
            figures.error = QStringLiteral("%1 lacks items").arg(output);
        }
    }
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    vigil::useQtEventDispatcher(); // as `vigil run` does
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false\nvigil.*.warning=false"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int items = args.size() > 1 ? args.at(1).toInt() : 2000;
    const int concurrency = args.size() > 2 ? args.at(2).toInt() : 64;
    constexpr int kCalmTokenDelayMs = 5; // src/sim/profiles/calm.json

    QTemporaryDir dir;
    QProcess sim;
    const QString base = bench::startSim(sim, QStringLiteral("calm"));
    if (base.isEmpty()) {
        out << "vigil-sim did not start\n";
        return 1;
    }
    PostgresCluster cluster;
    cluster.setSyncToDisk(true); // as SQLite's synchronous = FULL
    if (!cluster.start()) {
        out << "PostgreSQL did not start: " << cluster.error() << '\n';
        return 1;
    }
    const QString database = cluster.freshDatabase();

    const bench::BatchFigures sqlite =
        bench::runBatch(base, dir.path(), dir.filePath(QStringLiteral("bench.db")), items,
                        concurrency, true, kCalmTokenDelayMs);
    const double serverCpu = cluster.serverCpuSeconds();
    const bench::BatchFigures postgres =
        bench::runBatch(base, dir.path(), database, items, concurrency, true, kCalmTokenDelayMs);
    QThread::msleep(500); // the connection's server process ends, and its CPU is counted
    const double serverMsPerItem = (cluster.serverCpuSeconds() - serverCpu) * 1000 / items;

    const FleetFigures alone =
        runFleet(base, dir.path(), dir.filePath(QStringLiteral("fleet.db")), 1, items, concurrency);
    std::vector<std::pair<int, FleetFigures>> fleets;
    for (const int workers : {1, 2, 4}) {
        const QString shared = cluster.freshDatabase();
        FleetFigures figures = runFleet(base, dir.path(), shared, workers, items, concurrency);
        QVariant claims;
        const QString name = shared.mid(shared.lastIndexOf(u'/') + 1);
        if (!cluster.run(name, QStringLiteral("SELECT COUNT(DISTINCT lease_id) FROM steps"),
                         &claims)) {
            figures.completed = false;
            figures.error = cluster.error();
        }
        figures.claims = claims.toInt();
        fleets.emplace_back(workers, figures);
    }
    sim.kill();
    sim.waitForFinished();
    cluster.stop();

    const auto line = [&out](const QString &label, const bench::BatchFigures &f) {
        out << label << f.items << " items: " << QString::number(f.wallS, 'f', 2) << " s wall ("
            << QString::number(f.items / f.wallS, 'f', 0) << " items/s; simulator minimum "
            << QString::number(f.minimumS, 'f', 2) << " s), "
            << QString::number(f.cpuMsPerItem, 'f', 3) << " ms engine CPU per item ("
            << QString::number(f.engineThreadMsPerItem, 'f', 3) << " on its thread), " << f.commits
            << " commits (" << QString::number(f.commits / f.wallS, 'f', 0) << "/s, "
            << QString::number(double(f.items) / f.commits, 'f', 1) << " items per commit)"
            << (f.completed ? QString() : QStringLiteral(" — DID NOT COMPLETE: ") + f.error)
            << '\n';
    };
    out << "calm profile, concurrency " << concurrency << ", grouped commits, one Vigil\n";
    line(QStringLiteral("SQLite file:       "), sqlite);
    line(QStringLiteral("PostgreSQL server: "), postgres);
    if (!sqlite.completed || !postgres.completed) {
        out << "the run did not complete its work: a batch ended before every item was done\n";
        return 1;
    }
    out << "PostgreSQL / SQLite: " << QString::number(sqlite.wallS / postgres.wallS, 'f', 2)
        << "x items per second, "
        << QString::number(postgres.cpuMsPerItem / sqlite.cpuMsPerItem, 'f', 2)
        << "x engine CPU per item; the server's own CPU: "
        << QString::number(serverMsPerItem, 'f', 3) << " ms per item\n";

    out << "\n`vigil run` processes, concurrency " << concurrency
        << " each, all on this machine; wall time from the first start to the last exit\n";
    const auto fleetLine = [&out, items, &alone](const QString &label, const FleetFigures &f) {
        out << label << QString::number(f.wallS, 'f', 2) << " s, "
            << QString::number(items / f.wallS, 'f', 0) << " items/s ("
            << QString::number(alone.wallS / f.wallS, 'f', 2) << "x one Vigil on SQLite)";
        if (f.claims > 0)
            out << ", " << f.claims << " claims (" << QString::number(f.claims / f.wallS, 'f', 1)
                << "/s, " << QString::number(double(items) / f.claims, 'f', 1)
                << " items per claim)";
        out << (f.completed ? QString() : QStringLiteral(" — DID NOT COMPLETE: ") + f.error)
            << '\n';
    };
    fleetLine(QStringLiteral("1 Vigil, SQLite file:       "), alone);
    bool fleetsCompleted = alone.completed;
    for (const auto &[workers, figures] : fleets) {
        fleetLine(QStringLiteral("%1 Vigil(s), one PostgreSQL: ").arg(workers), figures);
        fleetsCompleted = fleetsCompleted && figures.completed;
    }
    if (!fleetsCompleted) {
        out << "a fleet did not complete its work: a worker failed or an output lacks items\n";
        return 1;
    }
    return 0;
}

// The same batch with its checkpoints on SQLite and on a PostgreSQL server (a cluster of
// the bench's own, on loopback, as the tests make it): wall time, items per second, the
// engine's CPU per item and commits, with the SQLite figure as the baseline of the same
// run. One Vigil runs the store; several workers sharing one are still to come.
//
//   bench_store [ITEMS] [CONCURRENCY]     (defaults: 2000 64)
#include "enginebatch.h"
#include "eventdispatch.h"
#include "postgrescluster.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

int main(int argc, char *argv[])
{
    vigil::useQtEventDispatcherOffMainThread(); // as `vigil run` does
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
    return 0;
}

// A batch of 10,000 items on vigil-sim's calm profile: wall time against the simulator's
// own minimum (the items' reply streaming time divided by the concurrency), the engine's
// CPU per item (all threads, and its own thread alone), peak memory, and store commits per
// second — with grouped commits; and for baselines in the same process a smaller batch
// committing every write, and the same requests as bare QNetworkAccessManager POSTs.
//
//   bench_batch [ITEMS] [CONCURRENCY]     (defaults: 10000 64)
#include "enginebatch.h"
#include "eventdispatch.h"
#include "networkaccess.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <vector>

using namespace vigil;
using bench::BatchFigures;
using bench::cpuSeconds;

namespace {

// The same requests with nothing around them: `concurrency` bare streamed POSTs at a time,
// spread over enough network managers for as many connections, each reply read and
// dropped. Returns the process's CPU per item: what the networking itself costs.
double runBare(const QString &base, int items, int concurrency)
{
    const auto adapter = ProtocolAdapter::create(Protocol::OpenAiChat);
    const int managerCount = (concurrency + NetworkAccess::kConnectionsPerManager - 1) /
                             NetworkAccess::kConnectionsPerManager;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    managers.reserve(managerCount);
    for (int i = 0; i < managerCount; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    int started = 0;
    int finished = 0;
    QEventLoop loop;
    std::function<void(QNetworkAccessManager *)> send = [&](QNetworkAccessManager *manager) {
        ModelRequest request;
        request.model = QStringLiteral("vigil-small");
        request.messages = {
            {QStringLiteral("user"), QStringLiteral("Summarise document number %1.").arg(started)}};
        QNetworkRequest post(adapter->endpoint(QUrl(base)));
        post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager->post(post, adapter->body(request));
        ++started;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] { reply->readAll(); });
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, manager] {
            reply->readAll();
            reply->deleteLater();
            if (++finished == items)
                loop.quit();
            else if (started < items)
                send(manager);
        });
    };
    const double cpu = cpuSeconds();
    for (int i = 0; i < std::min(concurrency, items); ++i)
        send(managers.at(i / NetworkAccess::kConnectionsPerManager).get());
    loop.exec();
    return (cpuSeconds() - cpu) * 1000 / items;
}

} // namespace

int main(int argc, char *argv[])
{
    useQtEventDispatcher(); // as `vigil run` does
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false\nvigil.*.warning=false"));
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int items = args.size() > 1 ? args.at(1).toInt() : 10'000;
    const int concurrency = args.size() > 2 ? args.at(2).toInt() : 64;
    constexpr int kCalmTokenDelayMs = 5; // src/sim/profiles/calm.json

    QTemporaryDir dir;
    QProcess sim;
    const QString base = bench::startSim(sim, QStringLiteral("calm"));
    if (base.isEmpty()) {
        out << "vigil-sim did not start\n";
        return 1;
    }

    const int baselineItems = std::max(1, items / 10);
    const BatchFigures each =
        bench::runBatch(base, dir.path(), dir.filePath(QStringLiteral("each.db")), baselineItems,
                        concurrency, false, kCalmTokenDelayMs);
    // The grouped batch runs three times, and its median run is the figure: on a shared
    // machine one run's CPU per item can be 15 % off the next one's.
    std::vector<BatchFigures> rounds;
    rounds.reserve(3);
    for (int round = 0; round < 3; ++round)
        rounds.push_back(bench::runBatch(base, dir.path(),
                                         dir.filePath(QStringLiteral("grouped-%1.db").arg(round)),
                                         items, concurrency, true, kCalmTokenDelayMs));
    std::sort(rounds.begin(), rounds.end(), [](const BatchFigures &a, const BatchFigures &b) {
        return a.cpuMsPerItem < b.cpuMsPerItem;
    });
    const BatchFigures &grouped = rounds[1];
    const bool groupedCompleted = std::all_of(rounds.cbegin(), rounds.cend(),
                                              [](const BatchFigures &f) { return f.completed; });
    const int bareItems = std::max(1, items / 4);
    const double bareMsPerItem = runBare(base, bareItems, concurrency);
    sim.kill();
    sim.waitForFinished();

    const auto line = [&out](const QString &label, const BatchFigures &f) {
        out << label << f.items << " items: " << QString::number(f.wallS, 'f', 1)
            << " s wall, simulator minimum " << QString::number(f.minimumS, 'f', 1) << " s ("
            << QString::number(f.wallS / f.minimumS, 'f', 2) << "x), "
            << QString::number(f.cpuMsPerItem, 'f', 3) << " ms engine CPU per item ("
            << QString::number(f.engineThreadMsPerItem, 'f', 3) << " on its thread), " << f.commits
            << " commits (" << QString::number(f.commits / f.wallS, 'f', 0) << "/s, "
            << QString::number(double(f.items) / f.commits, 'f', 1) << " items per commit)"
            << (f.completed ? "" : " — DID NOT COMPLETE") << '\n';
    };
    out << "calm profile, concurrency " << concurrency << ", streamed replies\n";
    line(QStringLiteral("commit each write: "), each);
    line(QStringLiteral("grouped commits:   "), grouped);
    out << "                   its 3 runs: " << QString::number(rounds.front().cpuMsPerItem, 'f', 3)
        << ", " << QString::number(rounds[1].cpuMsPerItem, 'f', 3) << " (the median) and "
        << QString::number(rounds.back().cpuMsPerItem, 'f', 3) << " ms CPU per item\n";
    out << "grouped / each:    "
        << QString::number(grouped.cpuMsPerItem / each.cpuMsPerItem, 'f', 2) << "x CPU per item, "
        << QString::number((double(grouped.commits) / grouped.items) /
                               (double(each.commits) / each.items),
                           'f', 3)
        << "x commits per item\n";
    out << "bare QNAM POSTs:    " << bareItems
        << " items: " << QString::number(bareMsPerItem, 'f', 3)
        << " ms CPU per item; the engine costs "
        << QString::number(grouped.cpuMsPerItem / bareMsPerItem, 'f', 2) << "x that, "
        << QString::number(std::abs(grouped.cpuMsPerItem - bareMsPerItem), 'f', 3)
        << (grouped.cpuMsPerItem > bareMsPerItem ? " ms per item more\n" : " ms per item less\n");
    out << "peak memory: " << bench::peakRssKiB() / 1024 << " MiB\n";
    if (!each.completed || !groupedCompleted) {
        out << "the run did not complete its work: a batch ended before every item was done\n";
        return 1;
    }
    return 0;
}

// The soak: a week of stormy nights compressed into minutes. Batches and conversations run
// back to back against vigil-sim playing every fault it knows — stalls, truncations,
// resets, provider errors of every transient kind, and the hostile servers (1 GiB bodies,
// endless lines, trickles, redirects, …) — tens of thousands of attempts. Every tenth of the
// run it samples what must not grow without bound: resident memory and the heap the live
// allocations hold, open file descriptors, live QNetworkReply objects, database connections
// and network managers. It prints the samples, the change from the middle of the run to its
// end and how often vigil-sim served each fault; it exits 1 when a fault of the profile never
// came up.
//
//   bench_soak [SECONDS]     (default 600)
#include "benchsupport.h"
#include "engine.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <malloc.h>

using namespace vigil;

namespace {

// One backend each: a cool-down on one leaves the others working, as with real providers.
const QStringList kModels{QStringLiteral("vigil-large"), QStringLiteral("vigil-small"),
                          QStringLiteral("night-1"), QStringLiteral("night-2")};

struct Sample
{
    double atS = 0;
    qint64 attempts = 0;
    qint64 stepsDone = 0;
    qint64 rssKiB = 0;
    qint64 heapKiB = 0;
    qint64 keptKiB = 0;
    int fds = 0;
    int replies = 0;
    int connections = 0;
    int managers = 0;
};

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// What the program's live allocations hold, as opposed to what the allocator keeps of freed
// memory in its arenas (which RSS also counts): a leak grows this, fragmentation does not.
qint64 heapInUseKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>((info.uordblks + info.hblkhd) / 1024);
}

// What the allocator keeps of freed memory in its arenas for reuse; RSS counts the part of
// it that has been touched and not handed back. Fragmentation grows this, a leak the heap in
// use.
qint64 heapKeptFreeKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<qint64>(info.fordblks / 1024);
}

int openFds()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd"))
                                .entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)
                                .size());
}

// Every transient fault vigil-sim knows, and a few that fail an item for good.
QJsonObject soakProfile()
{
    // Weights are chances per request; what they leave over is answered well.
    QJsonArray faults;
    const auto add = [&faults](const QStringList &kinds, double weight) {
        for (const QString &kind : kinds)
            faults.append(
                QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("weight"), weight}});
    };
    add({QStringLiteral("stall-before-first-byte"), QStringLiteral("stall-mid-stream"),
         QStringLiteral("truncate"), QStringLiteral("reset"), QStringLiteral("slow")},
        0.02);
    add({QStringLiteral("openai-429-rpm"),
         QStringLiteral("openai-500"),
         QStringLiteral("openai-503-overloaded"),
         QStringLiteral("openai-stream-error-chunk"),
         QStringLiteral("codex-at-capacity"),
         QStringLiteral("codex-409-environment-offline"),
         QStringLiteral("anthropic-529-overloaded"),
         QStringLiteral("anthropic-500"),
         QStringLiteral("gemini-429-array"),
         QStringLiteral("gemini-503-unavailable"),
         QStringLiteral("openrouter-502-upstream"),
         QStringLiteral("openrouter-stream-error"),
         QStringLiteral("mistral-429"),
         QStringLiteral("groq-503"),
         QStringLiteral("deepseek-503"),
         QStringLiteral("ollama-503-busy"),
         QStringLiteral("llamacpp-503-loading"),
         QStringLiteral("cloudflare-524"),
         QStringLiteral("proxy-502-html"),
         QStringLiteral("should-retry-true-on-400"),
         QStringLiteral("generic-408"),
         QStringLiteral("generic-425"),
         QStringLiteral("generic-504")},
        0.01);
    add({QStringLiteral("invalid-utf8"), QStringLiteral("deep-json"), QStringLiteral("endless"),
         QStringLiteral("trickle"), QStringLiteral("huge-header")},
        0.005);
    add({QStringLiteral("endless-line"), QStringLiteral("flood-later"),
         QStringLiteral("redirect-loop"), QStringLiteral("redirect-away"),
         QStringLiteral("openai-400-context-length"), QStringLiteral("azure-400-content-filter")},
        0.002);
    add({QStringLiteral("huge-body")}, 0.0002);
    return {{QStringLiteral("name"), QStringLiteral("soak")},
            {QStringLiteral("models"), QJsonArray::fromStringList(kModels)},
            {QStringLiteral("seed"), 7},
            {QStringLiteral("reply_words"), QJsonArray{4, 12}},
            {QStringLiteral("token_delay_ms"), 1},
            {QStringLiteral("slow_token_delay_ms"), 150},
            {QStringLiteral("stall_ms"), 1500},
            {QStringLiteral("faults"), faults}};
}

RetryPolicy soakRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 60;
    retry.initialDelayMs = 5;
    retry.maxDelayMs = 50;
    retry.capacityInitialDelayMs = 10;
    retry.capacityMaxDelayMs = 100;
    retry.probeInitialDelayMs = 10;
    retry.probeMaxDelayMs = 100;
    retry.ttfbTimeoutMs = 400;
    retry.idleTimeoutMs = 400;
    retry.attemptTimeoutMs = 2000;
    return retry;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*=false"));
    const int seconds = argc > 1 ? QByteArray(argv[1]).toInt() : 600;
    QTextStream out(stdout);

    QTemporaryDir dir;
    QFile profileFile(dir.filePath(QStringLiteral("soak.json")));
    if (!profileFile.open(QIODevice::WriteOnly) ||
        profileFile.write(QJsonDocument(soakProfile()).toJson()) < 0)
        return 1;
    profileFile.close();
    QProcess sim;
    const QString base = bench::startSim(sim, profileFile.fileName());
    if (base.isEmpty()) {
        out << "vigil-sim did not start\n";
        return 1;
    }

    CheckpointStore store;
    if (!store.open(dir.filePath(QStringLiteral("soak.db")))) {
        out << store.lastError() << '\n';
        return 1;
    }
    Engine engine(store);
    qint64 attempts = 0;
    qint64 stepsDone = 0;
    QObject::connect(&engine, &Engine::eventOccurred, [&](const EngineEvent &event) {
        if (event.event == QLatin1String("attempt_end"))
            ++attempts;
        else if (event.event == QLatin1String("step_done"))
            ++stepsDone;
    });

    // On every backend a batch of 500 items and a conversation of 12 turns, each followed
    // by the next of its kind.
    int serial = 0;
    QHash<qint64, QPair<bool, QString>> kindOf;
    const auto submit = [&](bool batch, const QString &model) {
        TaskSpec spec;
        spec.name = QStringLiteral("soak %1").arg(++serial);
        spec.provider.baseUrl = QUrl(base);
        spec.model = model;
        spec.retry = soakRetry();
        if (batch) {
            spec.batch.emplace();
            spec.batch->input = dir.filePath(QStringLiteral("items-%1.jsonl").arg(serial));
            spec.batch->output = dir.filePath(QStringLiteral("out-%1.jsonl").arg(serial));
            spec.batch->concurrency = 24;
            spec.batch->promptTemplate = QStringLiteral("Summarise report {{n}}.");
            for (int i = 0; i < 500; ++i)
                spec.batch->items.append(
                    {QString::number(i + 1), i + 1, QStringLiteral("Summarise report %1.").arg(i)});
        } else {
            for (int i = 0; i < 12; ++i)
                spec.turns.append(QStringLiteral("Night %1, turn %2?").arg(serial).arg(i + 1));
        }
        QString error;
        const auto id = engine.submit(spec, &error);
        if (!id || !engine.start(*id, &error))
            out << "cannot start a task: " << error << '\n';
        else
            kindOf.insert(*id, {batch, model});
    };
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&engine, &Engine::taskEnded, [&](qint64 taskId, TaskState, const QString &) {
        const auto kind = kindOf.take(taskId);
        if (clock.elapsed() < seconds * 1000LL)
            submit(kind.first, kind.second);
    });
    for (const QString &model : kModels) {
        submit(true, model);
        submit(false, model);
    }

    QList<Sample> samples;
    const auto sample = [&] {
        samples.append({clock.elapsed() / 1000.0, attempts, stepsDone, rssKiB(), heapInUseKiB(),
                        heapKeptFreeKiB(), openFds(), engine.liveReplies(),
                        static_cast<int>(QSqlDatabase::connectionNames().size()),
                        engine.networkManagers()});
        const Sample &s = samples.last();
        out << QStringLiteral("%1 s  attempts %2  steps done %3  RSS %4 MiB  heap in use %5 MiB  "
                              "kept free %6 MiB  fds %7  replies %8  db connections %9  "
                              "network managers %10\n")
                   .arg(s.atS, 5, 'f', 0)
                   .arg(s.attempts, 7)
                   .arg(s.stepsDone, 7)
                   .arg(s.rssKiB / 1024.0, 6, 'f', 1)
                   .arg(s.heapKiB / 1024.0, 6, 'f', 1)
                   .arg(s.keptKiB / 1024.0, 6, 'f', 1)
                   .arg(s.fds, 3)
                   .arg(s.replies, 3)
                   .arg(s.connections)
                   .arg(s.managers);
        out.flush();
    };
    sample();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, sample);
    sampler.start(std::max(1000, seconds * 100));
    QTimer::singleShot(seconds * 1000, &app, [&] {
        sample();
        QCoreApplication::quit();
    });
    QCoreApplication::exec();

    const Sample &first = samples.first();
    const Sample &middle = samples.at(samples.size() / 2);
    const Sample &last = samples.last();
    out << QStringLiteral("\n%1 attempts (%2 a second), %3 steps done, %4 tasks\n")
               .arg(last.attempts)
               .arg(last.attempts / std::max(1.0, last.atS), 0, 'f', 1)
               .arg(last.stepsDone)
               .arg(serial);
    const auto row = [&out](const char *what, double a, double b, double c) {
        out << QStringLiteral("%1  start %2  middle %3  end %4  middle→end %5%6\n")
                   .arg(QLatin1String(what), -18)
                   .arg(a, 8, 'f', 1)
                   .arg(b, 8, 'f', 1)
                   .arg(c, 8, 'f', 1)
                   .arg(c - b >= 0 ? QStringLiteral("+") : QString())
                   .arg(c - b, 0, 'f', 1);
    };
    row("RSS MiB", first.rssKiB / 1024.0, middle.rssKiB / 1024.0, last.rssKiB / 1024.0);
    row("heap in use MiB", first.heapKiB / 1024.0, middle.heapKiB / 1024.0, last.heapKiB / 1024.0);
    row("heap kept free MiB", first.keptKiB / 1024.0, middle.keptKiB / 1024.0,
        last.keptKiB / 1024.0);
    row("open fds", first.fds, middle.fds, last.fds);
    row("live replies", first.replies, middle.replies, last.replies);
    row("db connections", first.connections, middle.connections, last.connections);
    row("network managers", first.managers, middle.managers, last.managers);

    // What vigil-sim really served: every kind of the profile must have come up.
    const QJsonObject served = bench::simCall(base, QStringLiteral("/sim/stats"))
                                   .value(QLatin1String("by_fault"))
                                   .toObject();
    out << QStringLiteral("\nserved by vigil-sim:");
    for (auto it = served.begin(); it != served.end(); ++it)
        out << ' ' << it.key() << ' ' << it.value().toInteger();
    out << '\n';
    int unserved = 0;
    for (const auto &fault : soakProfile().value(QLatin1String("faults")).toArray()) {
        const QString kind = fault.toObject().value(QLatin1String("kind")).toString();
        if (!served.contains(kind)) {
            out << "never served: " << kind << '\n';
            ++unserved;
        }
    }
    sim.kill();
    sim.waitForFinished();
    return unserved == 0 ? 0 : 1;
}

// The engine's CPU cost per attempt against vigil-sim (calm profile), next to the cost of
// the same number of bare QNetworkAccessManager POSTs to the same server in the same
// process, the two alternating in rounds: the ratio is what classification, checkpointing
// and events add.
#include "benchsupport.h"
#include "engine.h"
#include "eventdispatch.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace vigil;
using bench::cpuSeconds;

int main(int argc, char *argv[])
{
    useQtEventDispatcher(); // as `vigil run` does
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false"));
    QTextStream out(stdout);
    constexpr int kSteps = 300;
    constexpr int kRounds = 5;

    QTemporaryDir dir;
    QFile profile(dir.filePath(QStringLiteral("bench.json")));
    profile.open(QIODevice::WriteOnly);
    profile.write(R"({"name":"bench","reply_words":[20,20],"token_delay_ms":0})");
    profile.close();
    QProcess sim;
    const QString base = bench::startSim(sim, profile.fileName());
    if (base.isEmpty()) {
        out << "vigil-sim did not start\n";
        return 1;
    }

    // Baseline: bare streamed POSTs, one after another, the reply read and dropped.
    QNetworkAccessManager manager;
    const QByteArray body =
        R"({"model":"vigil-large","messages":[{"role":"user","content":"Question?"}],"stream":true})";
    const auto bareRound = [&](int count) {
        for (int i = 0; i < count; ++i) {
            QNetworkRequest request(QUrl(base + QStringLiteral("/chat/completions")));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            QNetworkReply *reply = manager.post(request, body);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            reply->readAll();
            delete reply;
        }
    };

    // The engine: one task of single-turn steps is not a conversation, so run many
    // one-turn tasks in sequence; each attempt is classified, checkpointed and logged.
    CheckpointStore store;
    store.open(dir.filePath(QStringLiteral("bench.db")));
    Engine engine(store);
    int events = 0;
    QObject::connect(&engine, &Engine::eventOccurred, [&events](const EngineEvent &) { ++events; });
    // The tasks are made before the clock starts: "per attempt" counts sending, classifying,
    // checkpointing and logging an attempt, not creating its task.
    QList<qint64> ids;
    for (int i = 0; i < kSteps; ++i) {
        TaskSpec spec;
        spec.name = QStringLiteral("bench %1").arg(i);
        spec.provider.baseUrl = QUrl(base);
        spec.model = QStringLiteral("vigil-large");
        spec.turns = {QStringLiteral("Question?")};
        QString error;
        const auto id = engine.submit(spec, &error);
        if (!id) {
            out << "cannot create the benchmark's tasks: " << error << '\n';
            return 1;
        }
        ids.append(*id);
    }
    int completed = 0;
    QObject::connect(&engine, &Engine::taskEnded, [&completed](qint64, TaskState state) {
        completed += state == TaskState::Completed;
    });
    const auto engineRound = [&](QList<qint64>::const_iterator from, int count) {
        for (auto id = from; id != from + count; ++id) {
            QString error;
            QEventLoop loop;
            QObject::connect(&engine, &Engine::taskEnded, &loop, &QEventLoop::quit);
            if (!engine.start(*id, &error)) {
                out << "task " << *id << " did not start: " << error << '\n';
                return false;
            }
            loop.exec();
        }
        return true;
    };

    // The two alternate in rounds, so that a machine that is busier for a while slows both:
    // the ratio is the median of the rounds' ratios.
    double bareCpu = 0;
    double engineCpu = 0;
    double bareWall = 0;
    double engineWall = 0;
    QList<double> ratios;
    for (int round = 0; round < kRounds; ++round) {
        const int count = kSteps / kRounds;
        double cpu = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        bareRound(count);
        const double bare = cpuSeconds() - cpu;
        bareWall += wall.elapsed();
        cpu = cpuSeconds();
        wall.restart();
        if (!engineRound(ids.cbegin() + round * count, count))
            return 1;
        const double vigil = cpuSeconds() - cpu;
        engineWall += wall.elapsed();
        bareCpu += bare;
        engineCpu += vigil;
        ratios.append(vigil / bare);
    }
    sim.kill();
    sim.waitForFinished();
    if (completed != kSteps) {
        out << "the run did not complete its work: " << completed << " of " << kSteps
            << " tasks completed\n";
        return 1;
    }
    std::sort(ratios.begin(), ratios.end());

    out << kSteps << " attempts each in " << kRounds
        << " alternating rounds, streamed replies of 20 tokens, synchronous=FULL checkpoints\n";
    out << "bare QNAM POST:  " << QString::number(bareCpu / kSteps * 1000, 'f', 3) << " ms CPU, "
        << QString::number(bareWall / kSteps, 'f', 2) << " ms wall per attempt\n";
    out << "Vigil engine:    " << QString::number(engineCpu / kSteps * 1000, 'f', 3) << " ms CPU, "
        << QString::number(engineWall / kSteps, 'f', 2) << " ms wall per attempt (" << events
        << " events)\n";
    out << "engine / bare:   " << QString::number(engineCpu / bareCpu, 'f', 2)
        << "x CPU overall, median of the rounds " << QString::number(ratios.at(kRounds / 2), 'f', 2)
        << "x (from " << QString::number(ratios.first(), 'f', 2) << "x to "
        << QString::number(ratios.last(), 'f', 2) << "x), "
        << QString::number(engineWall / bareWall, 'f', 2) << "x wall\n";
    return 0;
}

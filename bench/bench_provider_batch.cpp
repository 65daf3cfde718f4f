// A batch through the provider's own batch service, played by vigil-sim: 50,000 items by
// default, in one OpenAI batch. It prints the engine's CPU and the peak memory per 1,000
// items, and the time from Vigil reading "completed" to every result in out.jsonl; and as
// the baseline in the same process, the same output file read and its lines parsed with
// nothing around them (no store, no output file).
//
//   bench_provider_batch [ITEMS]     (default 50000)
#include "benchsupport.h"
#include "engine.h"
#include "eventdispatch.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace vigil;
using bench::cpuSeconds;

namespace {

// Reads the file at `url` and parses each line as JSON: what reading the results costs
// without the store and the output around it. Returns the seconds it took.
double bareRead(const QUrl &url, int *lines)
{
    QNetworkAccessManager manager;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = manager.get(QNetworkRequest(url));
    QByteArray buffer;
    *lines = 0;
    const auto parse = [&](bool atEnd) {
        qsizetype from = 0;
        for (qsizetype end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n', from)) {
            *lines += !QJsonDocument::fromJson(buffer.mid(from, end - from)).isNull();
            from = end + 1;
        }
        buffer.remove(0, from);
        if (atEnd && !buffer.isEmpty())
            *lines += !QJsonDocument::fromJson(buffer).isNull();
    };
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        buffer += reply->readAll();
        parse(false);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    buffer += reply->readAll();
    parse(true);
    delete reply;
    return clock.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char *argv[])
{
    useQtEventDispatcher(); // as `vigil run` does
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false\nvigil.*.warning=false"));
    QTextStream out(stdout);
    const int items = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 50'000;

    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("profile.json"));
    {
        QFile file(profile);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("reply_words"), QJsonArray{20, 60}},
                                             {QStringLiteral("batches"),
                                              QJsonObject{{QStringLiteral("validating_ms"), 500},
                                                          {QStringLiteral("item_ms"), 0},
                                                          {QStringLiteral("finalizing_ms"), 500}}}})
                       .toJson());
    }
    QProcess sim;
    const QString base = bench::startSim(sim, profile);
    if (base.isEmpty()) {
        out << "vigil-sim did not start\n";
        return 1;
    }

    TaskSpec spec;
    spec.name = QStringLiteral("bench provider batch");
    spec.provider.baseUrl = QUrl(base);
    spec.model = QStringLiteral("vigil-small");
    spec.batch.emplace();
    spec.batch->input = dir.filePath(QStringLiteral("items.jsonl"));
    spec.batch->output = dir.filePath(QStringLiteral("out.jsonl"));
    spec.batch->promptTemplate = QStringLiteral("Summarise document number {{n}}.");
    spec.batch->via = BatchSpec::Via::ProviderBatch;
    for (int i = 0; i < items; ++i)
        spec.batch->items.append({QString::number(i + 1), i + 1,
                                  QStringLiteral("Summarise document number %1.").arg(i)});

    CheckpointStore store;
    store.open(dir.filePath(QStringLiteral("bench.db")));
    Engine engine(store);
    QString error;
    const auto id = engine.submit(spec, &error);
    if (!id) {
        out << "cannot submit: " << error << '\n';
        return 1;
    }
    const long rssBefore = bench::peakRssKiB();
    const double cpu = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    qint64 completedSeenMs = -1;
    QString batchId;
    bool completed = false;
    QEventLoop loop;
    QObject::connect(&engine, &Engine::eventOccurred, &loop, [&](const EngineEvent &event) {
        if (event.event == QLatin1String("provider_batch") &&
            event.fields.value(QLatin1String("status")) == QLatin1String("completed") &&
            completedSeenMs < 0) {
            completedSeenMs = wall.elapsed();
            batchId = event.fields.value(QLatin1String("batch_id")).toString();
        }
    });
    QObject::connect(&engine, &Engine::taskEnded, &loop,
                     [&](qint64, TaskState state, const QString &) {
                         completed = state == TaskState::Completed;
                         loop.quit();
                     });
    if (!engine.start(*id, &error)) {
        out << "cannot start: " << error << '\n';
        return 1;
    }
    loop.exec();
    const double wallS = wall.elapsed() / 1000.0;
    const double cpuMs = (cpuSeconds() - cpu) * 1000;
    const double collectS = (wall.elapsed() - completedSeenMs) / 1000.0;
    const int lines = bench::countLines(spec.batch->output);

    // The baseline: the same output file, read and parsed bare.
    QString outputFile;
    for (const auto &value : bench::simCall(base, QStringLiteral("/sim/stats"))
                                 .value(QLatin1String("batches"))
                                 .toObject()
                                 .value(QLatin1String("list"))
                                 .toArray()) {
        if (value.toObject().value(QLatin1String("id")).toString() == batchId)
            outputFile = value.toObject().value(QLatin1String("output_file_id")).toString();
    }
    QUrl content(base);
    content.setPath(content.path() + QStringLiteral("/files/%1/content").arg(outputFile));
    int bareLines = 0;
    const double bareS = outputFile.isEmpty() ? 0 : bareRead(content, &bareLines);
    sim.kill();
    sim.waitForFinished();

    out << items << " items in one provider batch (vigil-sim, OpenAI shapes)\n";
    out << "wall " << QString::number(wallS, 'f', 1) << " s; engine CPU "
        << QString::number(cpuMs / items * 1000, 'f', 1) << " ms per 1,000 items; peak memory "
        << bench::peakRssKiB() / 1024 << " MiB ("
        << QString::number((bench::peakRssKiB() - rssBefore) * 1000.0 / items / 1024, 'f', 2)
        << " MiB per 1,000 items above the " << rssBefore / 1024 << " MiB before)\n";
    out << "\"completed\" read to every result in out.jsonl: " << QString::number(collectS, 'f', 2)
        << " s (" << QString::number(items / collectS, 'f', 0) << " results/s)\n";
    out << "bare read and parse of the same output file: " << QString::number(bareS, 'f', 2)
        << " s for " << bareLines << " lines; Vigil takes "
        << QString::number(bareS > 0 ? collectS / bareS : 0, 'f', 1) << "x that\n";
    if (!completed || lines != items || bareLines != items) {
        out << "the run did not complete its work: " << lines << " lines of " << items
            << " in out.jsonl, " << bareLines << " read bare\n";
        return 1;
    }
    return 0;
}

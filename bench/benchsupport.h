#pragma once

// What the benchmarks share: the process's CPU time, and a vigil-sim to measure against.

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QUrl>

#include <ctime>
#include <sys/resource.h>

namespace bench {

inline double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec +
           usage.ru_stime.tv_usec / 1e6;
}

// The process's peak resident memory so far, in KiB.
inline long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The whole lines of a file (a torn last line does not count).
inline int countLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    int lines = 0;
    while (!file.atEnd())
        lines += file.readLine().endsWith('\n') ? 1 : 0;
    return lines;
}

// The CPU time of the calling thread alone: in the benchmarks, the engine's thread, without
// the threads Qt's network managers run their sockets in.
inline double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec + now.tv_nsec / 1e9;
}

// Starts vigil-sim on a free loopback port with `profile` (a built-in name or a file) and
// returns its base URL, or an empty string when it did not start.
inline QString startSim(QProcess &sim, const QString &profile)
{
    sim.start(QStringLiteral(VIGIL_SIM_BINARY), {QStringLiteral("--port"), QStringLiteral("0"),
                                                 QStringLiteral("--profile"), profile});
    sim.waitForReadyRead(5000);
    const auto match = QRegularExpression(QStringLiteral(R"(127\.0\.0\.1:(\d+))"))
                           .match(QString::fromUtf8(sim.readAllStandardOutput()));
    return match.hasMatch() ? QStringLiteral("http://127.0.0.1:%1/v1").arg(match.captured(1))
                            : QString();
}

// Asks vigil-sim at `base` (its ".../v1" URL) for `path` — "/sim/stats", or "/sim/reset"
// with `post` — and returns its JSON answer, once it came.
inline QJsonObject simCall(const QString &base, const QString &path, bool post = false)
{
    QNetworkAccessManager manager;
    QUrl url(base);
    url.setPath(path);
    QNetworkReply *reply =
        post ? manager.post(QNetworkRequest(url), QByteArray()) : manager.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

} // namespace bench

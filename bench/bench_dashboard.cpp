// The dashboard with 10,000 tasks and 100,000 steps in the store: the cold start to a
// shown window holding every row, a task's page opened with its chart, the time to apply a
// burst of 1,000 task updates and draw them (the chart on the page), the memory in use,
// and the CPU the idle app uses while 1,000 tasks sit in retrying (one countdown timer,
// not one per row). Each figure is printed beside the same measurement on an empty store. Each
// store is measured in a fresh process of this program, so that neither run finds the other's QML
// caches warm.
//
//   bench_dashboard [TASKS]          (default 10000; 10 steps each)
//
// Runs offscreen (QT_QPA_PLATFORM=offscreen, software rendering) unless a display is set.
#include "benchsupport.h"
#include "dashboard.h"
#include "enginehost.h"
#include "store.h"
#include "taskspec.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <memory>
#include <optional>

Q_IMPORT_QML_PLUGIN(VigilPlugin)

using namespace vigil;

namespace {

double rssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// A store with `tasks` conversations of 10 turns: half completed, a fifth paused, one in
// ten retrying an hour from its next try, one in ten failed, one in ten cancelled — so
// that nothing is sent while the benchmark runs.
void fillStore(const QString &path, int tasks)
{
    {
        CheckpointStore store;
        store.open(path);
        store.groupCommits(1000);
        for (int i = 0; i < tasks; ++i) {
            TaskSpec spec;
            spec.name = QStringLiteral("Task %1 of the night").arg(i + 1);
            spec.provider.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
            spec.model = i % 3 == 0 ? QStringLiteral("vigil-large") : QStringLiteral("vigil-small");
            for (int turn = 0; turn < 10; ++turn)
                spec.turns.append(
                    QStringLiteral("Question %1 of task %2?").arg(turn + 1).arg(i + 1));
            store.createTask(spec);
        }
        store.commitNow();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    db.open();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.exec(QStringLiteral("BEGIN"));
    query.exec(
        QStringLiteral("UPDATE tasks SET state = 'completed' WHERE id % 10 IN (1, 2, 3, 4, 5)"));
    query.exec(QStringLiteral("UPDATE steps SET state = 'done', output = 'An answer of a few "
                              "dozen words, as a night of work leaves them.' WHERE task_id % 10 "
                              "IN (1, 2, 3, 4, 5)"));
    query.exec(QStringLiteral("UPDATE tasks SET state = 'paused', reason = 'step 1: 10 attempts "
                              "failed (capacity)' WHERE id % 10 IN (6, 7)"));
    query.exec(QStringLiteral("UPDATE tasks SET state = 'retrying' WHERE id % 10 = 0"));
    query.exec(QStringLiteral("UPDATE tasks SET state = 'failed', reason = 'check the API key "
                              "for provider 127.0.0.1' WHERE id % 10 = 8"));
    query.exec(QStringLiteral("UPDATE steps SET state = 'failed', error_class = 'auth', "
                              "last_message = 'Incorrect API key provided' WHERE idx = 0 AND "
                              "task_id % 10 = 8"));
    query.exec(QStringLiteral("UPDATE tasks SET state = 'cancelled', reason = 'cancelled by the "
                              "user; completed steps are kept' WHERE id % 10 = 9"));
    query.exec(QStringLiteral("UPDATE steps SET last_try_at = %1, next_try_at = %2, "
                              "budget_attempts = 2, error_class = 'capacity', last_message = "
                              "'Overloaded' WHERE idx = 0 AND task_id % 10 IN (0, 6, 7)")
                   .arg(now)
                   .arg(now + 3'600'000));
    // The completed tasks' attempts over the last eight hours, for the chart of the page a
    // task opens: one per done step, and a refused try before the paused tasks' first step.
    query.exec(QStringLiteral("INSERT INTO attempts (task_id, step, attempt, model, request_id,"
                              " started_at, ended_at, http_status, class, retry, delay_ms,"
                              " message, input_tokens, output_tokens, usage_reported, cost_usd)"
                              " SELECT task_id, idx, 1, 'vigil-small', 'r', %1 + (task_id * 10 +"
                              " idx) * 2000, %1 + (task_id * 10 + idx) * 2000 + 1500, 200, 'ok', 0,"
                              " NULL, '', 120, 40, 1, 0.0004 FROM steps WHERE state = 'done'")
                   .arg(now - 8 * 3'600'000));
    query.exec(QStringLiteral("INSERT INTO attempts (task_id, step, attempt, model, request_id,"
                              " started_at, ended_at, http_status, class, retry, delay_ms,"
                              " message) SELECT task_id, 0, 1, 'vigil-small', 'r', %1, %1 + 500,"
                              " 503, 'capacity', 1, 60000, 'Overloaded' FROM steps WHERE idx = 0"
                              " AND task_id % 10 IN (6, 7)")
                   .arg(now - 4 * 3'600'000));
    query.exec(QStringLiteral("COMMIT"));
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
}

struct Figures
{
    double coldStartMs = 0;
    double rss = 0;
    double burstMs = 0;
    double idleCpuMsPerSecond = 0;
    double chartMs = 0; // a task's page opened until its chart is drawn; 0 without tasks
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

Figures measure(const QString &dbPath, int expectedRows, const QString &socket)
{
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    EngineHost host(nullptr);
    Dashboard dashboard(host);
    QString error;
    if (!host.start({dbPath, socket, dbPath + QStringLiteral(".settings.json")}, &error))
        qFatal("%s", qPrintable(error));
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/Vigil/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        qFatal("the window did not load");
    bool drawn = false;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&drawn] { drawn = true; });
    window->show();
    if (!waitFor([&] { return drawn && dashboard.allTasks()->rowCount() == expectedRows; }, 120000))
        qFatal("the rows did not arrive");
    // The frame that shows them, when they changed the scene.
    const qint64 rowsAt = clock.elapsed();
    drawn = false;
    window->requestUpdate();
    figures.coldStartMs =
        static_cast<double>(waitFor([&] { return drawn; }, 1000) ? clock.elapsed() : rowsAt);
    // A task's page with its chart: the burst and the idle figures are taken with it open.
    if (expectedRows > 0) {
        clock.restart();
        drawn = false;
        dashboard.openTask(1);
        if (!waitFor([&] { return dashboard.detail()->activity()->rowCount() > 0; }, 10000))
            qFatal("the task's chart did not arrive");
        drawn = false;
        window->requestUpdate();
        waitFor([&] { return drawn; }, 5000);
        figures.chartMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }
    // The tasks that were retrying continue on the engine's thread after the window shows;
    // the memory and the idle figures are taken once they all wait for their next try.
    waitFor([] { return false; }, 8000);
    figures.rss = rssMiB();

    // A burst: 1,000 tasks change their attempt, error and next try in one tick.
    QList<TaskSummary> burst;
    const QList<TaskSummary> &tasks = dashboard.allTasks()->tasks();
    for (int i = 0; i < tasks.size() && burst.size() < 1000;
         i += std::max(1, static_cast<int>(tasks.size()) / 1000)) {
        TaskSummary changed = tasks.at(i);
        changed.attempt += 1;
        changed.lastMessage = QStringLiteral("The engine is currently overloaded (burst)");
        changed.nextTryAt = QDateTime::currentMSecsSinceEpoch() + 60'000;
        burst.append(changed);
    }
    if (!burst.isEmpty()) {
        drawn = false;
        clock.restart();
        dashboard.allTasks()->apply(burst);
        window->requestUpdate();
        waitFor([&] { return drawn; }, 5000);
        figures.burstMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    }

    // Idle: the window shown, the countdowns running, nothing else to do.
    const double before = bench::cpuSeconds();
    clock.restart();
    QEventLoop idle;
    QTimer::singleShot(10'000, &idle, &QEventLoop::quit);
    idle.exec();
    figures.idleCpuMsPerSecond =
        (bench::cpuSeconds() - before) * 1000.0 / (static_cast<double>(clock.elapsed()) / 1000.0);
    window->close();
    host.stop();
    return figures;
}

// Runs this program on one store and reads its figures back: five numbers on a line.
std::optional<Figures> measureInChild(const QString &dbPath, int expectedRows,
                                      const QString &socket)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--measure"), dbPath, QString::number(expectedRows), socket});
    if (!child.waitForFinished(300'000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        return std::nullopt;
    const QList<QByteArray> numbers = child.readAllStandardOutput().trimmed().split(' ');
    if (numbers.size() != 5)
        return std::nullopt;
    return Figures{numbers.at(0).toDouble(), numbers.at(1).toDouble(), numbers.at(2).toDouble(),
                   numbers.at(3).toDouble(), numbers.at(4).toDouble()};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    }
    QApplication app(argc, argv); // Qt Charts draws through Qt Widgets' graphics view
    QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.info=false"));
    QApplication::setOrganizationName(QStringLiteral("VigilBench"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 5 && args.at(1) == QLatin1String("--measure")) {
        const Figures figures = measure(args.at(2), args.at(3).toInt(), args.at(4));
        QTextStream(stdout) << figures.coldStartMs << ' ' << figures.rss << ' ' << figures.burstMs
                            << ' ' << figures.idleCpuMsPerSecond << ' ' << figures.chartMs << '\n';
        return 0;
    }
    const int tasks = argc > 1 ? QByteArray(argv[1]).toInt() : 10'000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    QElapsedTimer clock;
    clock.start();
    fillStore(db, tasks);
    out << "store: " << tasks << " tasks, " << tasks * 10 << " steps, built in "
        << clock.elapsed() / 1000.0 << " s\n"
        << Qt::flush;

    const double rssBefore = rssMiB();
    const auto empty = measureInChild(dir.filePath(QStringLiteral("empty.db")), 0,
                                      dir.filePath(QStringLiteral("empty.sock")));
    const auto full = measureInChild(db, tasks, dir.filePath(QStringLiteral("full.sock")));
    if (!empty || !full) {
        out << "a measurement did not complete: " << (empty ? "the full store" : "the empty store")
            << "'s process failed\n";
        return 1;
    }
    out << "cold start to a shown window with every row: " << full->coldStartMs
        << " ms (empty store " << empty->coldStartMs << " ms, "
        << full->coldStartMs / std::max(1.0, empty->coldStartMs) << "x)\n";
    out << "memory in use: " << full->rss << " MiB (empty store " << empty->rss
        << " MiB; a process before any window " << rssBefore << " MiB)\n";
    out << "a task's page opened and its chart drawn: " << full->chartMs << " ms\n";
    out << "burst of 1,000 task updates applied and drawn, the chart on the page: " << full->burstMs
        << " ms\n";
    out << "idle CPU with " << tasks / 10
        << " tasks retrying, the chart on the page: " << full->idleCpuMsPerSecond
        << " ms per second (empty store " << empty->idleCpuMsPerSecond << " ms per second)\n";
    return 0;
}

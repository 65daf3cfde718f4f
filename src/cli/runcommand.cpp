#include "runcommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "headlessengine.h"
#include "persontime.h"

#include "store.h"
#include "systemio.h"
#include "taskspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace vigil::cli {

namespace {

// The live progress line on stderr: rewritten in place on a terminal, one line per
// change otherwise (so that logs stay readable).
class ProgressLine : public QObject
{
public:
    ProgressLine(QString name, bool batch, int steps, int done, int failed, const Spend &spent,
                 std::function<std::optional<qint64>()> eta)
        : m_name(std::move(name)), m_batch(batch), m_steps(steps), m_done(done), m_failed(failed),
          m_terminal(isTerminal(stderr)), m_spent(spent), m_eta(std::move(eta))
    {
        if (m_terminal) {
            m_tick.setInterval(1000);
            connect(&m_tick, &QTimer::timeout, this, [this] { print(false); });
            m_tick.start();
        }
        m_lastPrint.start();
    }

    void onEvent(const EngineEvent &event)
    {
        const QJsonObject &f = event.fields;
        if (event.event == QLatin1String("task_state")) {
            m_state = f.value(QLatin1String("state")).toString();
            m_reason = f.value(QLatin1String("reason")).toString();
            m_nextTry = QDateTime::fromString(f.value(QLatin1String("next_try_at")).toString(),
                                              Qt::ISODateWithMs);
            if (m_state == QLatin1String("running"))
                return; // the attempt_start that follows says more
        } else if (event.event == QLatin1String("attempt_start")) {
            ++m_inFlight;
            m_step = event.step;
            m_attempt = f.value(QLatin1String("budget_attempt")).toInt();
            m_maxAttempts = f.value(QLatin1String("max_attempts")).toInt();
            m_model = f.value(QLatin1String("model")).toString();
            m_nextTry = {};
        } else if (event.event == QLatin1String("attempt_end")) {
            --m_inFlight;
            const QJsonValue cost = f.value(QLatin1String("cost_usd"));
            if (cost.isDouble())
                m_spent.costUsd += cost.toDouble();
            else
                ++m_spent.unpricedAttempts;
            m_spent.usage.reported =
                m_spent.usage.reported || f.value(QLatin1String("usage")).isObject();
            return;
        } else if (event.event == QLatin1String("step_done")) {
            ++m_done; // shown with the next attempt or the final state
            return;
        } else if (event.event == QLatin1String("step_failed")) {
            ++m_failed;
            return;
        } else if (event.event == QLatin1String("spend_warning") ||
                   event.event == QLatin1String("deadline_warning")) {
            warn(f.value(QLatin1String("message")).toString());
            return;
        } else {
            return;
        }
        print(m_state != m_printedState || m_terminal || m_lastPrint.elapsed() >= 2000);
    }

    void finish()
    {
        m_tick.stop();
        if (m_terminal)
            std::fputs("\n", stderr);
    }

private:
    // A warning of the engine's, on a line of its own that stays above the progress line.
    void warn(const QString &message)
    {
        const QByteArray bytes = Tr::tr("warning: %1").arg(message).toUtf8();
        std::fprintf(stderr, m_terminal ? "\r\x1b[K%s\n" : "%s\n", bytes.constData());
        std::fflush(stderr);
        if (m_terminal)
            print(false);
    }

    void print(bool changed)
    {
        if (!m_terminal && !changed)
            return;
        m_lastPrint.restart();
        m_printedState = m_state;
        QString line = (m_batch ? Tr::tr("%1: %2/%3 items done") : Tr::tr("%1: %2/%3 steps done"))
                           .arg(m_name)
                           .arg(m_done)
                           .arg(m_steps);
        if (m_failed > 0)
            line += QStringLiteral(", ") + Tr::tr("%1 failed").arg(m_failed);
        if (m_spent.usage.reported)
            line += QStringLiteral(", ") +
                    (m_spent.costKnown() ? Tr::tr("%1 spent").arg(formatCost(m_spent.costUsd))
                                         : Tr::tr("cost unknown"));
        if (const auto eta = m_eta())
            line += QStringLiteral(", ") + Tr::tr("ends about %1").arg(personTime(*eta));
        const auto state = taskStateFromName(m_state);
        line += QStringLiteral(" · ") + (state ? taskStateLabel(*state) : Tr::tr("starting"));
        if (state == TaskState::Running && m_batch)
            line += QLatin1Char(' ') + Tr::tr("%1 in flight on %2").arg(m_inFlight).arg(m_model);
        else if (state == TaskState::Running)
            line += QLatin1Char(' ') + Tr::tr("step %1, attempt %2 of %3 on %4")
                                           .arg(m_step + 1)
                                           .arg(m_attempt)
                                           .arg(m_maxAttempts)
                                           .arg(m_model);
        else if (state == TaskState::Retrying && m_nextTry.isValid())
            line += QLatin1Char(' ') +
                    Tr::tr("in %1 s").arg(std::max<qint64>(
                        0, (QDateTime::currentDateTimeUtc().msecsTo(m_nextTry) + 999) / 1000)) +
                    QStringLiteral(" — ") + m_reason;
        else if (!m_reason.isEmpty() && state != TaskState::Running)
            line += QStringLiteral(" — ") + m_reason;
        const QByteArray bytes = line.toUtf8();
        if (m_terminal)
            std::fprintf(stderr, "\r\x1b[K%s", bytes.constData());
        else
            std::fprintf(stderr, "%s\n", bytes.constData());
        std::fflush(stderr);
    }

    QString m_name;
    bool m_batch;
    int m_steps;
    int m_done;
    int m_failed;
    bool m_terminal;
    QTimer m_tick;
    QElapsedTimer m_lastPrint;
    QString m_state;
    QString m_printedState;
    QString m_reason;
    QString m_model;
    QDateTime m_nextTry;
    int m_step = 0;
    int m_inFlight = 0;
    int m_attempt = 0;
    int m_maxAttempts = 0;
    Spend m_spent; // by the task's attempts, as their ends said
    std::function<std::optional<qint64>()> m_eta;
};

int exitCodeFor(TaskState state)
{
    switch (state) {
    case TaskState::Completed:
        return ExitCompleted;
    case TaskState::Failed:
        return ExitFailed;
    default:
        return ExitPaused;
    }
}

} // namespace

int runCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Runs one task to its end without a window."));
    parser.addPositionalArgument(QStringLiteral("task"), Tr::tr("The task file (JSON)."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption eventsTarget = eventsOption();
    const QCommandLineOption allowSleep = allowSleepOption();
    parser.addOptions({db, eventsTarget, settingsOption(), allowSleep});
    if (!parser.parse(QStringList{QStringLiteral("vigil run")} + arguments)) {
        err << "vigil run: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "vigil run: " << Tr::tr("expected exactly one task file") << '\n'
            << Tr::tr("usage: %1")
                   .arg(QStringLiteral(
                       "vigil run TASK.json [--db PATH] [--events FILE|-] [--settings PATH]"))
            << '\n';
        return ExitBadInput;
    }

    TaskFileError fileError;
    const auto settings = loadSettings(settingsPath(parser), fileError);
    if (!settings) {
        err << "vigil run: " << fileError.toString() << '\n';
        return ExitBadInput;
    }
    const auto spec =
        loadTaskFile(parser.positionalArguments().constFirst(), fileError, &*settings);
    if (!spec) {
        err << "vigil run: " << fileError.toString() << '\n';
        return ExitBadInput;
    }

    HeadlessEngine headless;
    if (!headless.open(parser.value(db), parser.value(eventsTarget), QStringLiteral("run"),
                       parser.isSet(allowSleep), err))
        return ExitCannotRun;
    CheckpointStore &store = headless.store;
    Engine &engine = *headless.engine;
    engine.setPrices(settings->priceTable());
    engine.setDailyCap(settings->dailyCapUsd);
    QString error;
    const auto taskId = engine.submit(*spec, &error);
    if (!taskId) {
        err << "vigil run: " << error << '\n';
        return ExitCannotRun;
    }
    const auto countSteps = [&store, &taskId](StepState state) {
        const auto record = store.loadTask(*taskId);
        return record ? std::count_if(record->steps.begin(), record->steps.end(),
                                      [state](const StepRecord &s) { return s.state == state; })
                      : 0;
    };
    ProgressLine progress(spec->name, spec->isBatch(), static_cast<int>(spec->stepPrompts().size()),
                          static_cast<int>(countSteps(StepState::Done)),
                          spec->isBatch() ? static_cast<int>(countSteps(StepState::Failed)) : 0,
                          store.spend(*taskId).value_or(Spend{}),
                          [&engine, &taskId] { return engine.eta(*taskId); });
    QObject::connect(&engine, &Engine::eventOccurred, &progress, &ProgressLine::onEvent);

    int exitCode = ExitPaused;
    QString finalReason;
    QObject::connect(&engine, &Engine::taskEnded,
                     [&](qint64, TaskState state, const QString &reason) {
                         exitCode = exitCodeFor(state);
                         finalReason = taskStateLabel(state) + QStringLiteral(": ") + reason;
                         QCoreApplication::quit();
                     });
    if (!engine.start(*taskId, &error)) {
        err << "vigil run: " << error << '\n';
        return ExitBadInput;
    }
    QCoreApplication::exec();
    progress.finish();
    if (exitCode == ExitCompleted && spec->isBatch() && countSteps(StepState::Failed) > 0)
        exitCode = ExitCompletedWithFailures;
    err << spec->name << ": " << finalReason << '\n';
    return exitCode;
}

} // namespace vigil::cli

#include "controlcommand.h"

#include "clitext.h"
#include "controlclient.h"
#include "controlserver.h"
#include "failureclass.h"
#include "persontime.h"
#include "pricing.h"
#include "records.h"
#include "runcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace vigil::cli {

namespace {

const QStringList kCommandsWithId{QStringLiteral("show"),      QStringLiteral("pause"),
                                  QStringLiteral("resume"),    QStringLiteral("retry-now"),
                                  QStringLiteral("cancel"),    QStringLiteral("switch-model"),
                                  QStringLiteral("set-budget")};

QString relativeTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return QStringLiteral("-");
    const qint64 seconds = (QDateTime::currentDateTimeUtc().msecsTo(at) + 999) / 1000;
    if (seconds <= 0)
        return Tr::tr("now");
    if (seconds < 120)
        return Tr::tr("in %1 s").arg(seconds);
    if (seconds < 7200)
        return Tr::tr("in %1 min").arg(seconds / 60);
    return personTime(at.toMSecsSinceEpoch());
}

QString clip(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

// When a task will be done, from the control protocol's "eta" and "deadline": "in 12 min",
// with "late" when that is after its deadline; "-" when it is not known.
QString etaText(const QJsonObject &task)
{
    const QString eta = task.value(QLatin1String("eta")).toString();
    if (eta.isEmpty())
        return QStringLiteral("-");
    const QDateTime deadline =
        QDateTime::fromString(task.value(QLatin1String("deadline")).toString(), Qt::ISODateWithMs);
    const bool late =
        deadline.isValid() && QDateTime::fromString(eta, Qt::ISODateWithMs) > deadline;
    return late ? Tr::tr("%1 (late)").arg(relativeTime(eta)) : relativeTime(eta);
}

// A state or failure class from the control protocol, as people read it.
QString stateLabel(const QString &name)
{
    const auto state = taskStateFromName(name);
    return state ? taskStateLabel(*state) : name;
}

QString classLabel(const QString &name)
{
    const auto failureClass = failureClassFromName(name);
    return failureClass ? failureClassLabel(*failureClass) : name;
}

// A "spend" object of the control protocol (Spend::toJson): "12,345 tokens, $0.042", or the
// cost unknown when some attempt's price is.
QString spendText(const QJsonObject &spend)
{
    const QLocale locale;
    const qint64 tokens = spend.value(QLatin1String("usage"))
                              .toObject()
                              .value(QLatin1String("total_tokens"))
                              .toInteger();
    const QJsonValue cost = spend.value(QLatin1String("cost_usd"));
    return Tr::tr("%1 tokens, %2")
        .arg(locale.toString(tokens),
             cost.isDouble() ? formatCost(cost.toDouble()) : Tr::tr("cost unknown"));
}

void printTable(QTextStream &out, const QList<QStringList> &rows)
{
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row.at(i).size()));
    }
    for (const QStringList &row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        out << line.trimmed() << '\n';
    }
}

void printList(QTextStream &out, const QJsonArray &tasks)
{
    if (tasks.isEmpty()) {
        out << Tr::tr("no tasks") << '\n';
        return;
    }
    QList<QStringList> rows{{Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("STATE"), Tr::tr("PROGRESS"),
                             Tr::tr("ATTEMPT"), Tr::tr("NEXT RETRY"), Tr::tr("MODEL"),
                             Tr::tr("SPENT"), Tr::tr("ETA"), Tr::tr("LAST ERROR")}};
    for (const auto &value : tasks) {
        const QJsonObject task = value.toObject();
        QString progress = QStringLiteral("%1/%2")
                               .arg(task.value(QLatin1String("steps_done")).toInt())
                               .arg(task.value(QLatin1String("steps_total")).toInt());
        if (const int failed = task.value(QLatin1String("steps_failed")).toInt())
            progress += QStringLiteral(" (") + Tr::tr("%1 failed").arg(failed) + QLatin1Char(')');
        const int attempt = task.value(QLatin1String("attempt")).toInt();
        const QString state = task.value(QLatin1String("state")).toString();
        QString next = relativeTime(task.value(QLatin1String("next_try_at")).toString());
        if (state == QLatin1String("paused") && task.value(QLatin1String("resume_at")).isString())
            next = Tr::tr("resumes %1")
                       .arg(relativeTime(task.value(QLatin1String("resume_at")).toString()));
        // A task that stopped says why; one that works shows its last failed attempt.
        QString error = task.value(QLatin1String("last_error")).toString();
        if (state == QLatin1String("paused") || state == QLatin1String("failed") ||
            state == QLatin1String("cancelled"))
            error = task.value(QLatin1String("reason")).toString();
        else if (!error.isEmpty())
            error = classLabel(task.value(QLatin1String("error_class")).toString()) +
                    QStringLiteral(": ") + error;
        rows.append({QString::number(task.value(QLatin1String("id")).toInteger()),
                     clip(task.value(QLatin1String("name")).toString(), 28), stateLabel(state),
                     progress,
                     attempt > 0 ? Tr::tr("%1 of %2")
                                       .arg(attempt)
                                       .arg(task.value(QLatin1String("max_attempts")).toInt())
                                 : QStringLiteral("-"),
                     next, task.value(QLatin1String("model")).toString(),
                     spendText(task.value(QLatin1String("spend")).toObject()), etaText(task),
                     clip(error, 60)});
    }
    printTable(out, rows);
}

void printShow(QTextStream &out, const QJsonObject &task)
{
    const bool batch = task.value(QLatin1String("kind")).toString() == QLatin1String("batch");
    out << (batch ? Tr::tr("task %1: %2 (batch)") : Tr::tr("task %1: %2 (conversation)"))
               .arg(task.value(QLatin1String("id")).toInteger())
               .arg(task.value(QLatin1String("name")).toString())
        << '\n'
        << Tr::tr("state: %1 — %2")
               .arg(stateLabel(task.value(QLatin1String("state")).toString()),
                    task.value(QLatin1String("reason")).toString())
        << '\n'
        << Tr::tr("model: %1").arg(task.value(QLatin1String("model")).toString()) << '\n';
    const QJsonObject backend = task.value(QLatin1String("backend")).toObject();
    if (!backend.isEmpty()) {
        QString line = Tr::tr("backend: %1 — %2")
                           .arg(backend.value(QLatin1String("name")).toString(),
                                backend.value(QLatin1String("state")).toString());
        const int limit = backend.value(QLatin1String("concurrency_limit")).toInt();
        if (limit > 0)
            line += Tr::tr("; rate-limited to %n request(s) at once", "", limit);
        const QString probe = backend.value(QLatin1String("next_probe_at")).toString();
        if (!probe.isEmpty())
            line += Tr::tr("; next probe %1").arg(relativeTime(probe));
        out << line << '\n';
    }
    QList<TaskWorker> workers;
    for (const auto &worker : task.value(QLatin1String("workers")).toArray())
        workers.append(TaskWorker::fromJson(worker.toObject()));
    if (!workers.isEmpty())
        out << Tr::tr("run now by: %1").arg(describeWorkers(workers)) << '\n';
    const QJsonObject spend = task.value(QLatin1String("spend")).toObject();
    const QJsonObject usage = spend.value(QLatin1String("usage")).toObject();
    const QLocale locale;
    const auto tokens = [&usage, &locale](const char *key) {
        return locale.toString(usage.value(QLatin1String(key)).toInteger());
    };
    out << Tr::tr("spent: %1 (input %2, cached %3, output %4)")
               .arg(spendText(spend), tokens("input_tokens"), tokens("cached_tokens"),
                    tokens("output_tokens"));
    if (const int unpriced = spend.value(QLatin1String("unpriced_attempts")).toInt())
        out << "; " << Tr::tr("%n attempt(s) at a price not known", "", unpriced);
    out << "; "
        << Tr::tr("shipped prices as of %1")
               .arg(task.value(QLatin1String("prices_as_of")).toString())
        << '\n';
    const QJsonObject budget = task.value(QLatin1String("budget")).toObject();
    if (!budget.isEmpty()) {
        QStringList caps;
        if (budget.contains(QLatin1String("max_cost_usd")))
            caps << formatCost(budget.value(QLatin1String("max_cost_usd")).toDouble());
        if (budget.contains(QLatin1String("max_tokens")))
            caps << Tr::tr("%1 tokens")
                        .arg(
                            locale.toString(budget.value(QLatin1String("max_tokens")).toInteger()));
        out << Tr::tr("spend cap: %1").arg(caps.join(QStringLiteral(", "))) << '\n';
    }
    const QString deadline = task.value(QLatin1String("deadline")).toString();
    if (!task.value(QLatin1String("eta")).isNull() || !deadline.isEmpty()) {
        out << Tr::tr("expected end: %1").arg(etaText(task));
        if (!deadline.isEmpty())
            out << "; "
                << Tr::tr("deadline: %1")
                       .arg(personTime(
                           QDateTime::fromString(deadline, Qt::ISODateWithMs).toMSecsSinceEpoch()));
        out << '\n';
    }
    out << '\n';
    QList<QStringList> steps{{Tr::tr("STEP"), Tr::tr("STATE"), Tr::tr("ATTEMPTS"), Tr::tr("MODEL"),
                              Tr::tr("TEXT OR ERROR")}};
    for (const auto &value : task.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = value.toObject();
        const QString name =
            step.contains(QLatin1String("item"))
                ? QString::fromUtf8(QJsonDocument(QJsonArray{step.value(QLatin1String("item"))})
                                        .toJson(QJsonDocument::Compact))
                      .chopped(1)
                      .mid(1)
                : QString::number(step.value(QLatin1String("index")).toInt() + 1);
        QString text = step.value(QLatin1String("output")).toString();
        if (text.isEmpty() && !step.value(QLatin1String("last_error")).toString().isEmpty())
            text = classLabel(step.value(QLatin1String("error_class")).toString()) +
                   QStringLiteral(": ") + step.value(QLatin1String("last_error")).toString();
        steps.append(
            {name, stepStateLabel(stepStateFromName(step.value(QLatin1String("state")).toString())),
             QString::number(step.value(QLatin1String("attempts")).toInt()),
             step.value(QLatin1String("model")).toString(), clip(text, 70)});
    }
    printTable(out, steps);
    const QJsonArray batches = task.value(QLatin1String("provider_batches")).toArray();
    if (!batches.isEmpty()) {
        out << '\n' << Tr::tr("provider batches:") << '\n';
        QList<QStringList> rows{{Tr::tr("BATCH"), Tr::tr("ROUND"), Tr::tr("STATUS"),
                                 Tr::tr("DONE / FAILED / EXPIRED / OF"), Tr::tr("CREATED"),
                                 Tr::tr("EXPIRES")}};
        const auto when = [](const QJsonValue &iso) {
            const QDateTime time = QDateTime::fromString(iso.toString(), Qt::ISODateWithMs);
            return time.isValid() ? personTime(time.toMSecsSinceEpoch()) : QStringLiteral("-");
        };
        for (const auto &value : batches) {
            const QJsonObject batch = value.toObject();
            const QJsonObject counts = batch.value(QLatin1String("counts")).toObject();
            const auto count = [&counts, &locale](const char *key) {
                return locale.toString(counts.value(QLatin1String(key)).toInt());
            };
            QString status = batch.value(QLatin1String("status")).toString();
            if (status.isEmpty())
                status = Tr::tr("not created yet");
            if (!batch.value(QLatin1String("error")).toString().isEmpty())
                status +=
                    QStringLiteral(" (%1)").arg(batch.value(QLatin1String("error")).toString());
            rows.append(
                {batch.value(QLatin1String("batch_id")).toString(),
                 QString::number(batch.value(QLatin1String("round")).toInt()), status,
                 QStringLiteral("%1 / %2 / %3 / %4")
                     .arg(count("succeeded"), count("failed"), count("expired"), count("total")),
                 when(batch.value(QLatin1String("created_at"))),
                 when(batch.value(QLatin1String("expires_at")))});
        }
        printTable(out, rows);
    }
    out << '\n' << Tr::tr("attempts:") << '\n';
    for (const auto &value : task.value(QLatin1String("attempts")).toArray()) {
        const QJsonObject attempt = value.toObject();
        const QJsonValue status = attempt.value(QLatin1String("http_status"));
        const QJsonValue delay = attempt.value(QLatin1String("delay_ms"));
        const QJsonValue failureClass = attempt.value(QLatin1String("class"));
        QString line =
            Tr::tr("step %1 #%2")
                .arg(attempt.value(QLatin1String("step")).toInt() + 1)
                .arg(attempt.value(QLatin1String("attempt")).toInt()) +
            QStringLiteral("  ") +
            (failureClass.isString() ? classLabel(failureClass.toString()) : Tr::tr("in flight"));
        if (status.isDouble())
            line += QLatin1Char(' ') + QString::number(status.toInt());
        if (delay.isDouble())
            line += QStringLiteral(", ") + Tr::tr("next try after %1 ms").arg(delay.toInteger());
        const QJsonValue usage = attempt.value(QLatin1String("usage"));
        if (usage.isObject()) {
            const QJsonValue cost = attempt.value(QLatin1String("cost_usd"));
            line +=
                QStringLiteral(", ") +
                Tr::tr("%1 in / %2 out tokens, %3")
                    .arg(usage.toObject().value(QLatin1String("input_tokens")).toInteger() +
                         usage.toObject().value(QLatin1String("cached_tokens")).toInteger())
                    .arg(usage.toObject().value(QLatin1String("output_tokens")).toInteger())
                    .arg(cost.isDouble() ? formatCost(cost.toDouble()) : Tr::tr("cost unknown"));
        }
        const QString message = attempt.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            line += QStringLiteral("  ") + clip(message, 90);
        const QDateTime started = QDateTime::fromString(
            attempt.value(QLatin1String("started_at")).toString(), Qt::ISODateWithMs);
        out << "  "
            << (started.isValid() ? personTime(started.toMSecsSinceEpoch()) : QStringLiteral("-"))
            << "  " << line << '\n';
    }
}

} // namespace

bool isControlCommand(const QString &command)
{
    return command == QLatin1String("list") || command == QLatin1String("add") ||
           kCommandsWithId.contains(command);
}

int controlCommand(const QString &command, const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption socketOption(QStringLiteral("socket"),
                                          Tr::tr("The running Vigil's control socket."),
                                          QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        Tr::tr("Print the answer as JSON."));
    const QCommandLineOption providerOption(
        QStringLiteral("provider"),
        Tr::tr("switch-model: the configured provider that offers MODEL."), QStringLiteral("name"));
    const QCommandLineOption maxCostOption(
        QStringLiteral("max-cost"),
        Tr::tr("set-budget: the most the task may cost, in US dollars."), QStringLiteral("usd"));
    const QCommandLineOption maxTokensOption(
        QStringLiteral("max-tokens"), Tr::tr("set-budget: the most tokens the task may use."),
        QStringLiteral("n"));
    parser.addOptions({socketOption, jsonOption});
    if (command == QLatin1String("switch-model"))
        parser.addOption(providerOption);
    if (command == QLatin1String("set-budget"))
        parser.addOptions({maxCostOption, maxTokensOption});
    const QString usage = command == QLatin1String("list")   ? QStringLiteral("list [--json]")
                          : command == QLatin1String("add")  ? QStringLiteral("add TASK.json")
                          : command == QLatin1String("show") ? QStringLiteral("show ID [--json]")
                          : command == QLatin1String("switch-model")
                              ? QStringLiteral("switch-model ID MODEL [--provider NAME]")
                          : command == QLatin1String("set-budget")
                              ? QStringLiteral("set-budget ID [--max-cost USD] [--max-tokens N]")
                              : command + QStringLiteral(" ID");
    const auto refuse = [&](const QString &problem) {
        err << "vigil " << command << ": " << problem << '\n'
            << Tr::tr("usage: %1").arg(QStringLiteral("vigil ") + usage) << '\n';
        return ExitBadInput;
    };
    if (!parser.parse(QStringList{QStringLiteral("vigil ") + command} + arguments))
        return refuse(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const int expected = command == QLatin1String("list")           ? 0
                         : command == QLatin1String("switch-model") ? 2
                                                                    : 1;
    if (positional.size() != expected)
        return refuse(Tr::tr("expected %n argument(s)", nullptr, expected));

    QJsonObject request{{QStringLiteral("command"), command}};
    if (command == QLatin1String("add")) {
        request = ControlServer::addRequest(positional.first());
    } else if (command != QLatin1String("list")) {
        bool ok = false;
        const qint64 id = positional.first().toLongLong(&ok);
        if (!ok || id <= 0)
            return refuse(Tr::tr("\"%1\" is not a task id").arg(positional.first()));
        request.insert(QStringLiteral("id"), id);
        if (command == QLatin1String("switch-model")) {
            request.insert(QStringLiteral("model"), positional.at(1));
            if (parser.isSet(providerOption))
                request.insert(QStringLiteral("provider"), parser.value(providerOption));
        }
        if (command == QLatin1String("set-budget")) {
            // Checked by the engine; a value that is not a number is refused here.
            for (const auto &[option, key] : {std::pair{&maxCostOption, "max_cost_usd"},
                                              std::pair{&maxTokensOption, "max_tokens"}}) {
                if (!parser.isSet(*option))
                    continue;
                const double value = parser.value(*option).toDouble(&ok);
                if (!ok)
                    return refuse(Tr::tr("\"%1\" is not a number").arg(parser.value(*option)));
                request.insert(QLatin1String(key), value);
            }
        }
    }

    QString problem;
    const auto reply =
        askControlServer(ControlServer::socketPath(parser.value(socketOption)), request, &problem);
    if (!reply) {
        err << "vigil " << command << ": " << problem << '\n';
        return ExitCannotRun;
    }
    if (!reply->value(QLatin1String("ok")).toBool()) {
        err << "vigil " << command << ": " << reply->value(QLatin1String("error")).toString()
            << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(jsonOption)) {
        out << QJsonDocument(*reply).toJson(QJsonDocument::Indented);
    } else if (command == QLatin1String("list")) {
        printList(out, reply->value(QLatin1String("tasks")).toArray());
    } else if (command == QLatin1String("show")) {
        printShow(out, reply->value(QLatin1String("task")).toObject());
    } else {
        out << command << ": "
            << Tr::tr("task %1").arg(reply->value(QLatin1String("id")).toInteger()) << '\n';
    }
    return ExitCompleted;
}

std::optional<int> addToRunningInstance(const QString &socketPath, const QStringList &files)
{
    QTextStream err(stderr);
    int status = ExitCompleted;
    for (const QString &file : files) {
        QString problem;
        const auto reply = askControlServer(socketPath, ControlServer::addRequest(file), &problem);
        if (!reply && &file == &files.first())
            return std::nullopt; // no Vigil there: the caller becomes it
        if (!reply) {
            err << "vigil: " << file << ": " << problem << '\n';
            return ExitCannotRun;
        }
        if (reply->value(QLatin1String("ok")).toBool()) {
            err << "vigil: " << file << ": "
                << Tr::tr("handed to the running Vigil as task %1")
                       .arg(reply->value(QLatin1String("id")).toInteger())
                << '\n';
        } else {
            err << "vigil: " << file << ": " << reply->value(QLatin1String("error")).toString()
                << '\n';
            status = ExitBadInput;
        }
    }
    return status;
}

} // namespace vigil::cli

#include "controlcommand.h"

#include "controlclient.h"
#include "controlserver.h"
#include "runcommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace vigil::cli {

namespace {

const QStringList kCommandsWithId{QStringLiteral("show"),   QStringLiteral("pause"),
                                  QStringLiteral("resume"), QStringLiteral("retry-now"),
                                  QStringLiteral("cancel"), QStringLiteral("switch-model")};

QString relativeTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return QStringLiteral("-");
    const qint64 seconds = (QDateTime::currentDateTimeUtc().msecsTo(at) + 999) / 1000;
    if (seconds <= 0)
        return QStringLiteral("now");
    if (seconds < 120)
        return QStringLiteral("in %1 s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("in %1 min").arg(seconds / 60);
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString clip(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
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
        out << "no tasks\n";
        return;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("STATE"),
                             QStringLiteral("PROGRESS"), QStringLiteral("ATTEMPT"),
                             QStringLiteral("NEXT RETRY"), QStringLiteral("MODEL"),
                             QStringLiteral("LAST ERROR")}};
    for (const QJsonValue &value : tasks) {
        const QJsonObject task = value.toObject();
        QString progress = QStringLiteral("%1/%2")
                               .arg(task.value(QLatin1String("steps_done")).toInt())
                               .arg(task.value(QLatin1String("steps_total")).toInt());
        if (const int failed = task.value(QLatin1String("steps_failed")).toInt())
            progress += QStringLiteral(" (%1 failed)").arg(failed);
        const int attempt = task.value(QLatin1String("attempt")).toInt();
        const QString state = task.value(QLatin1String("state")).toString();
        QString next = relativeTime(task.value(QLatin1String("next_try_at")).toString());
        if (state == QLatin1String("paused") && task.value(QLatin1String("resume_at")).isString())
            next = QStringLiteral("resumes ") +
                   relativeTime(task.value(QLatin1String("resume_at")).toString());
        // A task that stopped says why; one that works shows its last failed attempt.
        QString error = task.value(QLatin1String("last_error")).toString();
        if (state == QLatin1String("paused") || state == QLatin1String("failed") ||
            state == QLatin1String("cancelled"))
            error = task.value(QLatin1String("reason")).toString();
        else if (!error.isEmpty())
            error =
                task.value(QLatin1String("error_class")).toString() + QStringLiteral(": ") + error;
        rows.append({QString::number(task.value(QLatin1String("id")).toInteger()),
                     clip(task.value(QLatin1String("name")).toString(), 28), state, progress,
                     attempt > 0 ? QStringLiteral("%1 of %2")
                                       .arg(attempt)
                                       .arg(task.value(QLatin1String("max_attempts")).toInt())
                                 : QStringLiteral("-"),
                     next, task.value(QLatin1String("model")).toString(), clip(error, 60)});
    }
    printTable(out, rows);
}

void printShow(QTextStream &out, const QJsonObject &task)
{
    out << "task " << task.value(QLatin1String("id")).toInteger() << ": "
        << task.value(QLatin1String("name")).toString() << " ("
        << task.value(QLatin1String("kind")).toString() << ")\n"
        << "state: " << task.value(QLatin1String("state")).toString() << " — "
        << task.value(QLatin1String("reason")).toString() << '\n'
        << "model: " << task.value(QLatin1String("model")).toString() << "\n\n";
    QList<QStringList> steps{{QStringLiteral("STEP"), QStringLiteral("STATE"),
                              QStringLiteral("ATTEMPTS"), QStringLiteral("MODEL"),
                              QStringLiteral("TEXT OR ERROR")}};
    for (const QJsonValue &value : task.value(QLatin1String("steps")).toArray()) {
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
            text = step.value(QLatin1String("error_class")).toString() + QStringLiteral(": ") +
                   step.value(QLatin1String("last_error")).toString();
        steps.append({name, step.value(QLatin1String("state")).toString(),
                      QString::number(step.value(QLatin1String("attempts")).toInt()),
                      step.value(QLatin1String("model")).toString(), clip(text, 70)});
    }
    printTable(out, steps);
    out << "\nattempts:\n";
    for (const QJsonValue &value : task.value(QLatin1String("attempts")).toArray()) {
        const QJsonObject attempt = value.toObject();
        const QJsonValue status = attempt.value(QLatin1String("http_status"));
        const QJsonValue delay = attempt.value(QLatin1String("delay_ms"));
        out << "  " << attempt.value(QLatin1String("started_at")).toString() << "  step "
            << attempt.value(QLatin1String("step")).toInt() + 1 << " #"
            << attempt.value(QLatin1String("attempt")).toInt() << "  "
            << attempt.value(QLatin1String("class")).toString(QStringLiteral("in flight"))
            << (status.isDouble() ? QStringLiteral(" %1").arg(status.toInt()) : QString())
            << (delay.isDouble() ? QStringLiteral(", next try after %1 ms").arg(delay.toInteger())
                                 : QString());
        const QString message = attempt.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            out << "  " << clip(message, 90);
        out << '\n';
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
                                          QStringLiteral("The running Vigil's control socket."),
                                          QStringLiteral("path"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print the answer as JSON."));
    const QCommandLineOption providerOption(
        QStringLiteral("provider"),
        QStringLiteral("switch-model: the configured provider that offers MODEL."),
        QStringLiteral("name"));
    parser.addOptions({socketOption, jsonOption});
    if (command == QLatin1String("switch-model"))
        parser.addOption(providerOption);
    const QString usage = command == QLatin1String("list")   ? QStringLiteral("list [--json]")
                          : command == QLatin1String("add")  ? QStringLiteral("add TASK.json")
                          : command == QLatin1String("show") ? QStringLiteral("show ID [--json]")
                          : command == QLatin1String("switch-model")
                              ? QStringLiteral("switch-model ID MODEL [--provider NAME]")
                              : command + QStringLiteral(" ID");
    const auto refuse = [&](const QString &problem) {
        err << "vigil " << command << ": " << problem << "\nusage: vigil " << usage << '\n';
        return ExitBadInput;
    };
    if (!parser.parse(QStringList{QStringLiteral("vigil ") + command} + arguments))
        return refuse(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const int expected = command == QLatin1String("list")           ? 0
                         : command == QLatin1String("switch-model") ? 2
                                                                    : 1;
    if (positional.size() != expected)
        return refuse(QStringLiteral("expected %1 argument(s)").arg(expected));

    QJsonObject request{{QStringLiteral("command"), command}};
    if (command == QLatin1String("add")) {
        request = ControlServer::addRequest(positional.first());
    } else if (command != QLatin1String("list")) {
        bool ok = false;
        const qint64 id = positional.first().toLongLong(&ok);
        if (!ok || id <= 0)
            return refuse(QStringLiteral("\"%1\" is not a task id").arg(positional.first()));
        request.insert(QStringLiteral("id"), id);
        if (command == QLatin1String("switch-model")) {
            request.insert(QStringLiteral("model"), positional.at(1));
            if (parser.isSet(providerOption))
                request.insert(QStringLiteral("provider"), parser.value(providerOption));
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
        out << command << ": task " << reply->value(QLatin1String("id")).toInteger() << '\n';
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
            err << "vigil: " << file << " handed to the running Vigil as task "
                << reply->value(QLatin1String("id")).toInteger() << '\n';
        } else {
            err << "vigil: " << file << ": " << reply->value(QLatin1String("error")).toString()
                << '\n';
            status = ExitBadInput;
        }
    }
    return status;
}

} // namespace vigil::cli

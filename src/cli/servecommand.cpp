#include "servecommand.h"

#include "clitext.h"
#include "commonoptions.h"
#include "controlcommand.h"
#include "controlserver.h"
#include "headlessengine.h"
#include "runcommand.h"
#include "store.h"
#include "systemio.h"
#include "taskspec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace vigil::cli {

int serveCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption db = dbOption();
    const QCommandLineOption socketOption(QStringLiteral("socket"), Tr::tr("The control socket."),
                                          QStringLiteral("path"));
    const QCommandLineOption eventsTarget = eventsOption();
    const QCommandLineOption allowSleep = allowSleepOption();
    parser.addOptions({db, socketOption, eventsTarget, settingsOption(), allowSleep});
    if (!parser.parse(QStringList{QStringLiteral("vigil serve")} + arguments)) {
        err << "vigil serve: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    // One Vigil per user: a second start hands its task files to the first and ends.
    const QString socketPath = ControlServer::socketPath(parser.value(socketOption));
    const QStringList taskFiles = parser.positionalArguments();
    if (!taskFiles.isEmpty()) {
        if (const auto handed = addToRunningInstance(socketPath, taskFiles))
            return *handed;
    } else if (ControlServer::answers(socketPath)) {
        err << "vigil serve: "
            << Tr::tr("another Vigil is already running (its socket is %1)").arg(socketPath)
            << '\n';
        return ExitCannotRun;
    }

    HeadlessEngine headless;
    if (!headless.open(parser.value(db), parser.value(eventsTarget), QStringLiteral("serve"),
                       parser.isSet(allowSleep), err))
        return ExitCannotRun;
    CheckpointStore &store = headless.store;
    Engine &engine = *headless.engine;
    QString error;
    ControlServer control(engine, store);
    control.setSettingsPath(settingsPath(parser));
    if (!control.listen(socketPath, &error)) {
        err << "vigil serve: " << error << '\n';
        return ExitCannotRun;
    }
    quitOnTerminationSignals();

    // Tasks that were working when Vigil last stopped continue on their own schedule, and
    // quota pauses with a known reset wait for it; paused, failed and finished ones stay.
    // On a store shared with other Vigils the working ones are taken up with the others,
    // now and whenever one appears.
    const bool joins = store.sharesWork();
    if (joins)
        engine.joinSharedTasks();
    int resumed = 0;
    for (const TaskSummary &task : store.listTasks()) {
        if (!continuesAtStart(task) || (joins && isWorking(task.state)))
            continue;
        if (engine.start(task.id, &error))
            ++resumed;
        else
            err << "vigil serve: " << Tr::tr("task %1 cannot continue: %2").arg(task.id).arg(error)
                << '\n';
    }
    err << "vigil serve: "
        << Tr::tr("listening at %1 with %2; %n task(s) continued", nullptr, resumed)
               .arg(control.path(), store.path())
        << '\n';
    for (const QString &file : taskFiles) {
        control.handle(ControlServer::addRequest(file), [&err, &file](const QJsonObject &reply) {
            err << "vigil serve: " << file << ": "
                << (reply.value(QLatin1String("ok")).toBool()
                        ? Tr::tr("task %1").arg(reply.value(QLatin1String("id")).toInteger())
                        : reply.value(QLatin1String("error")).toString())
                << '\n';
        });
    }
    err.flush();
    QCoreApplication::exec();
    err << "vigil serve: " << Tr::tr("stopping") << '\n';
    return ExitCompleted;
}

} // namespace vigil::cli

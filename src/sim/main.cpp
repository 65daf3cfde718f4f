#include "simserver.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace vigil::sim;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigil-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    vigil::Translations translations;
    translations.use({});

    QCommandLineParser parser;
    parser.setApplicationDescription(Simulator::tr(
        "A local OpenAI-/Anthropic-compatible model server with deterministic replies and "
        "scripted faults, for rehearsing Vigil's retry settings. Listens on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        Simulator::tr("TCP port (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8399"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        Simulator::tr("A built-in profile (%1) or a profile JSON file.")
            .arg(Profile::builtInNames().join(QStringLiteral(", "))),
        QStringLiteral("name|file"), QStringLiteral("calm"));
    const QCommandLineOption listOption(QStringLiteral("list-profiles"),
                                        Simulator::tr("Print the built-in profiles."));
    parser.addOptions({portOption, profileOption, listOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile responsesFile(QStringLiteral(":/vigil-sim/provider-errors.json"));
    responsesFile.open(QIODevice::ReadOnly);
    auto responses = SimServer::loadResponses(responsesFile.readAll());

    if (parser.isSet(listOption)) {
        for (const QString &name : Profile::builtInNames()) {
            QFile file(Profile::builtInPath(name));
            file.open(QIODevice::ReadOnly);
            out << name << ": "
                << QJsonDocument::fromJson(file.readAll())
                       .object()
                       .value(QLatin1String("description"))
                       .toString()
                << '\n';
        }
        return 0;
    }

    const QString profileArgument = parser.value(profileOption);
    QFile profileFile(Profile::builtInNames().contains(profileArgument)
                          ? Profile::builtInPath(profileArgument)
                          : profileArgument);
    if (!profileFile.open(QIODevice::ReadOnly)) {
        err << "vigil-sim: "
            << Simulator::tr("cannot read the profile %1: %2")
                   .arg(profileArgument, profileFile.errorString())
            << '\n';
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(profileFile.readAll(), &parseError);
    if (!document.isObject()) {
        err << "vigil-sim: " << profileArgument << ": "
            << Simulator::tr("not a JSON object: %1").arg(parseError.errorString()) << '\n';
        return 2;
    }
    Profile profile;
    const QString problem = profile.fromJson(document.object(), responses.keys());
    if (!problem.isEmpty()) {
        err << "vigil-sim: " << profileArgument << ": " << problem << '\n';
        return 2;
    }

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "vigil-sim: --port: " << Simulator::tr("not a port number") << '\n';
        return 2;
    }
    SimServer server(profile, std::move(responses));
    if (!server.listen(static_cast<quint16>(port))) {
        err << "vigil-sim: "
            << Simulator::tr("cannot listen on 127.0.0.1:%1: %2")
                   .arg(port)
                   .arg(server.errorString())
            << '\n';
        return 1;
    }
    // Scripts wait for this line's URL, which no translation changes.
    out << Simulator::tr("vigil-sim listening on %1 (profile %2)")
               .arg(QStringLiteral("http://127.0.0.1:%1/v1").arg(server.port()), profile.name)
        << Qt::endl;
    return QCoreApplication::exec();
}

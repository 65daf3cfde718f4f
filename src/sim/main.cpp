#include "simserver.h"

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local OpenAI-/Anthropic-compatible model server with deterministic replies and "
        "scripted faults, for rehearsing Vigil's retry settings. Listens on 127.0.0.1 only."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8399"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("A built-in profile (%1) or a profile JSON file.")
            .arg(Profile::builtInNames().join(QStringLiteral(", "))),
        QStringLiteral("name|file"), QStringLiteral("calm"));
    const QCommandLineOption listOption(QStringLiteral("list-profiles"),
                                        QStringLiteral("Print the built-in profiles."));
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
        err << "vigil-sim: cannot read profile " << profileArgument << ": "
            << profileFile.errorString() << '\n';
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(profileFile.readAll(), &parseError);
    if (!document.isObject()) {
        err << "vigil-sim: " << profileArgument
            << ": not a JSON object: " << parseError.errorString() << '\n';
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
        err << "vigil-sim: --port: not a port number\n";
        return 2;
    }
    SimServer server(profile, std::move(responses));
    if (!server.listen(static_cast<quint16>(port))) {
        err << "vigil-sim: cannot listen on 127.0.0.1:" << port << ": " << server.errorString()
            << '\n';
        return 1;
    }
    out << "vigil-sim listening on http://127.0.0.1:" << server.port() << "/v1 (profile "
        << profile.name << ")" << Qt::endl;
    return QCoreApplication::exec();
}

#include "simprofile.h"

#include <QJsonArray>

namespace vigil::sim {

namespace {

const QStringList kTransportFaults{QStringLiteral("ok"),
                                   QStringLiteral("stall-before-first-byte"),
                                   QStringLiteral("stall-mid-stream"),
                                   QStringLiteral("truncate"),
                                   QStringLiteral("drop"),
                                   QStringLiteral("expire"),
                                   QStringLiteral("reset"),
                                   QStringLiteral("slow"),
                                   QStringLiteral("endless"),
                                   QStringLiteral("huge-body"),
                                   QStringLiteral("invalid-utf8"),
                                   QStringLiteral("deep-json"),
                                   QStringLiteral("huge-header"),
                                   QStringLiteral("endless-line"),
                                   QStringLiteral("trickle"),
                                   QStringLiteral("redirect-loop"),
                                   QStringLiteral("redirect-away")};

QMap<QByteArray, QByteArray> readHeaders(const QJsonObject &object)
{
    QMap<QByteArray, QByteArray> headers;
    for (auto it = object.begin(); it != object.end(); ++it)
        headers.insert(it.key().toLatin1().toLower(), it.value().toString().toLatin1());
    return headers;
}

} // namespace

QStringList Profile::builtInNames()
{
    return {QStringLiteral("calm"),
            QStringLiteral("stormy-night"),
            QStringLiteral("stormy-batch"),
            QStringLiteral("outage-then-recovery"),
            QStringLiteral("quota-until-reset"),
            QStringLiteral("tight-rate-limit")};
}

QString Profile::builtInPath(const QString &name)
{
    return QStringLiteral(":/vigil-sim/profiles/%1.json").arg(name);
}

QString Profile::fromJson(const QJsonObject &object, const QStringList &knownResponses)
{
    const auto isKnown = [&](const QString &kind) {
        return kTransportFaults.contains(kind) || knownResponses.contains(kind);
    };
    static const QStringList keys{QStringLiteral("name"),
                                  QStringLiteral("description"),
                                  QStringLiteral("models"),
                                  QStringLiteral("seed"),
                                  QStringLiteral("reply_words"),
                                  QStringLiteral("token_delay_ms"),
                                  QStringLiteral("slow_token_delay_ms"),
                                  QStringLiteral("stall_ms"),
                                  QStringLiteral("api_key"),
                                  QStringLiteral("redirect_to"),
                                  QStringLiteral("script"),
                                  QStringLiteral("step_scripts"),
                                  QStringLiteral("capacity_windows"),
                                  QStringLiteral("rate_limit"),
                                  QStringLiteral("background_retention_ms"),
                                  QStringLiteral("flex_unavailable"),
                                  QStringLiteral("faults")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return Simulator::tr("unknown key \"%1\"").arg(it.key());
    }
    name = object.value(QLatin1String("name")).toString(QStringLiteral("custom"));
    description = object.value(QLatin1String("description")).toString();
    if (object.contains(QLatin1String("models"))) {
        models.clear();
        for (const auto &model : object.value(QLatin1String("models")).toArray())
            models.append(model.toString());
    }
    seed = static_cast<quint64>(object.value(QLatin1String("seed")).toInteger(1));
    const QJsonArray words = object.value(QLatin1String("reply_words")).toArray();
    if (words.size() == 2) {
        minWords = words.at(0).toInt(minWords);
        maxWords = std::max(minWords, words.at(1).toInt(maxWords));
    }
    tokenDelayMs = object.value(QLatin1String("token_delay_ms")).toInt(tokenDelayMs);
    slowTokenDelayMs = object.value(QLatin1String("slow_token_delay_ms")).toInt(slowTokenDelayMs);
    stallMs = object.value(QLatin1String("stall_ms")).toInteger(stallMs);
    apiKey = object.value(QLatin1String("api_key")).toString();
    redirectTo = object.value(QLatin1String("redirect_to")).toString(redirectTo);
    for (const auto &entry : object.value(QLatin1String("script")).toArray()) {
        if (!isKnown(entry.toString()))
            return Simulator::tr("script: unknown fault \"%1\"").arg(entry.toString());
        script.append(entry.toString());
    }
    const QJsonObject stepScriptObject = object.value(QLatin1String("step_scripts")).toObject();
    for (auto it = stepScriptObject.begin(); it != stepScriptObject.end(); ++it) {
        QStringList steps;
        for (const auto &entry : it.value().toArray()) {
            if (!isKnown(entry.toString()))
                return Simulator::tr("step_scripts: unknown fault \"%1\"").arg(entry.toString());
            steps.append(entry.toString());
        }
        stepScripts.insert(it.key(), steps);
    }
    for (const auto &entry : object.value(QLatin1String("capacity_windows")).toArray()) {
        const QJsonObject window = entry.toObject();
        CapacityWindow parsed{window.value(QLatin1String("model")).toString(),
                              window.value(QLatin1String("start_ms")).toInteger(),
                              window.value(QLatin1String("duration_ms")).toInteger(),
                              window.value(QLatin1String("response"))
                                  .toString(QStringLiteral("openai-503-overloaded")),
                              readHeaders(window.value(QLatin1String("headers")).toObject()),
                              window.value(QLatin1String("retry_after_end")).toBool()};
        if (!knownResponses.contains(parsed.response))
            return Simulator::tr("capacity_windows: unknown response \"%1\"").arg(parsed.response);
        windows.append(parsed);
    }
    if (object.contains(QLatin1String("rate_limit"))) {
        const QJsonObject limit = object.value(QLatin1String("rate_limit")).toObject();
        rateLimitRequests = limit.value(QLatin1String("requests")).toInt();
        rateLimitWindowMs = limit.value(QLatin1String("window_ms")).toInteger(1000);
        if (rateLimitRequests < 1 || rateLimitWindowMs < 1)
            return Simulator::tr("rate_limit: requests and window_ms must be positive");
    }
    backgroundRetentionMs =
        object.value(QLatin1String("background_retention_ms")).toInteger(backgroundRetentionMs);
    if (backgroundRetentionMs < 0)
        return Simulator::tr("background_retention_ms must not be negative");
    flexUnavailable = object.value(QLatin1String("flex_unavailable")).toDouble(flexUnavailable);
    if (flexUnavailable < 0 || flexUnavailable > 1)
        return Simulator::tr("flex_unavailable must be between 0 and 1");
    for (const auto &entry : object.value(QLatin1String("faults")).toArray()) {
        const QJsonObject fault = entry.toObject();
        WeightedFault parsed{fault.value(QLatin1String("kind")).toString(),
                             fault.value(QLatin1String("weight")).toDouble(),
                             readHeaders(fault.value(QLatin1String("headers")).toObject())};
        if (!isKnown(parsed.kind))
            return Simulator::tr("faults: unknown kind \"%1\"").arg(parsed.kind);
        faults.append(parsed);
    }
    return {};
}

} // namespace vigil::sim

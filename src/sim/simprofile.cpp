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
                                   QStringLiteral("flood-later"),
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
                                  QStringLiteral("faults"),
                                  QStringLiteral("batches")};
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
    if (object.contains(QLatin1String("batches")))
        return batches.fromJson(object.value(QLatin1String("batches")).toObject());
    return {};
}

QString BatchProfile::fromJson(const QJsonObject &object)
{
    static const QStringList keys{
        QStringLiteral("validating_ms"),  QStringLiteral("item_ms"),
        QStringLiteral("finalizing_ms"),  QStringLiteral("cancelling_ms"),
        QStringLiteral("window_ms"),      QStringLiteral("stuck_ms"),
        QStringLiteral("openai_limits"),  QStringLiteral("anthropic_limits"),
        QStringLiteral("invalid_marker"), QStringLiteral("script"),
        QStringLiteral("item_faults"),    QStringLiteral("poll_faults")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return Simulator::tr("batches: unknown key \"%1\"").arg(it.key());
    }
    const auto duration = [&object](const char *key, qint64 &value) {
        value = object.value(QLatin1String(key)).toInteger(value);
        return value >= 0;
    };
    if (!duration("validating_ms", validatingMs) || !duration("item_ms", itemMs) ||
        !duration("finalizing_ms", finalizingMs) || !duration("cancelling_ms", cancellingMs) ||
        !duration("stuck_ms", stuckMs) || !duration("window_ms", windowMs) || windowMs == 0)
        return Simulator::tr("batches: durations must not be negative, and window_ms is positive");
    const auto limits = [&object](const char *key, int &requests, qint64 &bytes) {
        const QJsonObject limit = object.value(QLatin1String(key)).toObject();
        requests = limit.value(QLatin1String("requests")).toInt(requests);
        bytes = limit.value(QLatin1String("bytes")).toInteger(bytes);
        return requests > 0 && bytes > 0;
    };
    if (!limits("openai_limits", openAiMaxRequests, openAiMaxBytes) ||
        !limits("anthropic_limits", anthropicMaxRequests, anthropicMaxBytes))
        return Simulator::tr("batches: limits must be positive");
    invalidMarker = object.value(QLatin1String("invalid_marker")).toString();
    static const QStringList batchFaults{QString(), QStringLiteral("stuck-finalizing"),
                                         QStringLiteral("expire"), QStringLiteral("all-failed")};
    for (const auto &entry : object.value(QLatin1String("script")).toArray()) {
        if (!batchFaults.contains(entry.toString()))
            return Simulator::tr("batches: unknown batch fault \"%1\"").arg(entry.toString());
        script.append(entry.toString());
    }
    const auto weighted = [&object](const char *key, const QStringList &known,
                                    QList<WeightedFault> &into) {
        for (const auto &entry : object.value(QLatin1String(key)).toArray()) {
            const QJsonObject fault = entry.toObject();
            const QString kind = fault.value(QLatin1String("kind")).toString();
            if (!known.contains(kind))
                return Simulator::tr("batches: %1: unknown kind \"%2\"")
                    .arg(QLatin1String(key), kind);
            into.append({kind, fault.value(QLatin1String("weight")).toDouble(), {}});
        }
        return QString();
    };
    const QStringList itemKinds{QStringLiteral("server-error"), QStringLiteral("overloaded"),
                                QStringLiteral("rate-limit"), QStringLiteral("quota"),
                                QStringLiteral("too-long")};
    if (QString problem = weighted("item_faults", itemKinds, itemFaults); !problem.isEmpty())
        return problem;
    return weighted("poll_faults", itemKinds.mid(0, 3), pollFaults);
}

} // namespace vigil::sim

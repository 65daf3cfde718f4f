#include "taskspec.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace vigil {

QString TaskFileError::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(file, place, problem);
}

QJsonObject ProviderSpec::toJson() const
{
    QJsonObject object{{QStringLiteral("base_url"), baseUrl.toString()},
                       {QStringLiteral("protocol"), protocolName(protocol)}};
    if (!apiKeyEnv.isEmpty())
        object.insert(QStringLiteral("api_key_env"), apiKeyEnv);
    return object;
}

QString TaskSpec::workKey() const
{
    const QJsonObject work{{QStringLiteral("name"), name},
                           {QStringLiteral("system"), system},
                           {QStringLiteral("turns"), QJsonArray::fromStringList(turns)}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(work).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
}

QJsonObject TaskSpec::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("provider"), provider.toJson()},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("turns"), QJsonArray::fromStringList(turns)},
                       {QStringLiteral("retry"), retry.toJson()},
                       {QStringLiteral("stream"), stream},
                       {QStringLiteral("max_tokens"), maxTokens}};
    if (!system.isEmpty())
        object.insert(QStringLiteral("system"), system);
    return object;
}

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Collects the first problem found and its place; every check returns false once failed.
class Reader
{
public:
    explicit Reader(TaskFileError &error) : m_error(error) {}

    bool fail(const QString &place, const QString &problem)
    {
        m_error.place = place;
        m_error.problem = problem;
        return false;
    }

    bool onlyKnownKeys(const QJsonObject &object, const QString &place, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(place + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown key (expected one of: %1)")
                                .arg(known.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool string(const QJsonObject &object, const QString &key, const QString &place, QString &out,
                bool required, bool allowEmpty = false)
    {
        const QJsonValue value = object.value(key);
        const QString where = place + QLatin1Char('.') + key;
        if (value.isUndefined()) {
            if (required)
                return fail(where, QStringLiteral("required, but missing"));
            return true;
        }
        if (!value.isString())
            return fail(where, QStringLiteral("must be a string, not %1").arg(typeName(value)));
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            return fail(where, QStringLiteral("must not be empty"));
        out = value.toString();
        return true;
    }

private:
    TaskFileError &m_error;
};

bool readProvider(Reader &reader, const QJsonValue &value, ProviderSpec &provider)
{
    const QString place = QStringLiteral("$.provider");
    if (value.isUndefined())
        return reader.fail(place, QStringLiteral("required, but missing"));
    if (value.isString())
        return reader.fail(place, QStringLiteral("no provider named \"%1\" is configured; give "
                                                 "base_url and protocol here instead")
                                      .arg(value.toString()));
    if (!value.isObject())
        return reader.fail(place, QStringLiteral("must be an object, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("api_key")))
        return reader.fail(place + QStringLiteral(".api_key"),
                           QStringLiteral("keys do not belong in task files; put the key in an "
                                          "environment variable and name it in api_key_env"));
    if (!reader.onlyKnownKeys(object, place,
                              {QStringLiteral("base_url"), QStringLiteral("protocol"),
                               QStringLiteral("api_key_env")}))
        return false;
    QString baseUrl;
    QString protocol = QStringLiteral("openai-chat");
    if (!reader.string(object, QStringLiteral("base_url"), place, baseUrl, true) ||
        !reader.string(object, QStringLiteral("protocol"), place, protocol, false) ||
        !reader.string(object, QStringLiteral("api_key_env"), place, provider.apiKeyEnv, false))
        return false;
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return reader.fail(place + QStringLiteral(".base_url"),
                           QStringLiteral("\"%1\" is not an http or https URL").arg(baseUrl));
    provider.baseUrl = url;
    const auto parsed = protocolFromName(protocol);
    if (!parsed)
        return reader.fail(place + QStringLiteral(".protocol"),
                           QStringLiteral("\"%1\" is not one of openai-chat, openai-responses, "
                                          "anthropic-messages")
                               .arg(protocol));
    provider.protocol = *parsed;
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!provider.apiKeyEnv.isEmpty() && !envName.match(provider.apiKeyEnv).hasMatch())
        return reader.fail(
            place + QStringLiteral(".api_key_env"),
            QStringLiteral("\"%1\" is not an environment variable name").arg(provider.apiKeyEnv));
    return true;
}

bool readTurns(Reader &reader, const QJsonValue &value, QStringList &turns)
{
    const QString place = QStringLiteral("$.turns");
    if (value.isUndefined())
        return reader.fail(place, QStringLiteral("required, but missing"));
    if (!value.isArray())
        return reader.fail(
            place, QStringLiteral("must be an array of strings, not %1").arg(typeName(value)));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return reader.fail(place, QStringLiteral("must hold at least one turn"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(place).arg(i);
        if (!array.at(i).isString())
            return reader.fail(
                where, QStringLiteral("must be a string, not %1").arg(typeName(array.at(i))));
        if (array.at(i).toString().trimmed().isEmpty())
            return reader.fail(where, QStringLiteral("must not be empty"));
        turns.append(array.at(i).toString());
    }
    return true;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

} // namespace

std::optional<TaskSpec> parseTaskJson(const QByteArray &json, const QString &fileName,
                                      TaskFileError &error)
{
    error = TaskFileError{fileName, {}, {}};
    Reader reader(error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(lineAndColumn(json, parseError.offset),
                    QStringLiteral("not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(QStringLiteral("$"), QStringLiteral("a task file holds one JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QString place = QStringLiteral("$");
    if (root.contains(QLatin1String("batch"))) {
        reader.fail(QStringLiteral("$.batch"),
                    QStringLiteral("batch tasks are not supported by this version of Vigil"));
        return std::nullopt;
    }
    if (!reader.onlyKnownKeys(root, place,
                              {QStringLiteral("name"), QStringLiteral("provider"),
                               QStringLiteral("model"), QStringLiteral("system"),
                               QStringLiteral("turns"), QStringLiteral("retry"),
                               QStringLiteral("stream"), QStringLiteral("max_tokens")}))
        return std::nullopt;

    TaskSpec spec;
    if (!reader.string(root, QStringLiteral("name"), place, spec.name, true) ||
        !readProvider(reader, root.value(QLatin1String("provider")), spec.provider) ||
        !reader.string(root, QStringLiteral("model"), place, spec.model, true) ||
        !reader.string(root, QStringLiteral("system"), place, spec.system, false, true) ||
        !readTurns(reader, root.value(QLatin1String("turns")), spec.turns))
        return std::nullopt;

    const QJsonValue stream = root.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isBool()) {
        reader.fail(QStringLiteral("$.stream"),
                    QStringLiteral("must be true or false, not %1").arg(typeName(stream)));
        return std::nullopt;
    }
    spec.stream = stream.toBool(true);

    const QJsonValue maxTokens = root.value(QLatin1String("max_tokens"));
    if (!maxTokens.isUndefined()) {
        const double value = maxTokens.toDouble(-1);
        if (!maxTokens.isDouble() || value < 1 || value > 1'000'000 ||
            value != static_cast<int>(value)) {
            reader.fail(QStringLiteral("$.max_tokens"),
                        QStringLiteral("must be a whole number from 1 to 1000000"));
            return std::nullopt;
        }
        spec.maxTokens = static_cast<int>(value);
    }

    const QJsonValue retry = root.value(QLatin1String("retry"));
    if (!retry.isUndefined()) {
        if (!retry.isObject()) {
            reader.fail(QStringLiteral("$.retry"),
                        QStringLiteral("must be an object, not %1").arg(typeName(retry)));
            return std::nullopt;
        }
        const QString problem = spec.retry.applyJson(retry.toObject());
        if (!problem.isEmpty()) {
            const qsizetype colon = problem.indexOf(QLatin1String(": "));
            const bool keyed = colon > 0 && !problem.left(colon).contains(QLatin1Char(' '));
            reader.fail(keyed ? QStringLiteral("$.retry.") + problem.left(colon)
                              : QStringLiteral("$.retry"),
                        keyed ? problem.mid(colon + 2) : problem);
            return std::nullopt;
        }
    }
    return spec;
}

std::optional<TaskSpec> loadTaskFile(const QString &path, TaskFileError &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = TaskFileError{path, QStringLiteral("file"), file.errorString()};
        return std::nullopt;
    }
    constexpr qint64 kMaxTaskFileBytes = 64 * 1024 * 1024;
    if (file.size() > kMaxTaskFileBytes) {
        error = TaskFileError{path, QStringLiteral("file"), QStringLiteral("larger than 64 MiB")};
        return std::nullopt;
    }
    return parseTaskJson(file.readAll(), path, error);
}

} // namespace vigil

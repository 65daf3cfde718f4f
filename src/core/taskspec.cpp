#include "taskspec.h"

#include "tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace vigil {

QString TaskFileError::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(file, place, problem);
}

bool isKeychainEntryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,100}$"));
    return pattern.match(name).hasMatch();
}

QJsonObject ProviderSpec::toJson() const
{
    QJsonObject object{{QStringLiteral("base_url"), baseUrl.toString()},
                       {QStringLiteral("protocol"), protocolName(protocol)}};
    if (!apiKeyEnv.isEmpty())
        object.insert(QStringLiteral("api_key_env"), apiKeyEnv);
    if (!apiKeyKeychain.isEmpty())
        object.insert(QStringLiteral("api_key_keychain"), apiKeyKeychain);
    return object;
}

QJsonObject BatchSpec::toJson() const
{
    QJsonObject object{{QStringLiteral("input"), input},
                       {QStringLiteral("output"), output},
                       {QStringLiteral("template"), promptTemplate},
                       {QStringLiteral("concurrency"), concurrency}};
    if (via == Via::ProviderBatch)
        object.insert(QStringLiteral("via"), QStringLiteral("provider-batch"));
    if (repair != Repair::Auto)
        object.insert(QStringLiteral("repair"),
                      QLatin1String(repair == Repair::Live ? "live" : "provider-batch"));
    if (chunkRequests > 0)
        object.insert(QStringLiteral("chunk_requests"), chunkRequests);
    if (chunkBytes > 0)
        object.insert(QStringLiteral("chunk_bytes"), chunkBytes);
    return object;
}

QStringList TaskSpec::stepPrompts() const
{
    if (!batch)
        return turns;
    QStringList prompts;
    prompts.reserve(batch->items.size());
    for (const BatchItem &item : batch->items)
        prompts.append(item.prompt);
    return prompts;
}

QString TaskSpec::workKey() const
{
    QJsonObject work{{QStringLiteral("name"), name}, {QStringLiteral("system"), system}};
    if (!batch)
        work.insert(QStringLiteral("turns"), QJsonArray::fromStringList(turns));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(work).toJson(QJsonDocument::Compact));
    if (batch) {
        for (const BatchItem &item : batch->items) {
            // Record and unit separators keep "a","bc" apart from "ab","c".
            hash.addData(QByteArrayView("\x1e", 1));
            hash.addData(item.id.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
            hash.addData(item.prompt.toUtf8());
        }
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

QJsonObject TaskSpec::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},     {QStringLiteral("provider"), provider.toJson()},
        {QStringLiteral("model"), model},   {QStringLiteral("retry"), retry.toJson()},
        {QStringLiteral("stream"), stream}, {QStringLiteral("max_tokens"), maxTokens}};
    if (batch)
        object.insert(QStringLiteral("batch"), batch->toJson());
    else
        object.insert(QStringLiteral("turns"), QJsonArray::fromStringList(turns));
    if (!system.isEmpty())
        object.insert(QStringLiteral("system"), system);
    if (!resumeStreams)
        object.insert(QStringLiteral("resume_streams"), false);
    if (!serviceTier.isEmpty())
        object.insert(QStringLiteral("service_tier"), serviceTier);
    if (serviceTierFallbackAfter > 0)
        object.insert(QStringLiteral("service_tier_fallback_after"), serviceTierFallbackAfter);
    if (!budget.isEmpty())
        object.insert(QStringLiteral("budget"), budget.toJson());
    if (deadline)
        object.insert(
            QStringLiteral("deadline"),
            QDateTime::fromMSecsSinceEpoch(*deadline, Qt::UTC).toString(Qt::ISODateWithMs));
    return object;
}

QJsonObject SpendBudget::toJson() const
{
    QJsonObject object;
    if (maxCostUsd)
        object.insert(QStringLiteral("max_cost_usd"), *maxCostUsd);
    if (maxTokens)
        object.insert(QStringLiteral("max_tokens"), *maxTokens);
    return object;
}

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Tr::tr("a boolean");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("a string");
    case QJsonValue::Array:
        return Tr::tr("an array");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("missing");
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
                            Tr::tr("unknown key (expected one of: %1)")
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
                return fail(where, Tr::tr("required, but missing"));
            return true;
        }
        if (!value.isString())
            return fail(where, Tr::tr("must be a string, not %1").arg(typeName(value)));
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            return fail(where, Tr::tr("must not be empty"));
        out = value.toString();
        return true;
    }

private:
    TaskFileError &m_error;
};

bool readProvider(Reader &reader, const QJsonValue &value, const QString &place,
                  ProviderSpec &provider)
{
    if (value.isUndefined())
        return reader.fail(place, Tr::tr("required, but missing"));
    if (!value.isObject())
        return reader.fail(place, Tr::tr("must be an object, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("api_key")))
        return reader.fail(place + QStringLiteral(".api_key"),
                           Tr::tr("keys do not belong in task or settings files; store "
                                  "the key with `vigil set-key NAME` and give "
                                  "\"api_key_keychain\": \"NAME\", or put it in an "
                                  "environment variable and name it in api_key_env"));
    if (!reader.onlyKnownKeys(object, place,
                              {QStringLiteral("base_url"), QStringLiteral("protocol"),
                               QStringLiteral("api_key_env"), QStringLiteral("api_key_keychain"),
                               QStringLiteral("name"), QStringLiteral("models"),
                               QStringLiteral("retry"), QStringLiteral("prices")}))
        return false;
    QString baseUrl;
    QString protocol = QStringLiteral("openai-chat");
    if (!reader.string(object, QStringLiteral("base_url"), place, baseUrl, true) ||
        !reader.string(object, QStringLiteral("protocol"), place, protocol, false) ||
        !reader.string(object, QStringLiteral("api_key_env"), place, provider.apiKeyEnv, false) ||
        !reader.string(object, QStringLiteral("api_key_keychain"), place, provider.apiKeyKeychain,
                       false))
        return false;
    const QUrl url(baseUrl, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return reader.fail(place + QStringLiteral(".base_url"),
                           Tr::tr("\"%1\" is not an http or https URL").arg(baseUrl));
    provider.baseUrl = url;
    const auto parsed = protocolFromName(protocol);
    if (!parsed)
        return reader.fail(place + QStringLiteral(".protocol"),
                           Tr::tr("\"%1\" is not one of openai-chat, openai-responses, "
                                  "anthropic-messages")
                               .arg(protocol));
    provider.protocol = *parsed;
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!provider.apiKeyEnv.isEmpty() && !envName.match(provider.apiKeyEnv).hasMatch())
        return reader.fail(
            place + QStringLiteral(".api_key_env"),
            Tr::tr("\"%1\" is not an environment variable name").arg(provider.apiKeyEnv));
    if (!provider.apiKeyEnv.isEmpty() && !provider.apiKeyKeychain.isEmpty())
        return reader.fail(place, Tr::tr("api_key_env and api_key_keychain both name a "
                                         "key; keep the one that holds it"));
    if (!provider.apiKeyKeychain.isEmpty() && !isKeychainEntryName(provider.apiKeyKeychain))
        return reader.fail(place + QStringLiteral(".api_key_keychain"),
                           Tr::tr("must be 1 to 100 letters, digits, '.', '_' or '-'"));
    return true;
}

bool readTurns(Reader &reader, const QJsonValue &value, QStringList &turns)
{
    const QString place = QStringLiteral("$.turns");
    if (value.isUndefined())
        return reader.fail(place, Tr::tr("required, but missing"));
    if (!value.isArray())
        return reader.fail(place,
                           Tr::tr("must be an array of strings, not %1").arg(typeName(value)));
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        return reader.fail(place, Tr::tr("must hold at least one turn"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("%1[%2]").arg(place).arg(i);
        if (!array.at(i).isString())
            return reader.fail(where,
                               Tr::tr("must be a string, not %1").arg(typeName(array.at(i))));
        if (array.at(i).toString().trimmed().isEmpty())
            return reader.fail(where, Tr::tr("must not be empty"));
        turns.append(array.at(i).toString());
    }
    return true;
}

QString resolvePath(const QString &path, const QString &fileName)
{
    if (QDir::isAbsolutePath(path))
        return QDir::cleanPath(path);
    return QDir::cleanPath(QFileInfo(fileName).absoluteDir().filePath(path));
}

bool readBatch(Reader &reader, const QJsonValue &value, const QString &fileName, BatchSpec &batch)
{
    const QString place = QStringLiteral("$.batch");
    if (!value.isObject())
        return reader.fail(place, Tr::tr("must be an object, not %1").arg(typeName(value)));
    const QJsonObject object = value.toObject();
    if (!reader.onlyKnownKeys(object, place,
                              {QStringLiteral("input"), QStringLiteral("template"),
                               QStringLiteral("output"), QStringLiteral("concurrency"),
                               QStringLiteral("via"), QStringLiteral("chunk_requests"),
                               QStringLiteral("chunk_bytes"), QStringLiteral("repair")}))
        return false;
    QString input;
    QString output;
    if (!reader.string(object, QStringLiteral("input"), place, input, true) ||
        !reader.string(object, QStringLiteral("template"), place, batch.promptTemplate, true) ||
        !reader.string(object, QStringLiteral("output"), place, output, true))
        return false;
    batch.input = resolvePath(input, fileName);
    batch.output = resolvePath(output, fileName);
    if (batch.input == batch.output)
        return reader.fail(place + QStringLiteral(".output"), Tr::tr("must not be the input file"));
    const QJsonValue concurrency = object.value(QLatin1String("concurrency"));
    if (!concurrency.isUndefined()) {
        const double number = concurrency.toDouble(-1);
        if (!concurrency.isDouble() || number < 1 || number > 256 ||
            number != static_cast<int>(number))
            return reader.fail(place + QStringLiteral(".concurrency"),
                               Tr::tr("must be a whole number from 1 to 256"));
        batch.concurrency = static_cast<int>(number);
    }
    QString via = QStringLiteral("live");
    if (!reader.string(object, QStringLiteral("via"), place, via, false))
        return false;
    if (via == QLatin1String("provider-batch"))
        batch.via = BatchSpec::Via::ProviderBatch;
    else if (via != QLatin1String("live"))
        return reader.fail(place + QStringLiteral(".via"),
                           Tr::tr("must be \"live\" or \"provider-batch\", not \"%1\"").arg(via));
    QString repair = QStringLiteral("auto");
    if (!reader.string(object, QStringLiteral("repair"), place, repair, false))
        return false;
    if (repair == QLatin1String("live"))
        batch.repair = BatchSpec::Repair::Live;
    else if (repair == QLatin1String("provider-batch"))
        batch.repair = BatchSpec::Repair::ProviderBatch;
    else if (repair != QLatin1String("auto"))
        return reader.fail(
            place + QStringLiteral(".repair"),
            Tr::tr("must be \"auto\", \"live\" or \"provider-batch\", not \"%1\"").arg(repair));
    // Within every provider's limits: 100,000 requests, 256 MB.
    const auto whole = [&](const char *key, qint64 lowest, qint64 highest, qint64 &out) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < double(lowest) || number > double(highest) ||
            number != static_cast<double>(static_cast<qint64>(number)))
            return reader.fail(
                place + QLatin1Char('.') + QLatin1String(key),
                Tr::tr("must be a whole number from %1 to %2").arg(lowest).arg(highest));
        out = static_cast<qint64>(number);
        return true;
    };
    qint64 requests = 0;
    if (!whole("chunk_requests", 1, 100'000, requests) ||
        !whole("chunk_bytes", 4096, 256LL * 1000 * 1000, batch.chunkBytes))
        return false;
    batch.chunkRequests = static_cast<int>(requests);
    return true;
}

// Applies a "retry" object found at `place` over `policy`.
bool applyRetry(Reader &reader, const QJsonValue &value, const QString &place, RetryPolicy &policy)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return reader.fail(place, Tr::tr("must be an object, not %1").arg(typeName(value)));
    const QString problem = policy.applyJson(value.toObject());
    if (problem.isEmpty())
        return true;
    const qsizetype colon = problem.indexOf(QLatin1String(": "));
    const bool keyed = colon > 0 && !problem.left(colon).contains(QLatin1Char(' '));
    return reader.fail(keyed ? place + QLatin1Char('.') + problem.left(colon) : place,
                       keyed ? problem.mid(colon + 2) : problem);
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
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

// The one JSON object a task or settings file holds; syntax errors are placed by line and
// column.
std::optional<QJsonObject> readJsonObject(Reader &reader, const QByteArray &json,
                                          const QString &notAnObject)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.fail(lineAndColumn(json, parseError.offset),
                    Tr::tr("not valid JSON: %1").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        reader.fail(QStringLiteral("$"), notAnObject);
        return std::nullopt;
    }
    return document.object();
}

// resume_streams, service_tier and service_tier_fallback_after.
bool readBudget(Reader &reader, const QJsonValue &value, SpendBudget &budget)
{
    const QString place = QStringLiteral("$.budget");
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return reader.fail(place, Tr::tr("must be an object with max_cost_usd, max_tokens or "
                                         "both, not %1")
                                      .arg(typeName(value)));
    const QJsonObject object = value.toObject();
    if (!reader.onlyKnownKeys(object, place,
                              {QStringLiteral("max_cost_usd"), QStringLiteral("max_tokens")}))
        return false;
    if (object.isEmpty())
        return reader.fail(place, Tr::tr("give max_cost_usd, max_tokens or both"));
    const QJsonValue cost = object.value(QLatin1String("max_cost_usd"));
    if (!cost.isUndefined()) {
        if (!cost.isDouble() || cost.toDouble() <= 0)
            return reader.fail(place + QStringLiteral(".max_cost_usd"),
                               Tr::tr("must be an amount in US dollars, more than 0"));
        budget.maxCostUsd = cost.toDouble();
    }
    const QJsonValue tokens = object.value(QLatin1String("max_tokens"));
    if (!tokens.isUndefined()) {
        if (!tokens.isDouble() || tokens.toInteger(-1) < 1 ||
            tokens.toDouble() != static_cast<double>(tokens.toInteger()))
            return reader.fail(place + QStringLiteral(".max_tokens"),
                               Tr::tr("must be a whole number of tokens, 1 or more"));
        budget.maxTokens = tokens.toInteger();
    }
    return true;
}

bool readDeadline(Reader &reader, const QJsonValue &value, std::optional<qint64> &deadline)
{
    if (value.isUndefined())
        return true;
    const QString text = value.toString().trimmed();
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    QDateTime at;
    if (time.isValid()) {
        const QDateTime now = QDateTime::currentDateTime();
        at = QDateTime(now.date(), time);
        if (at <= now)
            at = QDateTime(now.date().addDays(1), time);
    } else {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    }
    if (!value.isString() || !at.isValid() || !text.contains(QLatin1Char(':')))
        return reader.fail(QStringLiteral("$.deadline"),
                           Tr::tr("must be a local time such as \"08:00\", or an ISO 8601 date "
                                  "and time such as \"2026-12-06T08:00\""));
    deadline = at.toMSecsSinceEpoch();
    return true;
}

bool readStreamOptions(Reader &reader, const QJsonObject &root, TaskSpec &spec)
{
    const QJsonValue resume = root.value(QLatin1String("resume_streams"));
    if (!resume.isUndefined() && !resume.isBool()) {
        reader.fail(QStringLiteral("$.resume_streams"),
                    Tr::tr("must be true or false, not %1").arg(typeName(resume)));
        return false;
    }
    if (resume.toBool(false) && spec.provider.protocol != Protocol::OpenAiResponses) {
        reader.fail(QStringLiteral("$.resume_streams"),
                    Tr::tr("only the openai-responses protocol can re-attach to a stream; "
                           "%1 has no server-side resume")
                        .arg(protocolName(spec.provider.protocol)));
        return false;
    }
    spec.resumeStreams = resume.toBool(true);

    const QJsonValue tier = root.value(QLatin1String("service_tier"));
    static const QRegularExpression tierName(QStringLiteral("^[a-z][a-z0-9_]{0,31}$"));
    if (!tier.isUndefined() && !tierName.match(tier.toString()).hasMatch()) {
        reader.fail(QStringLiteral("$.service_tier"),
                    Tr::tr("must be the provider's name for a tier, such as \"flex\" or "
                           "\"priority\""));
        return false;
    }
    spec.serviceTier = tier.toString();

    const QJsonValue fallback = root.value(QLatin1String("service_tier_fallback_after"));
    if (fallback.isUndefined())
        return true;
    const double value = fallback.toDouble(-1);
    if (!fallback.isDouble() || value < 1 || value > 1000 || value != static_cast<int>(value)) {
        reader.fail(QStringLiteral("$.service_tier_fallback_after"),
                    Tr::tr("must be a whole number from 1 to 1000"));
        return false;
    }
    if (spec.serviceTier.isEmpty() || spec.serviceTier == QLatin1String("default") ||
        spec.serviceTier == QLatin1String("auto")) {
        reader.fail(QStringLiteral("$.service_tier_fallback_after"),
                    Tr::tr("falls back from a service_tier other than the default; set "
                           "service_tier too"));
        return false;
    }
    spec.serviceTierFallbackAfter = static_cast<int>(value);
    return true;
}

} // namespace

std::optional<TaskSpec> parseTaskJson(const QByteArray &json, const QString &fileName,
                                      TaskFileError &error, const Settings *settings)
{
    error = TaskFileError{fileName, {}, {}};
    Reader reader(error);
    const auto parsed = readJsonObject(reader, json, Tr::tr("a task file holds one JSON object"));
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    const QString place = QStringLiteral("$");
    if (!reader.onlyKnownKeys(
            root, place,
            {QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("model"),
             QStringLiteral("system"), QStringLiteral("turns"), QStringLiteral("batch"),
             QStringLiteral("retry"), QStringLiteral("stream"), QStringLiteral("max_tokens"),
             QStringLiteral("resume_streams"), QStringLiteral("service_tier"),
             QStringLiteral("service_tier_fallback_after"), QStringLiteral("budget"),
             QStringLiteral("deadline")}))
        return std::nullopt;

    TaskSpec spec;
    if (settings && !applyRetry(reader, settings->retry, QStringLiteral("$.retry"), spec.retry)) {
        error.file = settings->path; // the settings file's figures are at fault
        return std::nullopt;
    }
    if (!reader.string(root, QStringLiteral("name"), place, spec.name, true))
        return std::nullopt;
    const QJsonValue provider = root.value(QLatin1String("provider"));
    if (provider.isString()) {
        const NamedProvider *named = settings ? settings->provider(provider.toString()) : nullptr;
        if (!named) {
            reader.fail(QStringLiteral("$.provider"),
                        settings ? Tr::tr("no provider named \"%1\" is configured in %2; "
                                          "configure it there, or give base_url and protocol "
                                          "here instead")
                                       .arg(provider.toString(), settings->path)
                                 : Tr::tr("no provider named \"%1\" is configured; give "
                                          "base_url and protocol here instead")
                                       .arg(provider.toString()));
            return std::nullopt;
        }
        spec.provider = named->provider;
        spec.retry.applyJson(named->retry); // checked when the settings were read
    } else if (!readProvider(reader, provider, QStringLiteral("$.provider"), spec.provider)) {
        return std::nullopt;
    } else if (provider.toObject().contains(QLatin1String("name")) ||
               provider.toObject().contains(QLatin1String("models")) ||
               provider.toObject().contains(QLatin1String("retry")) ||
               provider.toObject().contains(QLatin1String("prices"))) {
        reader.fail(QStringLiteral("$.provider"),
                    Tr::tr("name, models, retry and prices belong to providers in the settings "
                           "file; a task's own retry figures go in $.retry"));
        return std::nullopt;
    }
    if (!reader.string(root, QStringLiteral("model"), place, spec.model, true) ||
        !reader.string(root, QStringLiteral("system"), place, spec.system, false, true))
        return std::nullopt;
    const QJsonValue batch = root.value(QLatin1String("batch"));
    if (!batch.isUndefined()) {
        if (root.contains(QLatin1String("turns"))) {
            reader.fail(QStringLiteral("$.batch"), Tr::tr("a task has turns or a batch, not both"));
            return std::nullopt;
        }
        spec.batch.emplace();
        if (!readBatch(reader, batch, fileName, *spec.batch))
            return std::nullopt;
    } else if (!readTurns(reader, root.value(QLatin1String("turns")), spec.turns)) {
        return std::nullopt;
    }

    const QJsonValue stream = root.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isBool()) {
        reader.fail(QStringLiteral("$.stream"),
                    Tr::tr("must be true or false, not %1").arg(typeName(stream)));
        return std::nullopt;
    }
    spec.stream = stream.toBool(true);

    const QJsonValue maxTokens = root.value(QLatin1String("max_tokens"));
    if (!maxTokens.isUndefined()) {
        const double value = maxTokens.toDouble(-1);
        if (!maxTokens.isDouble() || value < 1 || value > 1'000'000 ||
            value != static_cast<int>(value)) {
            reader.fail(QStringLiteral("$.max_tokens"),
                        Tr::tr("must be a whole number from 1 to 1000000"));
            return std::nullopt;
        }
        spec.maxTokens = static_cast<int>(value);
    }

    if (!readStreamOptions(reader, root, spec) ||
        !readBudget(reader, root.value(QLatin1String("budget")), spec.budget) ||
        !readDeadline(reader, root.value(QLatin1String("deadline")), spec.deadline))
        return std::nullopt;
    if (!applyRetry(reader, root.value(QLatin1String("retry")), QStringLiteral("$.retry"),
                    spec.retry))
        return std::nullopt;
    return spec;
}

const NamedProvider *Settings::provider(const QString &name) const
{
    for (const NamedProvider &candidate : providers) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

PriceTable Settings::priceTable() const
{
    PriceTable table = PriceTable::shipped();
    table.setGeneral(prices);
    for (const NamedProvider &named : providers) {
        if (!named.prices.isEmpty())
            table.setForProvider(named.provider.baseUrl, named.prices);
    }
    return table;
}

QString Settings::defaultPath()
{
    QString fromEnvironment = qEnvironmentVariable("VIGIL_SETTINGS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/settings.json");
}

std::optional<Settings> loadSettings(const QString &path, TaskFileError &error)
{
    error = TaskFileError{path, {}, {}};
    QFile file(path);
    if (!file.exists()) {
        Settings settings;
        settings.path = path;
        return settings;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error.place = Tr::tr("file");
        error.problem = file.errorString();
        return std::nullopt;
    }
    return parseSettingsJson(file.read(16 * 1024 * 1024), path, error);
}

std::optional<Settings> parseSettingsJson(const QByteArray &json, const QString &path,
                                          TaskFileError &error)
{
    error = TaskFileError{path, {}, {}};
    Settings settings;
    settings.path = path;
    Reader reader(error);
    const auto parsed = readJsonObject(reader, json, Tr::tr("settings are one JSON object"));
    if (!parsed)
        return std::nullopt;
    const QJsonObject &root = *parsed;
    if (!reader.onlyKnownKeys(root, QStringLiteral("$"),
                              {QStringLiteral("retry"), QStringLiteral("providers"),
                               QStringLiteral("prices"), QStringLiteral("daily_cap_usd")}) ||
        !readPrices(root.value(QLatin1String("prices")), QStringLiteral("$.prices"),
                    settings.prices, error.place, error.problem))
        return std::nullopt;
    RetryPolicy check;
    if (!applyRetry(reader, root.value(QLatin1String("retry")), QStringLiteral("$.retry"), check))
        return std::nullopt;
    settings.retry = root.value(QLatin1String("retry")).toObject();
    const QJsonValue dailyCap = root.value(QLatin1String("daily_cap_usd"));
    if (!dailyCap.isUndefined()) {
        if (!dailyCap.isDouble() || dailyCap.toDouble() <= 0) {
            reader.fail(QStringLiteral("$.daily_cap_usd"),
                        Tr::tr("must be an amount in US dollars, more than 0"));
            return std::nullopt;
        }
        settings.dailyCapUsd = dailyCap.toDouble();
    }
    const QJsonValue providers = root.value(QLatin1String("providers"));
    if (!providers.isUndefined() && !providers.isArray()) {
        reader.fail(QStringLiteral("$.providers"), Tr::tr("must be an array"));
        return std::nullopt;
    }
    const QJsonArray array = providers.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("$.providers[%1]").arg(i);
        NamedProvider named;
        const QJsonObject object = array.at(i).toObject();
        if (!readProvider(reader, array.at(i), place, named.provider) ||
            !reader.string(object, QStringLiteral("name"), place, named.name, true))
            return std::nullopt;
        if (settings.provider(named.name)) {
            reader.fail(place + QStringLiteral(".name"),
                        Tr::tr("\"%1\" names another provider already").arg(named.name));
            return std::nullopt;
        }
        const QJsonValue models = object.value(QLatin1String("models"));
        if (!models.isUndefined() && !models.isArray()) {
            reader.fail(place + QStringLiteral(".models"),
                        Tr::tr("must be an array of model names"));
            return std::nullopt;
        }
        for (const auto &model : models.toArray())
            named.models.append(model.toString());
        RetryPolicy layered;
        layered.applyJson(settings.retry);
        if (!applyRetry(reader, object.value(QLatin1String("retry")),
                        place + QStringLiteral(".retry"), layered))
            return std::nullopt;
        named.retry = object.value(QLatin1String("retry")).toObject();
        if (!readPrices(object.value(QLatin1String("prices")), place + QStringLiteral(".prices"),
                        named.prices, error.place, error.problem))
            return std::nullopt;
        settings.providers.append(named);
    }
    return settings;
}

std::optional<TaskSpec> loadTaskFile(const QString &path, TaskFileError &error,
                                     const Settings *settings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = TaskFileError{path, Tr::tr("file"), file.errorString()};
        return std::nullopt;
    }
    constexpr qint64 kMaxTaskFileBytes = 64 * 1024 * 1024;
    if (file.size() > kMaxTaskFileBytes) {
        error = TaskFileError{path, Tr::tr("file"), Tr::tr("larger than 64 MiB")};
        return std::nullopt;
    }
    auto spec = parseTaskJson(file.readAll(), path, error, settings);
    if (spec && spec->batch && !loadBatchItems(*spec->batch, error))
        return std::nullopt;
    return spec;
}

QString batchItemId(const QJsonValue &id)
{
    if (id.isString() && !id.toString().isEmpty())
        return QString::fromUtf8(
            QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53
    if (id.isDouble() && id.toDouble() == std::trunc(id.toDouble()) &&
        std::abs(id.toDouble()) <= kLargestExactInteger)
        return QString::number(static_cast<qint64>(id.toDouble()));
    return {};
}

QJsonValue batchItemIdValue(const QString &id)
{
    return QJsonDocument::fromJson(QByteArrayLiteral("[") + id.toUtf8() + QByteArrayLiteral("]"))
        .array()
        .at(0);
}

std::optional<QString> renderTemplate(const QString &promptTemplate, const QJsonObject &item,
                                      QString *missingField)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*)\\s*\\}\\}"));
    QString prompt;
    prompt.reserve(promptTemplate.size() * 2);
    qsizetype copied = 0;
    auto it = placeholder.globalMatch(promptTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString field = match.captured(1);
        QJsonValue value = item;
        for (const QString &part : field.split(QLatin1Char('.')))
            value = value.isObject() ? value.toObject().value(part) : QJsonValue::Undefined;
        if (value.isUndefined()) {
            if (missingField)
                *missingField = field;
            return std::nullopt;
        }
        prompt += QStringView(promptTemplate).mid(copied, match.capturedStart() - copied);
        if (value.isString())
            prompt += value.toString();
        else if (value.isObject())
            prompt +=
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            prompt +=
                QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isDouble())
            prompt += QString::number(value.toDouble(), 'g', 17);
        else if (value.isBool())
            prompt += value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        copied = match.capturedEnd();
    }
    prompt += QStringView(promptTemplate).mid(copied);
    return prompt;
}

bool loadBatchItems(BatchSpec &batch, TaskFileError &error)
{
    error = TaskFileError{batch.input, {}, {}};
    const auto fail = [&](int line, const QString &problem) {
        error.place = line > 0 ? Tr::tr("line %1").arg(line) : Tr::tr("file");
        error.problem = problem;
        return false;
    };
    QFile file(batch.input);
    if (!file.open(QIODevice::ReadOnly))
        return fail(0, file.errorString());
    return readBatchItems(file, batch, error);
}

bool readBatchItems(QIODevice &file, BatchSpec &batch, TaskFileError &error)
{
    error = TaskFileError{batch.input, {}, {}};
    const auto fail = [&](int line, const QString &problem) {
        error.place = line > 0 ? Tr::tr("line %1").arg(line) : Tr::tr("file");
        error.problem = problem;
        return false;
    };
    constexpr qint64 kMaxLineBytes = 16 * 1024 * 1024;
    constexpr int kMaxItems = 10'000'000;
    batch.items.clear();
    QHash<QString, int> lineOfId;
    int lineNumber = 0;
    while (!file.atEnd()) {
        // In pieces: readLine(n) reserves n bytes on every call, whatever the line's length,
        // and a piece much larger than a typical item costs a fresh mapping for each line.
        QByteArray line;
        do {
            line += file.readLine(4 * 1024);
        } while (!line.endsWith('\n') && !file.atEnd() && line.size() <= kMaxLineBytes);
        ++lineNumber;
        if (line.size() - (line.endsWith('\n') ? 1 : 0) > kMaxLineBytes)
            return fail(lineNumber, Tr::tr("longer than 16 MiB"));
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(lineNumber, Tr::tr("not valid JSON at column %1: %2")
                                        .arg(parseError.offset + 1)
                                        .arg(parseError.errorString()));
        if (!document.isObject())
            return fail(lineNumber, Tr::tr("each line must hold one JSON object"));
        const QJsonObject object = document.object();
        BatchItem item;
        item.line = lineNumber;
        const QJsonValue id = object.value(QLatin1String("id"));
        item.id = id.isUndefined() ? QString::number(lineNumber) : batchItemId(id);
        if (item.id.isEmpty())
            return fail(lineNumber, Tr::tr("\"id\" must be a non-empty string or a whole number"));
        const auto seen = lineOfId.constFind(item.id);
        if (seen != lineOfId.constEnd())
            return fail(lineNumber,
                        Tr::tr("the id %1 was already used on line %2").arg(item.id).arg(*seen));
        lineOfId.insert(item.id, lineNumber);
        QString missing;
        auto prompt = renderTemplate(batch.promptTemplate, object, &missing);
        if (!prompt)
            return fail(lineNumber, Tr::tr("the template needs the field \"%1\", which "
                                           "this item lacks")
                                        .arg(missing));
        if (prompt->trimmed().isEmpty())
            return fail(lineNumber, Tr::tr("the rendered prompt is empty"));
        item.prompt = std::move(*prompt);
        batch.items.append(std::move(item));
        if (batch.items.size() > kMaxItems)
            return fail(lineNumber, Tr::tr("more than %1 items").arg(kMaxItems));
    }
    if (batch.items.isEmpty())
        return fail(0, Tr::tr("holds no items"));
    return true;
}

} // namespace vigil

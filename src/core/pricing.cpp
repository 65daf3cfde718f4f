#include "pricing.h"

#include "tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <cmath>

namespace vigil {

namespace {

constexpr double kPerMillion = 1e6;

// Reads one price entry; false with the problem's place and wording.
class PriceReader
{
public:
    PriceReader(QString &place, QString &problem) : m_place(place), m_problem(problem) {}

    bool fail(const QString &place, const QString &problem)
    {
        m_place = place;
        m_problem = problem;
        return false;
    }

    bool dollars(const QJsonObject &entry, const QString &place, const char *key, double &out,
                 bool required)
    {
        const QJsonValue value = entry.value(QLatin1String(key));
        const QString where = place + QLatin1Char('.') + QLatin1String(key);
        if (value.isUndefined())
            return !required || fail(where, Tr::tr("required, but missing"));
        if (!value.isDouble() || value.toDouble() < 0)
            return fail(where, Tr::tr("must be a price in dollars per million tokens, 0 or more"));
        out = value.toDouble();
        return true;
    }

    bool price(const QJsonValue &value, const QString &place, ModelPrice &price)
    {
        if (!value.isObject())
            return fail(place, Tr::tr("must be an object with \"input\" and \"output\" prices"));
        const QJsonObject entry = value.toObject();
        static const QStringList known{
            QStringLiteral("input"),      QStringLiteral("output"),
            QStringLiteral("cached"),     QStringLiteral("cache_write"),
            QStringLiteral("tiers"),      QStringLiteral("long_prompt_over"),
            QStringLiteral("long_input"), QStringLiteral("long_output"),
            QStringLiteral("long_cached")};
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(place + QLatin1Char('.') + it.key(),
                            Tr::tr("unknown key (expected one of: %1)")
                                .arg(known.join(QStringLiteral(", "))));
        }
        if (!dollars(entry, place, "input", price.input, true) ||
            !dollars(entry, place, "output", price.output, true))
            return false;
        // Without their own price, cached and cache-writing tokens cost what input does.
        price.cached = price.input;
        price.cacheWrite = price.input;
        if (!dollars(entry, place, "cached", price.cached, false) ||
            !dollars(entry, place, "cache_write", price.cacheWrite, false))
            return false;
        if (!longPrompt(entry, place, price))
            return false;
        return tiers(entry.value(QLatin1String("tiers")), place + QStringLiteral(".tiers"),
                     price.tiers);
    }

    bool tiers(const QJsonValue &value, const QString &place, QHash<QString, double> &out)
    {
        if (value.isUndefined())
            return true;
        if (!value.isObject())
            return fail(place, Tr::tr("must be an object: tier name → factor of the prices"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isDouble() || it.value().toDouble() <= 0)
                return fail(place + QLatin1Char('.') + it.key(),
                            Tr::tr("must be a factor of the prices, more than 0"));
            out.insert(it.key(), it.value().toDouble());
        }
        return true;
    }

private:
    bool longPrompt(const QJsonObject &entry, const QString &place, ModelPrice &price)
    {
        const QJsonValue over = entry.value(QLatin1String("long_prompt_over"));
        if (over.isUndefined()) {
            for (const char *key : {"long_input", "long_output", "long_cached"}) {
                if (entry.contains(QLatin1String(key)))
                    return fail(place + QLatin1Char('.') + QLatin1String(key),
                                Tr::tr("applies only with \"long_prompt_over\""));
            }
            return true;
        }
        if (over.toInteger(-1) <= 0)
            return fail(place + QStringLiteral(".long_prompt_over"),
                        Tr::tr("must be a number of prompt tokens, more than 0"));
        price.longPromptOver = over.toInteger();
        if (!dollars(entry, place, "long_input", price.longInput, true) ||
            !dollars(entry, place, "long_output", price.longOutput, true))
            return false;
        price.longCached = price.longInput;
        return dollars(entry, place, "long_cached", price.longCached, false);
    }

    QString &m_place;
    QString &m_problem;
};

// The model a dated or aliased name stands for: "gpt-4o-2024-08-06" and
// "claude-sonnet-4-5-20250929" are priced as "gpt-4o" and "claude-sonnet-4-5".
QString undated(const QString &model)
{
    static const QRegularExpression suffix(
        QStringLiteral("-(\\d{4}-\\d{2}-\\d{2}|\\d{8}|latest)$"));
    QString name = model;
    if (name.startsWith(QLatin1String("models/")))
        name = name.mid(7);
    return name.remove(suffix);
}

std::optional<ModelPrice> lookUp(const QHash<QString, ModelPrice> &prices, const QString &model)
{
    auto it = prices.constFind(model);
    if (it == prices.constEnd())
        it = prices.constFind(undated(model));
    if (it == prices.constEnd())
        return std::nullopt;
    return *it;
}

bool isDefaultTier(const QString &tier)
{
    return tier.isEmpty() || tier == QLatin1String("default") || tier == QLatin1String("auto") ||
           tier == QLatin1String("standard");
}

QString normalisedBase(const QUrl &baseUrl)
{
    QString url =
        baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    return url.toLower();
}

} // namespace

std::optional<double> ModelPrice::cost(const TokenUsage &usage, const QString &tier) const
{
    double factor = 1.0;
    if (!isDefaultTier(tier)) {
        const auto it = tiers.constFind(tier);
        if (it == tiers.constEnd())
            return std::nullopt;
        factor = *it;
    }
    const bool longPrompt = longPromptOver > 0 && usage.prompt() > longPromptOver;
    const double in = longPrompt ? longInput : input;
    const double out = longPrompt ? longOutput : output;
    const double read = longPrompt ? longCached : cached;
    // A long prompt's cache writes keep their ratio to the input price.
    const double write = longPrompt && input > 0 ? cacheWrite * longInput / input : cacheWrite;
    const double dollars =
        static_cast<double>(usage.input) * in + static_cast<double>(usage.cached) * read +
        static_cast<double>(usage.cacheWrite) * write + static_cast<double>(usage.output) * out;
    return dollars * factor / kPerMillion;
}

PriceTable PriceTable::shipped()
{
    static const PriceTable table = [] {
        PriceTable shipped;
        QFile file(QStringLiteral(":/vigil/prices.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the shipped price table is missing from the build");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        shipped.m_shippedDate = root.value(QLatin1String("as_of")).toString();
        for (const auto &value : root.value(QLatin1String("providers")).toArray()) {
            const QJsonObject provider = value.toObject();
            Shipped entry;
            for (const auto &host : provider.value(QLatin1String("hosts")).toArray())
                entry.hosts.append(host.toString());
            QString place;
            QString problem;
            QHash<QString, double> tiers;
            PriceReader reader(place, problem);
            if (!reader.tiers(provider.value(QLatin1String("tiers")), QStringLiteral("tiers"),
                              tiers) ||
                !readPrices(provider.value(QLatin1String("models")), QStringLiteral("models"),
                            entry.models, place, problem))
                qFatal("the shipped price table is wrong at %s: %s", qPrintable(place),
                       qPrintable(problem));
            for (auto &price : entry.models) {
                for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
                    if (!price.tiers.contains(it.key()))
                        price.tiers.insert(it.key(), it.value());
                }
            }
            shipped.m_shipped.append(entry);
        }
        return shipped;
    }();
    return table;
}

void PriceTable::setForProvider(const QUrl &baseUrl, const QHash<QString, ModelPrice> &prices)
{
    m_byProvider.append({baseUrl, prices});
}

std::optional<ModelPrice> PriceTable::find(const QUrl &baseUrl, const QString &model) const
{
    const QString base = normalisedBase(baseUrl);
    for (const auto &[providerUrl, prices] : m_byProvider) {
        if (normalisedBase(providerUrl) == base) {
            if (auto price = lookUp(prices, model))
                return price;
        }
    }
    if (auto price = lookUp(m_general, model))
        return price;
    const QString host = baseUrl.host().toLower();
    for (const Shipped &provider : m_shipped) {
        if (provider.hosts.contains(host))
            return lookUp(provider.models, model);
    }
    return std::nullopt;
}

std::optional<double> PriceTable::cost(const QUrl &baseUrl, const QString &model,
                                       const QString &tier, const TokenUsage &usage) const
{
    if (!usage.reported)
        return 0.0;
    const auto price = find(baseUrl, model);
    if (!price)
        return std::nullopt;
    return price->cost(usage, tier);
}

bool readPrices(const QJsonValue &value, const QString &place, QHash<QString, ModelPrice> &out,
                QString &problemPlace, QString &problem)
{
    PriceReader reader(problemPlace, problem);
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return reader.fail(place, Tr::tr("must be an object: model name → its prices"));
    const QJsonObject models = value.toObject();
    for (auto it = models.begin(); it != models.end(); ++it) {
        ModelPrice price;
        if (!reader.price(it.value(), place + QStringLiteral("[\"%1\"]").arg(it.key()), price))
            return false;
        out.insert(it.key(), price);
    }
    return true;
}

QString formatCost(double usd)
{
    const QLocale locale;
    if (usd == 0)
        return QStringLiteral("$0");
    if (usd < 0.01) { // two significant digits
        const int decimals = std::min(8, static_cast<int>(std::ceil(-std::log10(usd))) + 1);
        return QLatin1Char('$') + locale.toString(usd, 'f', decimals);
    }
    if (usd < 1)
        return QLatin1Char('$') + locale.toString(usd, 'f', 3);
    return QLatin1Char('$') + locale.toString(usd, 'f', 2);
}

} // namespace vigil

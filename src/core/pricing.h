#pragma once

#include "usage.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace vigil {

// What a model costs, in US dollars per million tokens.
struct ModelPrice
{
    double input = 0;
    double output = 0;
    double cached = 0;     // prompt tokens read from the provider's cache
    double cacheWrite = 0; // prompt tokens written to it
    // A prompt of more than `longPromptOver` tokens (0: no such rule) is billed at the long
    // prices, whole: the way Anthropic and Gemini bill long contexts.
    qint64 longPromptOver = 0;
    double longInput = 0;
    double longOutput = 0;
    double longCached = 0;
    // The provider's processing tiers ("batch", "flex", …) as factors of these prices; a
    // tier not named has no known price.
    QHash<QString, double> tiers;

    // The cost of `usage` on `tier` (empty, "default", "auto" or "standard": the ordinary
    // one); empty when the tier's price is not known.
    std::optional<double> cost(const TokenUsage &usage, const QString &tier) const;
};

// The prices Vigil knows: the user's, from the settings file, over a dated table shipped
// with Vigil for the common models of OpenAI, Anthropic and Gemini. The shipped prices hold
// for their providers' own hosts only, and a model nobody gave a price for has none: Vigil
// says "cost unknown" rather than guess.
class PriceTable
{
public:
    // The shipped table.
    static PriceTable shipped();
    // When the shipped table's prices were read off the providers' pages (YYYY-MM-DD).
    QString shippedDate() const { return m_shippedDate; }

    // Prices the user set for every provider, and for a provider at `baseUrl`; those of the
    // provider win over the general ones, which win over the shipped ones.
    void setGeneral(const QHash<QString, ModelPrice> &prices) { m_general = prices; }
    void setForProvider(const QUrl &baseUrl, const QHash<QString, ModelPrice> &prices);

    std::optional<ModelPrice> find(const QUrl &baseUrl, const QString &model) const;
    // The cost of one attempt's usage; 0 when it reported none, empty when the price is
    // not known.
    std::optional<double> cost(const QUrl &baseUrl, const QString &model, const QString &tier,
                               const TokenUsage &usage) const;

private:
    struct Shipped
    {
        QStringList hosts;
        QHash<QString, ModelPrice> models;
    };
    QString m_shippedDate;
    QList<Shipped> m_shipped;
    QHash<QString, ModelPrice> m_general;
    QList<QPair<QUrl, QHash<QString, ModelPrice>>> m_byProvider;
};

// Reads a "prices" object of a settings file (model name → price); on a problem, false
// with where it is (under `place`) and what it is.
bool readPrices(const QJsonValue &value, const QString &place, QHash<QString, ModelPrice> &out,
                QString &problemPlace, QString &problem);

// "$0.42", "$0.0031", "$1,204.50": dollars at a precision that shows small sums.
QString formatCost(double usd);

} // namespace vigil

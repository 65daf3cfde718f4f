#include "pricing.h"
#include "taskspec.h"
#include "usage.h"

#include <QJsonDocument>
#include <QTest>

using namespace vigil;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

const QUrl kOpenAi(QStringLiteral("https://api.openai.com/v1"));
const QUrl kAnthropic(QStringLiteral("https://api.anthropic.com/v1"));
const QUrl kLocal(QStringLiteral("http://127.0.0.1:8080/v1"));

TokenUsage usage(qint64 input, qint64 output, qint64 cached = 0, qint64 cacheWrite = 0)
{
    TokenUsage tokens;
    tokens.input = input;
    tokens.output = output;
    tokens.cached = cached;
    tokens.cacheWrite = cacheWrite;
    tokens.reported = true;
    return tokens;
}

} // namespace

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void eachProtocolsUsageReadsTheSame()
    {
        const TokenUsage chat = tokenUsage(
            Protocol::OpenAiChat,
            json(R"({"prompt_tokens": 1200, "completion_tokens": 300, "total_tokens": 1500,)"
                 R"( "prompt_tokens_details": {"cached_tokens": 1000},)"
                 R"( "completion_tokens_details": {"reasoning_tokens": 120}})"));
        QVERIFY(chat.reported);
        QCOMPARE(chat.input, 200); // the cached tokens are apart
        QCOMPARE(chat.cached, 1000);
        QCOMPARE(chat.output, 300);
        QCOMPARE(chat.reasoning, 120);
        QCOMPARE(chat.total(), 1500);

        const TokenUsage responses =
            tokenUsage(Protocol::OpenAiResponses,
                       json(R"({"input_tokens": 1200, "output_tokens": 300, "total_tokens": 1500,)"
                            R"( "input_tokens_details": {"cached_tokens": 1000},)"
                            R"( "output_tokens_details": {"reasoning_tokens": 120}})"));
        QCOMPARE(responses.toJson(), chat.toJson());

        // Anthropic counts the cached tokens beside input_tokens, not in them.
        const TokenUsage anthropic =
            tokenUsage(Protocol::AnthropicMessages,
                       json(R"({"input_tokens": 200, "cache_read_input_tokens": 1000,)"
                            R"( "cache_creation_input_tokens": 50, "output_tokens": 300})"));
        QCOMPARE(anthropic.input, 200);
        QCOMPARE(anthropic.cached, 1000);
        QCOMPARE(anthropic.cacheWrite, 50);
        QCOMPARE(anthropic.prompt(), 1250);

        QVERIFY(!tokenUsage(Protocol::OpenAiChat, {}).reported);
        // Nonsense is no tokens, never a negative count.
        const TokenUsage odd = tokenUsage(
            Protocol::OpenAiChat, json(R"({"prompt_tokens": -5, "completion_tokens": "x"})"));
        QCOMPARE(odd.total(), 0);
    }

    void sumsAddEveryKind()
    {
        TokenUsage sum;
        QVERIFY(!sum.reported);
        sum += usage(10, 2, 3, 4);
        sum += usage(1, 1);
        QVERIFY(sum.reported);
        QCOMPARE(sum.input, 11);
        QCOMPARE(sum.cached, 3);
        QCOMPARE(sum.cacheWrite, 4);
        QCOMPARE(sum.output, 3);
    }

    void theShippedTableIsDatedAndHoldsForItsProvidersOnly()
    {
        const PriceTable table = PriceTable::shipped();
        QVERIFY(QDate::fromString(table.shippedDate(), Qt::ISODate).isValid());
        const auto gpt4o = table.find(kOpenAi, QStringLiteral("gpt-4o"));
        QVERIFY(gpt4o);
        QCOMPARE(gpt4o->input, 2.5);
        // A dated snapshot is its model; a longer name is another model.
        QCOMPARE(table.find(kOpenAi, QStringLiteral("gpt-4o-2024-08-06"))->output, 10.0);
        QCOMPARE(table.find(kOpenAi, QStringLiteral("gpt-4o-mini"))->input, 0.15);
        QVERIFY(table.find(kAnthropic, QStringLiteral("claude-sonnet-4-5-20250929")));
        // Never a guess: an unknown model, or a known name on another server, has no price.
        QVERIFY(!table.find(kOpenAi, QStringLiteral("gpt-4o-turbo-x")));
        QVERIFY(!table.find(kLocal, QStringLiteral("gpt-4o")));
        QVERIFY(!table.find(kAnthropic, QStringLiteral("gpt-4o")));
        QVERIFY(!table.cost(kLocal, QStringLiteral("gpt-4o"), {}, usage(1, 1)));
        // Nothing billed costs nothing, priced or not.
        QCOMPARE(table.cost(kLocal, QStringLiteral("gpt-4o"), {}, TokenUsage{}), 0.0);
    }

    void costsFollowTheTokensAndTheTier()
    {
        const PriceTable table = PriceTable::shipped();
        const auto cost = [&table](const QUrl &base, const char *model, const char *tier,
                                   const TokenUsage &tokens) {
            return table.cost(base, QLatin1String(model), QLatin1String(tier), tokens);
        };
        QCOMPARE(*cost(kOpenAi, "gpt-4o", "", usage(1'000'000, 1'000'000)), 12.5);
        QCOMPARE(*cost(kOpenAi, "gpt-4o", "default", usage(0, 0, 1'000'000)), 1.25);
        QCOMPARE(*cost(kOpenAi, "gpt-4o", "batch", usage(1'000'000, 1'000'000)), 6.25);
        QCOMPARE(*cost(kOpenAi, "gpt-5", "flex", usage(1'000'000, 1'000'000)), 5.625);
        QVERIFY(!cost(kOpenAi, "gpt-4o", "flex", usage(1, 1)));    // no flex for it
        QVERIFY(!cost(kOpenAi, "gpt-5", "priority", usage(1, 1))); // a price not shipped
        // Anthropic's cache writes and reads, and its long-prompt prices, whole.
        QCOMPARE(*cost(kAnthropic, "claude-sonnet-4-5", "", usage(0, 0, 100'000, 100'000)),
                 (0.3 + 3.75) / 10);
        QCOMPARE(*cost(kAnthropic, "claude-sonnet-4-5", "", usage(300'000, 1'000'000)),
                 0.3 * 6.0 + 22.5);
    }

    void theUsersPricesWinAndStayWithTheirProvider()
    {
        TaskFileError error;
        const auto settings = parseSettingsJson(
            R"({"prices": {"gpt-4o": {"input": 1, "output": 2},)"
            R"( "local-llama": {"input": 0, "output": 0}},)"
            R"( "providers": [{"name": "router", "base_url": "https://router.example/api/v1",)"
            R"( "prices": {"gpt-4o": {"input": 5, "output": 5,)"
            R"( "tiers": {"flex": 0.25}}}}]})",
            QStringLiteral("settings.json"), error);
        QVERIFY2(settings, qPrintable(error.toString()));
        const PriceTable table = settings->priceTable();
        QCOMPARE(table.find(kOpenAi, QStringLiteral("gpt-4o"))->input, 1.0);
        QCOMPARE(table
                     .find(QUrl(QStringLiteral("https://router.example/api/v1/")),
                           QStringLiteral("gpt-4o"))
                     ->input,
                 5.0);
        QCOMPARE(*table.cost(QUrl(QStringLiteral("https://router.example/api/v1")),
                             QStringLiteral("gpt-4o"), QStringLiteral("flex"), usage(1'000'000, 0)),
                 1.25);
        QCOMPARE(*table.cost(kLocal, QStringLiteral("local-llama"), {}, usage(5000, 5000)), 0.0);
        // Without their own price, cached tokens cost what input does.
        QCOMPARE(*table.cost(kLocal, QStringLiteral("gpt-4o"), {}, usage(0, 0, 1'000'000)), 1.0);
        // What the user did not price keeps the shipped price.
        QCOMPARE(table.find(kOpenAi, QStringLiteral("gpt-4o-mini"))->input, 0.15);
    }

    void costsReadWellFromFractionsOfACentUp()
    {
        QCOMPARE(formatCost(0), QStringLiteral("$0"));
        QCOMPARE(formatCost(0.0031), QStringLiteral("$0.0031"));
        QCOMPARE(formatCost(0.00005), QStringLiteral("$0.000050"));
        QCOMPARE(formatCost(0.425), QStringLiteral("$0.425"));
        QCOMPARE(formatCost(20), QStringLiteral("$20.00"));
    }
};

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"

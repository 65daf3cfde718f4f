#include "usage.h"

#include <algorithm>

namespace vigil {

namespace {

qint64 count(const QJsonObject &object, QLatin1String key)
{
    return std::max<qint64>(0, object.value(key).toInteger());
}

// OpenAI's two wordings: the prompt's count holds its cached tokens, the output's its
// reasoning tokens, each told apart in a "…_details" object.
void readOpenAi(const QJsonObject &usage, const char *prompt, const char *output,
                TokenUsage &tokens)
{
    const QString promptKey = QLatin1String(prompt);
    const QString outputKey = QLatin1String(output);
    tokens.cached = count(usage.value(promptKey + QLatin1String("_details")).toObject(),
                          QLatin1String("cached_tokens"));
    tokens.input = std::max<qint64>(0, usage.value(promptKey).toInteger() - tokens.cached);
    tokens.output = std::max<qint64>(0, usage.value(outputKey).toInteger());
    tokens.reasoning = count(usage.value(outputKey + QLatin1String("_details")).toObject(),
                             QLatin1String("reasoning_tokens"));
}

} // namespace

TokenUsage &TokenUsage::operator+=(const TokenUsage &other)
{
    input += other.input;
    cached += other.cached;
    cacheWrite += other.cacheWrite;
    output += other.output;
    reasoning += other.reasoning;
    reported = reported || other.reported;
    return *this;
}

QJsonObject TokenUsage::toJson() const
{
    return {{QStringLiteral("input_tokens"), input},
            {QStringLiteral("cached_tokens"), cached},
            {QStringLiteral("cache_write_tokens"), cacheWrite},
            {QStringLiteral("output_tokens"), output},
            {QStringLiteral("reasoning_tokens"), reasoning}};
}

TokenUsage tokenUsage(Protocol protocol, const QJsonObject &usage)
{
    TokenUsage tokens;
    if (usage.isEmpty())
        return tokens;
    tokens.reported = true;
    switch (protocol) {
    case Protocol::OpenAiChat:
        readOpenAi(usage, "prompt_tokens", "completion_tokens", tokens);
        break;
    case Protocol::OpenAiResponses:
        readOpenAi(usage, "input_tokens", "output_tokens", tokens);
        break;
    case Protocol::AnthropicMessages:
        tokens.input = count(usage, QLatin1String("input_tokens"));
        tokens.cached = count(usage, QLatin1String("cache_read_input_tokens"));
        tokens.cacheWrite = count(usage, QLatin1String("cache_creation_input_tokens"));
        tokens.output = count(usage, QLatin1String("output_tokens"));
        break;
    }
    return tokens;
}

} // namespace vigil

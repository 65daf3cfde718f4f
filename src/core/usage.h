#pragma once

#include "protocol.h"

#include <QJsonObject>
#include <QtGlobal>

namespace vigil {

// The tokens one reply was billed for, in the same terms for every protocol: `input` is
// the prompt at the full input price, `cached` the part of the prompt read from the
// provider's cache, `cacheWrite` the part written to it (Anthropic), `output` every token
// generated, `reasoning` among them. `reported` says the provider gave a usage at all:
// an attempt that read none was billed nothing Vigil knows of.
struct TokenUsage
{
    qint64 input = 0;
    qint64 cached = 0;
    qint64 cacheWrite = 0;
    qint64 output = 0;
    qint64 reasoning = 0;
    bool reported = false;

    qint64 prompt() const { return input + cached + cacheWrite; }
    qint64 total() const { return prompt() + output; }
    TokenUsage &operator+=(const TokenUsage &other);

    // {"input_tokens", "cached_tokens", "cache_write_tokens", "output_tokens",
    // "reasoning_tokens"}: the form events and `vigil show --json` carry.
    QJsonObject toJson() const;
};

// The provider's usage object, as the protocol words it: Chat Completions'
// prompt_tokens (cached ones included), Responses' input_tokens (likewise), Anthropic's
// input_tokens (cached ones apart, in cache_read_input_tokens and
// cache_creation_input_tokens).
TokenUsage tokenUsage(Protocol protocol, const QJsonObject &usage);

} // namespace vigil

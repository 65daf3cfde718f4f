#include "classifier.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <array>

namespace vigil {

namespace {

constexpr qsizetype kMaxMessageLength = 500;

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

void addCode(QStringList &codes, const QJsonValue &value)
{
    const QString text = scalarText(value).trimmed().toLower();
    if (!text.isEmpty() && !codes.contains(text))
        codes.append(text);
}

void readErrorObject(const QJsonObject &error, ErrorDetails &details, const QDateTime &now)
{
    details.errorObject = error;
    addCode(details.codes, error.value(QLatin1String("type")));
    addCode(details.codes, error.value(QLatin1String("code")));
    addCode(details.codes, error.value(QLatin1String("status")));
    addCode(details.codes, error.value(QLatin1String("reason")));
    if (details.message.isEmpty())
        details.message = error.value(QLatin1String("message")).toString();

    // OpenRouter wraps the upstream provider's answer in metadata.raw.
    const QJsonValue raw =
        error.value(QLatin1String("metadata")).toObject().value(QLatin1String("raw"));
    if (raw.isString() && !raw.toString().isEmpty())
        details.message += QLatin1String(" (upstream: ") + raw.toString() + QLatin1Char(')');

    for (const auto &detail : error.value(QLatin1String("details")).toArray()) {
        const QJsonObject detailObject = detail.toObject();
        addCode(details.codes, detailObject.value(QLatin1String("reason")));
        for (const auto &violation : detailObject.value(QLatin1String("violations")).toArray())
            addCode(details.codes, violation.toObject().value(QLatin1String("quotaId")));
    }

    const QJsonValue resetsIn = error.value(QLatin1String("resets_in_seconds"));
    if (resetsIn.isDouble())
        details.resetInMs = secondsToMs(resetsIn.toDouble());
    const QJsonValue resetsAt = error.value(QLatin1String("resets_at"));
    if (resetsAt.isDouble())
        details.resetInMs =
            secondsToMs(std::max(0.0, resetsAt.toDouble() - now.toMSecsSinceEpoch() / 1000.0));
}

void readTopLevel(const QJsonValue &root, ErrorDetails &details, const QDateTime &now, int depth)
{
    if (depth > 4)
        return;
    if (root.isArray()) {
        const QJsonArray array = root.toArray();
        if (!array.isEmpty())
            readTopLevel(array.first(), details, now, depth + 1);
        return;
    }
    if (root.isString()) {
        details.message = root.toString();
        return;
    }
    const QJsonObject object = root.toObject();
    const QJsonValue error = object.value(QLatin1String("error"));
    // OpenAI Responses: {"type": "response.failed", "response": {"error": {...}}}
    const QJsonValue response = object.value(QLatin1String("response"));
    if (error.isObject()) {
        readErrorObject(error.toObject(), details, now);
    } else if (error.isString()) {
        details.message = error.toString();
    } else if (response.isObject() &&
               response.toObject().value(QLatin1String("error")).isObject()) {
        readErrorObject(response.toObject().value(QLatin1String("error")).toObject(), details, now);
    }
    // Flat shapes: vLLM {"object": "error", "type": ..., "code": ...}, Responses' error events.
    const QString type = object.value(QLatin1String("type")).toString();
    if (!type.isEmpty() && type != QLatin1String("error") &&
        !type.startsWith(QLatin1String("response.")))
        addCode(details.codes, type);
    addCode(details.codes, object.value(QLatin1String("code")));
    if (object.value(QLatin1String("status")).isString())
        addCode(details.codes, object.value(QLatin1String("status")));
    if (details.message.isEmpty())
        details.message = object.value(QLatin1String("message")).toString();
    if (details.message.isEmpty())
        details.message = scalarText(object.value(QLatin1String("detail")));
}

enum class Where
{
    Code,
    Message
};

struct Rule
{
    Where where;
    const char *needle;
    FailureClass failureClass;
    bool retry;
    // A weak rule names a generic kind ("server_error", "invalid_request_error") and only
    // decides when no HTTP status does: inside a 200 stream, or with no response at all.
    bool weak = false;
};

// Ordered: the first rule whose needle appears decides. Requests that can never fit come
// before rate limits (OpenAI answers "Request too large" with a 429), quotas before
// rate limits (Gemini's per-day RESOURCE_EXHAUSTED), the structured 409 before anything.
constexpr std::array kBodyRules{
    Rule{Where::Code, "environment_offline", FailureClass::Server, true},
    Rule{Where::Code, "context_length_exceeded", FailureClass::Request, false},
    Rule{Where::Code, "string_above_max_length", FailureClass::Request, false},
    Rule{Where::Code, "request_too_large", FailureClass::Request, false},
    Rule{Where::Message, "request too large", FailureClass::Request, false},
    Rule{Where::Message, "maximum context length", FailureClass::Request, false},
    Rule{Where::Message, "prompt is too long", FailureClass::Request, false},
    Rule{Where::Message, "context window", FailureClass::Request, false},
    Rule{Where::Code, "exceed_context", FailureClass::Request, false},
    Rule{Where::Message, "exceeds the available context", FailureClass::Request, false},
    Rule{Where::Code, "perminute", FailureClass::RateLimited, true},
    Rule{Where::Code, "insufficient_quota", FailureClass::Quota, false},
    Rule{Where::Code, "billing_hard_limit_reached", FailureClass::Quota, false},
    Rule{Where::Code, "usage_limit_reached", FailureClass::Quota, false},
    Rule{Where::Code, "perday", FailureClass::Quota, false},
    Rule{Where::Message, "credit balance is too low", FailureClass::Quota, false},
    Rule{Where::Message, "exceeded your current quota", FailureClass::Quota, false},
    Rule{Where::Message, "insufficient credits", FailureClass::Quota, false},
    Rule{Where::Message, "insufficient balance", FailureClass::Quota, false},
    Rule{Where::Message, "requests per day", FailureClass::Quota, false},
    Rule{Where::Message, "tokens per day", FailureClass::Quota, false},
    Rule{Where::Message, "daily limit", FailureClass::Quota, false},
    Rule{Where::Code, "overloaded", FailureClass::Capacity, true},
    Rule{Where::Code, "slow_down", FailureClass::Capacity, true},
    Rule{Where::Code, "unavailable", FailureClass::Capacity, true},
    Rule{Where::Code, "capacity", FailureClass::Capacity, true},
    Rule{Where::Message, "overloaded", FailureClass::Capacity, true},
    Rule{Where::Message, "at capacity", FailureClass::Capacity, true},
    Rule{Where::Message, "resource unavailable", FailureClass::Capacity, true},
    Rule{Where::Message, "over capacity", FailureClass::Capacity, true},
    Rule{Where::Message, "high demand", FailureClass::Capacity, true},
    Rule{Where::Message, "loading model", FailureClass::Capacity, true},
    Rule{Where::Message, "model is loading", FailureClass::Capacity, true},
    Rule{Where::Message, "currently loading", FailureClass::Capacity, true},
    Rule{Where::Code, "rate_limit", FailureClass::RateLimited, true},
    Rule{Where::Code, "ratelimit", FailureClass::RateLimited, true},
    Rule{Where::Code, "too_many_requests", FailureClass::RateLimited, true},
    Rule{Where::Code, "resource_exhausted", FailureClass::RateLimited, true},
    Rule{Where::Message, "rate limit", FailureClass::RateLimited, true},
    Rule{Where::Message, "rate-limited", FailureClass::RateLimited, true},
    Rule{Where::Message, "rate limited", FailureClass::RateLimited, true},
    Rule{Where::Code, "authentication", FailureClass::Auth, false},
    Rule{Where::Code, "invalid_api_key", FailureClass::Auth, false},
    Rule{Where::Code, "api_key_invalid", FailureClass::Auth, false},
    Rule{Where::Code, "permission", FailureClass::Auth, false},
    Rule{Where::Code, "unauthenticated", FailureClass::Auth, false},
    Rule{Where::Code, "unauthorized", FailureClass::Auth, false},
    Rule{Where::Code, "model_not_found", FailureClass::NotFound, false},
    Rule{Where::Code, "not_found", FailureClass::NotFound, false},
    Rule{Where::Code, "server_error", FailureClass::Server, true, true},
    Rule{Where::Code, "internal", FailureClass::Server, true, true},
    Rule{Where::Code, "api_error", FailureClass::Server, true, true},
    Rule{Where::Code, "timeout", FailureClass::Server, true, true},
    Rule{Where::Code, "invalid_request", FailureClass::Request, false, true},
    Rule{Where::Code, "invalid_argument", FailureClass::Request, false, true},
    Rule{Where::Code, "badrequest", FailureClass::Request, false, true},
    Rule{Where::Code, "bad_request", FailureClass::Request, false, true},
};

std::optional<Rule> matchBodyRule(const ErrorDetails &details, bool statusDecides)
{
    const QString message = details.message.toLower();
    for (const Rule &rule : kBodyRules) {
        if (rule.weak && statusDecides)
            continue;
        const QLatin1String needle(rule.needle);
        if (rule.where == Where::Code) {
            for (const QString &code : details.codes) {
                if (code.contains(needle))
                    return rule;
            }
        } else if (message.contains(needle)) {
            return rule;
        }
    }
    return std::nullopt;
}

Classification fromStatus(int status)
{
    switch (status) {
    case 429:
        return {FailureClass::RateLimited, true, {}, {}, {}};
    case 402:
        return {FailureClass::Quota, false, {}, {}, {}};
    case 503:
    case 529:
        return {FailureClass::Capacity, true, {}, {}, {}};
    case 401:
    case 403:
        return {FailureClass::Auth, false, {}, {}, {}};
    case 404:
        return {FailureClass::NotFound, false, {}, {}, {}};
    case 408:
    case 425:
    case 500:
    case 502:
    case 504:
        return {FailureClass::Server, true, {}, {}, {}};
    default:
        break;
    }
    if (status >= 520 && status <= 524)
        return {FailureClass::Server, true, {}, {}, {}};
    if (status >= 500 || (status >= 200 && status < 300))
        return {FailureClass::Server, true, {}, {}, {}};
    return {FailureClass::Request, false, {}, {}, {}};
}

Classification fromTransport(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::Tls:
        return {FailureClass::Tls, false, {}, {}, {}};
    case TransportFailure::Cancelled:
        return {FailureClass::Cancelled, false, {}, {}, {}};
    case TransportFailure::TimeToFirstByte:
    case TransportFailure::IdleStream:
    case TransportFailure::AttemptCeiling:
        return {FailureClass::Stall, true, {}, {}, {}};
    case TransportFailure::TruncatedStream:
        return {FailureClass::Server, true, {}, {}, {}};
    default:
        return {FailureClass::Network, true, {}, {}, {}};
    }
}

// What Qt says of a network failure, after Vigil's own words for it; Qt's "Unknown error"
// (in English or in the user's language) says nothing and is left out.
QString withDetail(const QString &what, const QString &detail)
{
    static const char *const unknown = "Unknown error"; // Qt's own string, not in Vigil's catalogue
    if (detail.isEmpty() || detail == QLatin1String(unknown) ||
        detail == QCoreApplication::translate("QIODevice", unknown))
        return what;
    return QStringLiteral("%1 (%2)").arg(what, detail);
}

QString transportMessage(const AttemptOutcome &outcome)
{
    switch (outcome.transport) {
    case TransportFailure::ConnectionRefused:
        return withDetail(Tr::tr("the connection was refused"), outcome.transportDetail);
    case TransportFailure::ConnectionClosed:
        return withDetail(
            Tr::tr("the connection was closed or reset before the reply was complete"),
            outcome.transportDetail);
    case TransportFailure::HostNotFound:
        return withDetail(Tr::tr("the host was not found"), outcome.transportDetail);
    case TransportFailure::Proxy:
        return withDetail(Tr::tr("the proxy failed"), outcome.transportDetail);
    case TransportFailure::OtherNetwork:
        return withDetail(Tr::tr("a network error"), outcome.transportDetail);
    case TransportFailure::TimeToFirstByte:
        return Tr::tr("no stream event before the time-to-first-byte limit");
    case TransportFailure::IdleStream:
        return Tr::tr("the stream went silent for longer than the idle limit");
    case TransportFailure::AttemptCeiling:
        return Tr::tr("the attempt ran past its time ceiling");
    case TransportFailure::TruncatedStream:
        return Tr::tr("the stream ended without its terminal event");
    case TransportFailure::Cancelled:
        return Tr::tr("cancelled");
    default:
        return outcome.transportDetail;
    }
}

} // namespace

ErrorDetails parseErrorBody(const QByteArray &body, const QDateTime &now)
{
    ErrorDetails details;
    // Wrapped in an array, a body that is a bare JSON string parses too.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + body + "]", &parseError);
    if (parseError.error == QJsonParseError::NoError && document.array().size() == 1) {
        readTopLevel(document.array().first(), details, now, 0);
    } else {
        details.message = QString::fromUtf8(body).trimmed();
        // A proxy's HTML error page: its title says it all, the markup says nothing.
        if (details.message.startsWith(QLatin1Char('<'))) {
            static const QRegularExpression title(
                QStringLiteral("<title>(.*?)</title>"),
                QRegularExpression::CaseInsensitiveOption |
                    QRegularExpression::DotMatchesEverythingOption);
            static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
            const auto match = title.match(details.message);
            details.message = match.hasMatch() ? match.captured(1) : details.message.remove(tag);
        }
    }
    details.message = details.message.simplified().left(kMaxMessageLength);
    return details;
}

Classification classify(const AttemptOutcome &outcome, const QDateTime &now)
{
    const bool hasErrorBody = !outcome.body.isEmpty();
    // A transport failure without a server-sent error is judged by the transport alone; so
    // are a refused certificate and a cancellation, whatever else arrived.
    if ((outcome.transport != TransportFailure::None && !hasErrorBody) ||
        outcome.transport == TransportFailure::Tls ||
        outcome.transport == TransportFailure::Cancelled) {
        Classification result = fromTransport(outcome.transport);
        result.message = transportMessage(outcome);
        return result;
    }

    const ErrorDetails details = parseErrorBody(outcome.body, now);
    Classification result = fromStatus(outcome.httpStatus);
    const bool statusDecides = outcome.httpStatus >= 300;
    if (const auto rule = matchBodyRule(details, statusDecides)) {
        result.failureClass = rule->failureClass;
        result.retry = rule->retry;
    } else if (outcome.httpStatus == 409) {
        result = {FailureClass::Request, false, {}, {}, {}};
    }
    result.code = details.codes.join(QLatin1Char('/'));
    result.message = details.message;
    if (outcome.httpStatus >= 300 && outcome.httpStatus < 400 &&
        outcome.transport == TransportFailure::None)
        // Never followed: a redirected POST would carry the prompt and the API key elsewhere.
        result.message =
            Tr::tr("the server redirected to %1 (HTTP %2); Vigil sends a task's requests and "
                   "its API key only to its base_url: if the provider has moved, change base_url")
                .arg(QString::fromLatin1(headerValue(outcome.headers, "location").left(200)))
                .arg(outcome.httpStatus);
    if (result.message.isEmpty())
        result.message = outcome.httpStatus > 0 ? Tr::tr("HTTP %1").arg(outcome.httpStatus)
                                                : transportMessage(outcome);

    result.serverDelayMs =
        serverDelayMs(outcome.headers, details.message, details.errorObject, now);
    if (!result.serverDelayMs && details.resetInMs)
        result.serverDelayMs = details.resetInMs;

    const QByteArray shouldRetry = headerValue(outcome.headers, "x-should-retry").toLower();
    if (shouldRetry == "true")
        result.retry = true;
    else if (shouldRetry == "false")
        result.retry = false;
    return result;
}

} // namespace vigil

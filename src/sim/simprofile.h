#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace vigil::sim {

// What vigil-sim tells people, in their language (context "Simulator" in translations/).
struct Simulator
{
    Q_DECLARE_TR_FUNCTIONS(Simulator)
};

// The three wire protocols a model call can speak.
enum class Protocol
{
    Chat,
    Responses,
    Anthropic
};

// A weighted fault of the random mix. `kind` is "stall-before-first-byte",
// "stall-mid-stream", "truncate", "drop" (the connection is cut after an event drawn from the
// seed; a background response goes on generating), "expire" (a drop, and the background
// response is forgotten at once, as when its retention ends), "reset", "slow", "endless" (a
// healthy stream that never ends), one of the hostile servers' answers — "huge-body" (1 GiB),
// "invalid-utf8", "deep-json" (nested 100,000 deep), "huge-header" (1 MiB, on a 503),
// "endless-line" (an SSE line that never ends), "flood-later" (forty tokens, a pause, then an
// endless line), "trickle" (a keep-alive byte every slow_token_delay_ms), "redirect-loop",
// "redirect-away" (to redirect_to) — or the id of a provider error response.
struct WeightedFault
{
    QString kind;
    double weight = 0;
    QMap<QByteArray, QByteArray> headers; // overrides the response's own headers
};

// Every request for `model` between start and start + duration (from the simulator's
// start) gets `response`.
struct CapacityWindow
{
    QString model;
    qint64 startMs = 0;
    qint64 durationMs = 0;
    QString response;
    QMap<QByteArray, QByteArray> headers;
    bool retryAfterEnd = false; // adds a Retry-After that points at the window's end
};

// The providers' batch services (OpenAI's Batch API, Anthropic's Message Batches) on the
// simulator's clock: a "24h" completion window lasts `windowMs`. A batch validates, then
// runs its requests one after another, `itemMs` each, then finalizes. Each request's fault
// is drawn from `itemFaults` by its custom_id and how often it was sent: "server-error",
// "overloaded", "rate-limit", "quota", or "too-long" (drawn by the custom_id alone, so it
// fails again when sent again). The n-th batch created gets script[n-1]: "stuck-finalizing"
// (its last phase lasts stuckMs), "expire" (half its requests run before the window ends),
// "all-failed" (every request fails, so there is no output file), or "" (none). A request
// whose prompt holds `invalidMarker` fails validation (OpenAI: the whole batch, with the
// line number; Anthropic: that request, with an invalid_request_error). `pollFaults` are drawn
// for every read of the batch services: "server-error", "overloaded" or "rate-limit".
struct BatchProfile
{
    qint64 validatingMs = 100;
    qint64 itemMs = 1;
    qint64 finalizingMs = 100;
    qint64 cancellingMs = 100;
    qint64 windowMs = 10 * 60 * 1000;
    qint64 stuckMs = 60 * 1000;
    int openAiMaxRequests = 50'000;
    qint64 openAiMaxBytes = 200LL * 1024 * 1024;
    int anthropicMaxRequests = 100'000;
    qint64 anthropicMaxBytes = 256LL * 1024 * 1024;
    QString invalidMarker;
    QStringList script;
    QList<WeightedFault> itemFaults;
    QList<WeightedFault> pollFaults;

    // Reads the profile's "batches" object; empty on success, otherwise the problem.
    QString fromJson(const QJsonObject &object);
};

struct Profile
{
    QString name;
    QString description;
    QStringList models{QStringLiteral("vigil-large"), QStringLiteral("vigil-small")};
    quint64 seed = 1;
    int minWords = 20;
    int maxWords = 60;
    int tokenDelayMs = 5;
    int slowTokenDelayMs = 400;
    qint64 stallMs = 10 * 60 * 1000;
    QString apiKey; // when set, requests must present it
    QString redirectTo = QStringLiteral("http://127.0.0.1:9/v1"); // where "redirect-away" sends
    QStringList script;                     // the n-th request of every step gets script[n-1]
    QMap<QString, QStringList> stepScripts; // the same, for the steps whose tag ends with the key
    QList<CapacityWindow> windows;
    // A fixed-window request limit per model, announced in x-ratelimit-* headers on every
    // answer; a request over it gets a 429. 0: no limit.
    int rateLimitRequests = 0;
    qint64 rateLimitWindowMs = 1000;
    // How long a finished background response (OpenAI Responses, `background: true`) can
    // still be retrieved; after that it is a 404.
    qint64 backgroundRetentionMs = 10 * 60 * 1000;
    // The share of `service_tier: "flex"` requests refused for want of flex capacity.
    double flexUnavailable = 0;
    QList<WeightedFault> faults;
    BatchProfile batches;

    // Reads a profile; an empty return value means success, otherwise the problem.
    QString fromJson(const QJsonObject &object, const QStringList &knownResponses);
    static QStringList builtInNames();
    static QString builtInPath(const QString &name);
};

} // namespace vigil::sim

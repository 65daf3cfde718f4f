#pragma once

#include "pricing.h"
#include "protocol.h"
#include "retrypolicy.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QIODevice;

namespace vigil {

// A name `vigil set-key` and api_key_keychain accept: 1 to 100 of [A-Za-z0-9._-].
bool isKeychainEntryName(const QString &name);

struct ProviderSpec
{
    QUrl baseUrl;
    Protocol protocol = Protocol::OpenAiChat;
    // Where the key is, never the key: an environment variable's name, or the name of an
    // entry in the OS keychain (`vigil set-key NAME`). At most one of them is set.
    QString apiKeyEnv;
    QString apiKeyKeychain;

    QJsonObject toJson() const;
};

// One line of a batch's input, rendered through the template.
struct BatchItem
{
    QString id; // the item's id as compact JSON: its "id" field, else its line number
    int line = 0;
    QString prompt;
};

// The batch part of a task file: N independent items through one prompt template.
struct BatchSpec
{
    QString input; // absolute paths, resolved against the task file's folder
    QString output;
    QString promptTemplate;
    int concurrency = 8;
    // How the items are sent: as live requests, or through the provider's own batch
    // service, which runs them within 24 hours at half the price (docs/provider-batches.md).
    enum class Via
    {
        Live,
        ProviderBatch
    };
    Via via = Via::Live;
    // How items a provider batch did not finish (errored for a reason that passes, expired,
    // cancelled) are sent again: Auto, in a new provider batch unless the task's deadline
    // comes before the provider's window would end, then as live requests; or always one
    // way.
    enum class Repair
    {
        Auto,
        Live,
        ProviderBatch
    };
    Repair repair = Repair::Auto;
    // The most one provider batch holds, below the provider's own limits; 0: those limits.
    int chunkRequests = 0;
    qint64 chunkBytes = 0;
    QList<BatchItem> items; // read by loadBatchItems(), not part of the stored form

    QJsonObject toJson() const;
};

// What a task may spend: at either cap it pauses ("spend cap reached") until the user
// raises it. Empty: no cap.
struct SpendBudget
{
    std::optional<double> maxCostUsd;
    std::optional<qint64> maxTokens;

    bool isEmpty() const { return !maxCostUsd && !maxTokens; }
    QJsonObject toJson() const;
};

// A task as the user wrote it (DESIGN §8): a conversation (turns) or a batch.
struct TaskSpec
{
    QString name;
    ProviderSpec provider;
    QString model;
    QString system;
    QStringList turns;
    std::optional<BatchSpec> batch;
    RetryPolicy retry;
    bool stream = true;
    int maxTokens = 4096;
    // A dropped or stalled stream is re-attached to instead of paid for again, where the
    // protocol can (OpenAI Responses in background mode).
    bool resumeStreams = true;
    // The provider's processing tier ("flex", "priority", …), passed through; empty: the
    // provider's default. After serviceTierFallbackAfter capacity answers on it (0: never),
    // the task's later attempts go to the default tier.
    QString serviceTier;
    int serviceTierFallbackAfter = 0;
    SpendBudget budget;
    // When the user needs the task done (ms since the epoch, UTC): written as a local time
    // ("08:00", the next one after the task file is read) or an ISO 8601 date and time.
    std::optional<qint64> deadline;

    bool resumesStreams() const
    {
        return resumeStreams && provider.protocol == Protocol::OpenAiResponses;
    }

    bool isBatch() const { return batch.has_value(); }
    // The prompt of every step, in order: the turns, or the batch's rendered items.
    QStringList stepPrompts() const;

    // Identifies the work itself: the same name, system prompt and turns (or rendered
    // batch items) on the same database resume one task, whatever the model, provider,
    // retry figures, concurrency or output file say.
    QString workKey() const;
    QJsonObject toJson() const;
};

// A provider configured once, by name, in the settings file.
struct NamedProvider
{
    QString name;
    ProviderSpec provider;
    QStringList models;
    QJsonObject retry;                 // this provider's retry figures, over the global ones
    QHash<QString, ModelPrice> prices; // model → price at this provider, over the general ones
};

// The settings file (DESIGN §4, §7): providers by name and retry figures for every task.
// A task's retry figures come from the defaults, then these global ones, then its named
// provider's, then its own. Keys do not belong here any more than in a task file.
struct Settings
{
    QString path;
    QJsonObject retry;
    QList<NamedProvider> providers;
    QHash<QString, ModelPrice> prices; // model → price at every provider
    std::optional<double> dailyCapUsd; // what all tasks together may spend in a local day

    const NamedProvider *provider(const QString &name) const;
    // The shipped prices under the ones these settings give.
    PriceTable priceTable() const;
    // $VIGIL_SETTINGS, else settings.json in the user's configuration folder.
    static QString defaultPath();
};

// A task file problem, located: which file, where in it (a JSON path such as
// "$.retry.max_attempts", or "line 3, column 7" for syntax errors) and what is wrong.
struct TaskFileError
{
    QString file;
    QString place;
    QString problem;

    QString toString() const;
};

// Reads the settings file; a file that does not exist is empty settings, not an error.
std::optional<Settings> loadSettings(const QString &path, TaskFileError &error);
// Parses the settings file's JSON, read from `path`.
std::optional<Settings> parseSettingsJson(const QByteArray &json, const QString &path,
                                          TaskFileError &error);

// Parses a task file's JSON. A batch's relative paths are resolved against the folder of
// `fileName`; its items are not read (see loadBatchItems()). A provider given by name is
// looked up in `settings`.
std::optional<TaskSpec> parseTaskJson(const QByteArray &json, const QString &fileName,
                                      TaskFileError &error, const Settings *settings = nullptr);
// Reads a batch's input: one JSON object per line, blank lines skipped, each rendered
// through the template. Malformed lines, missing fields and repeated ids are reported
// with the input file and the line number, before anything is sent.
bool loadBatchItems(BatchSpec &batch, TaskFileError &error);
// The same from an open device (batch.input names it in the problems).
bool readBatchItems(QIODevice &input, BatchSpec &batch, TaskFileError &error);
// A batch item's id as compact JSON ("\"a-1\"", "42"); empty when `id` is not a
// non-empty string or a whole number. batchItemIdValue() turns it back into JSON.
QString batchItemId(const QJsonValue &id);
QJsonValue batchItemIdValue(const QString &id);
// "Summarise: {{text}}" with {"text": "…"}; {{a.b}} reaches into objects. Strings are put
// in as they are, other values as compact JSON. Returns the first missing field instead.
std::optional<QString> renderTemplate(const QString &promptTemplate, const QJsonObject &item,
                                      QString *missingField);
// Parses the task file and, for a batch, reads its items.
std::optional<TaskSpec> loadTaskFile(const QString &path, TaskFileError &error,
                                     const Settings *settings = nullptr);

} // namespace vigil

#pragma once

#include "protocol.h"
#include "retrypolicy.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace vigil {

struct ProviderSpec
{
    QUrl baseUrl;
    Protocol protocol = Protocol::OpenAiChat;
    QString apiKeyEnv; // the name of the environment variable holding the key, never the key

    QJsonObject toJson() const;
};

// A conversation task as the user wrote it (DESIGN §8).
struct TaskSpec
{
    QString name;
    ProviderSpec provider;
    QString model;
    QString system;
    QStringList turns;
    RetryPolicy retry;
    bool stream = true;
    int maxTokens = 4096;

    // Identifies the work itself: the same name, system prompt and turns on the same
    // database resume one task, whatever the model, provider or retry figures say.
    QString workKey() const;
    QJsonObject toJson() const;
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

std::optional<TaskSpec> parseTaskJson(const QByteArray &json, const QString &fileName,
                                      TaskFileError &error);
std::optional<TaskSpec> loadTaskFile(const QString &path, TaskFileError &error);

} // namespace vigil

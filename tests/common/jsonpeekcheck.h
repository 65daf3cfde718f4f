#pragma once

// JsonPeek read beside QJsonDocument, for the tests and the fuzz target that hold one to the
// other.

#include "jsonpeek.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace vigil::test {

// Where JsonPeek reads `peek` otherwise than QJsonDocument reads `value`, member by member
// and element by element; empty where they agree.
inline QString jsonPeekDifference(const JsonPeek &peek, const QJsonValue &value,
                                  const QString &where = QStringLiteral("$"))
{
    const auto differs = [&where](const char *what) {
        return QStringLiteral("%1: %2").arg(where, QLatin1String(what));
    };
    switch (value.type()) {
    case QJsonValue::Object: {
        if (!peek.isObject())
            return differs("not an object");
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            // A key with a lone surrogate has no UTF-8 spelling to look it up by.
            if (QString::fromUtf8(it.key().toUtf8()) != it.key())
                continue;
            QString difference = jsonPeekDifference(peek[it.key().toUtf8()], it.value(),
                                                    where + QLatin1Char('.') + it.key());
            if (!difference.isEmpty())
                return difference;
        }
        if (!object.contains(QLatin1String("\x01")) &&
            peek["\x01"].type() != JsonPeek::Type::Missing)
            return differs("a member that is not there");
        return {};
    }
    case QJsonValue::Array: {
        if (peek.type() != JsonPeek::Type::Array)
            return differs("not an array");
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QString difference =
                jsonPeekDifference(peek.at(i), array.at(i), where + QStringLiteral("[%1]").arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        if (peek.at(array.size()).type() != JsonPeek::Type::Missing)
            return differs("an element past the end");
        return {};
    }
    case QJsonValue::String:
        return peek.isString() && peek.toString() == value.toString() ? QString()
                                                                      : differs("another string");
    case QJsonValue::Double: {
        const double number =
            QJsonDocument::fromJson("[" + peek.raw().toByteArray() + "]").array().at(0).toDouble();
        return peek.type() == JsonPeek::Type::Number && number == value.toDouble()
                   ? QString()
                   : differs("another number");
    }
    case QJsonValue::Bool:
        return peek.type() == JsonPeek::Type::Bool && (peek.raw() == "true") == value.toBool()
                   ? QString()
                   : differs("another boolean");
    case QJsonValue::Null:
        return peek.type() == JsonPeek::Type::Null ? QString() : differs("not null");
    case QJsonValue::Undefined:
        break;
    }
    return differs("undefined");
}

// Whether JsonPeek accepts `text` as an object or an array exactly when QJsonDocument does,
// and reads it the same; the difference in words, or empty. Texts QJsonDocument refuses
// for malformed UTF-8 are left out: JsonPeek reads those as U+FFFD, as the decoders
// always did.
inline QString jsonPeekAgreement(const QByteArray &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error == QJsonParseError::IllegalUTF8String)
        return {};
    const auto peek = JsonPeek::parse(text);
    const bool container = peek && (peek->isObject() || peek->type() == JsonPeek::Type::Array);
    if (container != (error.error == QJsonParseError::NoError))
        return container ? QStringLiteral("JsonPeek accepts what QJsonDocument refuses: %1")
                               .arg(error.errorString())
                         : QStringLiteral("JsonPeek refuses what QJsonDocument accepts");
    if (!container)
        return {};
    return jsonPeekDifference(*peek, document.isObject() ? QJsonValue(document.object())
                                                         : QJsonValue(document.array()));
}

} // namespace vigil::test

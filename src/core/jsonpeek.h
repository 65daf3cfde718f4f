#pragma once

#include <QByteArrayView>
#include <QString>
#include <array>
#include <optional>

namespace vigil {

// Reads a few members of a JSON text in place, without building a document: a streamed
// reply is hundreds of small events of which a decoder wants one or two strings, and
// QJsonDocument spends most of the decoding time building the rest.
//
// JsonPeek::parse() checks the whole text first and accepts what QJsonDocument accepts: the
// JSON grammar (RFC 8259) with its leniencies (control characters inside strings, lone
// surrogates) and its limits (1,024 levels; numbers a double holds). It does not check
// UTF-8: a malformed sequence in a string reads as U+FFFD. Where a key repeats, the last
// one counts, as in QJsonDocument.
class JsonPeek
{
public:
    enum class Type
    {
        Missing, // a member or element that is not there
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    // The text as a JSON value, surrounding whitespace allowed; nullopt when it is not JSON.
    static std::optional<JsonPeek> parse(QByteArrayView text);

    JsonPeek() = default; // a Missing value

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isString() const { return m_type == Type::String; }
    // The value's own text, as it appears in the input.
    QByteArrayView raw() const { return m_raw; }

    // The member `key` (its text without escapes) of an object; Missing otherwise.
    JsonPeek operator[](QByteArrayView key) const;
    // Several members found in one pass: auto [a, b] = object.members("a", "b").
    template <typename... Keys> std::array<JsonPeek, sizeof...(Keys)> members(Keys... keys) const
    {
        const std::array<QByteArrayView, sizeof...(Keys)> names{QByteArrayView(keys)...};
        std::array<JsonPeek, sizeof...(Keys)> values;
        find(names.data(), values.data(), names.size());
        return values;
    }
    // The element at `index` of an array; Missing otherwise.
    JsonPeek at(qsizetype index) const;
    // A string's value with its escapes resolved; an empty string for any other type.
    QString toString() const;

private:
    JsonPeek(Type type, QByteArrayView raw) : m_type(type), m_raw(raw) {}
    void find(const QByteArrayView *keys, JsonPeek *values, std::size_t count) const;

    Type m_type = Type::Missing;
    QByteArrayView m_raw;
};

} // namespace vigil

#include "jsonpeek.h"

#include <cctype>
#include <cstring>

namespace vigil {

namespace {

// QJsonDocument refuses deeper nesting; so does JsonPeek, which keeps its recursion bounded
// whatever a server sends.
constexpr int kMaxDepth = 1024;

// The characters of a number or a literal: a checked text's scalar ends at anything else.
bool isScalarByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' ||
           c == 'E';
}

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_text(text) {}

    qsizetype position() const { return m_at; }
    bool atEnd() const { return m_at >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_at]; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_text[m_at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }

    bool take(char expected)
    {
        if (atEnd() || m_text[m_at] != expected)
            return false;
        ++m_at;
        return true;
    }

    // Skips one value of a text already checked, without checking it again: what the lookups
    // in a checked text use.
    void skip()
    {
        const char first = peek();
        if (first == '"') {
            skipString();
            return;
        }
        if (first == '{' || first == '[') {
            int depth = 0;
            do {
                const char c = m_text[m_at];
                if (c == '"') {
                    skipString();
                    continue;
                }
                if (c == '{' || c == '[')
                    ++depth;
                else if (c == '}' || c == ']')
                    --depth;
                ++m_at;
            } while (depth > 0 && !atEnd());
            return;
        }
        while (!atEnd() && isScalarByte(m_text[m_at]))
            ++m_at;
    }

    // Skips one value, checking its grammar, and says what it was.
    std::optional<JsonPeek::Type> value(int depth = 0)
    {
        switch (peek()) {
        case '{':
            return depth < kMaxDepth && container('}', depth)
                       ? std::optional(JsonPeek::Type::Object)
                       : std::nullopt;
        case '[':
            return depth < kMaxDepth && container(']', depth) ? std::optional(JsonPeek::Type::Array)
                                                              : std::nullopt;
        case '"':
            return string() ? std::optional(JsonPeek::Type::String) : std::nullopt;
        case 't':
            return literal("true") ? std::optional(JsonPeek::Type::Bool) : std::nullopt;
        case 'f':
            return literal("false") ? std::optional(JsonPeek::Type::Bool) : std::nullopt;
        case 'n':
            return literal("null") ? std::optional(JsonPeek::Type::Null) : std::nullopt;
        default:
            return number() ? std::optional(JsonPeek::Type::Number) : std::nullopt;
        }
    }

    void skipString()
    {
        const qsizetype open = m_at++;
        while (!atEnd()) {
            const void *quote = std::memchr(m_text.data() + m_at, '"',
                                            static_cast<std::size_t>(m_text.size() - m_at));
            if (!quote) {
                m_at = m_text.size();
                return;
            }
            const qsizetype at = static_cast<const char *>(quote) - m_text.data();
            m_at = at + 1;
            // A quote ends the string unless an odd run of backslashes escapes it.
            qsizetype backslashes = 0;
            while (at - backslashes - 1 > open && m_text[at - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return;
        }
    }

    bool string()
    {
        if (!take('"'))
            return false;
        while (!atEnd()) {
            // Runs without an escape are passed over whole, found with memchr.
            const char *rest = m_text.data() + m_at;
            const auto length = static_cast<std::size_t>(m_text.size() - m_at);
            const void *quote = std::memchr(rest, '"', length);
            if (!quote)
                return false;
            const auto run = static_cast<std::size_t>(static_cast<const char *>(quote) - rest);
            const void *backslash = std::memchr(rest, '\\', run);
            if (!backslash) {
                m_at += static_cast<qsizetype>(run) + 1;
                return true;
            }
            m_at += static_cast<const char *>(backslash) - rest + 1;
            if (atEnd())
                return false;
            if (m_text[m_at++] != 'u')
                continue;
            for (int i = 0; i < 4; ++i) {
                if (atEnd() || !std::isxdigit(static_cast<unsigned char>(m_text[m_at++])))
                    return false;
            }
        }
        return false;
    }

private:
    bool container(char close, int depth)
    {
        ++m_at;
        skipWhitespace();
        if (take(close))
            return true;
        for (;;) {
            if (close == '}') {
                if (!string())
                    return false;
                skipWhitespace();
                if (!take(':'))
                    return false;
                skipWhitespace();
            }
            if (!value(depth + 1))
                return false;
            skipWhitespace();
            if (take(close))
                return true;
            if (!take(','))
                return false;
            skipWhitespace();
        }
    }

    bool literal(QByteArrayView word)
    {
        if (!m_text.sliced(m_at).startsWith(word))
            return false;
        m_at += word.size();
        return true;
    }

    void digits()
    {
        while (!atEnd() && std::isdigit(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }

    // QJsonDocument's reading of a number: the shape of RFC 8259's with every run of digits
    // optional, then whatever Qt reads as a finite double that does not vanish to zero.
    bool number()
    {
        const qsizetype start = m_at;
        take('-');
        const qsizetype integerStart = m_at;
        if (!take('0'))
            digits();
        const qsizetype integerDigits = m_at - integerStart;
        bool plainInteger = integerDigits > 0 && integerDigits <= 18;
        if (take('.')) {
            plainInteger = false;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            plainInteger = false;
            ++m_at;
            if (!take('+'))
                take('-');
            digits();
        }
        if (plainInteger)
            return true;
        bool ok = false;
        const double value = m_text.sliced(start, m_at - start).toDouble(&ok);
        Q_UNUSED(value);
        return ok;
    }

    QByteArrayView m_text;
    qsizetype m_at = 0;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

// The type of a checked value, from its first character.
JsonPeek::Type typeOf(char first)
{
    switch (first) {
    case '{':
        return JsonPeek::Type::Object;
    case '[':
        return JsonPeek::Type::Array;
    case '"':
        return JsonPeek::Type::String;
    case 't':
    case 'f':
        return JsonPeek::Type::Bool;
    case 'n':
        return JsonPeek::Type::Null;
    default:
        return JsonPeek::Type::Number;
    }
}

} // namespace

std::optional<JsonPeek> JsonPeek::parse(QByteArrayView text)
{
    Scanner scanner(text);
    scanner.skipWhitespace();
    const qsizetype start = scanner.position();
    const auto type = scanner.value();
    if (!type)
        return std::nullopt;
    const qsizetype end = scanner.position();
    scanner.skipWhitespace();
    if (!scanner.atEnd())
        return std::nullopt;
    return JsonPeek(*type, text.sliced(start, end - start));
}

JsonPeek JsonPeek::operator[](QByteArrayView key) const
{
    JsonPeek value;
    find(&key, &value, 1);
    return value;
}

void JsonPeek::find(const QByteArrayView *keys, JsonPeek *values, std::size_t count) const
{
    if (m_type != Type::Object)
        return;
    // The text was checked as a whole: walking it again needs no checks.
    Scanner scanner(m_raw);
    scanner.take('{');
    for (;;) {
        scanner.skipWhitespace();
        if (scanner.peek() != '"')
            return;
        const qsizetype keyStart = scanner.position();
        scanner.skipString();
        const JsonPeek name(Type::String, m_raw.sliced(keyStart, scanner.position() - keyStart));
        scanner.skipWhitespace();
        scanner.take(':');
        scanner.skipWhitespace();
        const qsizetype valueStart = scanner.position();
        scanner.skip();
        // A key without escapes is compared by its bytes, one with escapes by its value; no
        // escape is shorter than what it stands for in UTF-8. Where a key repeats, the last
        // one counts.
        const QByteArrayView nameText = name.m_raw.sliced(1, name.m_raw.size() - 2);
        std::optional<bool> escaped;
        for (std::size_t i = 0; i < count; ++i) {
            const QByteArrayView key = keys[i];
            if (nameText.size() < key.size())
                continue;
            if (!escaped)
                escaped = nameText.contains('\\');
            if (*escaped ? name.toString() == QString::fromUtf8(key) : nameText == key)
                values[i] = JsonPeek(typeOf(m_raw[valueStart]),
                                     m_raw.sliced(valueStart, scanner.position() - valueStart));
        }
        scanner.skipWhitespace();
        if (!scanner.take(','))
            return;
    }
}

JsonPeek JsonPeek::at(qsizetype index) const
{
    if (m_type != Type::Array)
        return {};
    Scanner scanner(m_raw);
    scanner.take('[');
    for (qsizetype i = 0;; ++i) {
        scanner.skipWhitespace();
        if (scanner.peek() == ']')
            return {};
        const qsizetype valueStart = scanner.position();
        scanner.skip();
        if (i == index)
            return {typeOf(m_raw[valueStart]),
                    m_raw.sliced(valueStart, scanner.position() - valueStart)};
        scanner.skipWhitespace();
        if (!scanner.take(','))
            return {};
    }
}

QString JsonPeek::toString() const
{
    if (m_type != Type::String)
        return {};
    const QByteArrayView body = m_raw.sliced(1, m_raw.size() - 2);
    if (!body.contains('\\'))
        return QString::fromUtf8(body);
    QString text;
    text.reserve(body.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '\\')
            continue;
        text += QString::fromUtf8(body.sliced(runStart, i - runStart));
        const char escape = body[++i];
        const qsizetype control = QByteArrayView("bfnrt").indexOf(escape);
        if (control >= 0) {
            text += QLatin1Char("\b\f\n\r\t"[control]);
        } else if (escape == 'u') {
            char16_t unit = 0;
            for (int digit = 0; digit < 4; ++digit)
                unit = static_cast<char16_t>(unit * 16 + hexValue(body[++i]));
            text += QChar(unit);
        } else { // '"', '\\', '/' and, as QJsonDocument reads them, unknown escapes
            text += QLatin1Char(escape);
        }
        runStart = i + 1;
    }
    text += QString::fromUtf8(body.sliced(runStart));
    return text;
}

} // namespace vigil

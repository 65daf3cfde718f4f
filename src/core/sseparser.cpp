#include "sseparser.h"

#include <cstring>

namespace vigil {

SseParser::SseParser(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

namespace {

// Where the next '\n' or '\r' is at `from` or after, or the end of `bytes`.
qsizetype lineBreakFrom(QByteArrayView bytes, qsizetype from)
{
    const char *begin = bytes.data() + from;
    const auto length = static_cast<std::size_t>(bytes.size() - from);
    const void *newline = std::memchr(begin, '\n', length);
    const std::size_t searched =
        newline ? static_cast<std::size_t>(static_cast<const char *>(newline) - begin) : length;
    const void *carriageReturn = std::memchr(begin, '\r', searched);
    const char *found = static_cast<const char *>(carriageReturn ? carriageReturn : newline);
    return found ? found - bytes.data() : bytes.size();
}

} // namespace

bool SseParser::feed(QByteArrayView bytes, QList<SseEvent> &events)
{
    if (m_failed)
        return false;
    qsizetype start = 0;
    if (!m_bomChecked && !bytes.isEmpty()) {
        // A UTF-8 byte order mark may open the stream; it can itself arrive split.
        const QByteArray head =
            m_line + bytes.first(std::min<qsizetype>(3, bytes.size())).toByteArray();
        if (head.size() < 3 && QByteArrayView("\xEF\xBB\xBF").startsWith(head)) {
            m_line = head;
            return true;
        }
        m_bomChecked = true;
        if (head.startsWith("\xEF\xBB\xBF")) {
            start = 3 - m_line.size();
            m_line.clear();
        }
    }
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' && m_lastWasCr) {
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = (c == '\r');
        if (c == '\n' || c == '\r') {
            processLine(m_line, events);
            m_line.resize(0); // its capacity kept for the next piece of a line
            continue;
        }
        // Runs of ordinary bytes are found with memchr rather than byte by byte.
        const qsizetype end = lineBreakFrom(bytes, i + 1);
        if (m_line.size() + (end - i) > m_maxLineBytes) {
            m_failed = true;
            m_line.clear();
            return false;
        }
        if (m_line.isEmpty() && end < bytes.size()) {
            // A whole line within the bytes is read where it is, its break taken with it.
            processLine(bytes.sliced(i, end - i), events);
            m_lastWasCr = bytes[end] == '\r';
            i = end;
            continue;
        }
        m_line.append(bytes.sliced(i, end - i));
        i = end - 1;
    }
    return true;
}

bool SseParser::hasPartialEvent() const
{
    return !m_line.isEmpty() || m_hasData || !m_eventName.isEmpty();
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &events)
{
    ++m_linesSeen;
    if (line.isEmpty()) {
        if (m_hasData) {
            events.append(SseEvent{
                m_eventName.isEmpty() ? QByteArrayLiteral("message") : m_eventName, m_data, m_id});
        }
        m_eventName.clear();
        m_data.clear();
        m_hasData = false;
        return;
    }
    if (line.front() == ':')
        return;
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        // Event names repeat: the last one is shared rather than copied again.
        if (value != m_lastEventName)
            m_lastEventName = value.toByteArray();
        m_eventName = m_lastEventName;
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    }
    // "retry" is a browser reconnection hint; Vigil's scheduler owns every retry.
}

} // namespace vigil

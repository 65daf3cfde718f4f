#pragma once

#include <QByteArray>
#include <QList>

namespace vigil {

// One event as the server sent it, in UTF-8: decoders read JSON from the bytes directly.
struct SseEvent
{
    QByteArray event; // "message" when the stream named none
    QByteArray data;  // the data lines joined with '\n'
    QByteArray id;
};

// An incremental parser for text/event-stream (WHATWG HTML §9.2): input may be split at
// any byte, inside a line terminator or a UTF-8 sequence. Lines end in LF, CRLF or CR.
class SseParser
{
public:
    // A line longer than this is an attack or a broken server, not an event.
    explicit SseParser(qsizetype maxLineBytes = 16 * 1024 * 1024);

    // Appends bytes; complete events are appended to `events`. Returns false once the
    // stream is broken (an over-long line); the parser then ignores further input.
    bool feed(QByteArrayView bytes, QList<SseEvent> &events);

    // Lines seen so far, events and comments alike: a keep-alive counts as liveness.
    qint64 linesSeen() const { return m_linesSeen; }
    bool failed() const { return m_failed; }
    // True when bytes of an unfinished line or event are pending: the stream stopped mid-event.
    bool hasPartialEvent() const;

private:
    void processLine(QByteArrayView line, QList<SseEvent> &events);

    qsizetype m_maxLineBytes;
    QByteArray m_line;
    bool m_lastWasCr = false;
    bool m_failed = false;
    bool m_bomChecked = false;
    qint64 m_linesSeen = 0;
    QByteArray m_eventName;
    QByteArray m_lastEventName;
    QByteArray m_data;
    QByteArray m_id;
    bool m_hasData = false;
};

} // namespace vigil

#include "protocol.h"
#include "sseparser.h"

#include <QFile>
#include <QTest>

using namespace vigil;

namespace {

QByteArray transcript(const char *name)
{
    QFile file(QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing transcript %s", name);
    return file.readAll();
}

QList<SseEvent> parseInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QList<SseEvent> events;
    qsizetype start = 0;
    for (qsizetype cut : cuts) {
        parser.feed(QByteArrayView(bytes).sliced(start, cut - start), events);
        start = cut;
    }
    parser.feed(QByteArrayView(bytes).sliced(start), events);
    return events;
}

bool sameEvents(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].event != b[i].event || a[i].data != b[i].data || a[i].id != b[i].id)
            return false;
    }
    return true;
}

DecodedReply decode(Protocol protocol, const QList<SseEvent> &events)
{
    auto decoder = ProtocolAdapter::create(protocol)->newDecoder();
    DecodedReply reply;
    for (const SseEvent &event : events)
        decoder->onEvent(event, reply);
    return reply;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void everySplitPointOfRealTranscripts_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("eventCount");
        QTest::newRow("openai-chat") << transcript("openai-chat.sse") << int(Protocol::OpenAiChat)
                                     << QStringLiteral("Grüße aus 東京 🌙") << 6;
        QTest::newRow("openai-responses, CRLF")
            << transcript("openai-responses.sse") << int(Protocol::OpenAiResponses)
            << QStringLiteral("Bonne nuit — à demain.") << 5;
        QTest::newRow("anthropic, multi-line data")
            << transcript("anthropic-messages.sse") << int(Protocol::AnthropicMessages)
            << QStringLiteral("Hello, night ✨") << 8;
        QByteArray cr = transcript("openai-chat.sse");
        cr.replace('\n', '\r');
        QTest::newRow("openai-chat, bare CR")
            << cr << int(Protocol::OpenAiChat) << QStringLiteral("Grüße aus 東京 🌙") << 6;
        QTest::newRow("with BOM") << QByteArray("\xEF\xBB\xBF") + transcript("openai-chat.sse")
                                  << int(Protocol::OpenAiChat) << QStringLiteral("Grüße aus 東京 🌙")
                                  << 6;
    }

    void everySplitPointOfRealTranscripts()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, protocol);
        QFETCH(QString, text);
        QFETCH(int, eventCount);

        const QList<SseEvent> whole = parseInPieces(bytes, {});
        QCOMPARE(whole.size(), eventCount);
        const DecodedReply reply = decode(static_cast<Protocol>(protocol), whole);
        QCOMPARE(reply.text, text);
        QVERIFY(reply.complete);
        QVERIFY(reply.errorEvent.isEmpty());

        // One cut at every byte, UTF-8 sequences and CRLF pairs included.
        for (qsizetype cut = 1; cut < bytes.size(); ++cut)
            QVERIFY2(sameEvents(parseInPieces(bytes, {cut}), whole),
                     qPrintable(QStringLiteral("split at %1").arg(cut)));
        // Two cuts, on a stride that crosses every kind of boundary.
        for (qsizetype first = 1; first < bytes.size(); first += 7) {
            for (qsizetype second = first + 1; second < bytes.size(); second += 13)
                QVERIFY(sameEvents(parseInPieces(bytes, {first, second}), whole));
        }
        // And a byte at a time.
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < bytes.size(); ++i)
            everyByte.append(i);
        QVERIFY(sameEvents(parseInPieces(bytes, everyByte), whole));
    }

    void fieldsAndComments()
    {
        const QByteArray bytes = ": comment\n"
                                 "id: 7\n"
                                 "event: custom\n"
                                 "data\n"
                                 "data:two\n"
                                 "retry: 10\n"
                                 "unknown: x\n"
                                 "\n"
                                 "event: nodata\n"
                                 "\n"
                                 "data: last\n"
                                 "\n";
        SseParser parser;
        QList<SseEvent> events;
        QVERIFY(parser.feed(bytes, events));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].event, QByteArray("custom"));
        QCOMPARE(events[0].data, QByteArray("\ntwo"));
        QCOMPARE(events[0].id, QByteArray("7"));
        QCOMPARE(events[1].event, QByteArray("message"));
        QCOMPARE(events[1].data, QByteArray("last"));
        QCOMPARE(events[1].id, QByteArray("7"));
        QVERIFY(!parser.hasPartialEvent());
    }

    void anEventWithoutItsBlankLineIsNotDispatched()
    {
        SseParser parser;
        QList<SseEvent> events;
        parser.feed("data: [DONE]\n", events);
        QVERIFY(events.isEmpty());
        QVERIFY(parser.hasPartialEvent());
    }

    void errorEventInsideA200Stream()
    {
        const QList<SseEvent> events = parseInPieces(transcript("anthropic-error.sse"), {});
        const DecodedReply reply = decode(Protocol::AnthropicMessages, events);
        QVERIFY(!reply.complete);
        QVERIFY(reply.errorEvent.contains("overloaded_error"));
        QCOMPARE(reply.text, QStringLiteral("Part"));
    }

    void truncatedStreamsAreNeverComplete_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("protocol");
        QTest::newRow("openai-chat") << transcript("openai-chat.sse") << int(Protocol::OpenAiChat);
        QTest::newRow("openai-responses")
            << transcript("openai-responses.sse") << int(Protocol::OpenAiResponses);
        QTest::newRow("anthropic")
            << transcript("anthropic-messages.sse") << int(Protocol::AnthropicMessages);
    }

    void truncatedStreamsAreNeverComplete()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, protocol);
        // Every prefix that stops before the terminal event's blank line is incomplete.
        const qsizetype terminalEnd = bytes.size();
        for (qsizetype cut = 0; cut < terminalEnd - 1; ++cut) {
            const DecodedReply reply =
                decode(static_cast<Protocol>(protocol), parseInPieces(bytes.left(cut), {}));
            QVERIFY2(!reply.complete,
                     qPrintable(QStringLiteral("prefix of %1 bytes taken as complete").arg(cut)));
        }
    }

    void anEndlessLineIsRefusedWithBoundedMemory()
    {
        SseParser parser(1024);
        QList<SseEvent> events;
        const QByteArray chunk(512, 'x');
        QVERIFY(parser.feed("data: ", events));
        QVERIFY(parser.feed(chunk, events));
        QVERIFY(!parser.feed(chunk, events));
        QVERIFY(parser.failed());
        QVERIFY(!parser.feed("\n\n", events));
        QVERIFY(events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"

// JsonPeek against QJsonDocument: every value it reads is the value QJsonDocument reads, and
// it accepts the texts QJsonDocument accepts, over hand-written texts and a few thousand
// mutations of them.
#include "jsonpeek.h"
#include "jsonpeekcheck.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace vigil;

namespace {

const QList<QByteArray> &corpus()
{
    static const QList<QByteArray> texts{
        R"({"id":"chatcmpl-B9","object":"chat.completion.chunk","created":1795521600,"model":"gpt-4o","choices":[{"index":0,"delta":{"content":"Grüße aus 東京 🌙"},"finish_reason":null}]})",
        R"({"type":"response.output_text.delta","item_id":"msg_1","output_index":0,"content_index":0,"delta":"Bonne nuit \u2014 \u00e0 demain.","sequence_number":7})",
        R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"tab\there \"quoted\" back\\slash \/ \b\f\n\r"}})",
        R"(  { "a" : [ 1 , -2.5e+3 , 0.25E-2 , true , false , null , { } , [ ] , "" ] , "b" : { "c" : { "d" : "deep" } } }  )",
        R"({"emoji":"\ud83c\udf19","nul":"a\u0000b","lone":"\udc00x","keyed":{"\u0074ype":"escaped key","type":"plain key"}})",
        R"({"dup":1,"dup":"second","nested":{"dup":[1],"dup":{"x":true}}})",
        R"([{"a":1},{"a":[2,[3,[4]]]},"x",-0,1e5,123456789012345678901234567890])",
        R"({"usage":{"prompt_tokens":12,"completion_tokens":34,"total_tokens":46},"choices":[]})",
    };
    return texts;
}

QByteArray mutate(QByteArray text, QRandomGenerator &random)
{
    static const QByteArray alphabet = QByteArrayLiteral("{}[]\":,\\ u0e-+.1x\x01\xff\xc3");
    const int edits = 1 + random.bounded(3);
    for (int i = 0; i < edits && !text.isEmpty(); ++i) {
        const auto at = random.bounded(text.size());
        const char c = alphabet.at(random.bounded(alphabet.size()));
        switch (random.bounded(3)) {
        case 0:
            text.remove(at, 1);
            break;
        case 1:
            text.insert(at, c);
            break;
        default:
            text[at] = c;
            break;
        }
    }
    return text;
}

} // namespace

class TestJsonPeek : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQJsonDocumentReads()
    {
        for (const QByteArray &text : corpus()) {
            QVERIFY2(!QJsonDocument::fromJson(text).isNull(), text.constData());
            const QString difference = test::jsonPeekAgreement(text);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    void theLastOfARepeatedKeyCounts()
    {
        const auto peek = JsonPeek::parse(R"({"dup":1,"dup":"second"})");
        QVERIFY(peek);
        QCOMPARE((*peek)["dup"].toString(), QStringLiteral("second"));
        const auto [dup, missing] = peek->members("dup", "missing");
        QCOMPARE(dup.toString(), QStringLiteral("second"));
        QCOMPARE(missing.type(), JsonPeek::Type::Missing);
    }

    // A key is found by its value, whatever its escapes: `\\r` (a backslash and an r) is
    // another key than `\r`, and an escaped byte above 0x7f stands for a Latin-1 letter.
    void keysAreFoundByTheirValue()
    {
        const QByteArray escapes = R"({"a\\r":1,"a\r":2,"\u0062":3})";
        QVERIFY(test::jsonPeekAgreement(escapes).isEmpty());
        const auto peek = JsonPeek::parse(escapes);
        QVERIFY(peek);
        QCOMPARE((*peek)[R"(a\r)"].raw(), QByteArrayView("1"));
        QCOMPARE((*peek)["a\r"].raw(), QByteArrayView("2"));
        QCOMPARE((*peek)["b"].raw(), QByteArrayView("3"));

        const QByteArray latin1 = "{\"\\\xdf\":4}";
        QVERIFY(test::jsonPeekAgreement(latin1).isEmpty());
        QCOMPARE((*JsonPeek::parse(latin1))["\xc3\x9f"].raw(), QByteArrayView("4"));
    }

    void refusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char *text : {"",
                                 " ",
                                 "{",
                                 "}",
                                 "{\"a\"}",
                                 "{\"a\":}",
                                 "{\"a\":1,}",
                                 "[1,]",
                                 "[01]",
                                 "[.]",
                                 "[-]",
                                 "[1e]",
                                 "[+1]",
                                 "[tru]",
                                 "[nul]",
                                 "[\"\\u12G4\"]",
                                 "[\"unterminated]",
                                 "[1e400]",
                                 "[-1e400]",
                                 "[1e-400]",
                                 "{\"a\":1}{",
                                 "{\"a\":1} x",
                                 "{a:1}",
                                 "['single']",
                                 "[1 2]",
                                 "{\"a\" 1}"})
            QTest::newRow(text) << QByteArray(text);
    }

    void refusesWhatIsNotJson()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!JsonPeek::parse(text));
        QJsonParseError error{};
        QJsonDocument::fromJson(text, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void theLeniencyAndLimitsOfQJsonDocument()
    {
        const auto nested = [](int depth) {
            return QByteArray(depth, '[') + QByteArray(depth, ']');
        };
        QVERIFY(JsonPeek::parse(nested(1024)));
        QVERIFY(!QJsonDocument::fromJson(nested(1024)).isNull());
        QVERIFY(!JsonPeek::parse(nested(1025)));
        QVERIFY(QJsonDocument::fromJson(nested(1025)).isNull());

        const QByteArray control = "{\"text\":\"a\x01"
                                   "b\tc\\x\"}";
        QVERIFY(!QJsonDocument::fromJson(control).isNull());
        QCOMPARE((*JsonPeek::parse(control))["text"].toString(), QStringLiteral("a\u0001b\tcx"));

        const QByteArray malformed = "{\"text\":\"a\xff"
                                     "b\"}";
        QCOMPARE((*JsonPeek::parse(malformed))["text"].toString(), QStringLiteral("a\uFFFDb"));
    }

    // Thousands of damaged texts: JsonPeek accepts exactly what QJsonDocument accepts, and
    // reads it the same.
    void acceptsWhatQJsonDocumentAccepts()
    {
        QRandomGenerator random(20261205);
        int valid = 0;
        for (int round = 0; round < 4000; ++round) {
            const QByteArray text = mutate(corpus().at(round % corpus().size()), random);
            const QString difference = test::jsonPeekAgreement(text);
            QVERIFY2(
                difference.isEmpty(),
                qPrintable(QStringLiteral("%1 in %2").arg(difference, QString::fromUtf8(text))));
            valid += !QJsonDocument::fromJson(text).isNull();
        }
        QVERIFY2(valid > 100, "the mutations should leave many texts valid");
    }

    // The decoders read with JsonPeek: an event that is not JSON adds nothing, and a
    // malformed byte costs a replacement character, not the event.
    void decodersReadEveryShapeOfEvent()
    {
        auto decoder = ProtocolAdapter::create(Protocol::OpenAiChat)->newDecoder();
        DecodedReply reply;
        const QByteArray deep = QByteArray(1025, '[') + QByteArray(1025, ']');
        decoder->onEvent({"message", R"({"choices":[{"delta":{"content":"a\u00e9"}}]})", {}},
                         reply);
        decoder->onEvent(
            {"message", R"({"x":)" + deep + R"(,"choices":[{"delta":{"content":"b"}}]})", {}},
            reply);
        decoder->onEvent({"message", "{\"choices\":[{\"delta\":{\"content\":\"c\xff\"}}]}", {}},
                         reply);
        decoder->onEvent(
            {"message",
             R"({"choices":[{"delta":{},"finish_reason":"stop"}],"usage":{"total_tokens":3}})",
             {}},
            reply);
        decoder->onEvent({"message", " [DONE] ", {}}, reply);
        QCOMPARE(reply.text, QStringLiteral("aéc\uFFFD"));
        QCOMPARE(reply.finishReason, QStringLiteral("stop"));
        QCOMPARE(reply.usage.value(QLatin1String("total_tokens")).toInt(), 3);
        QVERIFY(reply.complete);

        DecodedReply failed;
        decoder->onEvent({"message", R"({"error":{"message":"overloaded"}})", {}}, failed);
        QCOMPARE(failed.errorEvent, QByteArray(R"({"error":{"message":"overloaded"}})"));
    }
};

QTEST_GUILESS_MAIN(TestJsonPeek)
#include "tst_jsonpeek.moc"

// JsonPeek against QJsonDocument: every value it reads is the value QJsonDocument reads, and
// it accepts the texts QJsonDocument accepts, over hand-written texts and a few thousand
// mutations of them.
#include "jsonpeek.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// Compares what JsonPeek reads of `peek` with QJsonDocument's `value`, member by member.
void compare(const JsonPeek &peek, const QJsonValue &value, const QString &where)
{
    const auto fail = [&where](const char *what) {
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(where, QLatin1String(what))));
    };
    switch (value.type()) {
    case QJsonValue::Object: {
        if (!peek.isObject())
            return fail("not an object");
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            compare(peek[it.key().toUtf8()], it.value(), where + QLatin1Char('.') + it.key());
        if (peek["no such member"].type() != JsonPeek::Type::Missing)
            return fail("a member that is not there");
        return;
    }
    case QJsonValue::Array: {
        if (peek.type() != JsonPeek::Type::Array)
            return fail("not an array");
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            compare(peek.at(i), array.at(i), where + QStringLiteral("[%1]").arg(i));
        if (peek.at(array.size()).type() != JsonPeek::Type::Missing)
            return fail("an element past the end");
        return;
    }
    case QJsonValue::String:
        if (!peek.isString() || peek.toString() != value.toString())
            return fail("another string");
        return;
    case QJsonValue::Double: {
        if (peek.type() != JsonPeek::Type::Number)
            return fail("not a number");
        const double number =
            QJsonDocument::fromJson("[" + peek.raw().toByteArray() + "]").array().at(0).toDouble();
        if (number != value.toDouble())
            return fail("another number");
        return;
    }
    case QJsonValue::Bool:
        if (peek.type() != JsonPeek::Type::Bool || (peek.raw() == "true") != value.toBool())
            return fail("another boolean");
        return;
    case QJsonValue::Null:
        if (peek.type() != JsonPeek::Type::Null)
            return fail("not null");
        return;
    case QJsonValue::Undefined:
        return fail("undefined");
    }
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
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, text.constData());
            const auto peek = JsonPeek::parse(text);
            QVERIFY2(peek, text.constData());
            compare(*peek,
                    document.isObject() ? QJsonValue(document.object())
                                        : QJsonValue(document.array()),
                    QString::fromUtf8(text.left(40)));
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
        int accepted = 0;
        for (int round = 0; round < 4000; ++round) {
            const QByteArray text = mutate(corpus().at(round % corpus().size()), random);
            const auto peek = JsonPeek::parse(text);
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(text, &error);
            const bool container =
                peek && (peek->isObject() || peek->type() == JsonPeek::Type::Array);
            if (error.error == QJsonParseError::IllegalUTF8String)
                continue; // JsonPeek reads those as U+FFFD, as the decoders always did
            QVERIFY2(container == (error.error == QJsonParseError::NoError), text.constData());
            if (!container)
                continue;
            ++accepted;
            compare(*peek,
                    document.isObject() ? QJsonValue(document.object())
                                        : QJsonValue(document.array()),
                    QString::fromUtf8(text));
        }
        QVERIFY2(accepted > 100, "the mutations should leave many texts valid");
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

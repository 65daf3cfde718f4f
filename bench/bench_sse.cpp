// SSE parsing throughput: the parser alone and the parser with the OpenAI Chat decoder,
// each as MB/s and as a ratio to a plain newline count over the same bytes (the floor
// any line-based parser has to pay), measured in the same process.
#include "protocol.h"
#include "sseparser.h"

#include <QElapsedTimer>
#include <QTextStream>

using namespace vigil;

namespace {

struct Stream
{
    QByteArray bytes;
    qsizetype dataEvents = 0;
    qsizetype textLength = 0; // what a decoder must hand back
};

Stream makeStream(qsizetype targetBytes)
{
    Stream made;
    QByteArray &stream = made.bytes;
    stream.reserve(targetBytes + 512);
    int i = 0;
    while (stream.size() < targetBytes) {
        const QString text = QStringLiteral("token %1 Grüße ").arg(i);
        made.textLength += text.size();
        ++made.dataEvents;
        stream +=
            "data: "
            "{\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":1795521600,"
            "\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"token " +
            QByteArray::number(i++) + " Grüße \"},\"finish_reason\":null}]}\n\n";
        if (i % 50 == 0)
            stream += ": keep-alive\n\n";
    }
    stream += "data: [DONE]\n\n";
    ++made.dataEvents;
    return made;
}

template <typename F> double bestSeconds(int rounds, F &&work)
{
    double best = 1e9;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer clock;
        clock.start();
        work();
        best = std::min(best, clock.nsecsElapsed() / 1e9);
    }
    return best;
}

} // namespace

int main()
{
    QTextStream out(stdout);
    const Stream made = makeStream(64 * 1024 * 1024);
    const QByteArray &stream = made.bytes;
    const double megabytes = stream.size() / 1e6;
    constexpr qsizetype kChunk = 16 * 1024; // what a socket read typically hands over

    qsizetype newlines = 0;
    const double baseline = bestSeconds(5, [&] { newlines = stream.count('\n'); });

    qsizetype events = 0;
    const double parseOnly = bestSeconds(3, [&] {
        SseParser parser;
        QList<SseEvent> batch;
        events = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            batch.clear();
            parser.feed(QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at)),
                        batch);
            events += batch.size();
        }
    });

    qsizetype textLength = 0;
    const double parseAndDecode = bestSeconds(3, [&] {
        SseParser parser;
        auto decoder = ProtocolAdapter::create(Protocol::OpenAiChat)->newDecoder();
        DecodedReply reply;
        QList<SseEvent> batch;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            batch.clear();
            parser.feed(QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at)),
                        batch);
            for (const SseEvent &event : std::as_const(batch))
                decoder->onEvent(event, reply);
        }
        textLength = reply.text.size();
    });

    out << "SSE stream: " << QString::number(megabytes, 'f', 1) << " MB, " << events << " events, "
        << newlines << " lines, fed in " << kChunk / 1024 << " KiB reads\n";
    out << "newline count (baseline): " << QString::number(megabytes / baseline, 'f', 0)
        << " MB/s\n";
    out << "SseParser alone:          " << QString::number(megabytes / parseOnly, 'f', 1)
        << " MB/s (" << QString::number(parseOnly / baseline, 'f', 1) << "x the baseline's time)\n";
    out << "SseParser + chat decoder: " << QString::number(megabytes / parseAndDecode, 'f', 1)
        << " MB/s (" << QString::number(parseAndDecode / baseline, 'f', 1)
        << "x the baseline's time), " << textLength << " characters of text\n";
    if (events != made.dataEvents || textLength != made.textLength) {
        out << "the run did not complete its work: " << events << " of " << made.dataEvents
            << " events parsed, " << textLength << " of " << made.textLength
            << " characters decoded\n";
        return 1;
    }
    return 0;
}

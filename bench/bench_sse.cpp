// SSE parsing throughput for each protocol's stream: the parser alone and the parser with
// the protocol's decoder, each as MB/s and as a ratio to a plain newline count over the same
// bytes (the floor any line-based parser has to pay), measured in the same process.
#include "protocol.h"
#include "sseparser.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <optional>

using namespace vigil;

namespace {

struct Stream
{
    QByteArray bytes;
    qsizetype dataEvents = 0;
    qsizetype textLength = 0; // what a decoder must hand back
};

// A stream of `targetBytes` in `protocol`'s shape: one text delta per event, a keep-alive
// comment now and then, and the protocol's own ending.
Stream makeStream(Protocol protocol, qsizetype targetBytes)
{
    Stream made;
    QByteArray &stream = made.bytes;
    stream.reserve(targetBytes + 512);
    int i = 0;
    while (stream.size() < targetBytes) {
        const QString text = QStringLiteral("token %1 Grüße ").arg(i);
        const QByteArray delta = "token " + QByteArray::number(i) + " Grüße ";
        made.textLength += text.size();
        ++made.dataEvents;
        switch (protocol) {
        case Protocol::OpenAiChat:
            stream += "data: "
                      "{\"id\":\"chatcmpl-B9\",\"object\":\"chat.completion.chunk\",\"created\":"
                      "1795521600,\"model\":\"gpt-4o\",\"choices\":[{\"index\":0,\"delta\":{"
                      "\"content\":\"" +
                      delta + "\"},\"finish_reason\":null}]}\n\n";
            break;
        case Protocol::OpenAiResponses:
            stream += "event: response.output_text.delta\n"
                      "data: {\"type\":\"response.output_text.delta\",\"item_id\":\"msg_67c\","
                      "\"output_index\":0,\"content_index\":0,\"delta\":\"" +
                      delta + "\",\"sequence_number\":" + QByteArray::number(i + 4) + "}\n\n";
            break;
        case Protocol::AnthropicMessages:
            stream += "event: content_block_delta\n"
                      "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":"
                      "\"text_delta\",\"text\":\"" +
                      delta + "\"}}\n\n";
            break;
        }
        if (++i % 50 == 0)
            stream += ": keep-alive\n\n";
    }
    ++made.dataEvents;
    switch (protocol) {
    case Protocol::OpenAiChat:
        stream += "data: [DONE]\n\n";
        break;
    case Protocol::OpenAiResponses:
        stream += "event: response.completed\ndata: {\"type\":\"response.completed\",\"response\":"
                  "{\"id\":\"resp_67c\",\"status\":\"completed\",\"usage\":{\"input_tokens\":"
                  "12,\"output_tokens\":900}}}\n\n";
        break;
    case Protocol::AnthropicMessages:
        stream += "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        break;
    }
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

// Parses `made` in socket-sized reads, each event through `protocol`'s decoder when one is
// given; returns the events parsed and the text decoded.
std::pair<qsizetype, qsizetype> parse(const Stream &made, std::optional<Protocol> protocol)
{
    constexpr qsizetype kChunk = 16 * 1024; // what a socket read typically hands over
    SseParser parser;
    auto decoder = protocol ? ProtocolAdapter::create(*protocol)->newDecoder() : nullptr;
    DecodedReply reply;
    QList<SseEvent> batch;
    qsizetype events = 0;
    const QByteArrayView stream(made.bytes);
    for (qsizetype at = 0; at < stream.size(); at += kChunk) {
        batch.clear();
        parser.feed(stream.sliced(at, std::min(kChunk, stream.size() - at)), batch);
        events += batch.size();
        if (decoder) {
            for (const SseEvent &event : std::as_const(batch))
                decoder->onEvent(event, reply);
        }
    }
    return {events, reply.complete ? reply.text.size() : -1};
}

} // namespace

int main()
{
    QTextStream out(stdout);
    bool complete = true;
    for (const Protocol protocol :
         {Protocol::OpenAiChat, Protocol::OpenAiResponses, Protocol::AnthropicMessages}) {
        const Stream made = makeStream(protocol, 64 * 1024 * 1024);
        const double megabytes = made.bytes.size() / 1e6;
        qsizetype newlines = 0;
        const double baseline = bestSeconds(5, [&] { newlines = made.bytes.count('\n'); });
        std::pair<qsizetype, qsizetype> parsed;
        const double parseOnly = bestSeconds(3, [&] { parsed = parse(made, std::nullopt); });
        std::pair<qsizetype, qsizetype> decoded;
        const double parseAndDecode = bestSeconds(3, [&] { decoded = parse(made, protocol); });

        out << protocolName(protocol) << " stream: " << QString::number(megabytes, 'f', 1)
            << " MB, " << parsed.first << " events, " << newlines << " lines, in 16 KiB reads\n";
        out << "  newline count (baseline): " << QString::number(megabytes / baseline, 'f', 0)
            << " MB/s\n";
        out << "  SseParser alone:          " << QString::number(megabytes / parseOnly, 'f', 1)
            << " MB/s (" << QString::number(parseOnly / baseline, 'f', 1)
            << "x the baseline's time)\n";
        out << "  SseParser + decoder:      " << QString::number(megabytes / parseAndDecode, 'f', 1)
            << " MB/s (" << QString::number(parseAndDecode / baseline, 'f', 1)
            << "x the baseline's time), " << decoded.second << " characters of text\n";
        if (parsed.first != made.dataEvents || decoded.second != made.textLength) {
            out << "  the run did not complete its work: " << parsed.first << " of "
                << made.dataEvents << " events parsed, " << decoded.second << " of "
                << made.textLength << " characters decoded (-1: the stream's end was missed)\n";
            complete = false;
        }
    }
    return complete ? 0 : 1;
}

// The stream side of a reply: bytes cut anywhere into the SSE parser, its events into
// every protocol's decoder, and the same bytes as a whole non-streamed body.
#include "protocol.h"
#include "sseparser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses where the stream is cut, so that every split is reached.
    const size_t cut = 1 + data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1),
                               static_cast<qsizetype>(size - 1));
    for (const vigil::Protocol protocol :
         {vigil::Protocol::OpenAiChat, vigil::Protocol::OpenAiResponses,
          vigil::Protocol::AnthropicMessages}) {
        const auto adapter = vigil::ProtocolAdapter::create(protocol);
        vigil::SseParser parser(4096);
        const auto decoder = adapter->newDecoder();
        vigil::DecodedReply reply;
        QList<vigil::SseEvent> events;
        for (qsizetype at = 0; at < bytes.size(); at += static_cast<qsizetype>(cut)) {
            if (!parser.feed(
                    bytes.sliced(at, std::min(static_cast<qsizetype>(cut), bytes.size() - at)),
                    events))
                break;
            for (const vigil::SseEvent &event : std::as_const(events))
                decoder->onEvent(event, reply);
            events.clear();
        }
        (void)parser.hasPartialEvent();
        vigil::DecodedReply whole;
        adapter->newDecoder()->onWholeBody(bytes.toByteArray(), whole);
    }
    return 0;
}

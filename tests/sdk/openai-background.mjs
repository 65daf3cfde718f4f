// The official openai npm client drives vigil-sim's background responses: create one as
// a stream and drop the connection, poll it, re-attach with starting_after (raw events and
// the client's own stream helper), cancel another, and meet a 404 for an unknown one.
// Usage: node openai-background.mjs BASE_URL; exits 0 when every check holds.
import OpenAI from 'openai';

const client = new OpenAI({ baseURL: process.argv[2], apiKey: 'sk-vigil-test', maxRetries: 0 });
const input = [{ role: 'user', content: 'Tell the night watch a story.' }];

function check(condition, what) {
    if (!condition) {
        console.error(`FAIL: ${what}`);
        process.exit(1);
    }
    console.log(`ok: ${what}`);
}

// Created in the background and streamed; the client stops reading after three deltas.
const created = await client.responses.create({ model: 'vigil-large', input, background: true, stream: true });
let id = '';
let last = -1;
let head = '';
let deltas = 0;
for await (const event of created) {
    check(event.sequence_number === last + 1, `event ${event.sequence_number} follows ${last}`);
    last = event.sequence_number;
    if (event.type === 'response.created') {
        id = event.response.id;
        check(event.response.background === true, 'the response is a background one');
    }
    if (event.type === 'response.output_text.delta') {
        head += event.delta;
        if (++deltas === 3)
            break;
    }
}
check(id.startsWith('resp_'), `the response has an id (${id})`);

const polled = await client.responses.retrieve(id);
check(polled.id === id && ['queued', 'in_progress', 'completed'].includes(polled.status),
      `retrieve says ${polled.status}`);

// Re-attached after the last event read: the rest, numbered on, ending completed.
const resumed = await client.responses.retrieve(id, { stream: true, starting_after: last });
let tail = '';
let first = -1;
let final = null;
for await (const event of resumed) {
    if (first < 0)
        first = event.sequence_number;
    if (event.type === 'response.output_text.delta')
        tail += event.delta;
    if (event.type === 'response.completed')
        final = event.response;
}
check(first === last + 1, `the re-attached stream starts after event ${last}`);
check(final !== null && final.status === 'completed', 'the re-attached stream completes');
const whole = final.output[0].content[0].text;
check(head + tail === whole, 'what was read before and after the drop is the whole text');

// The client's stream helper replays the response and accumulates it.
const helper = client.responses.stream({ response_id: id, starting_after: last });
const response = await helper.finalResponse();
check(response.status === 'completed' && response.output[0].content[0].text === whole,
      'the stream helper rebuilds the same text');

// Another one, cancelled while it generates.
const other = await client.responses.create({ model: 'vigil-large', input, background: true });
check(['queued', 'in_progress'].includes(other.status), `a new one is ${other.status}`);
const cancelled = await client.responses.cancel(other.id);
check(cancelled.status === 'cancelled', 'cancel stops it');

try {
    await client.responses.retrieve('resp_unknown');
    check(false, 'an unknown response is a 404');
} catch (error) {
    check(error instanceof OpenAI.NotFoundError, 'an unknown response is a 404');
}

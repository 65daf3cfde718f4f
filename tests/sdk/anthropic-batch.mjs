// The official @anthropic-ai/sdk client drives vigil-sim's Message Batches: create a batch,
// poll it to "ended", stream its results, find it in the list, cancel another and read its
// canceled results, meet a 400 for a custom_id the API refuses, and delete an ended batch.
// Usage: node anthropic-batch.mjs ORIGIN (http://127.0.0.1:PORT); exits 0 when every check holds.
import Anthropic from '@anthropic-ai/sdk';

const client = new Anthropic({ baseURL: process.argv[2], apiKey: 'sk-ant-vigil-test', maxRetries: 0 });

function check(condition, what) {
    if (!condition) {
        console.error(`FAIL: ${what}`);
        process.exit(1);
    }
    console.log(`ok: ${what}`);
}

function request(customId, n) {
    return {
        custom_id: customId,
        params: { model: 'vigil-small', max_tokens: 256, messages: [{ role: 'user', content: `Summarise document ${n}.` }] },
    };
}

async function until(id, done) {
    for (let i = 0; i < 300; ++i) {
        const batch = await client.messages.batches.retrieve(id);
        if (done(batch))
            return batch;
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    check(false, `batch ${id} reached the awaited status`);
}

const ids = ['item-1', 'item-2', 'item-3'];
const created = await client.messages.batches.create({ requests: ids.map((id, n) => request(id, n)) });
check(created.type === 'message_batch' && created.processing_status === 'in_progress', `created ${created.id}`);
check(Date.parse(created.expires_at) > Date.parse(created.created_at), 'the batch expires after it was created');
check(created.results_url === null, 'no results while it is in progress');

const ended = await until(created.id, b => b.processing_status === 'ended');
check(ended.request_counts.succeeded === 3 && ended.request_counts.processing === 0, 'three requests succeeded');
check(ended.results_url.endsWith(`/v1/messages/batches/${created.id}/results`), 'the results have their URL');
const results = [];
for await (const result of await client.messages.batches.results(created.id))
    results.push(result);
check(results.map(r => r.custom_id).sort().join() === ids.join(), 'every custom_id has one result');
check(results.every(r => r.result.type === 'succeeded' && r.result.message.content[0].text.length > 0),
      'each result holds a message');

const listed = [];
for await (const batch of client.messages.batches.list({ limit: 1 }))
    listed.push(batch.id);
check(listed.includes(created.id), 'the list pages to the batch');

const second = await client.messages.batches.create({ requests: ['a', 'b'].map((id, n) => request(id, n)) });
const canceling = await client.messages.batches.cancel(second.id);
check(['canceling', 'ended'].includes(canceling.processing_status), `cancel says ${canceling.processing_status}`);
await until(second.id, b => b.processing_status === 'ended');
const canceled = [];
for await (const result of await client.messages.batches.results(second.id))
    canceled.push(result.result.type);
check(canceled.length === 2 && canceled.every(type => type === 'canceled'), 'the canceled batch says so per request');

try {
    await client.messages.batches.create({ requests: [request('not valid!', 1)] });
    check(false, 'a custom_id outside the pattern is refused');
} catch (e) {
    check(e.status === 400 && e.error.error.type === 'invalid_request_error', 'a bad custom_id is a 400');
}

const deleted = await client.messages.batches.delete(created.id);
check(deleted.type === 'message_batch_deleted' && deleted.id === created.id, 'an ended batch is deleted');

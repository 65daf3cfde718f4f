// The official openai npm client drives vigil-sim's Batch API: upload a JSONL file, create
// a batch with metadata, poll it to "completed", read the output file, find the batch in
// the list, cancel another, and see a file with a duplicate custom_id fail validation
// with its line number.
// Usage: node openai-batch.mjs BASE_URL; exits 0 when every check holds.
import OpenAI, { toFile } from 'openai';

const client = new OpenAI({ baseURL: process.argv[2], apiKey: 'sk-vigil-test', maxRetries: 0 });

function check(condition, what) {
    if (!condition) {
        console.error(`FAIL: ${what}`);
        process.exit(1);
    }
    console.log(`ok: ${what}`);
}

function line(customId, n) {
    return JSON.stringify({
        custom_id: customId, method: 'POST', url: '/v1/chat/completions',
        body: { model: 'vigil-small', messages: [{ role: 'user', content: `Summarise document ${n}.` }] },
    });
}

async function upload(lines) {
    const text = lines.join('\n') + '\n';
    const file = await client.files.create({ file: await toFile(Buffer.from(text), 'items.jsonl'), purpose: 'batch' });
    check(file.id.startsWith('file-') && file.purpose === 'batch' && file.bytes === Buffer.byteLength(text),
          `uploaded ${file.id} (${file.bytes} bytes)`);
    return file;
}

async function until(id, done) {
    for (let i = 0; i < 300; ++i) {
        const batch = await client.batches.retrieve(id);
        if (done(batch))
            return batch;
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    check(false, `batch ${id} reached the awaited status`);
}

const ids = ['item-1', 'item-2', 'item-3'];
const input = await upload(ids.map((id, n) => line(id, n)));
const created = await client.batches.create({
    input_file_id: input.id, endpoint: '/v1/chat/completions', completion_window: '24h',
    metadata: { vigil_task: 'sdk-check', vigil_chunk: '0' },
});
check(created.object === 'batch' && created.status === 'validating', `created ${created.id}, validating`);
check(created.expires_at > created.created_at, 'the batch expires after it was created');

const done = await until(created.id, b => b.status === 'completed');
check(done.request_counts.total === 3 && done.request_counts.completed === 3 && done.request_counts.failed === 0,
      'three requests completed');
check(done.output_file_id && !done.error_file_id, 'an output file and no error file');
const output = await (await client.files.content(done.output_file_id)).text();
const results = output.trim().split('\n').map(text => JSON.parse(text));
check(results.map(r => r.custom_id).sort().join() === ids.join(), 'every custom_id has one result');
check(results.every(r => r.response.status_code === 200 && r.response.body.choices[0].message.content.length > 0),
      'each result holds a chat completion');

const listed = [];
for await (const batch of client.batches.list({ limit: 1 }))
    listed.push(batch);
const found = listed.find(b => b.id === created.id);
check(found && found.metadata.vigil_task === 'sdk-check', 'the list pages to the batch and keeps its metadata');

const second = await client.batches.create({
    input_file_id: (await upload(['a', 'b'].map((id, n) => line(id, n)))).id,
    endpoint: '/v1/chat/completions', completion_window: '24h',
});
const cancelling = await client.batches.cancel(second.id);
check(['cancelling', 'cancelled'].includes(cancelling.status), `cancel says ${cancelling.status}`);
const cancelled = await until(second.id, b => b.status === 'cancelled');
check(cancelled.cancelled_at >= cancelled.created_at, 'the batch was cancelled');

const invalid = await client.batches.create({
    input_file_id: (await upload([line('x', 1), line('x', 2)])).id,
    endpoint: '/v1/chat/completions', completion_window: '24h',
});
const failed = await until(invalid.id, b => b.status === 'failed');
const error = failed.errors.data[0];
check(error.line === 2 && error.code === 'duplicate_custom_id', `validation names line ${error.line}: ${error.code}`);

try {
    await client.batches.retrieve('batch_unknown');
    check(false, 'an unknown batch is not found');
} catch (e) {
    check(e.status === 404, 'an unknown batch is a 404');
}

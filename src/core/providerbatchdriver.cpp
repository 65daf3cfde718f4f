#include "providerbatchdriver.h"

#include "attemptrunner.h"
#include "logging.h"
#include "networkaccess.h"
#include "taskstore.h"
#include "tr.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QUuid>
#include <algorithm>
#include <utility>

namespace vigil {

namespace {

constexpr qint64 kCallLimitMs = 120'000;         // a status, create or cancel call
constexpr qint64 kTransferLimitMs = 30 * 60'000; // an upload or a download of results
constexpr qint64 kMaxPollIntervalMs = 5 * 60'000;
constexpr qint64 kMinPollIntervalMs = 1000;
constexpr qint64 kCancelPatienceMs = 30'000;
constexpr int kCancelTries = 2;
constexpr qint64 kMaxResultLine = 64LL * 1024 * 1024;
constexpr qint64 kResultSliceBytes = 256 * 1024;
// A create call the stop cut short may have reached the provider this long before its
// intent was recorded as seen there (clocks differ).
constexpr qint64 kClockSlackMs = 10 * 60'000;
constexpr int kOrphanPages = 10;

QJsonObject countsJson(const BatchCounts &counts)
{
    return {{QStringLiteral("total"), counts.total},
            {QStringLiteral("succeeded"), counts.succeeded},
            {QStringLiteral("failed"), counts.failed},
            {QStringLiteral("expired"), counts.expired},
            {QStringLiteral("cancelled"), counts.cancelled}};
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

// An item's result when it did not run for the provider's own reasons: a server error,
// which sends it again.
BatchItemResult notRunResult(const QString &message)
{
    BatchItemResult result;
    result.outcome = BatchItemOutcome::Failed;
    result.httpStatus = 500;
    result.body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("message"), message},
                                     {QStringLiteral("type"), QStringLiteral("server_error")}}}})
            .toJson(QJsonDocument::Compact);
    return result;
}

} // namespace

struct ProviderBatchDriver::Held
{
    ProviderBatchRecord record;
    QHash<int, qint64> pending; // step → the attempt its result closes
    QList<QByteArray> entries;  // built for the upload or create; dropped once in its body
    bool restored = false;      // taken up from the store: its create may have gone out
    bool bySize = false;        // taken up at the provider by its size alone (no metadata)
    std::unique_ptr<TimeSourceTimer> timer;
    std::unique_ptr<TimeSourceTimer> limit;
    QPointer<QNetworkReply> reply;
    int failedCalls = 0;
    qint64 phaseSince = 0;
    bool stuckSaid = false;
    ProviderBatchStatus last;
    QList<QUrl> resultUrls;
    QByteArray lineBuffer;
    bool collecting = false;
    bool takingBack = false; // its cancel is asked for at its next poll
    int cancelTries = 0;
};

ProviderBatchDriver::ProviderBatchDriver(TaskStore &store, NetworkAccess &network,
                                         TimeSource &clock, Client &client, const TaskRecord &task,
                                         const TaskSpec &spec, QString apiKey, QObject *parent)
    : QObject(parent), m_store(store), m_network(network), m_clock(clock), m_client(client),
      m_taskId(task.id), m_taskKey(task.key), m_model(spec.model), m_baseUrl(spec.provider.baseUrl),
      m_apiKey(std::move(apiKey)), m_api(ProviderBatchApi::create(spec.provider.protocol)),
      m_adapter(ProtocolAdapter::create(spec.provider.protocol)), m_limits(m_api->limits())
{
    if (spec.batch && spec.batch->chunkRequests > 0)
        m_limits.requests = std::min(m_limits.requests, spec.batch->chunkRequests);
    if (spec.batch && spec.batch->chunkBytes > 0)
        m_limits.bytes = std::min(m_limits.bytes, spec.batch->chunkBytes);
}

ProviderBatchDriver::~ProviderBatchDriver()
{
    stop();
}

bool ProviderBatchDriver::restore()
{
    const auto batches = m_store.providerBatches(m_taskId);
    if (!batches)
        return false;
    for (const ProviderBatchRecord &record : *batches) {
        m_round = std::max(m_round, record.round + 1);
        learnWindow(record);
        if (record.stage == ProviderBatchRecord::Stage::Collected ||
            record.stage == ProviderBatchRecord::Stage::Abandoned)
            continue;
        auto held = std::make_unique<Held>();
        held->record = record;
        held->restored = true;
        for (qsizetype i = 0; i < record.steps.size(); ++i)
            held->pending.insert(record.steps.at(i), record.attemptIds.at(i));
        held->phaseSince = m_clock.nowMs();
        m_held.push_back(std::move(held));
    }
    m_stopped = false;
    for (auto &held : m_held)
        advance(*held);
    return true;
}

QList<int> ProviderBatchDriver::heldSteps() const
{
    QList<int> steps;
    for (const auto &held : m_held)
        steps.append(held->pending.keys());
    return steps;
}

void ProviderBatchDriver::send(const QList<StepRecord *> &steps)
{
    if (steps.isEmpty())
        return;
    m_stopped = false;
    QList<QByteArray> entries;
    QList<qint64> sizes;
    entries.reserve(steps.size());
    for (const StepRecord *step : steps) {
        entries.append(m_api->requestEntry(batchCustomId(m_taskKey, step->index),
                                           m_client.batchRequest(step->index)));
        sizes.append(entries.last().size());
    }
    const int round = m_round++;
    const auto chunks = splitIntoChunks(sizes, m_limits);
    for (qsizetype c = 0; c < chunks.size(); ++c) {
        const auto [first, last] = chunks.at(c);
        auto held = std::make_unique<Held>();
        held->record.taskId = m_taskId;
        held->record.round = round;
        held->record.chunk = static_cast<int>(c);
        held->record.intendedAt = m_clock.nowMs();
        QList<StepRecord *> members;
        QStringList requestIds;
        for (int i = first; i <= last; ++i) {
            members.append(steps.at(i));
            requestIds.append(batchCustomId(m_taskKey, steps.at(i)->index));
        }
        held->entries = entries.mid(first, last - first + 1);
        if (!m_store.beginProviderBatch(held->record, members, requestIds, m_model)) {
            m_client.providerBatchStoreFailed();
            return;
        }
        for (qsizetype i = 0; i < held->record.steps.size(); ++i)
            held->pending.insert(held->record.steps.at(i), held->record.attemptIds.at(i));
        held->phaseSince = m_clock.nowMs();
        Held &ref = *held;
        m_held.push_back(std::move(held));
        // The intent is on the disk before the provider hears of the batch.
        m_store.afterCommit(
            [guard = QPointer<ProviderBatchDriver>(this), id = ref.record.id](bool durable) {
                if (!guard)
                    return;
                if (!durable) {
                    guard->m_client.providerBatchStoreFailed();
                    return;
                }
                if (Held *found = guard->find(id))
                    guard->advance(*found);
            });
    }
}

bool ProviderBatchDriver::busy() const
{
    return !m_held.empty() || m_cancelsOut > 0;
}

bool ProviderBatchDriver::collecting() const
{
    return std::any_of(m_held.cbegin(), m_held.cend(),
                       [](const auto &held) { return held->collecting; });
}

int ProviderBatchDriver::itemsHeld() const
{
    int items = 0;
    for (const auto &held : m_held)
        items += static_cast<int>(held->pending.size());
    return items;
}

QList<ProviderBatchRecord> ProviderBatchDriver::activeBatches() const
{
    QList<ProviderBatchRecord> batches;
    for (const auto &held : m_held)
        batches.append(held->record);
    return batches;
}

void ProviderBatchDriver::stop()
{
    m_stopped = true;
    for (auto &held : m_held) {
        if (held->timer)
            held->timer->stop();
        if (held->limit)
            held->limit->stop();
        if (held->reply) {
            QNetworkReply *reply = held->reply;
            held->reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
        held->collecting = false;
        held->lineBuffer.clear();
    }
}

void ProviderBatchDriver::cancelAll()
{
    stop();
    for (auto &held : m_held) {
        for (auto it = held->pending.cbegin(); it != held->pending.cend(); ++it)
            m_abandonedItems.append({it.key(), it.value()});
        held->record.stage = ProviderBatchRecord::Stage::Abandoned;
        held->record.error = Tr::tr("cancelled with its task");
        if (!m_store.updateProviderBatch(held->record)) {
            m_client.providerBatchStoreFailed();
            return;
        }
        if (held->record.batchId.isEmpty())
            continue;
        QNetworkRequest cancel = request(m_api->cancelEndpoint(m_baseUrl, held->record.batchId));
        cancel.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(cancel, QByteArrayLiteral("{}"));
        ++m_cancelsOut;
        const QString batchId = held->record.batchId;
        connect(reply, &QNetworkReply::finished, this, [this, reply, batchId] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status < 200 || status >= 300)
                qCWarning(lcEngine).noquote()
                    << "the provider batch" << batchId << "could not be cancelled:" << status
                    << reply->errorString();
            reply->deleteLater();
            if (m_cancelsOut > 0 && --m_cancelsOut == 0) {
                m_cancelTimer.reset();
                m_client.providerBatchesStopped();
            }
        });
    }
    m_held.clear();
    if (m_cancelsOut == 0) {
        m_client.providerBatchesStopped();
        return;
    }
    m_cancelTimer = m_clock.createTimer();
    connect(m_cancelTimer.get(), &TimeSourceTimer::timeout, this, [this] {
        m_cancelsOut = 0;
        m_client.providerBatchesStopped();
    });
    m_cancelTimer->start(kCancelPatienceMs);
}

void ProviderBatchDriver::advance(Held &held)
{
    if (m_stopped)
        return;
    switch (held.record.stage) {
    case ProviderBatchRecord::Stage::Intent:
        if (held.restored) {
            held.restored = false;
            searchOrphan(held, {}, 0);
            return;
        }
        if (m_api->uploadsFile())
            upload(held);
        else
            create(held);
        return;
    case ProviderBatchRecord::Stage::Uploaded:
        if (held.restored) {
            held.restored = false;
            searchOrphan(held, {}, 0);
            return;
        }
        create(held);
        return;
    case ProviderBatchRecord::Stage::Created:
        poll(held);
        return;
    case ProviderBatchRecord::Stage::Collected:
    case ProviderBatchRecord::Stage::Abandoned:
        return;
    }
}

void ProviderBatchDriver::searchOrphan(Held &held, const QString &after, int page)
{
    const qint64 id = held.record.id;
    call(
        held, m_api->listEndpoint(m_baseUrl, after), {}, {}, kCallLimitMs,
        [this, id, page](Held &found, const QByteArray &answer) {
            bool more = false;
            const QList<ProviderBatchStatus> batches = m_api->parseList(answer, &more);
            const qint64 since = found.record.intendedAt - kClockSlackMs;
            const ProviderBatchStatus *match = nullptr;
            bool older = false;
            for (const ProviderBatchStatus &batch : batches) {
                older = older || (batch.createdAtMs > 0 && batch.createdAtMs < since);
                if (batch.createdAtMs > 0 && batch.createdAtMs < since)
                    continue;
                const bool taken = std::any_of(m_held.cbegin(), m_held.cend(), [&](const auto &h) {
                    return h->record.batchId == batch.id;
                });
                if (taken)
                    continue;
                const bool ours =
                    m_api->keepsMetadata()
                        ? batch.metadata.value(QLatin1String("vigil_task")).toString() ==
                                  m_taskKey &&
                              batch.metadata.value(QLatin1String("vigil_batch")).toString() ==
                                  QString::number(id)
                        : batch.counts.total == found.pending.size();
                if (ours)
                    match = &batch; // newest first: the last match is the oldest
            }
            if (match) {
                qCInfo(lcEngine).noquote() << "task" << m_taskId << "takes up the provider batch"
                                           << match->id << "its create call left behind";
                found.record.batchId = match->id;
                found.record.stage = ProviderBatchRecord::Stage::Created;
                found.bySize = !m_api->keepsMetadata();
                noteStatus(found, *match);
                if (!save(found))
                    return;
                m_client.providerBatchEvent(found.record, QStringLiteral("provider_batch_adopted"),
                                            {});
                poll(found);
                return;
            }
            if (more && !older && page + 1 < kOrphanPages && !batches.isEmpty()) {
                searchOrphan(found, batches.last().id, page + 1);
                return;
            }
            // Not at the provider: it is created now, and only now.
            if (found.record.stage == ProviderBatchRecord::Stage::Intent && m_api->uploadsFile())
                upload(found);
            else
                create(found);
        },
        [this, after, page](Held &again) { searchOrphan(again, after, page); });
}

void ProviderBatchDriver::buildEntries(Held &held)
{
    // Kept from send(), or built again for a batch taken up from the store or a call tried
    // again.
    if (!held.entries.isEmpty())
        return;
    for (const int step : held.record.steps)
        held.entries.append(
            m_api->requestEntry(batchCustomId(m_taskKey, step), m_client.batchRequest(step)));
}

void ProviderBatchDriver::upload(Held &held)
{
    buildEntries(held);
    const auto [contentType, body] = m_api->uploadBody(
        held.entries,
        QStringLiteral("vigil-%1-%2.jsonl").arg(m_taskKey.left(8)).arg(held.record.id));
    held.entries = {}; // the body holds them; a retry builds them again
    call(
        held, m_api->uploadEndpoint(m_baseUrl), body, contentType, kTransferLimitMs,
        [this](Held &uploaded, const QByteArray &answer) {
            uploaded.record.fileId = m_api->uploadedFileId(answer);
            if (uploaded.record.fileId.isEmpty()) {
                AttemptOutcome outcome;
                outcome.httpStatus = 502;
                outcome.body = answer.left(4096);
                callFailed(uploaded, outcome, [this](Held &again) { upload(again); });
                return;
            }
            uploaded.record.stage = ProviderBatchRecord::Stage::Uploaded;
            if (save(uploaded))
                create(uploaded);
        },
        [this](Held &again) { upload(again); });
}

void ProviderBatchDriver::create(Held &held)
{
    if (!m_api->uploadsFile())
        buildEntries(held);
    const QJsonObject metadata{{QStringLiteral("vigil_task"), m_taskKey},
                               {QStringLiteral("vigil_batch"), QString::number(held.record.id)},
                               {QStringLiteral("vigil_round"), QString::number(held.record.round)},
                               {QStringLiteral("vigil_chunk"), QString::number(held.record.chunk)}};
    const QByteArray body = m_api->createBody(held.record.fileId, held.entries, metadata);
    held.entries = {};
    call(
        held, m_api->createEndpoint(m_baseUrl), body, QByteArrayLiteral("application/json"),
        kTransferLimitMs,
        [this](Held &created, const QByteArray &answer) {
            QString error;
            const auto status = m_api->parseStatus(answer, &error);
            if (!status || status->id.isEmpty()) {
                AttemptOutcome outcome;
                outcome.httpStatus = 502;
                outcome.body = answer.left(4096);
                callFailed(created, outcome, [this](Held &again) { create(again); });
                return;
            }
            created.record.batchId = status->id;
            created.record.stage = ProviderBatchRecord::Stage::Created;
            noteStatus(created, *status);
            if (!save(created))
                return;
            qCInfo(lcEngine).noquote() << "task" << m_taskId << "created the provider batch"
                                       << status->id << "of" << created.pending.size() << "items";
            schedule(created, pollInterval(created), [this](Held &next) { poll(next); });
        },
        [this](Held &again) { create(again); });
}

void ProviderBatchDriver::takeBack()
{
    for (const auto &held : m_held) {
        if (held->record.stage != ProviderBatchRecord::Stage::Created || held->collecting ||
            held->takingBack)
            continue;
        held->takingBack = true;
        if (!held->reply) // waiting for its next poll: the cancel goes now
            schedule(*held, 0, [this](Held &now) { poll(now); });
    }
}

void ProviderBatchDriver::cancelToTakeBack(Held &held)
{
    ++held.cancelTries;
    call(
        held, m_api->cancelEndpoint(m_baseUrl, held.record.batchId), QByteArrayLiteral("{}"),
        QByteArrayLiteral("application/json"), kCallLimitMs,
        [this](Held &asked, const QByteArray &answer) {
            asked.takingBack = false;
            m_client.providerBatchEvent(
                asked.record, QStringLiteral("provider_batch_taken_back"),
                {{QStringLiteral("items"), static_cast<int>(asked.pending.size())}});
            QString error;
            if (const auto status = m_api->parseStatus(answer, &error))
                noteStatus(asked, *status);
            schedule(asked, kMinPollIntervalMs, [this](Held &next) { poll(next); });
        },
        [this](Held &again) { poll(again); });
}

void ProviderBatchDriver::poll(Held &held)
{
    // A batch that ended meanwhile cannot be cancelled: a cancel refused twice is let be,
    // and the batch read as it ends.
    if (held.takingBack && held.cancelTries < kCancelTries) {
        cancelToTakeBack(held);
        return;
    }
    held.takingBack = false;
    call(
        held, m_api->statusEndpoint(m_baseUrl, held.record.batchId), {}, {}, kCallLimitMs,
        [this](Held &polled, const QByteArray &answer) {
            QString error;
            const auto status = m_api->parseStatus(answer, &error);
            if (!status) {
                AttemptOutcome outcome;
                outcome.httpStatus = 502;
                outcome.body = answer.left(4096);
                callFailed(polled, outcome, [this](Held &again) { poll(again); });
                return;
            }
            noteStatus(polled, *status);
            if (polled.record.stage == ProviderBatchRecord::Stage::Collected)
                return;
            if (status->phase != BatchPhase::Ended) {
                schedule(polled, pollInterval(polled), [this](Held &next) { poll(next); });
                return;
            }
            if (status->failed) {
                refusedAtValidation(polled, *status);
                return;
            }
            polled.resultUrls = m_api->resultEndpoints(m_baseUrl, *status);
            collect(polled);
        },
        [this](Held &again) { poll(again); });
}

void ProviderBatchDriver::noteStatus(Held &held, const ProviderBatchStatus &status)
{
    ProviderBatchRecord &record = held.record;
    const qint64 now = m_clock.nowMs();
    const QJsonObject counts = countsJson(status.counts);
    if (status.status != held.last.status || held.phaseSince == 0) {
        // The provider's own time when it gives one: polls may be minutes apart.
        held.phaseSince = status.phaseSinceMs > 0 ? status.phaseSinceMs : now;
        held.stuckSaid = false;
    }
    held.last = status;
    record.createdAt = status.createdAtMs;
    record.expiresAt = status.expiresAtMs;
    record.endedAt = status.endedAtMs;
    record.polledAt = now;
    learnWindow(record);
    // Validating and finalizing take minutes; far longer than that is worth saying, in an
    // event and on the batch itself until its status moves on. A poll that answers clears
    // what a failed one wrote.
    const bool slowPhase =
        status.phase == BatchPhase::Validating || status.phase == BatchPhase::Finalizing;
    const bool stuck = slowPhase && now - held.phaseSince > m_windowMs / 48;
    const QString error = stuck ? Tr::tr("%1 since %2, far longer than usual")
                                      .arg(status.status, isoTime(held.phaseSince))
                                : QString();
    const bool changed =
        status.status != record.status || counts != record.counts || error != record.error;
    record.status = status.status;
    record.counts = counts;
    record.error = error;
    if (changed) {
        if (!save(held))
            return;
        m_client.providerBatchEvent(record, QStringLiteral("provider_batch"),
                                    {{QStringLiteral("created_at"), isoTime(record.createdAt)},
                                     {QStringLiteral("expires_at"), isoTime(record.expiresAt)}});
    }
    if (stuck && !held.stuckSaid) {
        held.stuckSaid = true;
        m_client.providerBatchEvent(record, QStringLiteral("provider_batch_stuck"),
                                    {{QStringLiteral("since"), isoTime(held.phaseSince)}});
    }
}

void ProviderBatchDriver::refusedAtValidation(Held &held, const ProviderBatchStatus &status)
{
    // Its lines are its steps in order: a line refused names its item, and that item fails
    // with the reason; the others did not run and are sent again.
    QStringList whole;
    for (const BatchLineError &error : status.errors) {
        const int step = error.line >= 1 && error.line <= held.record.steps.size()
                             ? held.record.steps.at(error.line - 1)
                             : -1;
        if (step < 0 || !held.pending.contains(step)) {
            whole.append(QStringLiteral("%1: %2").arg(error.code, error.message));
            continue;
        }
        BatchItemResult refused;
        refused.customId = batchCustomId(m_taskKey, step);
        refused.outcome = BatchItemOutcome::Failed;
        refused.httpStatus = 400;
        refused.body =
            QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                       QJsonObject{{QStringLiteral("code"), error.code},
                                                   {QStringLiteral("message"),
                                                    Tr::tr("the provider's validation refused "
                                                           "line %1 of batch %2: %3")
                                                        .arg(error.line)
                                                        .arg(held.record.batchId, error.message)},
                                                   {QStringLiteral("type"),
                                                    QStringLiteral("invalid_request_error")}}}})
                .toJson(QJsonDocument::Compact);
        const qint64 attemptId = held.pending.take(step);
        m_client.batchItemEnded(step, attemptId, refused);
    }
    const BatchItemResult notRun = notRunResult(
        whole.isEmpty() ? Tr::tr("not run: batch %1 was refused for another of its items")
                              .arg(held.record.batchId)
                        : Tr::tr("not run: batch %1 was refused: %2")
                              .arg(held.record.batchId, whole.join(QStringLiteral("; "))));
    endPending(held, notRun);
    finishCollecting(
        held, whole.isEmpty()
                  ? Tr::tr("refused at validation for %n of its lines", nullptr,
                           static_cast<int>(status.errors.size()))
                  : Tr::tr("refused at validation: %1").arg(whole.join(QStringLiteral("; "))));
}

void ProviderBatchDriver::collect(Held &held)
{
    if (m_stopped)
        return; // a restore reads the results again; those recorded are not read twice
    held.collecting = true;
    if (held.resultUrls.isEmpty()) {
        finishCollecting(held);
        return;
    }
    held.lineBuffer.clear();
    call(
        held, held.resultUrls.first(), {}, {}, kTransferLimitMs,
        [this](Held &read, const QByteArray &) {
            readResultLines(read, true);
            read.resultUrls.removeFirst();
            collect(read);
        },
        [this](Held &again) { collect(again); }, true);
}

void ProviderBatchDriver::readResultLines(Held &held, bool atEnd)
{
    qsizetype from = 0;
    while (!m_stopped) {
        qsizetype end = held.lineBuffer.indexOf('\n', from);
        if (end < 0 && atEnd && from < held.lineBuffer.size())
            end = held.lineBuffer.size();
        if (end < 0)
            break;
        const QByteArray line = held.lineBuffer.mid(from, end - from).trimmed();
        from = end + 1;
        if (line.isEmpty())
            continue;
        QString error;
        auto result = m_api->parseResult(line, &error);
        if (!result) {
            qCWarning(lcEngine).noquote() << "task" << m_taskId << "batch" << held.record.batchId
                                          << "result line skipped:" << error;
            continue;
        }
        const auto step = stepOfCustomId(m_taskKey, result->customId);
        if (!step)
            continue; // not one of this task's items
        // A batch taken up by its size alone (a provider without metadata) may hold another
        // record's items: a result goes to the step it answers, whichever record waits for it.
        Held *owner = &held;
        if (!held.pending.contains(*step)) {
            const auto waiting = std::find_if(m_held.begin(), m_held.end(), [&](const auto &h) {
                return h->pending.contains(*step);
            });
            if (waiting == m_held.end())
                continue; // read already
            owner = waiting->get();
        }
        const qint64 attemptId = owner->pending.take(*step);
        m_client.batchItemEnded(*step, attemptId, *result);
    }
    held.lineBuffer.remove(0, std::min(from, held.lineBuffer.size()));
}

void ProviderBatchDriver::finishCollecting(Held &held, const QString &error)
{
    if (m_stopped)
        return;
    if (held.bySize && !held.pending.isEmpty()) {
        // Another batch taken up by its size may hold these items: they count as not run
        // only once the last of those has ended without them.
        const auto running = std::find_if(m_held.begin(), m_held.end(), [&](const auto &h) {
            return h.get() != &held && h->bySize &&
                   h->record.stage == ProviderBatchRecord::Stage::Created;
        });
        if (running != m_held.end())
            (*running)->pending.insert(std::exchange(held.pending, {}));
    }
    if (!held.pending.isEmpty()) {
        // A result the provider does not give is a request that did not run for it.
        endPending(held,
                   notRunResult(m_api->resultEndpoints(m_baseUrl, held.last).isEmpty()
                                    ? Tr::tr("batch %1 ended with no output or error file: none "
                                             "of its requests has a result")
                                          .arg(held.record.batchId)
                                    : Tr::tr("batch %1 ended without a result for this item")
                                          .arg(held.record.batchId)));
    }
    held.collecting = false;
    held.record.stage = ProviderBatchRecord::Stage::Collected;
    held.record.error = error;
    if (!save(held))
        return;
    const ProviderBatchRecord record = held.record;
    m_held.erase(std::remove_if(m_held.begin(), m_held.end(),
                                [&](const auto &h) { return h->record.id == record.id; }),
                 m_held.end());
    m_client.providerBatchCollected(record);
}

void ProviderBatchDriver::endPending(Held &held, const BatchItemResult &result)
{
    const QHash<int, qint64> pending = std::exchange(held.pending, {});
    QList<int> steps = pending.keys();
    std::sort(steps.begin(), steps.end());
    for (const int step : steps) {
        BatchItemResult item = result;
        item.customId = batchCustomId(m_taskKey, step);
        m_client.batchItemEnded(step, pending.value(step), item);
    }
}

void ProviderBatchDriver::call(Held &held, const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, qint64 limitMs, const Then &then,
                               const std::function<void(Held &)> &again, bool streamLines)
{
    if (m_stopped)
        return;
    QNetworkRequest outgoing = request(url);
    QNetworkReply *reply = nullptr;
    if (!contentType.isEmpty()) {
        outgoing.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = m_network.post(outgoing, body);
    } else {
        reply = m_network.get(outgoing);
    }
    if (streamLines) {
        // Results are read as they come, a slice at a time: the file is not held whole,
        // and the commits of one slice's results go between slices.
        reply->setReadBufferSize(kResultSliceBytes);
    }
    held.reply = reply;
    const qint64 id = held.record.id;
    held.limit = m_clock.createTimer();
    connect(held.limit.get(), &TimeSourceTimer::timeout, reply, [reply] { reply->abort(); });
    held.limit->start(limitMs);
    auto answer = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, id, answer, streamLines] {
        Held *found = find(id);
        if (!found || found->reply != reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (streamLines && status >= 200 && status < 300) {
            found->lineBuffer += reply->readAll();
            readResultLines(*found, false);
            if (found->lineBuffer.size() > kMaxResultLine)
                reply->abort();
            return;
        }
        *answer += reply->readAll();
        if (answer->size() > kMaxResultLine)
            reply->abort();
    });
    connect(
        reply, &QNetworkReply::finished, this, [this, reply, id, answer, then, again, streamLines] {
            reply->deleteLater();
            Held *found = find(id);
            if (!found || found->reply != reply)
                return;
            found->reply = nullptr;
            found->limit.reset();
            AttemptOutcome outcome;
            outcome.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            // What readyRead left: the end of the results, or of the answer.
            (streamLines && outcome.httpStatus >= 200 && outcome.httpStatus < 300
                 ? found->lineBuffer
                 : *answer) += reply->readAll();
            outcome.headers = reply->rawHeaderPairs();
            if (outcome.httpStatus >= 200 && outcome.httpStatus < 300 &&
                reply->error() == QNetworkReply::NoError) {
                found->failedCalls = 0;
                then(*found, *answer);
                return;
            }
            if (outcome.httpStatus == 0) {
                outcome.transport = transportFailureFor(reply->error());
                outcome.transportDetail = reply->errorString();
            } else if (outcome.httpStatus >= 200 && outcome.httpStatus < 300) {
                outcome.transport = TransportFailure::ConnectionClosed; // cut short
                outcome.transportDetail = reply->errorString();
            }
            outcome.body = answer->left(64 * 1024);
            callFailed(*found, outcome, again);
        });
}

void ProviderBatchDriver::callFailed(Held &held, const AttemptOutcome &outcome,
                                     const std::function<void(Held &)> &again)
{
    const Classification verdict = classify(outcome);
    ++held.failedCalls;
    qCInfo(lcEngine).noquote() << "task" << m_taskId << "provider batch" << held.record.id
                               << held.record.batchId
                               << "call failed:" << failureClassName(verdict.failureClass)
                               << outcome.httpStatus << verdict.message;
    if (verdict.failureClass == FailureClass::Auth ||
        (verdict.failureClass == FailureClass::NotFound &&
         held.record.stage != ProviderBatchRecord::Stage::Created)) {
        m_client.providerBatchBlocked(verdict.failureClass, verdict.message);
        return;
    }
    if (held.record.stage == ProviderBatchRecord::Stage::Created && outcome.httpStatus == 404 &&
        !held.collecting) {
        // The provider no longer knows the batch: its items are sent again.
        endPending(
            held,
            notRunResult(Tr::tr("the provider no longer knows batch %1").arg(held.record.batchId)));
        finishCollecting(held);
        return;
    }
    if (!verdict.retry && held.record.stage != ProviderBatchRecord::Stage::Created &&
        outcome.httpStatus >= 400 && outcome.httpStatus < 500) {
        // The create (or the upload) was refused for what it holds: its items fail with the
        // provider's reason, as a live request's would.
        BatchItemResult refused;
        refused.outcome = BatchItemOutcome::Failed;
        refused.httpStatus = outcome.httpStatus;
        refused.body = outcome.body;
        held.record.stage = ProviderBatchRecord::Stage::Abandoned;
        held.record.error = verdict.message;
        if (!save(held))
            return;
        endPending(held, refused);
        const ProviderBatchRecord record = held.record;
        m_held.erase(std::remove_if(m_held.begin(), m_held.end(),
                                    [&](const auto &h) { return h->record.id == record.id; }),
                     m_held.end());
        m_client.providerBatchCollected(record);
        return;
    }
    // Everything else passes: the same step again, later. What the provider holds stays
    // where it is meanwhile, and the batch says what its last call met until one answers.
    if (held.record.stage == ProviderBatchRecord::Stage::Created) {
        held.record.error = Tr::tr("the provider did not answer (%1): %2; trying again")
                                .arg(failureClassName(verdict.failureClass), verdict.message);
        if (!save(held))
            return;
    }
    const qint64 backoff =
        std::min<qint64>(kMaxPollIntervalMs, 1000LL << std::min(held.failedCalls, 8));
    schedule(held, std::max(backoff, verdict.serverDelayMs.value_or(0)), again);
}

void ProviderBatchDriver::schedule(Held &held, qint64 delayMs,
                                   const std::function<void(Held &)> &what)
{
    if (m_stopped)
        return;
    held.timer = m_clock.createTimer();
    const qint64 id = held.record.id;
    connect(held.timer.get(), &TimeSourceTimer::timeout, this, [this, id, what] {
        if (Held *found = find(id))
            what(*found);
    });
    held.timer->start(delayMs);
}

void ProviderBatchDriver::learnWindow(const ProviderBatchRecord &record)
{
    if (record.createdAt > 0 && record.expiresAt > record.createdAt)
        m_windowMs = record.expiresAt - record.createdAt;
}

qint64 ProviderBatchDriver::pollInterval(const Held &held) const
{
    // Seconds at first, minutes later: a sixth of the batch's age.
    const qint64 since = held.record.createdAt > 0 ? held.record.createdAt : held.record.intendedAt;
    return std::clamp<qint64>((m_clock.nowMs() - since) / 6, kMinPollIntervalMs,
                              kMaxPollIntervalMs);
}

bool ProviderBatchDriver::save(Held &held)
{
    if (m_store.updateProviderBatch(held.record))
        return true;
    m_client.providerBatchStoreFailed();
    return false;
}

QNetworkRequest ProviderBatchDriver::request(const QUrl &url) const
{
    QNetworkRequest outgoing = m_network.newRequest(
        url, QUuid::createUuid().toString(QUuid::WithoutBraces), m_taskKey.left(16));
    m_adapter->authorize(outgoing, m_apiKey);
    return outgoing;
}

ProviderBatchDriver::Held *ProviderBatchDriver::find(qint64 id)
{
    for (auto &held : m_held) {
        if (held->record.id == id)
            return held.get();
    }
    return nullptr;
}

} // namespace vigil

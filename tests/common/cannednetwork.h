#pragma once

#include "networkaccess.h"
#include "timesource.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>
#include <deque>

// Answers the engine's requests in-process, with no server and no socket: each request
// takes the next canned answer (a completion once none is left) and is recorded with the
// time the test's clock read when it went out. With a ManualClock the engine then runs in
// virtual time: backoffs of minutes pass in no time, and "nothing is sent before then" is
// said without waiting.
struct CannedAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

// An OpenAI Chat Completions reply whose text is `text`.
CannedAnswer cannedCompletion(const QString &text);
// An OpenAI-style error reply: `status`, with `message` in the error object.
CannedAnswer cannedError(int status, const QString &message,
                         const QList<QPair<QByteArray, QByteArray>> &headers = {});

class CannedNetwork
{
public:
    struct Sent
    {
        qint64 at = 0; // the clock's time when the request went out
        QUrl url;
        QByteArray body;
    };

    explicit CannedNetwork(const vigil::TimeSource &clock) : m_clock(clock) {}

    void enqueue(const CannedAnswer &answer) { m_answers.push_back(answer); }
    // Managers whose requests this network answers, for Engine's constructor.
    vigil::NetworkManagerFactory factory();
    const QList<Sent> &sent() const { return m_sent; }

private:
    friend class CannedManager;
    CannedAnswer take(const QNetworkRequest &request, const QByteArray &body);

    const vigil::TimeSource &m_clock;
    std::deque<CannedAnswer> m_answers;
    QList<Sent> m_sent;
};

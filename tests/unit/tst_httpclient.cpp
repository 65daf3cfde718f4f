// Vigil's own HTTP/1.1 client (HttpManager) against a scripted server on loopback: the
// framings a reply comes in, keep-alive, a connection lost before or during a reply (an
// error, never a request sent twice), a head without end, a flood held back by the read
// buffer, an abort, and which requests it leaves to Qt.
#include "httpclient.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace vigil;

namespace {

// Reads whole requests (head and Content-Length body) and hands each to the test's answer.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(QTcpSocket *socket, const QByteArray &request)>;

    ScriptedServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++disconnects;
                    socket->deleteLater();
                });
            }
        });
    }

    QUrl url(const char *path = "/") const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2")
                        .arg(m_server.serverPort())
                        .arg(QLatin1String(path)));
    }

    Answer answer;
    QList<QByteArray> requests;
    int connections = 0;
    int disconnects = 0;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_pending[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray request = buffer.left(end + 4 + length);
            buffer.remove(0, request.size());
            requests.append(request);
            if (answer)
                answer(socket, request);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

QNetworkReply *postTo(HttpManager &manager, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Test", "yes");
    return manager.post(request, body);
}

bool waitFinished(QNetworkReply *reply, int timeoutMs = 5000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(timeoutMs);
}

// Sends `pieces` on `socket`, one every `everyMs`.
void sendInPieces(QTcpSocket *socket, const QList<QByteArray> &pieces, int everyMs)
{
    QPointer<QTcpSocket> target(socket);
    for (int i = 0; i < pieces.size(); ++i) {
        QTimer::singleShot(everyMs * i, socket, [target, piece = pieces.at(i)] {
            if (target)
                target->write(piece);
        });
    }
}

// A reply's whole body, and how many readyRead signals handed it on.
struct ReadWhole
{
    QByteArray body;
    int reads = 0;
};

// Counts `reply`'s readyRead signals into `read`, and takes what each brings.
void countReads(QNetworkReply *reply, ReadWhole &read)
{
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &read] {
        ++read.reads;
        read.body += reply->readAll();
    });
}

ReadWhole readWhole(QNetworkReply *reply)
{
    ReadWhole read;
    countReads(reply, read);
    waitFinished(reply);
    read.body += reply->readAll();
    return read;
}

// A stream of `pieces` one-byte chunks, one every 2 ms.
void trickle(QTcpSocket *socket, int pieces)
{
    socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                  "Content-Type: text/event-stream\r\n\r\n");
    QList<QByteArray> chunks(pieces, QByteArray("1\r\nx\r\n"));
    chunks.append("0\r\n\r\n");
    sendInPieces(socket, chunks, 2);
}

const QByteArray kHello = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "x-request-id: req-1\r\nContent-Length: 5\r\n\r\nhello";

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void aKeptConnectionCarriesTheNextRequest()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) { socket->write(kHello); };
        HttpManager manager;
        for (int i = 0; i < 2; ++i) {
            std::unique_ptr<QNetworkReply> reply(
                postTo(manager, server.url("/v1/chat?x=1"), "{\"n\":1}"));
            QSignalSpy connecting(reply.get(), &QNetworkReply::socketStartedConnecting);
            QSignalSpy sent(reply.get(), &QNetworkReply::requestSent);
            QVERIFY(waitFinished(reply.get()));
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                     QStringLiteral("application/json"));
            QCOMPARE(reply->rawHeader("X-Request-Id"), QByteArray("req-1"));
            QCOMPARE(reply->readAll(), QByteArray("hello"));
            QCOMPARE(connecting.size(), i == 0 ? 1 : 0); // the second rides the first's
            QCOMPARE(sent.size(), 1);
        }
        QCOMPARE(server.connections, 1);
        QCOMPARE(server.requests.size(), 2);
        const QByteArray &request = server.requests.first();
        QVERIFY2(request.startsWith("POST /v1/chat?x=1 HTTP/1.1\r\n"), request.constData());
        QVERIFY(request.contains(
            QStringLiteral("\r\nHost: 127.0.0.1:%1\r\n").arg(server.url().port()).toLatin1()));
        QVERIFY(request.contains("\r\nX-Test: yes\r\n"));
        QVERIFY(request.contains("\r\nContent-Length: 7\r\n"));
        QVERIFY(request.endsWith("\r\n\r\n{\"n\":1}"));
        QCOMPARE(manager.idleConnections(), 1);
    }

    void aChunkedReplyIsReadAcrossItsPieces()
    {
        ScriptedServer server;
        // Cut inside a size line, inside a chunk, between a chunk and its CRLF.
        const QByteArray head = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Type: text/event-stream\r\n\r\n";
        const QList<QByteArray> pieces{head, "7\r\nHello, \r\n",        "6\r\nwor", "ld!",
                                       "\r", "\n0\r\nX-Trailer: 1\r\n", "\r\n"};
        server.answer = [&pieces](QTcpSocket *socket, const QByteArray &) {
            sendInPieces(socket, pieces, 20);
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/s"), "{}"));
        const ReadWhole read = readWhole(reply.get());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(read.body, QByteArray("Hello, world!"));
        QVERIFY2(read.reads >= 3, "each piece is handed on as it comes");
        QCOMPARE(manager.idleConnections(), 1);
    }

    void tricklingRepliesInFlightTogetherAreReadAFewPiecesAtATime()
    {
        constexpr int kPieces = 60;
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) { trickle(socket, kPieces); };
        HttpManager manager;
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        std::vector<ReadWhole> reads(HttpManager::kPacedFrom);
        for (ReadWhole &read : reads) {
            replies.emplace_back(postTo(manager, server.url("/"), "{}"));
            countReads(replies.back().get(), read);
        }
        for (std::size_t i = 0; i < replies.size(); ++i) {
            QVERIFY(waitFinished(replies.at(i).get()));
            reads.at(i).body += replies.at(i)->readAll();
            QCOMPARE(reads.at(i).body, QByteArray(kPieces, 'x'));
            // A piece every 2 ms, read every HttpManager::kPaceMs: several pieces a read.
            QVERIFY2(reads.at(i).reads <= kPieces / 3, QByteArray::number(reads.at(i).reads));
        }
        // Their connections, not watched while they rested, carry the next requests.
        for (int i = 0; i < HttpManager::kPacedFrom; ++i)
            replies.emplace_back(postTo(manager, server.url("/"), "{}"));
        for (std::size_t i = reads.size(); i < replies.size(); ++i) {
            QVERIFY(waitFinished(replies.at(i).get()));
            QCOMPARE(replies.at(i)->readAll(), QByteArray(kPieces, 'x'));
        }
        QCOMPARE(server.connections, HttpManager::kPacedFrom);
    }

    void aLoneTricklingReplyIsReadAsItComes()
    {
        constexpr int kPieces = 60;
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) { trickle(socket, kPieces); };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        const ReadWhole read = readWhole(reply.get());
        QCOMPARE(read.body, QByteArray(kPieces, 'x'));
        // Not held for the pace: a conversation's step ends when its reply does.
        QVERIFY2(read.reads > kPieces / 3, QByteArray::number(read.reads));
    }

    void aReplyWithoutLengthEndsWithItsConnection()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it");
            socket->disconnectFromHost();
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->readAll(), QByteArray("all of it"));
        QCOMPARE(manager.idleConnections(), 0);
    }

    void aConnectionLostBeforeTheReplyIsAnErrorAndNothingIsSentAgain()
    {
        ScriptedServer server;
        int answered = 0;
        server.answer = [&answered](QTcpSocket *socket, const QByteArray &) {
            if (answered++ == 0)
                socket->write(kHello);
            else
                socket->disconnectFromHost(); // the kept connection dies under the request
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> first(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(first.get()));
        QCOMPARE(first->error(), QNetworkReply::NoError);
        std::unique_ptr<QNetworkReply> second(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(second.get()));
        QCOMPARE(second->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        QTest::qWait(200);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.connections, 1);
    }

    void aChunkedReplyCutShortIsAnError()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel");
            socket->disconnectFromHost();
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply->readAll(), QByteArray("hel"));
    }

    void aRefusedConnectionIsSaidSo()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(
            postTo(manager, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), "{}"));
        QSignalSpy errors(reply.get(), &QNetworkReply::errorOccurred);
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(errors.size(), 1);
    }

    void aHeadWithoutEndIsRefused()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\n");
            for (int i = 0; i < 10'000; ++i)
                socket->write("X-Filler: " + QByteArray(100, 'x') + "\r\n");
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
        QVERIFY2(reply->errorString().contains(QLatin1String("head is too long")),
                 qPrintable(reply->errorString()));
    }

    void aNonHttpAnswerIsRefused()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("SSH-2.0-OpenSSH_9.2\r\n");
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error(), QNetworkReply::ProtocolFailure);
    }

    void interimRepliesAreSkipped()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\n"
                          "Content-Length: 2\r\n\r\nok");
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->readAll(), QByteArray("ok"));
    }

    void theReadBufferHoldsBackAFlood()
    {
        constexpr qint64 kBody = 32 * 1024 * 1024;
        constexpr qint64 kLimit = 64 * 1024;
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kBody) +
                          "\r\n\r\n");
            const QByteArray block(1024 * 1024, 'f');
            for (qint64 sent = 0; sent < kBody; sent += block.size())
                socket->write(block);
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        reply->setReadBufferSize(kLimit);
        QSignalSpy ready(reply.get(), &QNetworkReply::readyRead);
        QVERIFY(ready.wait(5000));
        QTest::qWait(300); // the server sends on; nothing reads
        QVERIFY2(reply->bytesAvailable() <= kLimit, QByteArray::number(reply->bytesAvailable()));
        qint64 total = 0;
        QElapsedTimer clock;
        clock.start();
        while (!reply->isFinished() && clock.elapsed() < 20'000) {
            total += reply->readAll().size();
            QVERIFY(reply->bytesAvailable() <= kLimit);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        total += reply->readAll().size();
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(total, kBody);
    }

    void anAbortEndsTheReplyOnce()
    {
        ScriptedServer server;
        server.answer = [](QTcpSocket *socket, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> reply(postTo(manager, server.url("/"), "{}"));
        QSignalSpy ready(reply.get(), &QNetworkReply::readyRead);
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(ready.wait(5000));
        reply->abort();
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QTRY_COMPARE(server.disconnects, 1);
        QCOMPARE(manager.idleConnections(), 0);
    }

    void anIdleConnectionTheServerClosedIsNotUsed()
    {
        ScriptedServer server;
        QList<QTcpSocket *> sockets;
        server.answer = [&sockets](QTcpSocket *socket, const QByteArray &) {
            sockets.append(socket);
            socket->write(kHello);
        };
        HttpManager manager;
        std::unique_ptr<QNetworkReply> first(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(first.get()));
        QCOMPARE(manager.idleConnections(), 1);
        sockets.first()->disconnectFromHost();
        QTRY_COMPARE(manager.idleConnections(), 0);
        std::unique_ptr<QNetworkReply> second(postTo(manager, server.url("/"), "{}"));
        QVERIFY(waitFinished(second.get()));
        QCOMPARE(second->error(), QNetworkReply::NoError);
        QCOMPARE(server.connections, 2);
    }

    void onlyPlainHttpWithoutAProxyIsSentDirectly()
    {
        HttpManager manager;
        QVERIFY(manager.sendsItself(QUrl(QStringLiteral("http://127.0.0.1:8000/v1"))));
        QVERIFY(manager.sendsItself(QUrl(QStringLiteral("http://localhost/v1"))));
        QVERIFY(!manager.sendsItself(QUrl(QStringLiteral("https://api.example.com/v1"))));
        QVERIFY(!manager.sendsItself(QUrl(QStringLiteral("file:///tmp/x"))));
        manager.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 1));
        QVERIFY(!manager.sendsItself(QUrl(QStringLiteral("http://127.0.0.1:8000/v1"))));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"

#include "metrics/HeapProbe.h"
#include "metrics/HttpScraper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace fleetscope;

// A misbehaving web server on 127.0.0.1:0 in its own thread, so that the blocking client can run on
// the test thread. The request path picks the behaviour.
class TestServer final : public QObject
{
    Q_OBJECT

public:
    quint16 port() const { return m_port; }
    QByteArray lastRequest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastRequest;
    }

public Q_SLOTS:
    void start()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
    }
    void stop() { delete m_server; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray request = socket->property("request").toByteArray() + socket->readAll();
        socket->setProperty("request", request);
        if (!request.contains("\r\n\r\n") || socket->property("answered").toBool())
            return;
        socket->setProperty("answered", true);
        {
            QMutexLocker lock(&m_mutex);
            m_lastRequest = request;
        }
        respond(socket, request.split(' ').value(1));
    }

    static QByteArray ok(const QByteArray &body)
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

    // Writes `total` bytes of body in 64 KiB blocks as the client takes them, until it goes away.
    static void stream(QTcpSocket *socket, qint64 total, bool chunked)
    {
        auto pump = [socket, total, chunked, sent = std::make_shared<qint64>(0)] {
            while (*sent < total && socket->bytesToWrite() < 256 * 1024) {
                const QByteArray block(64 * 1024, 'x');
                socket->write(chunked ? "10000\r\n" + block + "\r\n" : block);
                *sent += block.size();
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    void respond(QTcpSocket *socket, const QByteArray &path)
    {
        if (path == "/good" || path == "/metrics") {
            socket->write(ok("up 1\njvm_memory_used_bytes{area=\"heap\"} 1.5E7\n"));
            socket->disconnectFromHost();
        } else if (path == "/keep-alive") { // answers, then keeps the connection open
            socket->write(ok("kept 1\n"));
        } else if (path == "/chunked") { // in pieces, so the client must wait for the rest
            const QList<QByteArray> pieces
                = { "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r",
                      "\nF;ext=1\r\n, chunked", " world\r\n0\r\nX-Trailer: yes\r\n\r\n" };
            for (int i = 0; i < pieces.size(); ++i)
                QTimer::singleShot(20 * i, socket, [socket, piece = pieces[i]] { socket->write(piece); });
        } else if (path == "/500") {
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 5\r\n\r\nboom\n");
            socket->disconnectFromHost();
        } else if (path == "/huge-length") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 20971520\r\n\r\n");
            stream(socket, 20 * 1024 * 1024, false);
        } else if (path == "/huge-close-delimited") {
            socket->write("HTTP/1.0 200 OK\r\n\r\n");
            stream(socket, 20 * 1024 * 1024, false);
        } else if (path == "/huge-chunked") {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            stream(socket, 20 * 1024 * 1024, true);
        } else if (path == "/trickle") { // a byte every 50 ms: each read succeeds, the whole never ends
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            timer->start(50);
        } else if (path == "/silent") {
            // never answers
        } else if (path == "/garbage") {
            socket->write(QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03 not http at all", 27));
        } else if (path == "/short-garbage") {
            socket->write("OK\n");
            socket->disconnectFromHost();
        } else if (path == "/early-close") {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789");
            socket->disconnectFromHost();
        } else if (path == "/no-answer") {
            socket->disconnectFromHost();
        } else if (path == "/close-delimited") {
            socket->write("HTTP/1.0 200 OK\nContent-Type: text/plain\n\nuntil close\n"); // bare LF line ends
            socket->disconnectFromHost();
        } else if (path == "/gzip") {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\n\x1f\x8b\x08");
            socket->disconnectFromHost();
        } else if (path == "/bad-status") {
            socket->write("HTTP/1.1 2x0 OK\r\n\r\n");
            socket->disconnectFromHost();
        } else if (path == "/huge-header") {
            socket->write("HTTP/1.1 200 OK\r\nX-Junk: " + QByteArray(100 * 1024, 'j') + "\r\n\r\n");
            socket->disconnectFromHost();
        } else if (path == "/bad-chunk") {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
            socket->disconnectFromHost();
        } else if (path == "/web-page") {
            socket->write(ok("<html><body>Grafana</body></html>\n"));
            socket->disconnectFromHost();
        } else if (path == "/fixture") {
            QFile file(
                QStringLiteral(FLEETSCOPE_TEST_DATA_DIR "/prometheus/jmx_exporter_0x_handwritten.txt"));
            file.open(QIODevice::ReadOnly);
            socket->write(ok(file.readAll()));
            socket->disconnectFromHost();
        } else {
            socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QTcpServer *m_server = nullptr;
    std::atomic<quint16> m_port = 0;
    mutable QMutex m_mutex;
    QByteArray m_lastRequest;
};

class TestHttpScraper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsContentLengthBody();
    void stopsAtContentLengthWithoutWaitingForClose();
    void readsChunkedBodyInPieces();
    void readsCloseDelimitedBody();
    void failures_data();
    void failures();
    void trickleTimesOutWithinTheDeadline();
    void silentServerTimesOut();
    void refusedConnectionNamesHostAndPort();
    void refusesHttps();
    void probeStampsHeapWithTheClock();

private:
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->port()).arg(path);
    }

    QThread m_thread;
    TestServer *m_server = nullptr;
};

void TestHttpScraper::initTestCase()
{
    m_server = new TestServer;
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_server, &TestServer::start, Qt::BlockingQueuedConnection);
    QVERIFY(m_server->port() != 0);
}

void TestHttpScraper::cleanupTestCase()
{
    QMetaObject::invokeMethod(m_server, &TestServer::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TestHttpScraper::readsContentLengthBody()
{
    const Result<HttpScraper::Response> response = HttpScraper::fetch(QUrl(url("/good")), 2000);
    QVERIFY2(response.ok(), qPrintable(response.ok() ? QString() : response.errorMessage()));
    QCOMPARE(response->body, QByteArray("up 1\njvm_memory_used_bytes{area=\"heap\"} 1.5E7\n"));
    QVERIFY(response->elapsedMs >= 0 && response->elapsedMs < 2000);

    // What went over the wire: a plain GET asking for text 0.0.4 and no compression.
    const QByteArray request = m_server->lastRequest();
    QVERIFY2(request.startsWith("GET /good HTTP/1.1\r\n"), request.constData());
    QVERIFY(request.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(m_server->port()) + "\r\n"));
    QVERIFY(request.contains("\r\nAccept: text/plain;version=0.0.4"));
    QVERIFY(request.contains("\r\nConnection: close\r\n"));
    QVERIFY(!request.toLower().contains("accept-encoding"));
}

void TestHttpScraper::stopsAtContentLengthWithoutWaitingForClose()
{
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> body = HttpScraper::get(QUrl(url("/keep-alive")), 3000);
    QVERIFY(body.ok());
    QCOMPARE(*body, QByteArray("kept 1\n"));
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestHttpScraper::readsChunkedBodyInPieces()
{
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> body = HttpScraper::get(QUrl(url("/chunked")), 3000);
    QVERIFY2(body.ok(), qPrintable(body.ok() ? QString() : body.errorMessage()));
    QCOMPARE(*body, QByteArray("hello, chunked world"));
    QVERIFY(timer.elapsed() < 1000); // it ended at the last chunk, not at the timeout
}

void TestHttpScraper::readsCloseDelimitedBody()
{
    const Result<QByteArray> body = HttpScraper::get(QUrl(url("/close-delimited")), 2000);
    QVERIFY2(body.ok(), qPrintable(body.ok() ? QString() : body.errorMessage()));
    QCOMPARE(*body, QByteArray("until close\n"));
}

void TestHttpScraper::failures_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("error"); // after "<url>: "

    QTest::newRow("500") << QByteArray("/500") << "the server answered 'HTTP/1.1 500 Internal Server Error'";
    QTest::newRow("404") << QByteArray("/nowhere") << "the server answered 'HTTP/1.1 404 Not Found'";
    QTest::newRow("huge with length") << QByteArray(
        "/huge-length") << "the body of 20971520 bytes is larger than the limit of 8388608 bytes";
    QTest::newRow("huge until close")
        << QByteArray("/huge-close-delimited") << "the body is larger than the limit of 8388608 bytes";
    QTest::newRow("huge chunked") << QByteArray("/huge-chunked")
                                  << "the body is larger than the limit of 8388608 bytes";
    QTest::newRow("garbage") << QByteArray("/garbage")
                             << "127.0.0.1:%1 did not answer with HTTP: '??????????? not http at all'";
    QTest::newRow("short garbage") << QByteArray("/short-garbage")
                                   << "127.0.0.1:%1 did not answer with HTTP: 'OK?'";
    QTest::newRow("early close") << QByteArray("/early-close")
                                 << "the connection closed after 10 of 1000 body bytes";
    QTest::newRow("no answer") << QByteArray("/no-answer")
                               << "127.0.0.1:%1 closed the connection without answering";
    QTest::newRow("gzip") << QByteArray("/gzip")
                          << "the server sent a 'gzip'-encoded body, which Fleetscope did not ask for";
    QTest::newRow("bad status") << QByteArray("/bad-status")
                                << "127.0.0.1:%1 sent a malformed status line: 'HTTP/1.1 2x0 OK'";
    QTest::newRow("huge header") << QByteArray("/huge-header")
                                 << "a response header is longer than 65536 bytes";
    QTest::newRow("bad chunk") << QByteArray("/bad-chunk") << "malformed chunk size: 'zz'";
}

void TestHttpScraper::failures()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, error);
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> body = HttpScraper::get(QUrl(url(path.constData())), 5000);
    QVERIFY(!body.ok());
    if (error.contains(QLatin1String("%1")))
        error = error.arg(m_server->port());
    QCOMPARE(body.errorMessage(), url(path.constData()) + QStringLiteral(": ") + error);
    QVERIFY2(
        timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed()))); // failed fast, not by timeout
}

void TestHttpScraper::trickleTimesOutWithinTheDeadline()
{
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> body = HttpScraper::get(QUrl(url("/trickle")), 500);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!body.ok());
    QVERIFY2(body.errorMessage().startsWith(
                 url("/trickle") + QStringLiteral(": no complete answer within 500 ms (")),
        qPrintable(body.errorMessage()));
    QVERIFY2(elapsed >= 490 && elapsed < 500 + 250, qPrintable(QString::number(elapsed)));
}

void TestHttpScraper::silentServerTimesOut()
{
    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> body = HttpScraper::get(QUrl(url("/silent")), 300);
    QVERIFY(!body.ok());
    QCOMPARE(body.errorMessage(),
        url("/silent")
            + QStringLiteral(
                ": no complete answer within 300 ms (0 bytes received); is the exporter overloaded?"));
    QVERIFY(timer.elapsed() < 300 + 250);
}

void TestHttpScraper::refusedConnectionNamesHostAndPort()
{
    QTcpServer probe; // a port that was free a moment ago and has no listener now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const QString where = QStringLiteral("http://127.0.0.1:%1/metrics").arg(port);
    const Result<QByteArray> body = HttpScraper::get(QUrl(where), 2000);
    QVERIFY(!body.ok());
    QCOMPARE(body.errorMessage(),
        QStringLiteral("%1: cannot connect to 127.0.0.1:%2: Connection refused").arg(where).arg(port));
}

void TestHttpScraper::refusesHttps()
{
    const Result<QByteArray> body
        = HttpScraper::get(QUrl(QStringLiteral("https://broker-1:7071/metrics")), 2000);
    QVERIFY(!body.ok());
    QCOMPARE(body.errorMessage(),
        QStringLiteral("https://broker-1:7071/metrics: https is not supported yet for metrics "
                       "endpoints; use the exporter's http:// URL"));
    QVERIFY(!HttpScraper::get(QUrl(QStringLiteral("ftp://x/metrics")), 100).ok());
    QVERIFY(!HttpScraper::get(QUrl(QStringLiteral("not a url")), 100).ok());
}

void TestHttpScraper::probeStampsHeapWithTheClock()
{
    ManualClock clock(1'700'000'123'456);
    const HeapProbe probe(clock);
    const Result<JvmHeap> heap = probe.probe(QUrl(url("/fixture")), 2000);
    QVERIFY2(heap.ok(), qPrintable(heap.ok() ? QString() : heap.errorMessage()));
    QCOMPARE(heap->sampledAtMs, 1'700'000'123'456LL);
    QCOMPARE(heap->naming, JvmHeap::Naming::ClientJava0x);
    QCOMPARE(heap->usedBytes, 312'475'832LL);

    const Result<JvmHeap> none = probe.probe(QUrl(url("/good")), 2000); // heap only: no committed, max or GC
    QVERIFY(none.ok());
    QCOMPARE(none->usedBytes, 15'000'000LL);
    QVERIFY(!none->maxBytes && !none->committedBytes && !none->gcSecondsTotal);

    const Result<JvmHeap> page = probe.probe(QUrl(url("/web-page")), 2000);
    QVERIFY(!page.ok());
    QCOMPARE(page.errorMessage(),
        url("/web-page")
            + QStringLiteral(": the metrics text is malformed: line 1: expected "
                             "a metric name, found '<html><body>Grafana</body></html...'"));

    const Result<JvmHeap> noHeap = probe.probe(QUrl(url("/keep-alive")), 2000);
    QVERIFY(!noHeap.ok());
    QVERIFY2(noHeap.errorMessage().startsWith(
                 url("/keep-alive") + QStringLiteral(": the exporter does not expose JVM memory metrics")),
        qPrintable(noHeap.errorMessage()));

    const Result<JvmHeap> down = probe.probe(QUrl(url("/500")), 2000);
    QVERIFY(!down.ok());
    QCOMPARE(down.errorMessage(),
        url("/500") + QStringLiteral(": the server answered 'HTTP/1.1 500 Internal Server Error'"));
}

QTEST_GUILESS_MAIN(TestHttpScraper)
#include "tst_httpscraper.moc"

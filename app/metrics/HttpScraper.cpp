#include "metrics/HttpScraper.h"

#include "metrics/MetricsLogging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpScraper", text);
}

constexpr qsizetype maxHeadBytes = 64 * 1024; // status line and headers together
constexpr qsizetype maxChunkLineBytes = 4096; // chunk size plus any chunk extensions
constexpr qint64 socketBufferBytes = 256 * 1024; // bounds Qt's own read buffer as well

// Quotes what the server sent: short, and without control characters, since it may be anything.
QString excerpt(QByteArrayView text)
{
    constexpr qsizetype maxBytes = 80;
    QString out = QString::fromUtf8(text.first(std::min(maxBytes, text.size())));
    for (QChar &c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::ReplacementCharacter)
            c = QLatin1Char('?');
    if (text.size() > maxBytes)
        out += QStringLiteral("...");
    return out;
}

struct ResponseHead
{
    QByteArray statusLine;
    int status = 0;
    std::optional<qint64> contentLength;
    bool chunked = false;
};

// One request on one connection ("Connection: close"): no keep-alive, so no state outlives a scrape.
class Exchange
{
public:
    Exchange(const QUrl &url, int timeoutMs, qint64 maxBytes)
        : m_url(url)
        , m_where(url.toDisplayString(QUrl::RemoveUserInfo))
        , m_hostPort(url.host().contains(QLatin1Char(':'))
                  ? QStringLiteral("[%1]:%2").arg(url.host()).arg(url.port(80))
                  : QStringLiteral("%1:%2").arg(url.host()).arg(url.port(80)))
        , m_timeoutMs(std::max(timeoutMs, 1))
        , m_deadline(m_timeoutMs)
        , m_maxBytes(maxBytes)
    {
        m_socket.setReadBufferSize(socketBufferBytes);
    }

    Result<QByteArray> run()
    {
        if (const Status connected = connect(); !connected)
            return connected.error();
        if (const Status sent = sendRequest(); !sent)
            return sent.error();
        const Result<ResponseHead> head = readHead();
        if (!head)
            return head.error();
        return readBody(*head);
    }

private:
    enum class Fill
    {
        Data,
        Closed
    };

    Error fail(const QString &what) const { return Error { QStringLiteral("%1: %2").arg(m_where, what) }; }
    Error timedOut() const
    {
        return fail(tr("no complete answer within %1 ms (%2 bytes received); is the exporter overloaded?")
                        .arg(m_timeoutMs)
                        .arg(m_received));
    }
    qsizetype unread() const { return m_buffer.size() - m_pos; }

    Status connect()
    {
        // For a host name, Qt resolves it inside waitForConnected, and that lookup has no timeout.
        m_socket.connectToHost(m_url.host(), quint16(m_url.port(80)));
        if (m_socket.waitForConnected(int(std::max<qint64>(m_deadline.remainingTime(), 1))))
            return Done {};
        if (m_socket.error() == QAbstractSocket::SocketTimeoutError)
            return fail(tr("no connection to %1 within %2 ms").arg(m_hostPort).arg(m_timeoutMs));
        return fail(tr("cannot connect to %1: %2").arg(m_hostPort, m_socket.errorString()));
    }

    Status sendRequest()
    {
        QByteArray target
            = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
        if (target.isEmpty())
            target = "/";
        const QString aceHost = m_url.host(QUrl::FullyEncoded);
        QByteArray hostHeader
            = (aceHost.contains(QLatin1Char(':')) ? u'[' + aceHost + u']' : aceHost).toUtf8();
        if (m_url.port() >= 0 && m_url.port() != 80)
            hostHeader += ':' + QByteArray::number(m_url.port());
        // Text format 0.0.4 explicitly: a 1.x exporter would otherwise be free to pick OpenMetrics or
        // protobuf. No Accept-Encoding: gzip would only trade our CPU for bandwidth we do not lack.
        const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader
            + "\r\nUser-Agent: Fleetscope/" FLEETSCOPE_VERSION
              "\r\nAccept: text/plain;version=0.0.4;q=1.0, */*;q=0.1\r\nConnection: close\r\n\r\n";
        m_socket.write(request);
        while (m_socket.bytesToWrite() > 0) {
            if (m_deadline.hasExpired())
                return timedOut();
            if (!m_socket.waitForBytesWritten(int(std::max<qint64>(m_deadline.remainingTime(), 1)))) {
                if (m_socket.error() == QAbstractSocket::SocketTimeoutError)
                    return timedOut();
                return fail(
                    tr("sending the request to %1 failed: %2").arg(m_hostPort, m_socket.errorString()));
            }
        }
        return Done {};
    }

    // Appends whatever arrives next to m_buffer, waiting at most until the deadline.
    Result<Fill> fill()
    {
        if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > 1024 * 1024)) {
            m_buffer.remove(0, m_pos); // drop what was consumed, so the buffer stays about one body long
            m_pos = 0;
        }
        for (;;) {
            if (const qint64 available = m_socket.bytesAvailable(); available > 0) {
                const QByteArray data = m_socket.read(std::min(available, socketBufferBytes));
                m_received += data.size();
                m_buffer += data;
                return Fill::Data;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return Fill::Closed;
            if (m_deadline.hasExpired())
                return timedOut();
            if (m_socket.waitForReadyRead(int(std::max<qint64>(m_deadline.remainingTime(), 1))))
                continue;
            if (m_socket.bytesAvailable() > 0)
                continue;
            if (m_socket.error() == QAbstractSocket::SocketTimeoutError || m_deadline.hasExpired())
                return timedOut();
            if (m_socket.error() != QAbstractSocket::RemoteHostClosedError)
                return fail(tr("reading from %1 failed: %2").arg(m_hostPort, m_socket.errorString()));
            return Fill::Closed;
        }
    }

    // The next line without its line end; an Error past maxLength or if the connection ends first.
    Result<QByteArray> readLine(qsizetype maxLength, const QString &what)
    {
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n', m_pos);
            if (newline >= 0 && newline - m_pos <= maxLength) {
                QByteArray line = m_buffer.sliced(m_pos, newline - m_pos);
                m_pos = newline + 1;
                if (line.endsWith('\r'))
                    line.chop(1);
                return line;
            }
            if (newline >= 0 || unread() > maxLength)
                return fail(tr("%1 is longer than %2 bytes").arg(what).arg(maxLength));
            const Result<Fill> filled = fill();
            if (!filled)
                return filled.error();
            if (*filled == Fill::Closed)
                return fail(tr("the connection closed in the middle of %1").arg(what));
        }
    }

    Result<QByteArray> readExact(qint64 size, qint64 bodySoFar, qint64 bodyExpected)
    {
        while (unread() < size) {
            const Result<Fill> filled = fill();
            if (!filled)
                return filled.error();
            if (*filled == Fill::Closed)
                return fail(tr("the connection closed after %1 of %2 body bytes")
                                .arg(bodySoFar + unread())
                                .arg(bodyExpected));
        }
        QByteArray data = m_buffer.sliced(m_pos, size);
        m_pos += size;
        return data;
    }

    Result<ResponseHead> readHead()
    {
        // Refuse a non-HTTP answer as soon as its first bytes show it, rather than at a size limit.
        while (unread() < 5) {
            const Result<Fill> filled = fill();
            if (!filled)
                return filled.error();
            if (*filled == Fill::Closed)
                return unread() == 0 ? fail(tr("%1 closed the connection without answering").arg(m_hostPort))
                                     : fail(tr("%1 did not answer with HTTP: '%2'")
                                                .arg(m_hostPort, excerpt(m_buffer.sliced(m_pos))));
        }
        if (!m_buffer.sliced(m_pos).startsWith("HTTP/"))
            return fail(
                tr("%1 did not answer with HTTP: '%2'").arg(m_hostPort, excerpt(m_buffer.sliced(m_pos))));

        ResponseHead head;
        const Result<QByteArray> statusLine = readLine(maxHeadBytes, tr("the status line"));
        if (!statusLine)
            return statusLine.error();
        head.statusLine = *statusLine;
        // "HTTP/1.1 200 OK": version, a space, three digits, then the end or a space and a reason.
        const QByteArray &s = head.statusLine;
        bool ok
            = s.size() >= 12 && s.startsWith("HTTP/1.") && s[8] == ' ' && (s.size() == 12 || s[12] == ' ');
        head.status = ok ? s.mid(9, 3).toInt(&ok) : 0;
        if (!ok)
            return fail(tr("%1 sent a malformed status line: '%2'").arg(m_hostPort, excerpt(s)));

        qsizetype headBytes = s.size();
        for (;;) {
            const Result<QByteArray> line = readLine(maxHeadBytes, tr("a response header"));
            if (!line)
                return line.error();
            if (line->isEmpty())
                break;
            headBytes += line->size() + 2;
            if (headBytes > maxHeadBytes)
                return fail(tr("the response headers are longer than %1 bytes in total").arg(maxHeadBytes));
            const qsizetype colon = line->indexOf(':');
            if (colon <= 0)
                return fail(tr("malformed response header: '%1'").arg(excerpt(*line)));
            const QByteArray name = line->left(colon).trimmed().toLower();
            const QByteArray value = line->mid(colon + 1).trimmed();
            if (name == "content-length") {
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    return fail(tr("malformed Content-Length: '%1'").arg(excerpt(value)));
                head.contentLength = length;
            } else if (name == "transfer-encoding") {
                if (value.toLower() != "chunked")
                    return fail(tr("unsupported Transfer-Encoding '%1'").arg(excerpt(value)));
                head.chunked = true;
            } else if (name == "content-encoding" && value.toLower() != "identity") {
                return fail(tr("the server sent a '%1'-encoded body, which Fleetscope did not ask for")
                                .arg(excerpt(value)));
            }
        }
        if (head.status != 200)
            return fail(tr("the server answered '%1'").arg(excerpt(head.statusLine)));
        return head;
    }

    Error tooLarge() const
    {
        return fail(tr("the body is larger than the limit of %1 bytes").arg(m_maxBytes));
    }

    Result<QByteArray> readBody(const ResponseHead &head)
    {
        if (head.chunked) // wins over Content-Length, as RFC 9112 6.3 says
            return readChunkedBody();
        if (head.contentLength) {
            if (*head.contentLength > m_maxBytes)
                return fail(tr("the body of %1 bytes is larger than the limit of %2 bytes")
                                .arg(*head.contentLength)
                                .arg(m_maxBytes));
            return readExact(*head.contentLength, 0, *head.contentLength);
        }
        // Neither: the body ends when the server closes the connection (HTTP/1.0 style).
        for (;;) {
            if (unread() > m_maxBytes)
                return tooLarge();
            const Result<Fill> filled = fill();
            if (!filled)
                return filled.error();
            if (*filled == Fill::Closed)
                return m_buffer.sliced(m_pos);
        }
    }

    Result<QByteArray> readChunkedBody()
    {
        QByteArray body;
        for (;;) {
            const Result<QByteArray> sizeLine = readLine(maxChunkLineBytes, tr("a chunk size line"));
            if (!sizeLine)
                return sizeLine.error();
            const qsizetype semicolon = sizeLine->indexOf(';'); // chunk extensions are ignored
            const QByteArray hex = (semicolon < 0 ? *sizeLine : sizeLine->left(semicolon)).trimmed();
            bool ok = !hex.isEmpty() && hex.size() <= 15; // 15 hex digits cannot overflow a qint64
            const qint64 size = ok ? hex.toLongLong(&ok, 16) : 0;
            if (!ok || size < 0)
                return fail(tr("malformed chunk size: '%1'").arg(excerpt(*sizeLine)));
            if (size == 0)
                break;
            if (size > m_maxBytes - body.size())
                return tooLarge();
            const Result<QByteArray> chunk = readExact(size, body.size(), body.size() + size);
            if (!chunk)
                return chunk.error();
            body += *chunk;
            const Result<QByteArray> end = readLine(2, tr("the line end after a chunk"));
            if (!end)
                return end.error();
            if (!end->isEmpty())
                return fail(tr("a chunk is longer than its size line says"));
        }
        for (qsizetype trailerBytes = 0;;) { // trailer fields, then an empty line
            const Result<QByteArray> line = readLine(maxHeadBytes, tr("a trailer field"));
            if (!line)
                return line.error();
            if (line->isEmpty())
                return body;
            trailerBytes += line->size() + 2;
            if (trailerBytes > maxHeadBytes)
                return fail(tr("the trailer fields are longer than %1 bytes in total").arg(maxHeadBytes));
        }
    }

    QUrl m_url;
    QString m_where;
    QString m_hostPort;
    int m_timeoutMs;
    QDeadlineTimer m_deadline;
    qint64 m_maxBytes;
    QTcpSocket m_socket;
    QByteArray m_buffer; // received and not yet handed out from m_pos on
    qsizetype m_pos = 0;
    qint64 m_received = 0;
};

} // namespace

Result<HttpScraper::Response> HttpScraper::fetch(const QUrl &url, int timeoutMs, qint64 maxBytes)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo);
    if (!url.isValid() || url.host().isEmpty())
        return Error { tr("'%1' is not a valid metrics URL (expected http://host:port/metrics)").arg(where) };
    if (url.scheme() == QLatin1String("https"))
        return Error { tr(
            "%1: https is not supported yet for metrics endpoints; use the exporter's http:// URL")
                           .arg(where) };
    if (url.scheme() != QLatin1String("http"))
        return Error { tr("%1: unsupported scheme '%2' (expected http)").arg(where, url.scheme()) };

    QElapsedTimer elapsed;
    elapsed.start();
    Exchange exchange(url, timeoutMs, maxBytes);
    Result<QByteArray> body = exchange.run();
    if (!body) {
        qCDebug(lcMetrics) << "GET failed after" << elapsed.elapsed() << "ms:" << body.errorMessage();
        return body.error();
    }
    qCDebug(lcMetrics) << "GET" << where << body->size() << "bytes in" << elapsed.elapsed() << "ms";
    return Response { std::move(body).value(), elapsed.elapsed() };
}

Result<QByteArray> HttpScraper::get(const QUrl &url, int timeoutMs, qint64 maxBytes)
{
    Result<Response> response = fetch(url, timeoutMs, maxBytes);
    if (!response)
        return response.error();
    return std::move(response).value().body;
}

} // namespace fleetscope

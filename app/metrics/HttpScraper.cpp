#include "metrics/HttpScraper.h"

#include "metrics/HttpResponseReader.h"
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

constexpr qint64 socketBufferBytes = 256 * 1024; // bounds Qt's own read buffer as well

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
        HttpResponseReader reader(m_where, m_hostPort, m_maxBytes, [this] { return fill(); });
        return reader.readBody();
    }

private:
    Error fail(const QString &what) const { return Error { QStringLiteral("%1: %2").arg(m_where, what) }; }
    Error timedOut() const
    {
        return fail(tr("no complete answer within %1 ms (%2 bytes received); is the exporter overloaded?")
                        .arg(m_timeoutMs)
                        .arg(m_received));
    }

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

    // The bytes that arrive next, waiting at most until the deadline; empty once the server closed.
    Result<QByteArray> fill()
    {
        for (;;) {
            if (const qint64 available = m_socket.bytesAvailable(); available > 0) {
                const QByteArray data = m_socket.read(std::min(available, socketBufferBytes));
                m_received += data.size();
                return data;
            }
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                return QByteArray {};
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
            return QByteArray {};
        }
    }

    QUrl m_url;
    QString m_where;
    QString m_hostPort;
    int m_timeoutMs;
    QDeadlineTimer m_deadline;
    qint64 m_maxBytes;
    QTcpSocket m_socket;
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

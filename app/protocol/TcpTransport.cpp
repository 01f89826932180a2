#include "protocol/TcpTransport.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <limits>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TcpTransport", text);
}

} // namespace

int TcpTransport::remainingMs(const QDeadlineTimer &deadline)
{
    if (deadline.isForever())
        return -1;
    return int(qBound(qint64(0), deadline.remainingTime(), qint64(std::numeric_limits<int>::max())));
}

std::unique_ptr<QTcpSocket> TcpTransport::createSocket()
{
    return std::make_unique<QTcpSocket>();
}

Status TcpTransport::afterConnected(QTcpSocket &, const QString &, const QDeadlineTimer &)
{
    return Done {};
}

TcpTransport::TcpTransport() = default;

TcpTransport::~TcpTransport()
{
    close();
}

Status TcpTransport::connectTo(const QString &host, quint16 port, const QDeadlineTimer &deadline)
{
    close();
    m_socket = createSocket();
    // Requests are small and we wait for each answer: Nagle's delay would only add latency.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->connectToHost(host, port);
    if (m_socket->waitForConnected(remainingMs(deadline))) {
        Status ready = afterConnected(*m_socket, host, deadline);
        if (!ready)
            close();
        return ready;
    }
    const bool timedOut = m_socket->error() == QAbstractSocket::SocketTimeoutError || deadline.hasExpired();
    const QString reason = m_socket->errorString();
    close();
    if (timedOut)
        return Error { tr("could not connect within the timeout. Check that the broker is running and that "
                          "this machine can reach its advertised listener (firewall, VPN).") };
    return Error { tr("could not connect (%1). Check that the broker is running and that the host and port "
                      "match its advertised listener.")
                       .arg(reason) };
}

Status TcpTransport::writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline)
{
    if (!isConnected())
        return Error { tr("the connection is closed; open it again.") };
    if (m_socket->write(bytes) != bytes.size())
        return Error { tr("could not send the request (%1).").arg(m_socket->errorString()) };
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(remainingMs(deadline))) {
            const bool timedOut = m_socket->state() == QAbstractSocket::ConnectedState;
            const QString reason = m_socket->errorString();
            close();
            if (timedOut)
                return Error { tr("could not send the request within the timeout; the broker is not reading. "
                                  "Check its load and network.") };
            return Error { tr("the connection broke while sending the request (%1).").arg(reason) };
        }
    }
    return Done {};
}

Result<QByteArray> TcpTransport::readExactly(qint64 count, const QDeadlineTimer &deadline)
{
    if (!m_socket)
        return Error { tr("the connection is closed; open it again.") };
    QByteArray out;
    while (out.size() < count) {
        if (m_socket->bytesAvailable() > 0) {
            // Grows only by what actually arrived: a lying size prefix cannot make us allocate.
            out.append(m_socket->read(qMin<qint64>(m_socket->bytesAvailable(), count - out.size())));
            continue;
        }
        if (m_socket->state() != QAbstractSocket::ConnectedState) {
            close();
            return Error { tr(
                "the broker closed the connection after %1 of %2 bytes of the response. If this "
                "keeps happening, check that the listener speaks PLAINTEXT (TLS and SASL "
                "listeners drop other clients) and read the broker's log.")
                               .arg(out.size())
                               .arg(count) };
        }
        if (!m_socket->waitForReadyRead(remainingMs(deadline))) {
            if (m_socket->bytesAvailable() > 0 || m_socket->state() != QAbstractSocket::ConnectedState)
                continue; // data or a close arrived together with the wake-up: handled above
            if (!deadline.hasExpired())
                continue; // woke a little early (the wait is in whole milliseconds): wait again
            close();
            return Error { tr("no complete response within the timeout (%1 of %2 bytes arrived). The broker "
                              "may be overloaded or the network slow; retry, or raise the timeout.")
                               .arg(out.size())
                               .arg(count) };
        }
    }
    return out;
}

void TcpTransport::close()
{
    if (!m_socket)
        return;
    m_socket->abort(); // drop at once: a half-read stream is useless and must not linger
    m_socket.reset();
}

bool TcpTransport::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace fleetscope

#pragma once

#include "protocol/Transport.h"

#include <memory>

class QTcpSocket;

namespace fleetscope {

// PLAINTEXT: a QTcpSocket driven by its blocking waitFor*() calls, so it needs no event loop and
// works on a QThreadPool thread. Create, use and destroy it on one thread (QTcpSocket's rule).
// TlsTransport adds a TLS handshake through the two hooks below.
class TcpTransport : public Transport
{
public:
    TcpTransport();
    ~TcpTransport() override;
    Q_DISABLE_COPY_MOVE(TcpTransport)

    Status connectTo(const QString &host, quint16 port, const QDeadlineTimer &deadline) override;
    Status writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline) override;
    Result<QByteArray> readExactly(qint64 count, const QDeadlineTimer &deadline) override;
    void close() override;
    bool isConnected() const override;

protected:
    virtual std::unique_ptr<QTcpSocket> createSocket();
    // Runs once the TCP connection stands, before connectTo() reports success.
    virtual Status afterConnected(QTcpSocket &socket, const QString &host, const QDeadlineTimer &deadline);
    // waitFor*() take an int timeout; a deadline that is already over must still mean "do not wait".
    static int remainingMs(const QDeadlineTimer &deadline);

private:
    std::unique_ptr<QTcpSocket> m_socket;
};

} // namespace fleetscope

#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QString>

namespace fleetscope {

// A blocking byte stream to one broker, used from one worker thread. BrokerChannel speaks Kafka over
// it and knows nothing of sockets: TLS (a QSslSocket transport) slots in here later, and SASL runs
// as ordinary Kafka requests over whichever transport is connected.
// Error messages say what happened in words a person can act on; the channel adds the broker's name.
class Transport
{
public:
    virtual ~Transport() = default;

    virtual Status connectTo(const QString &host, quint16 port, const QDeadlineTimer &deadline) = 0;
    virtual Status writeAll(const QByteArray &bytes, const QDeadlineTimer &deadline) = 0;
    // Exactly `count` bytes. Implementations grow the buffer only as bytes arrive, so a peer that
    // announces a big frame and sends nothing costs nothing.
    virtual Result<QByteArray> readExactly(qint64 count, const QDeadlineTimer &deadline) = 0;
    virtual void close() = 0;
    virtual bool isConnected() const = 0;
};

} // namespace fleetscope

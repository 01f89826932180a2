#pragma once

#include "core/Result.h"
#include "protocol/ApiVersions.h"
#include "protocol/SecuritySettings.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace fleetscope {

class Transport;

// A blocking Kafka connection to one broker, for a worker thread (it needs no event loop, so a
// QThreadPool thread will do). open() connects and learns the broker's API versions; roundTrip()
// then sends one request and returns the body of its response. Requests are strictly one at a
// time. Use a channel from one thread only.
//
// After any failed roundTrip() the byte stream can no longer be trusted, so the channel closes
// itself; open() it again to go on.
class BrokerChannel final
{
public:
    struct Options
    {
        QString clientId = QStringLiteral("fleetscope");
        // Largest response accepted, checked before any allocation: Kafka's own client default is
        // 100 MiB for fetches; a DescribeLogDirs of a very large broker stays far below this.
        qint32 maxFrameBytes = 64 * 1024 * 1024;
        // The cluster's properties from the fleet file; security.protocol selects the transport.
        QMap<QString, QString> properties;
    };

    BrokerChannel();
    explicit BrokerChannel(Options options);
    // Talk over a given transport instead of one made from the properties (tests, and TLS later).
    BrokerChannel(Options options, std::unique_ptr<Transport> transport);
    ~BrokerChannel();
    Q_DISABLE_COPY_MOVE(BrokerChannel)

    // Connects (TLS for SSL and SASL_SSL), negotiates with ApiVersions (v3, falling back to v0 for
    // brokers older than 2.4) and, for SASL_*, authenticates; timeoutMs covers all of it.
    Status open(const QString &host, quint16 port, int timeoutMs);
    void close();
    bool isOpen() const;

    // The highest version both we (ourMin..ourMax) and the broker accept; empty if there is none or
    // the broker does not offer the API.
    std::optional<qint16> negotiatedVersion(qint16 apiKey, qint16 ourMin, qint16 ourMax) const;
    const QMap<qint16, ApiVersionRange> &brokerApiVersions() const { return m_brokerVersions; }
    // The ApiVersions version the broker answered in open() (3, or 0 on old brokers).
    qint16 apiVersionsVersionUsed() const { return m_apiVersionsVersion; }

    // Sends one request (header v1, or v2 for flexible versions) and returns the response body with
    // its header stripped. Errors name the broker and say what to do.
    Result<QByteArray> roundTrip(qint16 apiKey, qint16 version, const QByteArray &body, int timeoutMs);

    // Wall time of the last successful roundTrip(), request written to response read, in microseconds.
    std::optional<qint64> lastRoundTripUs() const { return m_lastRoundTripUs; }
    // "host:port", for messages.
    QString brokerName() const;
    const QString &host() const { return m_host; }
    quint16 port() const { return m_port; }
    const Options &options() const { return m_options; }
    // "Broker host:port: what", the form of every error the channel returns.
    Error failure(const QString &what) const;

private:
    Result<QByteArray> exchange(
        qint16 apiKey, qint16 version, const QByteArray &body, const QDeadlineTimer &deadline);
    Result<ApiVersionsResponse> askApiVersions(qint16 version, const QDeadlineTimer &deadline);
    Status connectTransport(const QDeadlineTimer &deadline);

    Options m_options;
    std::unique_ptr<Transport> m_transport;
    bool m_transportInjected = false;
    SecuritySettings m_security;
    QString m_host;
    quint16 m_port = 0;
    qint32 m_nextCorrelationId = 1;
    QMap<qint16, ApiVersionRange> m_brokerVersions;
    qint16 m_apiVersionsVersion = -1;
    std::optional<qint64> m_lastRoundTripUs;
};

} // namespace fleetscope

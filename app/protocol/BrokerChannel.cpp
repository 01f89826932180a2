#include "protocol/BrokerChannel.h"

#include "protocol/ApiKey.h"
#include "protocol/ByteReader.h"
#include "protocol/ByteWriter.h"
#include "protocol/KafkaErrorCode.h"
#include "protocol/ProtocolLogging.h"
#include "protocol/SaslAuthenticator.h"
#include "protocol/TcpTransport.h"
#include "protocol/TlsTransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtEndian>

#include <limits>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BrokerChannel", text);
}

// The name brokers see in ApiVersions v3 (KIP-511): they check it against a strict pattern, so it
// is fixed rather than taken from the configurable client id.
const QString kSoftwareName = QStringLiteral("fleetscope");

std::unique_ptr<Transport> makeTransport(const SecuritySettings &security)
{
    if (security.tls)
        return std::make_unique<TlsTransport>(security.tlsSettings);
    return std::make_unique<TcpTransport>();
}

} // namespace

BrokerChannel::BrokerChannel()
    : BrokerChannel(Options {})
{
}

BrokerChannel::BrokerChannel(Options options)
    : m_options(std::move(options))
{
}

BrokerChannel::BrokerChannel(Options options, std::unique_ptr<Transport> transport)
    : m_options(std::move(options))
    , m_transport(std::move(transport))
    , m_transportInjected(m_transport != nullptr)
{
}

BrokerChannel::~BrokerChannel()
{
    close();
}

QString BrokerChannel::brokerName() const
{
    return QStringLiteral("%1:%2").arg(m_host).arg(m_port);
}

Error BrokerChannel::failure(const QString &what) const
{
    return Error { tr("Broker %1: %2").arg(brokerName(), what) };
}

void BrokerChannel::close()
{
    if (m_transport)
        m_transport->close();
}

bool BrokerChannel::isOpen() const
{
    return m_transport && m_transport->isConnected() && m_apiVersionsVersion >= 0;
}

Status BrokerChannel::connectTransport(const QDeadlineTimer &deadline)
{
    if (!m_transportInjected)
        m_transport = makeTransport(m_security);
    if (Status connected = m_transport->connectTo(m_host, m_port, deadline); !connected)
        return failure(connected.errorMessage());
    return Done {};
}

Status BrokerChannel::open(const QString &host, quint16 port, int timeoutMs)
{
    close();
    m_host = host;
    m_port = port;
    m_brokerVersions.clear();
    m_apiVersionsVersion = -1;
    m_lastRoundTripUs.reset();
    const QDeadlineTimer deadline(timeoutMs);

    Result<SecuritySettings> security = SecuritySettings::fromProperties(m_options.properties);
    if (!security)
        return failure(security.errorMessage());
    m_security = std::move(security).value();
    if (Status connected = connectTransport(deadline); !connected)
        return connected;
    qint16 version = ApiVersions::kMaxVersion;
    Result<ApiVersionsResponse> response = askApiVersions(version, deadline);
    if (response && response->errorCode == KafkaErrorCode::UnsupportedVersion) {
        // Brokers before 2.4 do not know v3 and say so in a v0 answer; v0 is understood by all.
        qCDebug(lcProtocol) << brokerName() << "does not accept ApiVersions v3; falling back to v0";
        version = 0;
        if (!m_transport->isConnected()) {
            if (Status connected = connectTransport(deadline); !connected)
                return connected;
        }
        response = askApiVersions(version, deadline);
    }
    if (!response) {
        close();
        return response.error();
    }
    if (response->errorCode != KafkaErrorCode::None) {
        close();
        return failure(
            tr("refused ApiVersions v%1 with %2.").arg(version).arg(kafkaErrorText(response->errorCode)));
    }
    m_brokerVersions = response->apis;
    m_apiVersionsVersion = version;
    if (m_security.sasl.mechanism != SaslMechanism::None) {
        const int leftMs = deadline.isForever() ? -1 : int(qMax<qint64>(1, deadline.remainingTime()));
        if (Status authenticated = SaslAuthenticator(m_security.sasl).authenticate(*this, leftMs); !authenticated) {
            close();
            m_brokerVersions.clear();
            m_apiVersionsVersion = -1;
            return authenticated;
        }
    }
    qCDebug(lcProtocol) << brokerName() << "offers" << m_brokerVersions.size() << "APIs; ApiVersions v"
                        << version;
    return Done {};
}

Result<ApiVersionsResponse> BrokerChannel::askApiVersions(qint16 version, const QDeadlineTimer &deadline)
{
    const QByteArray body
        = ApiVersions::encodeRequest(version, kSoftwareName, QStringLiteral(FLEETSCOPE_VERSION));
    Result<QByteArray> answer = exchange(ApiKey::ApiVersions, version, body, deadline);
    if (!answer)
        return answer.error();
    Result<ApiVersionsResponse> response = ApiVersions::decodeResponse(*answer, version);
    if (!response) {
        close();
        return failure(tr("its answer to ApiVersions cannot be read (%1). Is this port a Kafka broker's "
                          "PLAINTEXT listener?")
                           .arg(response.errorMessage()));
    }
    return response;
}

std::optional<qint16> BrokerChannel::negotiatedVersion(qint16 apiKey, qint16 ourMin, qint16 ourMax) const
{
    const auto it = m_brokerVersions.constFind(apiKey);
    if (it == m_brokerVersions.cend())
        return std::nullopt;
    const qint16 high = qMin(ourMax, it->maxVersion);
    const qint16 low = qMax(ourMin, it->minVersion);
    if (high < low)
        return std::nullopt;
    return high;
}

Result<QByteArray> BrokerChannel::roundTrip(
    qint16 apiKey, qint16 version, const QByteArray &body, int timeoutMs)
{
    if (!isOpen())
        return failure(tr("the connection is not open; open() it first."));
    // A version the broker does not accept would only make it drop the connection: say so instead.
    if (const auto it = m_brokerVersions.constFind(apiKey);
        it == m_brokerVersions.cend() || version < it->minVersion || version > it->maxVersion)
        return failure(tr("does not accept %1 version %2; pick a version with negotiatedVersion().")
                           .arg(apiName(apiKey))
                           .arg(version));
    return exchange(apiKey, version, body, QDeadlineTimer(timeoutMs));
}

Result<QByteArray> BrokerChannel::exchange(
    qint16 apiKey, qint16 version, const QByteArray &body, const QDeadlineTimer &deadline)
{
    if (!m_transport || !m_transport->isConnected())
        return failure(tr("the connection is not open; open() it first."));
    const std::optional<qint16> firstFlexible = firstFlexibleVersion(apiKey);
    if (!firstFlexible)
        return failure(tr("%1 is unknown to Fleetscope's protocol module, so its header cannot be chosen.")
                           .arg(apiName(apiKey)));
    const bool flexible = version >= *firstFlexible;
    // ApiVersions answers with header v0 even in flexible versions: a client must be able to read it
    // before it knows anything about the broker.
    const bool flexibleResponseHeader = flexible && apiKey != ApiKey::ApiVersions;
    const QString request = QStringLiteral("%1 v%2").arg(apiName(apiKey)).arg(version);

    const qint32 correlationId = m_nextCorrelationId;
    m_nextCorrelationId
        = m_nextCorrelationId == std::numeric_limits<qint32>::max() ? 1 : m_nextCorrelationId + 1;

    ByteWriter header;
    header.writeInt16(apiKey);
    header.writeInt16(version);
    header.writeInt32(correlationId);
    header.writeNullableString(
        m_options.clientId); // int16 length in header v2 too: old brokers must parse it
    if (flexible)
        header.writeEmptyTaggedFields();
    if (!header.ok() || header.size() + body.size() > std::numeric_limits<qint32>::max())
        return failure(tr("cannot encode the %1 request header (%2); use a shorter client id.")
                           .arg(request, header.errorText()));
    ByteWriter frame;
    frame.writeInt32(qint32(header.size() + body.size()));
    frame.writeRaw(header.data());
    frame.writeRaw(body);

    QElapsedTimer timer;
    timer.start();
    if (Status sent = m_transport->writeAll(frame.data(), deadline); !sent) {
        close();
        return failure(QStringLiteral("%1: %2").arg(request, sent.errorMessage()));
    }
    Result<QByteArray> sizeField = m_transport->readExactly(4, deadline);
    if (!sizeField) {
        close();
        return failure(QStringLiteral("%1: %2").arg(request, sizeField.errorMessage()));
    }
    const qint32 size = qFromBigEndian<qint32>(sizeField->constData());
    if (size < 4 || size > m_options.maxFrameBytes) {
        close();
        return failure(
            tr("the response to %1 announces %2 bytes, outside 4..%3 bytes (the maxFrameBytes limit "
               "of %4 MiB); nothing was allocated and the connection was closed. Either this port "
               "is not a Kafka PLAINTEXT listener (TLS listeners and other services answer like "
               "this) or the stream is corrupt: check the host, port and security.protocol.")
                .arg(request)
                .arg(size)
                .arg(m_options.maxFrameBytes)
                .arg(m_options.maxFrameBytes / (1024.0 * 1024.0), 0, 'f', 0));
    }
    Result<QByteArray> payload = m_transport->readExactly(size, deadline);
    if (!payload) {
        close();
        return failure(QStringLiteral("%1: %2").arg(request, payload.errorMessage()));
    }
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;

    ByteReader reader(*payload);
    const qint32 answeredId = reader.readInt32();
    if (flexibleResponseHeader)
        reader.skipTaggedFields();
    if (!reader.ok()) {
        close();
        return failure(tr("the response header of %1 cannot be read (%2); the connection was closed.")
                           .arg(request, reader.errorText()));
    }
    if (answeredId != correlationId) {
        close();
        return failure(
            tr("the response to %1 carries correlation id %2, the request had %3: the connection is "
               "out of step and was closed. Open it again; if this repeats, something between "
               "Fleetscope and the broker (a proxy?) mixes up connections.")
                .arg(request)
                .arg(answeredId)
                .arg(correlationId));
    }
    m_lastRoundTripUs = elapsedUs;
    qCDebug(lcProtocol) << brokerName() << request << "answered" << size << "bytes in" << elapsedUs << "us";
    return payload->mid(reader.position());
}

} // namespace fleetscope

// SCRAM's server messages, and a BrokerChannel whose "broker" is the fuzzer: every byte the channel
// reads (frame sizes, response headers, ApiVersions, SASL answers, later responses) comes from the
// input, through the same Transport interface the TCP and TLS transports implement.
#include "FuzzTargets.h"

#include "protocol/ApiKey.h"
#include "protocol/BrokerChannel.h"
#include "protocol/DescribeLogDirs.h"
#include "protocol/GroupOffsets.h"
#include "protocol/MetadataBrokers.h"
#include "protocol/ScramClient.h"
#include "protocol/Transport.h"

namespace fleetscope::fuzz {

namespace {

// Hands out the input as the broker's side of the connection; accepts every write.
class ScriptedTransport final : public Transport
{
public:
    explicit ScriptedTransport(QByteArrayView script) : m_script(script) { }

    Status connectTo(const QString &, quint16, const QDeadlineTimer &) override
    {
        m_connected = true;
        return Done {};
    }
    Status writeAll(const QByteArray &, const QDeadlineTimer &) override
    {
        if (!m_connected)
            return Error { QStringLiteral("not connected") };
        return Done {};
    }
    Result<QByteArray> readExactly(qint64 count, const QDeadlineTimer &) override
    {
        require(count >= 0, "BrokerChannel never asks for a negative count");
        if (!m_connected)
            return Error { QStringLiteral("not connected") };
        if (count > m_script.size()) {
            m_connected = false;
            return Error { QStringLiteral("the connection closed (end of the script)") };
        }
        const QByteArray bytes = m_script.first(count).toByteArray();
        m_script = m_script.sliced(count);
        return bytes;
    }
    void close() override { m_connected = false; }
    bool isConnected() const override { return m_connected; }

private:
    QByteArrayView m_script;
    bool m_connected = false;
};

QMap<QString, QString> securityProperties(int choice)
{
    QMap<QString, QString> properties;
    if (choice == 0)
        return properties;
    properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT"));
    properties.insert(QStringLiteral("sasl.mechanism"),
        choice == 1 ? QStringLiteral("PLAIN") : choice == 2 ? QStringLiteral("SCRAM-SHA-256")
                                                          : QStringLiteral("SCRAM-SHA-512"));
    properties.insert(QStringLiteral("sasl.username"), QStringLiteral("fuzzer"));
    properties.insert(QStringLiteral("sasl.password"), QStringLiteral("fuzz-pass-1"));
    return properties;
}

} // namespace

// Input: one byte for the algorithm, then the server-first message, a 0xff byte, the server-final.
void scramServer(QByteArrayView data)
{
    const bool sha512 = takeChoice(data, 0, 1) == 1;
    const qsizetype separator = data.indexOf(char(0xff));
    const QByteArray serverFirst = (separator < 0 ? data : data.first(separator)).toByteArray();
    const QByteArray serverFinal = separator < 0 ? QByteArray() : data.sliced(separator + 1).toByteArray();
    ScramClient client(sha512 ? ScramClient::Algorithm::Sha512 : ScramClient::Algorithm::Sha256,
        QStringLiteral("fuzzer"), QByteArrayLiteral("fuzz-pass-1"), QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL"));
    const QByteArray first = client.firstMessage();
    require(first.contains("fyko+d2lbbFgONRv9qkxdawL"), "the client-first message carries the nonce");
    const Result<QByteArray> final = client.finalMessage(serverFirst);
    if (!final)
        return;
    require(final->contains(",p="), "the client-final message carries a proof");
    (void)client.verifyServerFinal(serverFinal);
}

// Input: one byte for the security settings (none, PLAIN, SCRAM-SHA-256, SCRAM-SHA-512), then the
// bytes the broker sends, in order: the ApiVersions answer, any SASL answers, then answers to
// Metadata, DescribeLogDirs, ListGroups and OffsetFetch requests, each decoded as the probes do.
void brokerChannel(QByteArrayView data)
{
    const int security = takeChoice(data, 0, 3);
    BrokerChannel::Options options;
    options.properties = securityProperties(security);
    options.maxFrameBytes = 1024 * 1024; // the fuzzer's inputs are small; a larger frame is refused
    BrokerChannel channel(options, std::make_unique<ScriptedTransport>(data));
    if (!channel.open(QStringLiteral("broker.fuzz.invalid"), 9092, 1000))
        return;
    require(channel.isOpen(), "a channel that opened is open");

    if (const auto v = channel.negotiatedVersion(ApiKey::Metadata, MetadataBrokers::kMinVersion,
            MetadataBrokers::kMaxVersion)) {
        const Result<QByteArray> body = channel.roundTrip(ApiKey::Metadata, *v, MetadataBrokers::encodeRequest(*v), 1000);
        if (body)
            (void)MetadataBrokers::decodeResponse(*body, *v);
    }
    if (const auto v = channel.negotiatedVersion(ApiKey::DescribeLogDirs, DescribeLogDirs::kMinVersion,
            DescribeLogDirs::kMaxVersion)) {
        const Result<QByteArray> body
            = channel.roundTrip(ApiKey::DescribeLogDirs, *v, DescribeLogDirs::encodeAllTopicsRequest(*v), 1000);
        if (body)
            (void)DescribeLogDirs::decodeResponse(*body, *v);
    }
    if (const auto v = channel.negotiatedVersion(ApiKey::ListGroups, 0, 4)) {
        const Result<QByteArray> body
            = channel.roundTrip(ApiKey::ListGroups, *v, GroupOffsetsCodec::encodeListGroupsRequest(*v), 1000);
        if (body)
            (void)GroupOffsetsCodec::decodeListGroupsResponse(*body, *v);
    }
    const qint16 fetch = GroupOffsetsCodec::offsetFetchVersion;
    if (channel.negotiatedVersion(ApiKey::OffsetFetch, fetch, fetch)) {
        const Result<QByteArray> body = channel.roundTrip(ApiKey::OffsetFetch, fetch,
            GroupOffsetsCodec::encodeOffsetFetchRequest({ QStringLiteral("fuzz-group") }), 1000);
        if (body)
            (void)GroupOffsetsCodec::decodeOffsetFetchResponse(*body);
    }
}

} // namespace fleetscope::fuzz

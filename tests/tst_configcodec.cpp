// Unit: DescribeConfigs (32) and IncrementalAlterConfigs (44) codecs: golden request bytes written by
// hand from Kafka's message definitions, round trips of every version we speak, and hostile responses
// (truncated at every byte, lying counts, random corruption): each an Error naming the byte, never a crash.
#include "protocol/Configs.h"
#include "protocol/ConfigsClient.h"
#include "protocol/DescribeConfigs.h"
#include "protocol/IncrementalAlterConfigs.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fleetscope;

class TestConfigCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describeRequestGolden_data();
    void describeRequestGolden();
    void alterRequestGolden_data();
    void alterRequestGolden();
    void describeRoundTrip_data();
    void describeRoundTrip();
    void alterRoundTrip_data();
    void alterRoundTrip();
    void truncatedAtEveryByte_data();
    void truncatedAtEveryByte();
    void hostileCounts_data();
    void hostileCounts();
    void randomCorruptionNeverCrashes();
    void texts();
};

namespace {

DescribeConfigsResponse sampleDescribe()
{
    DescribeConfigsResponse response;
    response.throttleTimeMs = 3;
    ResourceConfigs topic;
    topic.resource = ConfigResource::topic(QStringLiteral("orders"));
    ConfigEntry retention;
    retention.name = QStringLiteral("retention.ms");
    retention.value = QStringLiteral("172800000");
    retention.source = ConfigSource::TopicConfig;
    retention.synonyms = {{QStringLiteral("retention.ms"), QStringLiteral("172800000"), ConfigSource::TopicConfig},
                          {QStringLiteral("log.retention.hours"), QStringLiteral("168"), ConfigSource::StaticBroker}};
    retention.type = ConfigType::Long;
    retention.documentation = QStringLiteral("This configuration controls the maximum time…");
    ConfigEntry password;
    password.name = QStringLiteral("ssl.key.password");
    password.sensitive = true;
    password.readOnly = true;
    password.source = ConfigSource::StaticBroker;
    password.type = ConfigType::Password;
    topic.entries = {retention, password};
    ResourceConfigs refused;
    refused.resource = ConfigResource::broker(7);
    refused.errorCode = 42;
    refused.errorMessage = QStringLiteral("Unexpected broker id, expected 1 or empty string, but received 7");
    response.results = {topic, refused};
    return response;
}

IncrementalAlterConfigsResponse sampleAlter()
{
    IncrementalAlterConfigsResponse response;
    response.throttleTimeMs = 1;
    response.results = {{0, std::nullopt, ConfigResource::topic(QStringLiteral("orders"))},
                        {40, QStringLiteral("Invalid value -1 for configuration segment.bytes"),
                         ConfigResource::clusterDefault()}};
    return response;
}

} // namespace

void TestConfigCodec::describeRequestGolden_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("hex");
    // Broker "1", every key, synonyms and documentation asked for.
    QTest::newRow("v1") << 1 << QByteArray("00000001" "04" "0001" "31" "ffffffff" "01");
    QTest::newRow("v3 documentation") << 3 << QByteArray("00000001" "04" "0001" "31" "ffffffff" "01" "01");
    QTest::newRow("v4 flexible") << 4 << QByteArray("02" "04" "0231" "00" "00" "01" "01" "00");
}

void TestConfigCodec::describeRequestGolden()
{
    QFETCH(int, version);
    QFETCH(QByteArray, hex);
    DescribeConfigsRequest request;
    request.resources = {{ConfigResource::broker(1), std::nullopt}};
    request.includeSynonyms = true;
    request.includeDocumentation = true;
    QCOMPARE(DescribeConfigs::encodeRequest(request, qint16(version)).toHex(), hex);
}

void TestConfigCodec::alterRequestGolden_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("hex");
    const QByteArray key = QByteArray("retention.ms").toHex();
    const QByteArray other = QByteArray("segment.ms").toHex();
    // Topic "t": SET retention.ms=1, DELETE segment.ms (null value), validate only.
    QTest::newRow("v0") << 0
                        << QByteArray("00000001" "02" "0001" "74" "00000002" "000c" + key + "00" "0001" "31"
                                      "000a" + other + "01" "ffff" "01");
    QTest::newRow("v1 flexible") << 1
                                 << QByteArray("02" "02" "0274" "03" "0d" + key + "00" "0231" "00"
                                               "0b" + other + "01" "00" "00" "00" "01" "00");
}

void TestConfigCodec::alterRequestGolden()
{
    QFETCH(int, version);
    QFETCH(QByteArray, hex);
    IncrementalAlterConfigsRequest request;
    request.validateOnly = true;
    request.resources = {{ConfigResource::topic(QStringLiteral("t")),
                          {{QStringLiteral("retention.ms"), AlterConfigOp::Set, QStringLiteral("1")},
                           {QStringLiteral("segment.ms"), AlterConfigOp::Delete, std::nullopt}}}};
    QCOMPARE(IncrementalAlterConfigs::encodeRequest(request, qint16(version)).toHex(), hex);
}

void TestConfigCodec::describeRoundTrip_data()
{
    QTest::addColumn<int>("version");
    for (int v = DescribeConfigs::kMinVersion; v <= DescribeConfigs::kMaxVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

void TestConfigCodec::describeRoundTrip()
{
    QFETCH(int, version);
    const DescribeConfigsResponse sent = sampleDescribe();
    const Result<DescribeConfigsResponse> got
        = DescribeConfigs::decodeResponse(DescribeConfigs::encodeResponse(sent, qint16(version)), qint16(version));
    QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.errorMessage()));
    QCOMPARE(got->throttleTimeMs, 3);
    QCOMPARE(got->results.size(), 2);
    const ResourceConfigs &topic = got->results[0];
    QCOMPARE(topic.resource, ConfigResource::topic(QStringLiteral("orders")));
    QCOMPARE(topic.entries.size(), 2);
    const ConfigEntry *retention = topic.find(QStringLiteral("retention.ms"));
    QVERIFY(retention);
    QCOMPARE(retention->value, std::optional<QString>(QStringLiteral("172800000")));
    QCOMPARE(retention->source, ConfigSource::TopicConfig);
    QCOMPARE(retention->synonyms.size(), 2);
    QCOMPARE(retention->synonyms[1].source, ConfigSource::StaticBroker);
    QCOMPARE(retention->synonyms[1].value, std::optional<QString>(QStringLiteral("168")));
    const ConfigEntry *password = topic.find(QStringLiteral("ssl.key.password"));
    QVERIFY(password);
    QVERIFY(!password->value);
    QVERIFY(password->sensitive);
    QVERIFY(password->readOnly);
    // Type and documentation exist from v3 on; before that they stay unknown.
    QCOMPARE(retention->type, version >= 3 ? ConfigType::Long : ConfigType::Unknown);
    QCOMPARE(retention->documentation.has_value(), version >= 3);
    QCOMPARE(got->results[1].errorCode, qint16(42));
    QCOMPARE(got->results[1].resource, ConfigResource::broker(7));
    QVERIFY(got->results[1].errorMessage->contains(u"Unexpected broker id"));
}

void TestConfigCodec::alterRoundTrip_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v0") << 0;
    QTest::newRow("v1") << 1;
}

void TestConfigCodec::alterRoundTrip()
{
    QFETCH(int, version);
    const Result<IncrementalAlterConfigsResponse> got = IncrementalAlterConfigs::decodeResponse(
        IncrementalAlterConfigs::encodeResponse(sampleAlter(), qint16(version)), qint16(version));
    QVERIFY(got.ok());
    QCOMPARE(got->results.size(), 2);
    QCOMPARE(got->results[0].errorCode, qint16(0));
    QVERIFY(!got->results[0].errorMessage);
    QCOMPARE(got->results[1].resource, ConfigResource::clusterDefault());
    QCOMPARE(got->results[1].errorCode, qint16(40));
    QCOMPARE(ConfigsClient::refusalText(got->results[1].errorCode, got->results[1].errorMessage),
             QStringLiteral("INVALID_CONFIG (40): Invalid value -1 for configuration segment.bytes"));
}

void TestConfigCodec::truncatedAtEveryByte_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("version");
    for (int v = DescribeConfigs::kMinVersion; v <= DescribeConfigs::kMaxVersion; ++v)
        QTest::addRow("describe v%d", v) << "DescribeConfigs" << v;
    QTest::newRow("alter v0") << "IncrementalAlterConfigs" << 0;
    QTest::newRow("alter v1") << "IncrementalAlterConfigs" << 1;
}

void TestConfigCodec::truncatedAtEveryByte()
{
    QFETCH(QString, message);
    QFETCH(int, version);
    const bool describe = message == u"DescribeConfigs";
    const QByteArray whole = describe ? DescribeConfigs::encodeResponse(sampleDescribe(), qint16(version))
                                      : IncrementalAlterConfigs::encodeResponse(sampleAlter(), qint16(version));
    for (qsizetype cut = 0; cut < whole.size(); ++cut) {
        const QByteArray prefix = whole.left(cut);
        const QString error = describe ? DescribeConfigs::decodeResponse(prefix, qint16(version)).error().message
                                       : IncrementalAlterConfigs::decodeResponse(prefix, qint16(version)).error().message;
        QVERIFY2(error.startsWith(QStringLiteral("%1 v%2 response: truncated at byte ").arg(message).arg(version)),
                 qPrintable(QStringLiteral("cut %1: %2").arg(cut).arg(error)));
    }
}

void TestConfigCodec::hostileCounts_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("body");
    const QByteArray tenBytes(10, '\0');
    QTest::newRow("describe v1 1e9 results") << "DescribeConfigs" << 1
                                             << QByteArray::fromHex("00000000" "3b9aca00") + tenBytes;
    QTest::newRow("describe v4 1e9 results") << "DescribeConfigs" << 4
                                             << QByteArray::fromHex("00000000" "8194ebdc03") + tenBytes;
    // One result, topic "t", then 2^31 - 2 entries announced.
    QTest::newRow("describe v4 huge entries")
        << "DescribeConfigs" << 4 << QByteArray::fromHex("00000000" "02" "0000" "00" "02" "0274" "ffffffff07") + tenBytes;
    QTest::newRow("describe v2 negative entries")
        << "DescribeConfigs" << 2 << QByteArray::fromHex("00000000" "00000001" "0000" "ffff" "02" "0001" "74" "fffffff0");
    QTest::newRow("alter v1 1e9 results") << "IncrementalAlterConfigs" << 1
                                          << QByteArray::fromHex("00000000" "8194ebdc03") + tenBytes;
    QTest::newRow("alter v0 string past end") << "IncrementalAlterConfigs" << 0
                                              << QByteArray::fromHex("00000000" "00000001" "0000" "7fff");
}

void TestConfigCodec::hostileCounts()
{
    QFETCH(QString, message);
    QFETCH(int, version);
    QFETCH(QByteArray, body);
    const QString error = message == u"DescribeConfigs"
        ? DescribeConfigs::decodeResponse(body, qint16(version)).error().message
        : IncrementalAlterConfigs::decodeResponse(body, qint16(version)).error().message;
    QVERIFY2(error.contains(QStringLiteral("%1 v%2 response: ").arg(message).arg(version)), qPrintable(error));
    QVERIFY2(error.contains(u"truncated at byte") || error.contains(u"malformed at byte"), qPrintable(error));
}

void TestConfigCodec::randomCorruptionNeverCrashes()
{
    QRandomGenerator random(20251105);
    for (qint16 version = DescribeConfigs::kMinVersion; version <= DescribeConfigs::kMaxVersion; ++version) {
        const QByteArray valid = DescribeConfigs::encodeResponse(sampleDescribe(), version);
        for (int round = 0; round < 2000; ++round) {
            QByteArray corrupt = valid;
            const int flips = 1 + int(random.bounded(4));
            for (int f = 0; f < flips; ++f)
                corrupt[random.bounded(int(corrupt.size()))] = char(random.bounded(256));
            const Result<DescribeConfigsResponse> got = DescribeConfigs::decodeResponse(corrupt, version);
            if (!got.ok())
                QVERIFY(got.errorMessage().contains(u" at byte "));
            (void)IncrementalAlterConfigs::decodeResponse(corrupt, qint16(version % 2));
        }
    }
}

void TestConfigCodec::texts()
{
    QCOMPARE(configSourceText(ConfigSource::DynamicDefaultBroker), QStringLiteral("dynamic cluster-wide"));
    QCOMPARE(configSourceText(ConfigSource::DynamicBroker), QStringLiteral("dynamic per broker"));
    QCOMPARE(configSourceText(ConfigSource::StaticBroker), QStringLiteral("static broker config"));
    QCOMPARE(configSourceText(ConfigSource::Default), QStringLiteral("default"));
    QCOMPARE(configResourceText(ConfigResource::clusterDefault()), QStringLiteral("cluster-wide default"));
    QCOMPARE(configResourceText(ConfigResource::broker(2)), QStringLiteral("broker 2"));
    QCOMPARE(configTypeText(ConfigType::Long), QStringLiteral("long"));
}

QTEST_GUILESS_MAIN(TestConfigCodec)
#include "tst_configcodec.moc"

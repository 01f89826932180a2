// Live: DescribeConfigs and IncrementalAlterConfigs (our codec) against the real test fleet: sources
// and synonyms as Kafka 4 reports them, a validate-only change that changes nothing, and a refusal
// carrying the broker's own message.
#include "KafkaTestClient.h"
#include "TestFleet.h"
#include "protocol/BrokerChannel.h"
#include "protocol/ConfigsClient.h"
#include "protocol/KafkaErrorCode.h"

#include <QDateTime>
#include <QTest>

using namespace fleetscope;
using fleetscope::test::KafkaTestClient;

namespace {

constexpr int kTimeoutMs = 10'000;

// A channel to the first bootstrap broker of a cluster ("host:port,...").
std::unique_ptr<BrokerChannel> openFirstBroker(const ClusterConfig &cluster, QString *error)
{
    const QString first = cluster.bootstrapServers().section(u',', 0, 0);
    auto channel = std::make_unique<BrokerChannel>(BrokerChannel::Options{QStringLiteral("tst_configsclient"),
                                                                          64 * 1024 * 1024, cluster.properties});
    const Status opened = channel->open(first.section(u':', 0, 0), quint16(first.section(u':', 1).toUInt()), kTimeoutMs);
    if (!opened) {
        *error = opened.errorMessage();
        return nullptr;
    }
    return channel;
}

ResourceConfigs describeOne(BrokerChannel &channel, const ConfigResource &resource)
{
    DescribeConfigsRequest request;
    request.resources = {{resource, std::nullopt}};
    request.includeSynonyms = true;
    request.includeDocumentation = true;
    const Result<QList<ResourceConfigs>> got = ConfigsClient::describe(channel, request, kTimeoutMs);
    if (!got || got->size() != 1)
        return ResourceConfigs{-2, got ? QStringLiteral("wrong result count") : got.errorMessage(), resource, {}};
    return got->first();
}

} // namespace

class TestConfigsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void brokerSourcesAndSynonyms();
    void topicValidateOnlyChangesNothing();
    void refusalCarriesBrokerMessage();
};

void TestConfigsClient::brokerSourcesAndSynonyms()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig *edgeA = fleet.findCluster(QStringLiteral("edge-a"));
    QVERIFY(edgeA);
    QString error;
    const auto channel = openFirstBroker(*edgeA, &error);
    QVERIFY2(channel, qPrintable(error));
    const ResourceConfigs broker = describeOne(*channel, ConfigResource::broker(1));
    QVERIFY2(broker.errorCode == 0, qPrintable(broker.errorMessage.value_or(QString())));
    // tools/fleet writes log.dirs into server.properties: a static broker config, read-only.
    const ConfigEntry *logDirs = broker.find(QStringLiteral("log.dirs"));
    QVERIFY(logDirs);
    QCOMPARE(logDirs->source, ConfigSource::StaticBroker);
    QVERIFY(logDirs->readOnly);
    // log.retention.ms is dynamic and unset here: Kafka's default through log.retention.hours.
    const ConfigEntry *retention = broker.find(QStringLiteral("log.retention.ms"));
    QVERIFY(retention);
    QVERIFY(!retention->readOnly);
    QCOMPARE(retention->type, ConfigType::Long);
    QVERIFY(retention->documentation && !retention->documentation->isEmpty());
    // Synonyms name where each value comes from; log.dirs' first is the static config itself.
    QVERIFY(!logDirs->synonyms.isEmpty());
    QCOMPARE(logDirs->synonyms.first().source, ConfigSource::StaticBroker);
}

void TestConfigsClient::topicValidateOnlyChangesNothing()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig *edgeA = fleet.findCluster(QStringLiteral("edge-a"));
    const QString topic = QStringLiteral("tst-configsclient-%1").arg(QDateTime::currentMSecsSinceEpoch());
    KafkaTestClient client(edgeA->bootstrapServers());
    QCOMPARE(client.createTopic(topic, 1, 1), QString());
    QString error;
    const auto channel = openFirstBroker(*edgeA, &error);
    QVERIFY2(channel, qPrintable(error));

    IncrementalAlterConfigsRequest request;
    request.validateOnly = true;
    request.resources = {{ConfigResource::topic(topic),
                          {{QStringLiteral("retention.ms"), AlterConfigOp::Set, QStringLiteral("172800000")}}}};
    const Result<QList<AlterConfigsResult>> dry = ConfigsClient::alter(*channel, request, kTimeoutMs);
    QVERIFY2(dry.ok(), qPrintable(dry.ok() ? QString() : dry.errorMessage()));
    QCOMPARE(dry->size(), 1);
    QCOMPARE(dry->first().errorCode, qint16(0));
    ResourceConfigs after = describeOne(*channel, ConfigResource::topic(topic));
    QVERIFY(after.find(QStringLiteral("retention.ms")));
    QVERIFY(after.find(QStringLiteral("retention.ms"))->source != ConfigSource::TopicConfig);

    request.validateOnly = false;
    const Result<QList<AlterConfigsResult>> applied = ConfigsClient::alter(*channel, request, kTimeoutMs);
    QVERIFY(applied.ok());
    QCOMPARE(applied->first().errorCode, qint16(0));
    // Kafka applies topic configs through the controller; the broker's view follows within moments.
    QVERIFY(test::TestFleet::waitFor(
        [&] {
            after = describeOne(*channel, ConfigResource::topic(topic));
            const ConfigEntry *entry = after.find(QStringLiteral("retention.ms"));
            return entry && entry->source == ConfigSource::TopicConfig && entry->value == u"172800000";
        },
        10'000));
}

void TestConfigsClient::refusalCarriesBrokerMessage()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig *edgeA = fleet.findCluster(QStringLiteral("edge-a"));
    const QString topic = QStringLiteral("tst-configsclient-refused-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(KafkaTestClient(edgeA->bootstrapServers()).createTopic(topic, 1, 1), QString());
    QString error;
    const auto channel = openFirstBroker(*edgeA, &error);
    QVERIFY2(channel, qPrintable(error));
    IncrementalAlterConfigsRequest request;
    request.validateOnly = true;
    request.resources = {{ConfigResource::topic(topic),
                          {{QStringLiteral("segment.bytes"), AlterConfigOp::Set, QStringLiteral("-1")}}}};
    const Result<QList<AlterConfigsResult>> got = ConfigsClient::alter(*channel, request, kTimeoutMs);
    QVERIFY(got.ok());
    QCOMPARE(got->size(), 1);
    QCOMPARE(got->first().errorCode, qint16(40)); // INVALID_CONFIG
    QVERIFY2(got->first().errorMessage && got->first().errorMessage->contains(u"segment.bytes"),
             qPrintable(got->first().errorMessage.value_or(QStringLiteral("(no message)"))));
}

QTEST_GUILESS_MAIN(TestConfigsClient)
#include "tst_configsclient.moc"

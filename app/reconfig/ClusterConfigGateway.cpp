#include "reconfig/ClusterConfigGateway.h"

#include "kafka/KafkaConnection.h"
#include "protocol/BrokerChannel.h"
#include "protocol/ConfigsClient.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClusterConfigGateway", text);
}

constexpr int kAnyBroker = -1;

} // namespace

ClusterConfigGateway::ClusterConfigGateway(ClusterConfig cluster, int timeoutMs)
    : m_cluster(std::move(cluster))
    , m_timeoutMs(timeoutMs)
{
}

ClusterConfigGateway::~ClusterConfigGateway() = default;

Result<ClusterMetadata> ClusterConfigGateway::metadata()
{
    if (m_metadata)
        return *m_metadata;
    KafkaConnection::Options options;
    options.clusterName = m_cluster.name;
    options.properties = m_cluster.properties;
    options.statisticsIntervalMs = 0;
    Result<std::unique_ptr<KafkaConnection>> connection = KafkaConnection::open(options);
    if (!connection)
        return connection.error();
    Result<ClusterMetadata> metadata = (*connection)->metadata(m_timeoutMs);
    if (!metadata)
        return Error{tr("Cluster %1 did not answer: %2").arg(m_cluster.name, metadata.errorMessage())};
    m_metadata = *metadata;
    return metadata;
}

Result<ResourceConfigs> ClusterConfigGateway::describe(const ConfigResource &resource)
{
    const Result<BrokerChannel *> channel = channelFor(resource);
    if (!channel)
        return channel.error();
    DescribeConfigsRequest request;
    request.resources = {{resource, std::nullopt}};
    request.includeSynonyms = true;
    request.includeDocumentation = true;
    const Result<QList<ResourceConfigs>> got = ConfigsClient::describe(**channel, request, m_timeoutMs);
    if (!got)
        return got.error();
    if (got->size() != 1)
        return Error{tr("%1 answered DescribeConfigs with %2 results for one resource")
                         .arg((*channel)->brokerName())
                         .arg(got->size())};
    return got->first();
}

Result<QList<ResourceConfigs>> ClusterConfigGateway::describeMany(const QList<ConfigResource> &resources,
                                                                  const QStringList &keys)
{
    const Result<BrokerChannel *> channel = anyBroker();
    if (!channel)
        return channel.error();
    DescribeConfigsRequest request;
    for (const ConfigResource &resource : resources)
        request.resources.append({resource, keys});
    request.includeSynonyms = false;
    request.includeDocumentation = false;
    return ConfigsClient::describe(**channel, request, m_timeoutMs);
}

Result<AlterConfigsResult> ClusterConfigGateway::alter(const ConfigResource &resource,
                                                       const QList<AlterableConfig> &configs, bool validateOnly)
{
    const Result<BrokerChannel *> channel = channelFor(resource);
    if (!channel)
        return channel.error();
    IncrementalAlterConfigsRequest request;
    request.validateOnly = validateOnly;
    request.resources = {{resource, configs}};
    const Result<QList<AlterConfigsResult>> got = ConfigsClient::alter(**channel, request, m_timeoutMs);
    if (!got)
        return got.error();
    if (got->size() != 1)
        return Error{tr("%1 answered IncrementalAlterConfigs with %2 results for one resource")
                         .arg((*channel)->brokerName())
                         .arg(got->size())};
    return got->first();
}

Result<BrokerChannel *> ClusterConfigGateway::channelFor(const ConfigResource &resource)
{
    if (resource.type != ConfigResourceType::Broker || resource.isClusterDefault())
        return anyBroker();
    const int nodeId = resource.name.toInt();
    if (const auto it = m_channels.constFind(nodeId); it != m_channels.cend() && (*it)->isOpen())
        return it->get();
    const Result<ClusterMetadata> meta = metadata();
    if (!meta)
        return meta.error();
    for (const BrokerAddress &broker : meta->brokers)
        if (broker.nodeId == nodeId)
            return openChannel(broker.host, broker.port, nodeId);
    return Error{tr("Cluster %1 has no broker %2 (its metadata lists the brokers it has)").arg(m_cluster.name).arg(nodeId)};
}

Result<BrokerChannel *> ClusterConfigGateway::anyBroker()
{
    if (const auto it = m_channels.constFind(kAnyBroker); it != m_channels.cend() && (*it)->isOpen())
        return it->get();
    QStringList failures;
    const QStringList servers = m_cluster.bootstrapServers().split(u',', Qt::SkipEmptyParts);
    for (const QString &server : servers) {
        const QString trimmed = server.trimmed();
        const qsizetype colon = trimmed.lastIndexOf(u':');
        Result<BrokerChannel *> channel = openChannel(trimmed.left(colon), trimmed.mid(colon + 1).toInt(), kAnyBroker);
        if (channel)
            return channel;
        failures.append(channel.errorMessage());
    }
    return Error{tr("Cluster %1 did not answer: %2")
                     .arg(m_cluster.name, failures.isEmpty() ? tr("it has no bootstrap.servers") : failures.join(u"; "))};
}

Result<BrokerChannel *> ClusterConfigGateway::openChannel(const QString &host, int port, int key)
{
    if (port <= 0 || port > 65535)
        return Error{tr("%1:%2 is not a usable broker address").arg(host).arg(port)};
    BrokerChannel::Options options;
    options.properties = m_cluster.properties;
    auto channel = std::make_shared<BrokerChannel>(options);
    if (Status opened = channel->open(host, quint16(port), m_timeoutMs); !opened)
        return opened.error();
    m_channels.insert(key, channel);
    return channel.get();
}

} // namespace fleetscope

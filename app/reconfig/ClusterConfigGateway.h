#pragma once

#include "core/Result.h"
#include "fleet/Fleet.h"
#include "kafka/ClusterMetadata.h"
#include "protocol/Configs.h"

#include <QHash>

#include <memory>

namespace fleetscope {

class BrokerChannel;

// Reads and writes one cluster's configuration: connect -> ask -> close, blocking, for one worker
// thread at a time. A broker's own values go to THAT broker (each answers only for itself); topics and
// the cluster-wide default go to the first bootstrap broker that answers. Metadata (brokers, topics)
// comes from librdkafka. Channels stay open for the gateway's life, so a plan's describe, dry run,
// apply and read-back of one cluster share them.
class ClusterConfigGateway final
{
public:
    explicit ClusterConfigGateway(ClusterConfig cluster, int timeoutMs = 30'000);
    ~ClusterConfigGateway();
    Q_DISABLE_COPY_MOVE(ClusterConfigGateway)

    const ClusterConfig &cluster() const { return m_cluster; }

    Result<ClusterMetadata> metadata();
    // Every key of the resource, with synonyms (for the value's source) and documentation. A refusal
    // (unknown topic, ...) is a ResourceConfigs with the broker's errorCode and message; an Error means
    // the cluster did not answer.
    Result<ResourceConfigs> describe(const ConfigResource &resource);
    // Chosen keys of many topics or of the cluster-wide default in one request to any broker (not for
    // a broker's own values, which only that broker knows); no synonyms or documentation.
    Result<QList<ResourceConfigs>> describeMany(const QList<ConfigResource> &resources, const QStringList &keys);
    // One IncrementalAlterConfigs for one resource. A refusal is an AlterConfigsResult with the
    // broker's errorCode and message; an Error means the request did not get an answer.
    Result<AlterConfigsResult> alter(const ConfigResource &resource, const QList<AlterableConfig> &configs,
                                     bool validateOnly);

private:
    Result<BrokerChannel *> channelFor(const ConfigResource &resource);
    Result<BrokerChannel *> anyBroker();
    Result<BrokerChannel *> openChannel(const QString &host, int port, int key);

    ClusterConfig m_cluster;
    int m_timeoutMs;
    std::optional<ClusterMetadata> m_metadata;
    QHash<int, std::shared_ptr<BrokerChannel>> m_channels; // by node id; -1 = the bootstrap broker
};

} // namespace fleetscope

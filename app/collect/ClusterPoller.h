#pragma once

#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "kafka/ClusterMetadata.h"
#include "lag/LagCollector.h"

#include <QMap>

#include <memory>

namespace fleetscope {

class HandleBudget;
class HeartbeatReader;
class KafkaConnection;

// Polls one cluster: a blocking round of requests that turns into one ClusterSnapshot. Runs on a
// worker thread; the engine never runs two polls of one cluster at once, so it needs no lock.
class ClusterPoller final
{
public:
    // mirroredAliases: for a central cluster, the MirrorMaker 2 aliases of the edges mirrored into it.
    // budget: live handles allowed between polls; without a slot, a poll connects, queries and closes.
    ClusterPoller(ClusterConfig config, const Clock &clock, QStringList mirroredAliases = {},
                  class HandleBudget *budget = nullptr);
    ~ClusterPoller();
    Q_DISABLE_COPY_MOVE(ClusterPoller)

    ClusterSnapshot poll();

    const ClusterConfig &config() const { return m_config; }
    // How long one request may take: never longer than the poll interval, so a hung cluster
    // holds a worker for at most that long.
    int requestTimeoutMs() const;

private:
    void mergeMetadata(const ClusterMetadata &metadata, ClusterSnapshot &snapshot);
    void mergeStatistics();
    void mergeStatistics(const QByteArray &json);
    void readHeartbeats(ClusterSnapshot &snapshot);
    // Disk (DescribeLogDirs), committed offsets of the groups it coordinates (ListGroups,
    // OffsetFetch) and heap (JMX exporter) of every broker the metadata lists.
    CommittedGroups probeBrokers();
    void deriveStates(bool reachable, bool fromMetadataOnly);

    ClusterConfig m_config;
    const Clock &m_clock;
    std::unique_ptr<KafkaConnection> m_connection;
    QMap<int, BrokerStatus> m_brokers; // every broker seen this session, by node id
    LagCollector m_lag;
    QStringList m_mirroredAliases;
    HandleBudget *m_budget;
    bool m_holdsSlot = false;
    std::unique_ptr<HeartbeatReader> m_heartbeats;
};

} // namespace fleetscope

#include "collect/ClusterPoller.h"

#include "collect/HandleBudget.h"
#include "core/Logging.h"
#include "kafka/KafkaConnection.h"
#include "kafka/StatisticsParser.h"
#include "metrics/HeapProbe.h"
#include "protocol/BrokerChannel.h"
#include "protocol/GroupOffsetsProbe.h"
#include "protocol/LogDirsProbe.h"
#include "mirror/HeartbeatReader.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace fleetscope {

ClusterPoller::ClusterPoller(ClusterConfig config, const Clock &clock, QStringList mirroredAliases,
                             HandleBudget *budget)
    : m_config(std::move(config)),
      m_clock(clock),
      m_lag(clock),
      m_mirroredAliases(std::move(mirroredAliases)),
      m_budget(budget)
{
}

ClusterPoller::~ClusterPoller()
{
    if (m_holdsSlot)
        m_budget->release();
}

int ClusterPoller::requestTimeoutMs() const
{
    return int(std::clamp<qint64>(m_config.pollInterval.count(), 1000, 10000));
}

ClusterSnapshot ClusterPoller::poll()
{
    ClusterSnapshot snapshot;
    snapshot.cluster = m_config.name;

    if (!m_connection) {
        m_holdsSlot = m_budget && m_budget->tryAcquire();
        KafkaConnection::Options options;
        options.clusterName = m_config.name;
        options.properties = m_config.properties;
        // Statistics twice per poll interval: a poll never reads a link state older than half of it.
        options.statisticsIntervalMs = int(std::clamp<qint64>(m_config.pollInterval.count() / 2, 500, 60000));
        options.reconnectBackoffMaxMs = int(std::clamp<qint64>(m_config.pollInterval.count(), 1000, 10000));
        auto opened = KafkaConnection::open(options);
        if (!opened) {
            if (m_holdsSlot)
                m_budget->release();
            m_holdsSlot = false;
            snapshot.sampledAtMs = m_clock.nowMs();
            snapshot.error = opened.errorMessage();
            return snapshot;
        }
        m_connection = std::move(opened).value();
    }

    const Result<ClusterMetadata> metadata = m_connection->metadata(requestTimeoutMs());
    m_connection->serveEvents();
    mergeStatistics();
    if (metadata) {
        mergeMetadata(*metadata, snapshot);
        const CommittedGroups committed = probeBrokers();
        snapshot.lag = m_lag.collect(*m_connection, *metadata, committed, requestTimeoutMs());
        readHeartbeats(snapshot);
    } else {
        snapshot.error = metadata.errorMessage();
        qCDebug(lcCollect) << snapshot.error;
    }
    snapshot.reachable = metadata.ok();
    const bool transient = m_budget && !m_holdsSlot;
    if (transient) {
        // No statistics from a handle this short-lived: the cluster's metadata is the link state.
        m_connection.reset();
        for (BrokerStatus &status : m_brokers)
            status.link.reset();
        snapshot.linkFromMetadata = true;
    }
    deriveStates(snapshot.reachable, transient);

    snapshot.sampledAtMs = m_clock.nowMs();
    snapshot.brokers = m_brokers.values(); // QMap: sorted by node id
    return snapshot;
}

CommittedGroups ClusterPoller::probeBrokers()
{
    // One broker after the other over one connection each, every request bounded: a slow broker
    // delays only its own cluster. Each broker answers for the groups it coordinates.
    const int timeoutMs = std::min(requestTimeoutMs(), 5000);
    BrokerChannel::Options channelOptions;
    channelOptions.properties = m_config.properties;
    const LogDirsProbe disks(m_clock, channelOptions);
    const HeapProbe heaps(m_clock);
    CommittedGroups committed;
    for (BrokerStatus &status : m_brokers) {
        if (!status.inMetadata)
            continue; // not serving now: keep its last values, stamped with their time
        BrokerChannel channel(channelOptions);
        if (const Status opened = channel.open(status.host, quint16(status.port), timeoutMs); !opened) {
            status.diskError = opened.errorMessage();
            committed.errors.append(opened.errorMessage());
        } else {
            Result<BrokerLogDirs> disk = disks.probe(channel, status.nodeId, timeoutMs);
            status.diskError = disk ? QString() : disk.errorMessage();
            if (disk) {
                if (!status.rttUs) // librdkafka had no request to this broker yet: our own round trip stands in
                    status.rttUs = disk->roundTripUs;
                status.disk = std::move(disk).value();
            }
            if (!channel.isOpen()) // a failed request closes it: try once more on a fresh one
                channel.open(status.host, quint16(status.port), timeoutMs);
            Result<QList<CoordinatedGroup>> groups = GroupOffsetsProbe::fetch(channel, timeoutMs);
            if (groups)
                committed.groups.append(*groups);
            else
                committed.errors.append(groups.errorMessage());
        }
        const QString url = m_config.metrics.urlFor(status.nodeId, status.host);
        if (url.isEmpty()) {
            status.heapError = QCoreApplication::translate("ClusterPoller", "no metrics endpoint for this broker in the fleet file");
            continue;
        }
        Result<JvmHeap> heap = heaps.probe(QUrl(url), timeoutMs);
        status.heapError = heap ? QString() : heap.errorMessage();
        if (heap)
            status.heap = std::move(heap).value();
    }
    return committed;
}

void ClusterPoller::readHeartbeats(ClusterSnapshot &snapshot)
{
    if (m_mirroredAliases.isEmpty())
        return;
    if (!m_heartbeats)
        m_heartbeats = std::make_unique<HeartbeatReader>(m_config.name, m_config.properties);
    for (const QString &alias : std::as_const(m_mirroredAliases)) {
        Result<MirrorHeartbeat> heartbeat = m_heartbeats->newest(alias, snapshot.lag.endOffsets, requestTimeoutMs());
        HeartbeatSample sample;
        if (heartbeat)
            sample.heartbeat = *heartbeat;
        else
            sample.error = heartbeat.errorMessage();
        snapshot.heartbeats.insert(alias, sample);
    }
}

void ClusterPoller::mergeMetadata(const ClusterMetadata &metadata, ClusterSnapshot &snapshot)
{
    for (BrokerStatus &status : m_brokers)
        status.inMetadata = false;
    for (const BrokerAddress &address : metadata.brokers) {
        BrokerStatus &status = m_brokers[address.nodeId];
        status.nodeId = address.nodeId;
        status.host = address.host;
        status.port = address.port;
        status.inMetadata = true;
    }
    snapshot.topicCount = int(metadata.topics.size());
    snapshot.partitionCount = metadata.partitionCount();
    snapshot.underReplicatedPartitions = metadata.underReplicatedPartitions();
    snapshot.offlinePartitions = metadata.offlinePartitions();
    snapshot.topics = metadata.topics;
    std::sort(snapshot.topics.begin(), snapshot.topics.end(),
              [](const TopicMetadata &a, const TopicMetadata &b) { return a.name < b.name; });
}

void ClusterPoller::mergeStatistics()
{
    for (const QByteArray &json : m_connection->takeStatistics())
        mergeStatistics(json);
}

void ClusterPoller::mergeStatistics(const QByteArray &json)
{
    const Result<ClientStatistics> stats = StatisticsParser::parse(json);
    if (!stats) {
        qCWarning(lcCollect) << m_config.name << stats.errorMessage();
        return;
    }
    for (const BrokerLink &link : stats->brokers) {
        BrokerStatus &status = m_brokers[link.nodeId];
        status.nodeId = link.nodeId;
        if (status.host.isEmpty()) {
            status.host = link.host;
            status.port = link.port;
        }
        status.link = link;
        status.linkSampledAtMs = stats->wallTimeMs;
        if (link.rttAvgUs) {
            status.rttUs = link.rttAvgUs;
            status.rttSampledAtMs = stats->wallTimeMs;
        }
        if (link.isUp())
            status.lastUpAtMs = stats->wallTimeMs;
    }
}

void ClusterPoller::deriveStates(bool reachable, bool fromMetadataOnly)
{
    for (BrokerStatus &status : m_brokers) {
        if (fromMetadataOnly) {
            status.state = reachable && status.inMetadata ? LinkState::Up : LinkState::Down;
            if (status.state == LinkState::Up)
                status.lastUpAtMs = m_clock.nowMs();
        } else if (status.link && status.link->isUp()) {
            status.state = LinkState::Up;
        } else if (!status.link || status.link->rawState == QLatin1String("INIT")) {
            // No connection attempt yet: only the metadata can tell.
            status.state = (reachable && !status.inMetadata) ? LinkState::Down : LinkState::Unknown;
        } else if (status.lastUpAtMs > 0 || !status.inMetadata) {
            // librdkafka cycles a dead broker through DOWN, TRY_CONNECT and CONNECT: any of them
            // after it was up, or while the cluster no longer lists it, means down.
            status.state = LinkState::Down;
        } else {
            status.state = LinkState::Connecting;
        }
    }
}

} // namespace fleetscope

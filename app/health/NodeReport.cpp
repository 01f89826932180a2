#include "health/NodeReport.h"

#include "alerts/AlertThresholdSet.h"
#include "health/HealthJudge.h"

namespace fleetscope {


std::optional<double> NodeReport::diskUsedFraction() const
{
    if (!diskUsedBytes || !diskTotalBytes || *diskTotalBytes <= 0)
        return std::nullopt;
    return double(*diskUsedBytes) / double(*diskTotalBytes);
}

std::optional<double> NodeReport::heapUsedFraction() const
{
    if (!heapUsedBytes || !heapMaxBytes || *heapMaxBytes <= 0)
        return std::nullopt;
    return double(*heapUsedBytes) / double(*heapMaxBytes);
}

QList<NodeReport> NodeReportBuilder::build(const Fleet &fleet, const QHash<QString, ClusterSnapshot> &snapshots,
                                           qint64 nowMs)
{
    return build(fleet, snapshots, nowMs, AlertThresholdSet{});
}

QList<NodeReport> NodeReportBuilder::build(const Fleet &fleet, const QHash<QString, ClusterSnapshot> &snapshots,
                                           qint64 nowMs, const AlertThresholdSet &limits)
{
    QList<NodeReport> reports;
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            const HealthThresholds &thresholds = limits.forCluster(cluster.name);
            NodeReport base;
            base.site = site.name;
            base.cluster = cluster.name;
            base.role = cluster.role;
            const auto found = snapshots.constFind(cluster.name);
            if (found == snapshots.cend() || found->brokers.isEmpty()) {
                if (found != snapshots.cend()) {
                    base.sampledAtMs = found->sampledAtMs;
                    base.clusterError = found->error;
                    base.clusterReachable = found->reachable;
                    base.lastSeenMs = found->reachable ? found->sampledAtMs : 0;
                }
                base.brokerCount = 0;
                HealthJudge::judge(base, thresholds);
                reports.append(base);
                continue;
            }
            const ClusterSnapshot &snap = *found;
            base.clusterReachable = snap.reachable;
            base.clusterError = snap.error;
            base.sampledAtMs = snap.sampledAtMs;
            base.stale = nowMs - snap.sampledAtMs > thresholds.staleAfterIntervals * cluster.pollInterval.count();
            base.underReplicatedPartitions = snap.underReplicatedPartitions;
            base.offlinePartitions = snap.offlinePartitions;
            base.mirror = snap.mirror;
            for (const GroupLag &group : snap.lag.groups)
                if (group.lagSeconds && (!base.lagSeconds || *group.lagSeconds > *base.lagSeconds))
                    base.lagSeconds = group.lagSeconds;
            const QHash<int, qint64> lagByLeader = snap.lag.lagByLeader();
            for (const BrokerStatus &broker : snap.brokers) {
                NodeReport report = base;
                report.nodeId = broker.nodeId;
                report.link = broker.state;
                report.brokersUp = snap.reachable && broker.state == LinkState::Up ? 1 : 0;
                report.lastSeenMs = report.brokersUp ? snap.sampledAtMs : broker.lastUpAtMs;
                if (broker.state == LinkState::Up)
                    report.rttUs = broker.rttUs;
                report.lagMessages = lagByLeader.value(broker.nodeId);
                report.diskUsedBytes = broker.diskUsedBytes();
                report.diskTotalBytes = broker.diskTotalBytes();
                if (broker.heap) {
                    report.heapUsedBytes = broker.heap->usedBytes;
                    report.heapMaxBytes = broker.heap->maxBytes;
                }
                HealthJudge::judge(report, thresholds);
                reports.append(report);
            }
        }
    }
    return reports;
}

} // namespace fleetscope

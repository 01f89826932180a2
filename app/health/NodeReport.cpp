#include "health/NodeReport.h"

#include "format/Formatter.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("NodeReport", text, disambiguation, n);
}

void raise(NodeReport &report, Severity severity, const QString &reason)
{
    report.severity = worst(report.severity, severity);
    report.reasons.append(reason);
}

} // namespace

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

void NodeReportBuilder::judge(NodeReport &r, const HealthThresholds &t)
{
    r.severity = Severity::Healthy;
    r.reasons.clear();
    if (r.sampledAtMs == 0) {
        raise(r, Severity::Warning, tr("not polled yet"));
        return;
    }
    if (!r.clusterReachable) {
        raise(r, Severity::Critical, tr("cluster unreachable"));
        return;
    }
    if (r.stale)
        raise(r, Severity::Warning, tr("data is stale"));
    switch (r.link) {
    case LinkState::Down:
        raise(r, Severity::Critical, tr("broker down"));
        break;
    case LinkState::Connecting:
    case LinkState::Unknown:
        raise(r, Severity::Warning, tr("link state %1").arg(linkStateName(r.link)));
        break;
    case LinkState::Up:
        break;
    }
    if (r.offlinePartitions > 0)
        raise(r, Severity::Critical, tr("%n offline partition(s)", "", r.offlinePartitions));
    if (r.underReplicatedPartitions > 0)
        raise(r, Severity::Warning, tr("%n under-replicated partition(s)", "", r.underReplicatedPartitions));
    if (const std::optional<double> disk = r.diskUsedFraction()) {
        if (*disk >= t.diskCritical)
            raise(r, Severity::Critical, tr("disk %1 full").arg(Formatter::percent(*disk)));
        else if (*disk >= t.diskWarning)
            raise(r, Severity::Warning, tr("disk %1 full").arg(Formatter::percent(*disk)));
    }
    if (const std::optional<double> heap = r.heapUsedFraction(); heap && *heap >= t.heapWarning)
        raise(r, Severity::Warning, tr("heap %1 used").arg(Formatter::percent(*heap)));
    if (r.mirror) {
        if (r.mirror->state == MirrorLinkState::Down)
            raise(r, Severity::Critical, tr("replication link to %1 down").arg(r.mirror->intoCluster));
        else if (r.mirror->state == MirrorLinkState::Degraded)
            raise(r, Severity::Warning,
                  tr("replication heartbeat %1 old").arg(Formatter::duration(r.mirror->heartbeatAgeMs.value_or(0))));
    }
}

QList<NodeReport> NodeReportBuilder::build(const Fleet &fleet, const QHash<QString, ClusterSnapshot> &snapshots,
                                           qint64 nowMs, const HealthThresholds &thresholds)
{
    QList<NodeReport> reports;
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
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
                judge(base, thresholds);
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
                judge(report, thresholds);
                reports.append(report);
            }
        }
    }
    return reports;
}

} // namespace fleetscope

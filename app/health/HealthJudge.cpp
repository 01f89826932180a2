#include "health/HealthJudge.h"

#include "format/Formatter.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

using Kind = HealthFinding::Kind;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    // The context stays "NodeReport", where these words were judged before, so translations carry over.
    return QCoreApplication::translate("NodeReport", text, disambiguation, n);
}

} // namespace

void HealthJudge::add(NodeReport &report, const HealthFinding &finding)
{
    report.severity = worst(report.severity, finding.severity);
    report.reasons.append(finding.reason);
    report.findings.append(finding);
}

void HealthJudge::judge(NodeReport &r, const HealthThresholds &t)
{
    r.severity = Severity::Healthy;
    r.reasons.clear();
    r.findings.clear();
    if (r.sampledAtMs == 0) {
        add(r, {Kind::NotPolled, Severity::Warning, tr("not polled yet"), 0, true});
        return;
    }
    if (!r.clusterReachable) {
        add(r, {Kind::ClusterUnreachable, Severity::Critical, tr("cluster unreachable"), 0, true});
        return;
    }
    if (r.stale)
        add(r, {Kind::Stale, Severity::Warning, tr("data is stale"), 0, true});
    switch (r.link) {
    case LinkState::Down:
        add(r, {Kind::BrokerDown, Severity::Critical, tr("broker down"), 0, false});
        break;
    case LinkState::Connecting:
    case LinkState::Unknown:
        if (r.nodeId >= 0)
            add(r, {Kind::LinkUnsure, Severity::Warning, tr("link state %1").arg(linkStateName(r.link)), 0, false});
        break;
    case LinkState::Up:
        break;
    }
    if (r.offlinePartitions > t.offlineMax)
        add(r, {Kind::OfflinePartitions, Severity::Critical, tr("%n offline partition(s)", "", r.offlinePartitions),
                double(r.offlinePartitions), true});
    if (r.underReplicatedPartitions > t.underReplicatedMax)
        add(r, {Kind::UnderReplicated, Severity::Warning,
                tr("%n under-replicated partition(s)", "", r.underReplicatedPartitions),
                double(r.underReplicatedPartitions), true});
    if (const std::optional<double> disk = r.diskUsedFraction()) {
        if (*disk >= t.diskCritical)
            add(r, {Kind::Disk, Severity::Critical, tr("disk %1 full").arg(Formatter::percent(*disk)), *disk, false});
        else if (*disk >= t.diskWarning)
            add(r, {Kind::Disk, Severity::Warning, tr("disk %1 full").arg(Formatter::percent(*disk)), *disk, false});
    }
    if (const std::optional<double> heap = r.heapUsedFraction(); heap && *heap >= t.heapWarning)
        add(r, {Kind::Heap, Severity::Warning, tr("heap %1 used").arg(Formatter::percent(*heap)), *heap, false});
    if (r.mirror) {
        const MirrorLinkStatus &m = *r.mirror;
        if (m.state == MirrorLinkState::Down)
            add(r, {Kind::MirrorDown, Severity::Critical, tr("replication link to %1 down").arg(m.intoCluster), 0, true});
        else if (m.heartbeatAgeMs && *m.heartbeatAgeMs > t.heartbeatMaxAgeMs)
            add(r, {Kind::MirrorDegraded, Severity::Warning,
                    tr("replication heartbeat %1 old").arg(Formatter::duration(*m.heartbeatAgeMs)),
                    double(*m.heartbeatAgeMs), true});
    }
}

void HealthJudge::foldAlerts(QList<NodeReport> &reports, const QList<Alert> &active)
{
    for (const Alert &alert : active) {
        if (!alert.isActive())
            continue;
        for (NodeReport &report : reports) {
            if (report.cluster != alert.key.cluster || (alert.key.nodeId >= 0 && report.nodeId != alert.key.nodeId))
                continue;
            if (report.reasons.contains(alert.message)) {
                report.severity = worst(report.severity, alert.severity);
                continue; // the same finding, already judged from the values
            }
            add(report, {Kind::Alert, alert.severity, alert.message, 0, alert.key.nodeId < 0});
        }
    }
}

} // namespace fleetscope

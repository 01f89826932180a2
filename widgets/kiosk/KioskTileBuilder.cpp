#include "kiosk/KioskTileBuilder.h"

#include "format/Formatter.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace fleetscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("KioskTileBuilder", text, disambiguation, n);
}

QString nodeName(const NodeReport &r)
{
    return QStringLiteral("%1-%2").arg(r.cluster).arg(r.nodeId);
}

QString nodeKey(const NodeReport &r)
{
    return r.cluster + QLatin1Char('/') + QString::number(r.nodeId);
}

// Kinds of finding, worst first within a severity.
enum Rank {
    SiteUnreachableRank = 100,
    ClusterUnreachableRank = 90,
    BrokerDownRank = 80,
    OfflineRank = 70,
    DiskRank = 60,
    StaleRank = 55,
    MirrorDownRank = 50,
    MirrorDegradedRank = 35,
    HeapRank = 30,
    UnderReplicatedRank = 25,
    LinkUnsureRank = 20,
    WaitingRank = 5,
    HealthyDiskRank = 2,
    HealthyHeapRank = 1,
    AllUpRank = 0,
};

} // namespace

struct KioskTileBuilder::Finding
{
    Severity severity = Severity::Healthy;
    int rank = 0;
    double magnitude = 0; // among findings of one kind, the larger is worse
    TileState state = TileState::Healthy;
    QString text;

    bool worseThan(const Finding &o) const
    {
        return std::tie(severity, rank, magnitude) > std::tie(o.severity, o.rank, o.magnitude);
    }
};

QString KioskTileBuilder::lastSeen(qint64 atMs, qint64 nowMs) const
{
    return atMs > 0 ? tr("last seen %1").arg(Formatter::age(nowMs - atMs)) : tr("not reached since start");
}

void KioskTileBuilder::remember(const NodeReport &r)
{
    if (r.sampledAtMs == 0 || !r.clusterReachable || r.stale)
        return;
    qint64 &reachable = m_lastReachableMs[r.cluster];
    reachable = std::max(reachable, r.sampledAtMs);
    if (r.nodeId >= 0 && r.link == LinkState::Up) {
        qint64 &up = m_lastUpMs[nodeKey(r)];
        up = std::max(up, r.sampledAtMs);
    }
}

QList<KioskTile> KioskTileBuilder::build(const QList<NodeReport> &reports, qint64 nowMs)
{
    QStringList sites;
    QHash<QString, QList<const NodeReport *>> bySite;
    for (const NodeReport &r : reports) {
        remember(r);
        if (!bySite.contains(r.site))
            sites.append(r.site);
        bySite[r.site].append(&r);
    }
    QList<KioskTile> tiles;
    tiles.reserve(sites.size());
    for (const QString &site : std::as_const(sites))
        tiles.append(tileFor(site, bySite.value(site), nowMs));
    return tiles;
}

KioskTile KioskTileBuilder::tileFor(const QString &site, const QList<const NodeReport *> &reports, qint64 nowMs) const
{
    QStringList clusters;
    QHash<QString, QList<const NodeReport *>> byCluster;
    KioskTile tile;
    tile.site = site;
    qint64 newestMs = 0;
    for (const NodeReport *r : reports) {
        if (!byCluster.contains(r->cluster))
            clusters.append(r->cluster);
        byCluster[r->cluster].append(r);
        newestMs = std::max(newestMs, r->sampledAtMs);
        if (r->nodeId >= 0) {
            ++tile.brokers;
            if (r->clusterReachable && !r->stale && r->link == LinkState::Up)
                ++tile.brokersUp;
        }
    }

    QList<Finding> findings;
    int unreachable = 0;
    qint64 lastReachable = 0;
    for (const QString &cluster : std::as_const(clusters)) {
        const QList<const NodeReport *> &members = byCluster[cluster];
        if (members.first()->sampledAtMs > 0 && !members.first()->clusterReachable) {
            ++unreachable;
            lastReachable = std::max(lastReachable, m_lastReachableMs.value(cluster));
        }
        clusterFindings(members, nowMs, findings);
    }
    if (unreachable > 0 && unreachable == clusters.size()) {
        // The whole site: one finding instead of one per cluster.
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [](const Finding &f) { return f.rank == ClusterUnreachableRank; }),
                       findings.end());
        findings.append({Severity::Critical, SiteUnreachableRank, 0, TileState::Unreachable,
                         tr("site unreachable, %1").arg(lastSeen(lastReachable, nowMs))});
    }

    const auto worstIt = std::max_element(findings.cbegin(), findings.cend(),
                                          [](const Finding &a, const Finding &b) { return b.worseThan(a); });
    const Finding worst = worstIt != findings.cend()
        ? *worstIt
        : Finding{Severity::Healthy, AllUpRank, 0, TileState::Healthy, tr("%n broker(s) up", "", tile.brokersUp)};
    tile.state = worst.state;
    tile.severity = worst.severity;
    tile.rank = worst.rank;
    tile.headline = worst.text;
    tile.problems = int(std::count_if(findings.cbegin(), findings.cend(),
                                      [](const Finding &f) { return f.severity > Severity::Healthy; }));

    QStringList detail;
    if (tile.problems > 1)
        detail.append(tr("+%n more problem(s)", "", tile.problems - 1));
    if (tile.brokers > 0)
        detail.append(tr("%1 of %2 brokers up").arg(tile.brokersUp).arg(tile.brokers));
    if (newestMs > 0)
        detail.append(tr("updated %1").arg(Formatter::age(nowMs - newestMs)));
    tile.detail = detail.join(QStringLiteral(" · "));
    return tile;
}

void KioskTileBuilder::clusterFindings(const QList<const NodeReport *> &members, qint64 nowMs, QList<Finding> &out) const
{
    const NodeReport &first = *members.first();
    if (first.sampledAtMs == 0) {
        out.append({Severity::Warning, WaitingRank, 0, TileState::Waiting,
                    tr("waiting for the first data from %1").arg(first.cluster)});
        return;
    }
    if (!first.clusterReachable) {
        out.append({Severity::Critical, ClusterUnreachableRank, 0, TileState::Unreachable,
                    tr("%1 unreachable, %2").arg(first.cluster, lastSeen(m_lastReachableMs.value(first.cluster), nowMs))});
        return;
    }
    if (first.stale) {
        // Old numbers are not evidence of health, nor of a problem: say only that they are old.
        out.append({Severity::Warning, StaleRank, double(nowMs - first.sampledAtMs), TileState::Stale,
                    tr("no new data from %1, %2").arg(first.cluster, lastSeen(first.sampledAtMs, nowMs))});
        return;
    }
    // Cluster-wide figures, once per cluster.
    if (first.offlinePartitions > 0)
        out.append({Severity::Critical, OfflineRank, double(first.offlinePartitions), TileState::Critical,
                    tr("%n offline partition(s) on %1", "", first.offlinePartitions).arg(first.cluster)});
    if (first.underReplicatedPartitions > 0)
        out.append({Severity::Warning, UnderReplicatedRank, double(first.underReplicatedPartitions), TileState::Warning,
                    tr("%n under-replicated partition(s) on %1", "", first.underReplicatedPartitions).arg(first.cluster)});
    if (first.mirror) {
        const MirrorLinkStatus &m = *first.mirror;
        if (m.state == MirrorLinkState::Down)
            out.append({Severity::Critical, MirrorDownRank, 0, TileState::Critical,
                        tr("replication %1 → %2 down").arg(first.cluster, m.intoCluster)});
        else if (m.state == MirrorLinkState::Degraded)
            out.append({Severity::Warning, MirrorDegradedRank, double(m.heartbeatAgeMs.value_or(0)), TileState::Warning,
                        tr("replication heartbeat %1 old (%2 → %3)")
                            .arg(Formatter::duration(m.heartbeatAgeMs.value_or(0)), first.cluster, m.intoCluster)});
    }
    for (const NodeReport *r : members)
        if (r->nodeId >= 0)
            brokerFindings(*r, nowMs, out);
}

void KioskTileBuilder::brokerFindings(const NodeReport &r, qint64 nowMs, QList<Finding> &out) const
{
    const QString node = nodeName(r);
    switch (r.link) {
    case LinkState::Down:
        out.append({Severity::Critical, BrokerDownRank, 0, TileState::Critical,
                    tr("broker %1 down, %2").arg(node, lastSeen(m_lastUpMs.value(nodeKey(r)), nowMs))});
        return; // its other numbers are old
    case LinkState::Connecting:
    case LinkState::Unknown:
        out.append({Severity::Warning, LinkUnsureRank, 0, TileState::Warning,
                    tr("broker %1 %2").arg(node, linkStateName(r.link))});
        break;
    case LinkState::Up:
        break;
    }
    if (const std::optional<double> disk = r.diskUsedFraction()) {
        const Severity severity = *disk >= m_thresholds.diskCritical ? Severity::Critical
            : *disk >= m_thresholds.diskWarning                      ? Severity::Warning
                                                                     : Severity::Healthy;
        const TileState state = severity == Severity::Critical ? TileState::Critical
            : severity == Severity::Warning                    ? TileState::Warning
                                                               : TileState::Healthy;
        out.append({severity, severity == Severity::Healthy ? int(HealthyDiskRank) : int(DiskRank), *disk, state,
                    tr("disk %1 on %2").arg(Formatter::percent(*disk), node)});
    }
    if (const std::optional<double> heap = r.heapUsedFraction()) {
        const bool high = *heap >= m_thresholds.heapWarning;
        out.append({high ? Severity::Warning : Severity::Healthy, high ? int(HeapRank) : int(HealthyHeapRank), *heap,
                    high ? TileState::Warning : TileState::Healthy,
                    tr("heap %1 on %2").arg(Formatter::percent(*heap), node)});
    }
}

} // namespace fleetscope

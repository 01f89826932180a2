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
    AlertRank = 40,
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

namespace {

TileState stateOf(Severity severity)
{
    return severity == Severity::Critical ? TileState::Critical
        : severity == Severity::Warning   ? TileState::Warning
                                          : TileState::Healthy;
}

} // namespace

// The tile says in its own words what HealthJudge found; it never decides a severity itself.
void KioskTileBuilder::clusterFindings(const QList<const NodeReport *> &members, qint64 nowMs, QList<Finding> &out) const
{
    using Kind = HealthFinding::Kind;
    const NodeReport &first = *members.first();
    for (const HealthFinding &f : first.findings) {
        switch (f.kind) {
        case Kind::NotPolled:
            out.append({f.severity, WaitingRank, 0, TileState::Waiting,
                        tr("waiting for the first data from %1").arg(first.cluster)});
            return;
        case Kind::ClusterUnreachable:
            out.append({f.severity, ClusterUnreachableRank, 0, TileState::Unreachable,
                        tr("%1 unreachable, %2").arg(first.cluster, lastSeen(m_lastReachableMs.value(first.cluster), nowMs))});
            return;
        case Kind::Stale:
            // Old numbers are not evidence of health, nor of a problem: say only that they are old.
            out.append({f.severity, StaleRank, double(nowMs - first.sampledAtMs), TileState::Stale,
                        tr("no new data from %1, %2").arg(first.cluster, lastSeen(first.sampledAtMs, nowMs))});
            return;
        case Kind::OfflinePartitions:
            out.append({f.severity, OfflineRank, f.magnitude, stateOf(f.severity),
                        tr("%n offline partition(s) on %1", "", first.offlinePartitions).arg(first.cluster)});
            break;
        case Kind::UnderReplicated:
            out.append({f.severity, UnderReplicatedRank, f.magnitude, stateOf(f.severity),
                        tr("%n under-replicated partition(s) on %1", "", first.underReplicatedPartitions).arg(first.cluster)});
            break;
        case Kind::MirrorDown:
            out.append({f.severity, MirrorDownRank, 0, stateOf(f.severity),
                        tr("replication %1 → %2 down").arg(first.cluster, first.mirror ? first.mirror->intoCluster : QString())});
            break;
        case Kind::MirrorDegraded:
            out.append({f.severity, MirrorDegradedRank, f.magnitude, stateOf(f.severity),
                        tr("replication heartbeat %1 old (%2 → %3)")
                            .arg(Formatter::duration(qint64(f.magnitude)), first.cluster,
                                 first.mirror ? first.mirror->intoCluster : QString())});
            break;
        case Kind::Alert:
            if (f.clusterWide)
                out.append({f.severity, AlertRank, 0, stateOf(f.severity),
                            QStringLiteral("%1: %2").arg(first.cluster, f.reason)});
            break;
        default:
            break; // a broker's own finding: brokerFindings
        }
    }
    for (const NodeReport *r : members)
        if (r->nodeId >= 0)
            brokerFindings(*r, nowMs, out);
}

void KioskTileBuilder::brokerFindings(const NodeReport &r, qint64 nowMs, QList<Finding> &out) const
{
    using Kind = HealthFinding::Kind;
    const QString node = nodeName(r);
    bool diskJudged = false;
    bool heapJudged = false;
    for (const HealthFinding &f : r.findings) {
        switch (f.kind) {
        case Kind::BrokerDown:
            out.append({f.severity, BrokerDownRank, 0, stateOf(f.severity),
                        tr("broker %1 down, %2").arg(node, lastSeen(m_lastUpMs.value(nodeKey(r)), nowMs))});
            return; // its other numbers are old
        case Kind::LinkUnsure:
            out.append({f.severity, LinkUnsureRank, 0, stateOf(f.severity), tr("broker %1 %2").arg(node, linkStateName(r.link))});
            break;
        case Kind::Disk:
            diskJudged = true;
            out.append({f.severity, DiskRank, f.magnitude, stateOf(f.severity),
                        tr("disk %1 on %2").arg(Formatter::percent(f.magnitude), node)});
            break;
        case Kind::Heap:
            heapJudged = true;
            out.append({f.severity, HeapRank, f.magnitude, stateOf(f.severity),
                        tr("heap %1 on %2").arg(Formatter::percent(f.magnitude), node)});
            break;
        case Kind::Alert:
            if (!f.clusterWide)
                out.append({f.severity, AlertRank, 0, stateOf(f.severity), QStringLiteral("%1: %2").arg(node, f.reason)});
            break;
        default:
            break;
        }
    }
    // A healthy site names its fullest disk and heap: numbers, not a judgement.
    if (const std::optional<double> disk = r.diskUsedFraction(); disk && !diskJudged)
        out.append({Severity::Healthy, HealthyDiskRank, *disk, TileState::Healthy,
                    tr("disk %1 on %2").arg(Formatter::percent(*disk), node)});
    if (const std::optional<double> heap = r.heapUsedFraction(); heap && !heapJudged)
        out.append({Severity::Healthy, HealthyHeapRank, *heap, TileState::Healthy,
                    tr("heap %1 on %2").arg(Formatter::percent(*heap), node)});
}

} // namespace fleetscope

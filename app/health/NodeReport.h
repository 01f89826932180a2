#pragma once

#include "collect/ClusterSnapshot.h"
#include "fleet/Fleet.h"
#include "health/HealthThresholds.h"
#include "health/Severity.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace fleetscope {

struct AlertThresholdSet;

// One thing the judge found about a row: what kind, how bad, the words for it, and a size to rank
// findings of one kind by (a disk's used share, a heartbeat's age). Views pick among findings; none
// of them decides a severity of its own.
struct HealthFinding
{
    enum class Kind {
        NotPolled,
        ClusterUnreachable,
        Stale,
        BrokerDown,
        LinkUnsure,
        OfflinePartitions,
        UnderReplicated,
        Disk,
        Heap,
        MirrorDown,
        MirrorDegraded,
        Alert, // an active alert of the cluster or broker (its rule may hold over time: forecasts, lag growth)
    };
    Kind kind = Kind::Alert;
    Severity severity = Severity::Warning;
    QString reason;
    double magnitude = 0;
    bool clusterWide = false; // true for what the cluster's every row carries (partitions, mirror, cluster alerts)

    bool operator==(const HealthFinding &) const = default;
};

// One broker as the check command and the overview table show it: the four numbers, the cluster's
// health figures, its severity and the reasons for it. A cluster that never answered has one row
// with nodeId -1.
struct NodeReport
{
    QString site;
    QString cluster;
    ClusterRole role = ClusterRole::Edge;
    int nodeId = -1;
    LinkState link = LinkState::Unknown;
    bool clusterReachable = false;
    QString clusterError;
    std::optional<qint64> rttUs;
    qint64 lagMessages = 0;               // over the partitions this broker leads
    std::optional<double> lagSeconds;     // the cluster's worst group: an estimate
    std::optional<qint64> diskUsedBytes;
    std::optional<qint64> diskTotalBytes; // empty on brokers older than Kafka 3.3: sizes only
    std::optional<qint64> heapUsedBytes;
    std::optional<qint64> heapMaxBytes;
    std::optional<MirrorLinkStatus> mirror;
    int underReplicatedPartitions = 0;
    int offlinePartitions = 0;
    qint64 sampledAtMs = 0;
    qint64 lastSeenMs = 0;  // the newest poll that heard from this broker (its values are that old); 0 = never
    int brokerCount = 1;    // rows of ClusterSummary: the cluster's brokers, and how many of them are up
    int brokersUp = 0;
    bool stale = false;
    Severity severity = Severity::Healthy;
    QStringList reasons;            // the findings' words, worst-first as found
    QList<HealthFinding> findings;  // what HealthJudge found; severity is the worst of them

    std::optional<double> diskUsedFraction() const;
    std::optional<double> heapUsedFraction() const;
};

class NodeReportBuilder final
{
public:
    // One report per broker of every cluster, in fleet order, each judged with its cluster's limits
    // (HealthJudge); clusters without a snapshot yet get a row that says so.
    static QList<NodeReport> build(const Fleet &fleet, const QHash<QString, ClusterSnapshot> &snapshots, qint64 nowMs,
                                   const AlertThresholdSet &thresholds);
    static QList<NodeReport> build(const Fleet &fleet, const QHash<QString, ClusterSnapshot> &snapshots, qint64 nowMs);
};

} // namespace fleetscope

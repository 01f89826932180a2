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
    QStringList reasons;

    std::optional<double> diskUsedFraction() const;
    std::optional<double> heapUsedFraction() const;
};

class NodeReportBuilder final
{
public:
    // One report per broker of every cluster, in fleet order; clusters without a snapshot yet get
    // a row that says so.
    static QList<NodeReport> build(const Fleet &fleet, const QHash<QString, ClusterSnapshot> &snapshots, qint64 nowMs,
                                   const HealthThresholds &thresholds = {});

    static void judge(NodeReport &report, const HealthThresholds &thresholds);
};

} // namespace fleetscope

#include "health/ClusterSummary.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace fleetscope {

namespace {

// Down is worst, then the states on the way up, then up.
int linkBadness(LinkState state)
{
    switch (state) {
    case LinkState::Down:
        return 3;
    case LinkState::Unknown:
        return 2;
    case LinkState::Connecting:
        return 1;
    case LinkState::Up:
        return 0;
    }
    return 2;
}

template <typename T>
void keepLarger(std::optional<T> &into, const std::optional<T> &value)
{
    if (value && (!into || *value > *into))
        into = value;
}

void fold(NodeReport &into, const NodeReport &broker)
{
    if (linkBadness(broker.link) > linkBadness(into.link))
        into.link = broker.link;
    keepLarger(into.rttUs, broker.rttUs);
    into.lagMessages += broker.lagMessages;
    if (broker.diskUsedFraction().value_or(-1) > into.diskUsedFraction().value_or(-1)
        || (!into.diskUsedBytes && broker.diskUsedBytes)) {
        into.diskUsedBytes = broker.diskUsedBytes;
        into.diskTotalBytes = broker.diskTotalBytes;
    }
    if (broker.heapUsedFraction().value_or(-1) > into.heapUsedFraction().value_or(-1)) {
        into.heapUsedBytes = broker.heapUsedBytes;
        into.heapMaxBytes = broker.heapMaxBytes;
    }
    into.lastSeenMs = std::min(into.lastSeenMs, broker.lastSeenMs);
    into.brokersUp += broker.brokersUp;
    into.brokerCount += 1;
    into.severity = worst(into.severity, broker.severity);
}

// Which brokers gave each reason, in first-seen order.
using ReasonSources = QList<std::pair<QString, QStringList>>;

void collect(ReasonSources &sources, const NodeReport &broker)
{
    for (const QString &reason : broker.reasons) {
        auto found = std::find_if(sources.begin(), sources.end(), [&](const auto &s) { return s.first == reason; });
        if (found == sources.end())
            sources.append({reason, {QString::number(broker.nodeId)}});
        else
            found->second.append(QString::number(broker.nodeId));
    }
}

// A reason every broker gives ("cluster unreachable") is said once; others name their brokers.
QStringList reasonLines(const ReasonSources &sources, int brokerCount)
{
    QStringList lines;
    for (const auto &[reason, nodes] : sources)
        lines.append(nodes.size() == brokerCount ? reason
                                                 : QCoreApplication::translate("ClusterSummary", "broker %1: %2")
                                                       .arg(nodes.join(QLatin1String(", ")), reason));
    return lines;
}

} // namespace

QList<NodeReport> ClusterSummary::summarize(const QList<NodeReport> &brokerReports)
{
    QList<NodeReport> clusters;
    QHash<QString, qsizetype> rowOf;
    QList<ReasonSources> reasons; // per row of clusters
    for (const NodeReport &broker : brokerReports) {
        if (broker.nodeId < 0) { // a cluster without brokers yet is already one row
            rowOf.insert(broker.cluster, clusters.size());
            clusters.append(broker);
            reasons.append(ReasonSources{});
            continue;
        }
        const auto found = rowOf.constFind(broker.cluster);
        if (found != rowOf.cend()) {
            fold(clusters[*found], broker);
            collect(reasons[*found], broker);
            continue;
        }
        NodeReport cluster = broker;
        cluster.nodeId = -1;
        cluster.brokerCount = 0;
        cluster.brokersUp = 0;
        cluster.lagMessages = 0;
        cluster.lastSeenMs = broker.lastSeenMs;
        cluster.link = LinkState::Up;
        cluster.rttUs.reset();
        cluster.diskUsedBytes.reset();
        cluster.diskTotalBytes.reset();
        cluster.heapUsedBytes.reset();
        cluster.heapMaxBytes.reset();
        cluster.severity = Severity::Healthy;
        cluster.reasons.clear();
        fold(cluster, broker);
        rowOf.insert(broker.cluster, clusters.size());
        clusters.append(cluster);
        reasons.append(ReasonSources{});
        collect(reasons.last(), broker);
    }
    for (qsizetype row = 0; row < clusters.size(); ++row)
        if (clusters[row].nodeId < 0 && clusters[row].brokerCount > 0)
            clusters[row].reasons = reasonLines(reasons[row], clusters[row].brokerCount);
    return clusters;
}

} // namespace fleetscope

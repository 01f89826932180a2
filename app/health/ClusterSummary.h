#pragma once

#include "health/NodeReport.h"

#include <QList>

namespace fleetscope {

// Folds the per-broker reports of each cluster into one row per cluster (nodeId -1), for the
// overview's "one row per cluster" mode. The row shows the cluster at its worst: the worst link
// state, severity and round trip, the fullest disk and heap, the summed lag, the oldest "last seen";
// brokerCount and brokersUp say how many brokers answered. Reasons carry the broker they are about.
class ClusterSummary final
{
public:
    static QList<NodeReport> summarize(const QList<NodeReport> &brokerReports);
};

} // namespace fleetscope

#pragma once

#include "alerts/Alert.h"
#include "health/HealthThresholds.h"
#include "health/NodeReport.h"

#include <QList>

namespace fleetscope {

// The one place where health is decided. A row's severity and reasons come from its values against
// its cluster's limits, and from the alerts open on its cluster or broker; the overview, the fleet
// tree, the cluster view, the wall screen, the tray and `fleetscope check` all show what it says.
class HealthJudge final
{
public:
    // Replaces the report's severity, reasons and findings with those of its values.
    static void judge(NodeReport &report, const HealthThresholds &thresholds);
    // Adds every active alert to the rows it is about (a cluster alert to each of the cluster's rows).
    static void foldAlerts(QList<NodeReport> &reports, const QList<Alert> &active);
    static void add(NodeReport &report, const HealthFinding &finding);
};

} // namespace fleetscope

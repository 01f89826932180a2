#pragma once

#include "alerts/AlertThresholdSet.h"
#include "fleet/Fleet.h"
#include "health/ThresholdOverrides.h"

#include <QStringList>

namespace fleetscope {

// Where every limit of every cluster comes from. Layers, each field on its own, the later winning:
// the built-in defaults, the fleet file's fleet-wide `thresholds:`, the dialog's fleet-wide values,
// the fleet file's `thresholds:` of the cluster, the dialog's values for the cluster. So a value set
// for one cluster is never overruled by a fleet-wide one, and what the operator set in the window
// wins over the file at the same level. The window, the alerts and every command read the limits
// from here, so that all of them judge with the same numbers.
class ThresholdStore final
{
public:
    enum class Source {
        Default,      // built into Fleetscope
        FleetFile,    // the fleet file, for the whole fleet
        Dialog,       // the thresholds dialog, for the whole fleet
        ClusterFile,  // the fleet file, for this cluster
        ClusterDialog // the thresholds dialog, for this cluster
    };

    ThresholdStore() = default;
    explicit ThresholdStore(const Fleet &fleet, ThresholdOverrideSet dialog = {});

    void setFleet(const Fleet &fleet);
    void setDialogOverrides(ThresholdOverrideSet dialog);
    const ThresholdOverrideSet &dialogOverrides() const { return m_dialog; }
    const ThresholdOverrideSet &fileOverrides() const { return m_file; }
    const QStringList &clusters() const { return m_clusters; }

    // An empty cluster name means the fleet-wide limits.
    HealthThresholds forCluster(const QString &cluster) const;
    HealthThresholds fleetWide() const { return forCluster({}); }
    // What the cluster (or, for "", the fleet) would have without the dialog's value at its own level.
    HealthThresholds inherited(const QString &cluster) const;
    Source sourceOf(const QString &cluster, const QString &fieldId) const;

    // Every cluster of the fleet with its resolved limits: what the alert engine and the judge use.
    AlertThresholdSet resolved() const;

private:
    HealthThresholds resolve(const QString &cluster, bool withOwnDialogLevel) const;

    ThresholdOverrideSet m_file;
    ThresholdOverrideSet m_dialog;
    QStringList m_clusters;
};

QString thresholdSourceName(ThresholdStore::Source source);

} // namespace fleetscope

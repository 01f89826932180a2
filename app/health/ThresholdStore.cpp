#include "health/ThresholdStore.h"

#include <QCoreApplication>

namespace fleetscope {

ThresholdStore::ThresholdStore(const Fleet &fleet, ThresholdOverrideSet dialog) : m_dialog(std::move(dialog))
{
    setFleet(fleet);
}

void ThresholdStore::setFleet(const Fleet &fleet)
{
    m_file = {};
    m_file.fleet = fleet.thresholds;
    m_clusters.clear();
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            m_clusters.append(cluster.name);
            if (!cluster.thresholds.isEmpty())
                m_file.clusters.insert(cluster.name, cluster.thresholds);
        }
    }
}

void ThresholdStore::setDialogOverrides(ThresholdOverrideSet dialog)
{
    m_dialog = std::move(dialog);
}

HealthThresholds ThresholdStore::resolve(const QString &cluster, bool withOwnDialogLevel) const
{
    HealthThresholds t;
    m_file.fleet.applyTo(t);
    if (!cluster.isEmpty() || withOwnDialogLevel)
        m_dialog.fleet.applyTo(t);
    if (cluster.isEmpty())
        return t;
    m_file.clusters.value(cluster).applyTo(t);
    if (withOwnDialogLevel)
        m_dialog.clusters.value(cluster).applyTo(t);
    return t;
}

HealthThresholds ThresholdStore::forCluster(const QString &cluster) const
{
    return resolve(cluster, true);
}

HealthThresholds ThresholdStore::inherited(const QString &cluster) const
{
    return resolve(cluster, false);
}

ThresholdStore::Source ThresholdStore::sourceOf(const QString &cluster, const QString &fieldId) const
{
    if (!cluster.isEmpty()) {
        if (m_dialog.clusters.value(cluster).contains(fieldId))
            return Source::ClusterDialog;
        if (m_file.clusters.value(cluster).contains(fieldId))
            return Source::ClusterFile;
    }
    if (m_dialog.fleet.contains(fieldId))
        return Source::Dialog;
    if (m_file.fleet.contains(fieldId))
        return Source::FleetFile;
    return Source::Default;
}

AlertThresholdSet ThresholdStore::resolved() const
{
    AlertThresholdSet set;
    set.fleet = fleetWide();
    for (const QString &cluster : m_clusters)
        if (const HealthThresholds own = forCluster(cluster); !(own == set.fleet))
            set.clusters.insert(cluster, own);
    return set;
}

QString thresholdSourceName(ThresholdStore::Source source)
{
    switch (source) {
    case ThresholdStore::Source::Default:
        return QCoreApplication::translate("ThresholdStore", "built-in default");
    case ThresholdStore::Source::FleetFile:
        return QCoreApplication::translate("ThresholdStore", "fleet file");
    case ThresholdStore::Source::Dialog:
        return QCoreApplication::translate("ThresholdStore", "set here for the fleet");
    case ThresholdStore::Source::ClusterFile:
        return QCoreApplication::translate("ThresholdStore", "fleet file, this cluster");
    case ThresholdStore::Source::ClusterDialog:
        return QCoreApplication::translate("ThresholdStore", "set here for this cluster");
    }
    return {};
}

} // namespace fleetscope

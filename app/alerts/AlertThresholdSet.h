#pragma once

#include "health/HealthThresholds.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace fleetscope {

// The thresholds of one fleet: its defaults and, for some clusters, a complete set of their own.
// A cluster without an override follows the fleet's defaults, also when those change later.
struct AlertThresholdSet
{
    HealthThresholds fleet;
    QHash<QString, HealthThresholds> clusters;

    const HealthThresholds &forCluster(const QString &cluster) const
    {
        const auto found = clusters.constFind(cluster);
        return found == clusters.cend() ? fleet : *found;
    }

    bool operator==(const AlertThresholdSet &) const = default;

    // {"fleet": {...}, "clusters": {"edge-b": {...}}}; keys missing or unreadable keep their default,
    // so a file written by an older or newer Fleetscope still loads.
    QJsonObject toJson() const;
    static AlertThresholdSet fromJson(const QJsonObject &json);
    static QJsonObject toJson(const HealthThresholds &thresholds);
    static HealthThresholds thresholdsFromJson(const QJsonObject &json);
};

} // namespace fleetscope

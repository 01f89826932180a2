#include "alerts/AlertThresholdSet.h"

#include "health/ThresholdOverrides.h"

namespace fleetscope {

// The JSON names and fields are ThresholdField's, the one list of every limit.
QJsonObject AlertThresholdSet::toJson(const HealthThresholds &thresholds)
{
    QJsonObject json;
    for (const ThresholdField &field : ThresholdField::all())
        json.insert(QLatin1String(field.id), field.get(thresholds));
    return json;
}

HealthThresholds AlertThresholdSet::thresholdsFromJson(const QJsonObject &json)
{
    HealthThresholds t;
    for (const ThresholdField &field : ThresholdField::all()) {
        const QJsonValue v = json.value(QLatin1String(field.id));
        if (v.isDouble() && v.toDouble() >= 0)
            field.set(t, v.toDouble());
    }
    return t;
}

QJsonObject AlertThresholdSet::toJson() const
{
    QJsonObject perCluster;
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it)
        perCluster.insert(it.key(), toJson(it.value()));
    return QJsonObject{{QStringLiteral("fleet"), toJson(fleet)}, {QStringLiteral("clusters"), perCluster}};
}

AlertThresholdSet AlertThresholdSet::fromJson(const QJsonObject &json)
{
    AlertThresholdSet set;
    set.fleet = thresholdsFromJson(json.value(QLatin1String("fleet")).toObject());
    const QJsonObject perCluster = json.value(QLatin1String("clusters")).toObject();
    for (auto it = perCluster.constBegin(); it != perCluster.constEnd(); ++it)
        set.clusters.insert(it.key(), thresholdsFromJson(it.value().toObject()));
    return set;
}

} // namespace fleetscope

#include "alerts/AlertThresholdSet.h"

#include <type_traits>

namespace fleetscope {

namespace {

// Every field once, by name: the JSON codec is written from this list, in both directions.
template<typename F>
void forEachField(HealthThresholds &t, F &&f)
{
    f("diskWarning", t.diskWarning);
    f("diskCritical", t.diskCritical);
    f("diskFullWithinMs", t.diskFullWithinMs);
    f("diskForecastWindowMs", t.diskForecastWindowMs);
    f("heapWarning", t.heapWarning);
    f("heapHoldMs", t.heapHoldMs);
    f("linkDownHoldMs", t.linkDownHoldMs);
    f("unreachableHoldMs", t.unreachableHoldMs);
    f("heartbeatMaxAgeMs", t.heartbeatMaxAgeMs);
    f("lagGrowingHoldMs", t.lagGrowingHoldMs);
    f("lagSecondsLimit", t.lagSecondsLimit);
    f("underReplicatedMax", t.underReplicatedMax);
    f("offlineMax", t.offlineMax);
    f("staleAfterIntervals", t.staleAfterIntervals);
}

} // namespace

QJsonObject AlertThresholdSet::toJson(const HealthThresholds &thresholds)
{
    QJsonObject json;
    HealthThresholds copy = thresholds;
    forEachField(copy, [&json](const char *name, auto &value) { json.insert(QLatin1String(name), double(value)); });
    return json;
}

HealthThresholds AlertThresholdSet::thresholdsFromJson(const QJsonObject &json)
{
    HealthThresholds t;
    forEachField(t, [&json](const char *name, auto &value) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isDouble() && v.toDouble() >= 0)
            value = static_cast<std::remove_reference_t<decltype(value)>>(v.toDouble());
    });
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

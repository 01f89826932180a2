#include "health/ThresholdOverrides.h"

#include <cmath>

namespace fleetscope {

namespace {

template<auto Member>
double getField(const HealthThresholds &t)
{
    return double(t.*Member);
}

template<auto Member>
void setField(HealthThresholds &t, double value)
{
    using T = std::remove_reference_t<decltype(t.*Member)>;
    if constexpr (std::is_integral_v<T>)
        t.*Member = T(std::llround(value));
    else
        t.*Member = T(value);
}

#define FLEETSCOPE_THRESHOLD(member, id, key, kind) \
    ThresholdField { id, key, ThresholdKind::kind, &getField<&HealthThresholds::member>, &setField<&HealthThresholds::member> }

bool isUsable(double value)
{
    return std::isfinite(value) && value >= 0;
}

} // namespace

const QList<ThresholdField> &ThresholdField::all()
{
    static const QList<ThresholdField> fields{
        FLEETSCOPE_THRESHOLD(diskWarning, "diskWarning", "disk_warning", Fraction),
        FLEETSCOPE_THRESHOLD(diskCritical, "diskCritical", "disk_critical", Fraction),
        FLEETSCOPE_THRESHOLD(diskFullWithinMs, "diskFullWithinMs", "disk_full_within", DurationMs),
        FLEETSCOPE_THRESHOLD(diskForecastWindowMs, "diskForecastWindowMs", "disk_forecast_window", DurationMs),
        FLEETSCOPE_THRESHOLD(heapWarning, "heapWarning", "heap_warning", Fraction),
        FLEETSCOPE_THRESHOLD(heapHoldMs, "heapHoldMs", "heap_hold", DurationMs),
        FLEETSCOPE_THRESHOLD(linkDownHoldMs, "linkDownHoldMs", "broker_down_hold", DurationMs),
        FLEETSCOPE_THRESHOLD(unreachableHoldMs, "unreachableHoldMs", "unreachable_hold", DurationMs),
        FLEETSCOPE_THRESHOLD(heartbeatMaxAgeMs, "heartbeatMaxAgeMs", "heartbeat_max_age", DurationMs),
        FLEETSCOPE_THRESHOLD(lagGrowingHoldMs, "lagGrowingHoldMs", "lag_growing_hold", DurationMs),
        FLEETSCOPE_THRESHOLD(lagSecondsLimit, "lagSecondsLimit", "lag_time_limit", Seconds),
        FLEETSCOPE_THRESHOLD(underReplicatedMax, "underReplicatedMax", "under_replicated_max", Count),
        FLEETSCOPE_THRESHOLD(offlineMax, "offlineMax", "offline_max", Count),
        FLEETSCOPE_THRESHOLD(staleAfterIntervals, "staleAfterIntervals", "stale_after_intervals", Count),
    };
    return fields;
}

#undef FLEETSCOPE_THRESHOLD

const ThresholdField *ThresholdField::byId(QStringView id)
{
    for (const ThresholdField &field : all())
        if (id == QLatin1String(field.id))
            return &field;
    return nullptr;
}

const ThresholdField *ThresholdField::byFileKey(QStringView key)
{
    for (const ThresholdField &field : all())
        if (key == QLatin1String(field.fileKey))
            return &field;
    return nullptr;
}

void ThresholdOverrides::applyTo(HealthThresholds &thresholds) const
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (const ThresholdField *field = ThresholdField::byId(it.key()))
            field->set(thresholds, it.value());
}

QJsonObject ThresholdOverrides::toJson() const
{
    QJsonObject json;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

ThresholdOverrides ThresholdOverrides::fromJson(const QJsonObject &json)
{
    ThresholdOverrides overrides;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        if (ThresholdField::byId(it.key()) && it.value().isDouble() && isUsable(it.value().toDouble()))
            overrides.values.insert(it.key(), it.value().toDouble());
    return overrides;
}

bool ThresholdOverrideSet::isEmpty() const
{
    if (!fleet.isEmpty())
        return false;
    for (const ThresholdOverrides &cluster : clusters)
        if (!cluster.isEmpty())
            return false;
    return true;
}

QJsonObject ThresholdOverrideSet::toJson() const
{
    QJsonObject perCluster;
    for (auto it = clusters.cbegin(); it != clusters.cend(); ++it)
        if (!it->isEmpty())
            perCluster.insert(it.key(), it->toJson());
    return QJsonObject{{QStringLiteral("version"), 2},
                       {QStringLiteral("fleet"), fleet.toJson()},
                       {QStringLiteral("clusters"), perCluster}};
}

ThresholdOverrideSet ThresholdOverrideSet::fromJson(const QJsonObject &json)
{
    const bool complete = !json.contains(QLatin1String("version")); // version 1: every field written
    const auto read = [complete](const QJsonObject &object) {
        ThresholdOverrides overrides = ThresholdOverrides::fromJson(object);
        if (complete) {
            const HealthThresholds defaults;
            for (auto it = overrides.values.begin(); it != overrides.values.end();) {
                const ThresholdField *field = ThresholdField::byId(it.key());
                if (field && field->get(defaults) == it.value())
                    it = overrides.values.erase(it);
                else
                    ++it;
            }
        }
        return overrides;
    };
    ThresholdOverrideSet set;
    set.fleet = read(json.value(QLatin1String("fleet")).toObject());
    const QJsonObject perCluster = json.value(QLatin1String("clusters")).toObject();
    for (auto it = perCluster.constBegin(); it != perCluster.constEnd(); ++it)
        if (ThresholdOverrides overrides = read(it.value().toObject()); !overrides.isEmpty())
            set.clusters.insert(it.key(), std::move(overrides));
    return set;
}

} // namespace fleetscope

#pragma once

#include "health/Severity.h"

#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// What an alert is about. The order is the order rules are listed in the GUI.
enum class AlertRule {
    ClusterUnreachable, // the cluster answers no metadata request: distinct from one broker down
    DataStale,          // no fresh data: never read as healthy
    BrokerDown,
    DiskUsage,
    DiskFullForecast,
    HeapHigh,
    HeartbeatAge,       // MirrorMaker 2 link into central
    LagGrowing,
    LagSeconds,
    UnderReplicated,
    OfflinePartitions,
};
inline constexpr int alertRuleCount = int(AlertRule::OfflinePartitions) + 1;

// Stable ids, as stored in the alert file: "broker.down", "disk.usage", ...
QString alertRuleId(AlertRule rule);
std::optional<AlertRule> alertRuleFromId(const QString &id);
// The rule's name for people, translated.
QString alertRuleTitle(AlertRule rule);

// One alert per (cluster, node, rule); node -1 for rules about the whole cluster.
struct AlertKey
{
    QString cluster;
    int nodeId = -1;
    AlertRule rule = AlertRule::BrokerDown;

    bool operator==(const AlertKey &) const = default;
};

inline size_t qHash(const AlertKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.cluster, key.nodeId, int(key.rule));
}

// One alert from raised to cleared. Times are milliseconds since the epoch: firstSeen is the sample
// that first showed the condition, lastSeen the newest that still did.
struct Alert
{
    qint64 id = 0; // the alert store's record id; 0 until stored
    AlertKey key;
    Severity severity = Severity::Warning;
    QString message;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;
    std::optional<qint64> clearedAtMs;
    std::optional<qint64> acknowledgedAtMs;
    QString acknowledgedBy;

    bool isActive() const { return !clearedAtMs.has_value(); }
    // "edge-b/2", or "edge-b" for a cluster-wide alert.
    QString source() const;
};

// A change the AlertEngine saw in one evaluation.
struct AlertTransition
{
    enum class Kind { Raised, Updated, Cleared };
    Kind kind = Kind::Raised;
    Alert alert;
    Severity previousSeverity = Severity::Healthy; // Updated: before this change
};

} // namespace fleetscope

#pragma once

#include "core/Result.h"
#include "fleet/Fleet.h"
#include "reconfig/ConfigPlan.h"

namespace fleetscope {

class ClusterConfigGateway;

// Builds a ConfigPlan: resolves the selection into targets (listing topics or brokers where the
// selection needs them), reads every target's current values with DescribeConfigs and validates the
// new values before anything is sent (units, declared types, read-only keys, read-only clusters).
// Blocking: one worker per cluster, at most `concurrency` at once. Never on the GUI thread.
class ConfigPlanner final
{
public:
    struct Options
    {
        int timeoutMs = 30'000; // per request
        int concurrency = 4;    // clusters read at once
    };

    ConfigPlanner(Fleet fleet, Options options);
    ConfigPlanner(Fleet fleet);

    // "retention.ms=2d" ... -> changes with Kafka's values. Errors name the assignment and what is wrong.
    static Result<QList<ConfigChange>> parseAssignments(const QStringList &assignments);

    Result<ConfigPlan> plan(const TargetSelection &selection, const QList<ConfigChange> &changes) const;
    // Explicit targets, each with its own changes (undo, retry). plan.changes stays empty.
    struct TargetChanges
    {
        ConfigTarget target;
        QList<ConfigChange> changes;
    };
    ConfigPlan planEach(const QList<TargetChanges> &items) const;
    // The targets of a plan that failed, with their current values read again: retry just those.
    ConfigPlan replanFailed(const ConfigPlan &plan) const;

    // Whether writes to a cluster are blocked by the fleet file's read_only (global or per cluster).
    static bool isReadOnly(const Fleet &fleet, const QString &cluster);

    // The source of a value set on this very resource: topic config, dynamic per broker or dynamic default.
    static ConfigSource ownSource(const ConfigResource &resource);

private:
    void planCluster(const QString &cluster, ConfigPlan &plan) const;
    void readTarget(ClusterConfigGateway &gateway, PlannedTarget &target, const QList<ConfigChange> &changes) const;
    // A topic key removed here falls back to the broker's value; Kafka leaves some of those synonyms
    // out of the topic's own DescribeConfigs, so they are read from a broker.
    void readInheritedFromBroker(ClusterConfigGateway &gateway, PlannedTarget &target) const;

    Fleet m_fleet;
    Options m_options;
};

} // namespace fleetscope

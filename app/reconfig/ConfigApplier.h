#pragma once

#include "fleet/Fleet.h"
#include "reconfig/ConfigPlan.h"

#include <atomic>
#include <functional>
#include <optional>

namespace fleetscope {

class AuditLog;
class PendingChangeStore;

// Sends a ConfigPlan: a validate-only dry run per target, then IncrementalAlterConfigs, then a read
// back that checks every key took its new value. One worker per cluster, at most `concurrency` at
// once; a cancel stops before the next target is sent. Targets whose cluster does not answer are
// queued (when a PendingChangeStore is given). Every target's outcome is audited (when an AuditLog is
// given), one row per key. Blocking: never on the GUI thread (ReconfigJob runs it on a worker).
class ConfigApplier final
{
public:
    struct Options
    {
        int timeoutMs = 30'000;       // per request
        int verifyTimeoutMs = 15'000; // how long the read-back may take to show the new values
        int concurrency = 4;          // clusters worked on at once
        QString operatorName;         // optional, for the audit
        AuditLog *audit = nullptr;
        PendingChangeStore *pending = nullptr;
        std::optional<qint64> undoOf;  // the batch an undo reverts, for the audit
        const std::atomic<bool> *cancel = nullptr;
        // Called on a worker thread as each target finishes (for progress; keep it short).
        std::function<void(const PlannedTarget &)> onTargetDone;
    };

    ConfigApplier(Fleet fleet, Options options);

    // Validate-only on every Planned target: DryRunPassed or DryRunRefused with the broker's message.
    // Audited as a dry run. Returns the audit batch (0 without an audit log).
    qint64 dryRun(ConfigPlan &plan) const;
    // Dry run, then apply and verify, for every target not already failed. Unreachable targets (and
    // clusters whose targets could not be listed) become Pending when a store is given.
    qint64 apply(ConfigPlan &plan) const;

private:
    qint64 run(ConfigPlan &plan, bool applyChanges) const;
    void runTarget(class ClusterConfigGateway &gateway, PlannedTarget &target, bool applyChanges) const;
    void verify(ClusterConfigGateway &gateway, PlannedTarget &target) const;
    void queue(const QString &cluster, const QList<PlannedTarget *> &targets) const;
    void audit(const PlannedTarget &target, qint64 batch) const;

    Fleet m_fleet;
    Options m_options;
};

} // namespace fleetscope

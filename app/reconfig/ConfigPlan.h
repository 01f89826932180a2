#pragma once

#include "reconfig/ConfigTarget.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// One key to change, as the user typed it and as Kafka will receive it.
struct ConfigChange
{
    QString key;
    QString input;                // "2d", "10 GiB", "unlimited", "" for a delete
    std::optional<QString> value; // Kafka's form ("172800000", "-1"); nullopt = remove the key at this level
    friend bool operator==(const ConfigChange &, const ConfigChange &) = default;
};

// One key of one target: what it is now and what it becomes.
struct PlannedKey
{
    QString key;
    std::optional<QString> oldValue; // the value in effect now (null for sensitive keys or no value)
    ConfigSource oldSource = ConfigSource::Unknown;
    bool oldSetHere = false; // the old value was set on this very resource (so undo sets it back, else deletes)
    std::optional<QString> newValue; // nullopt: delete, the key falls back to the inherited value
    // For a delete: the value and source the key falls back to, when the broker's synonyms tell.
    std::optional<QString> inheritedValue;
    ConfigSource inheritedSource = ConfigSource::Unknown;
    bool sensitive = false;          // values never shown, logged or audited
    bool readOnly = false;           // Kafka cannot change it dynamically
    QString documentation;           // the broker's own description of the key, when it gave one
};

// Where each target stands; a plan moves targets forward through these.
enum class TargetState {
    Planned,       // current values read, nothing sent yet
    Invalid,       // refused before anything was sent (bad value, read-only key, read-only cluster)
    DryRunPassed,  // the broker accepted the validate-only request
    DryRunRefused, // the broker refused the validate-only request: its message says why
    Applied,       // changed, read back and verified
    Refused,       // the broker refused the change
    NotVerified,   // accepted, but the read-back differs (message says how)
    Pending,       // the cluster did not answer: queued, applied when it answers again
    Unreachable,   // the cluster did not answer and the change was not queued
    Cancelled,     // cancelled before it was sent
};

QString targetStateText(TargetState state);
// Stable ids for the audit log and scripts: "applied", "dry-run-refused", ...
QString targetStateId(TargetState state);
// States that count as a failed target (Pending does not: it is queued).
bool isFailure(TargetState state);

struct PlannedTarget
{
    ConfigTarget target;
    QList<PlannedKey> keys;
    TargetState state = TargetState::Planned;
    QString message;    // the broker's words for refusals, ours for local failures; empty when fine
    QString dryRunText; // "passed", or the dry run's refusal, for the audit
};

// Target × key, old → new: what the user sees before confirming, and what apply() works through.
struct ConfigPlan
{
    TargetSelection selection;
    QList<ConfigChange> changes;
    QList<PlannedTarget> targets;
    // Clusters whose targets could not be listed because the cluster did not answer (a topic pattern
    // or every broker): queued as a whole when the plan is applied.
    QStringList unresolvedClusters;

    // Every target reached `goal` (Applied, or DryRunPassed for a dry run) and every cluster answered.
    bool allSucceeded(TargetState goal = TargetState::Applied) const;
    int count(TargetState state) const;
};

} // namespace fleetscope

#pragma once

#include "protocol/Configs.h"

#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

// One row of the audit log: one key of one target in one attempted change. Sensitive values are
// never stored: they read "(sensitive)".
struct AuditRecord
{
    qint64 id = 0;
    qint64 timeMs = 0;
    QString osUser;
    QString operatorName; // optional, as given by the operator
    QString cluster;
    ConfigResource resource;
    QString key;
    std::optional<QString> oldValue; // the value in effect before
    ConfigSource oldSource = ConfigSource::Unknown;
    bool oldSetHere = false;         // the old value was set on this resource (undo sets it back, else deletes)
    std::optional<QString> newValue; // nullopt: the key was removed at this level
    QString dryRun;                  // "passed", "refused: <broker's message>", "not run"
    QString outcome;                 // targetStateId(): "applied", "refused", "pending", ...
    QString message;                 // the broker's words, or ours
    qint64 batch = 0;                // the rows of one operation share it
    std::optional<qint64> undoOf;    // the batch this row undoes
    bool sensitive = false;
};

struct AuditFilter
{
    std::optional<qint64> fromMs; // inclusive
    std::optional<qint64> toMs;   // exclusive
    QString cluster;              // exact; empty = any
    QString key;                  // exact; empty = any
    QString outcome;              // exact; empty = any
    QString text;                 // substring of resource name, user, operator or message; empty = any
    std::optional<qint64> batch;
    int limit = 10'000;           // newest first
};

} // namespace fleetscope

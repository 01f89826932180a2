#pragma once

#include "core/Result.h"
#include "reconfig/PendingChange.h"

namespace fleetscope {

class ReconfigDatabase;

// The persistent queue of pending changes. Blocking; worker threads only (see ReconfigDatabase).
class PendingChangeStore final
{
public:
    explicit PendingChangeStore(ReconfigDatabase &database);

    Result<qint64> enqueue(const PendingChange &change);
    // Queued changes, oldest first; of one cluster when `cluster` is not empty.
    Result<QList<PendingChange>> queued(const QString &cluster = {}) const;
    // Every change (any state), newest first, for the queue view.
    Result<QList<PendingChange>> all(int limit = 1000) const;
    // A change leaves the queue only through these. Cancel refuses changes that are no longer queued.
    Status finish(qint64 id, PendingChange::State state, const QString &message);
    Status cancel(qint64 id);

private:
    Result<QList<PendingChange>> select(const QString &where, const QVariantList &binds, const QString &order) const;

    ReconfigDatabase &m_database;
};

} // namespace fleetscope

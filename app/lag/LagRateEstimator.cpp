#include "lag/LagRateEstimator.h"

namespace fleetscope {

namespace {
// Weight of the newest measurement: commits arrive in bursts, so one poll alone is too jumpy.
constexpr double newestWeight = 0.5;
} // namespace

void LagRateEstimator::estimate(QList<GroupLag> &groups, qint64 nowMs)
{
    QHash<QString, GroupHistory> next;
    for (GroupLag &group : groups) {
        GroupHistory current;
        current.sampledAtMs = nowMs;
        for (const PartitionLag &p : group.partitions)
            if (p.committed >= 0)
                current.committed.insert({p.topic, p.partition}, p.committed);

        const auto previous = m_history.constFind(group.group);
        if (previous != m_history.cend() && nowMs > previous->sampledAtMs) {
            qint64 consumed = 0;
            for (auto it = current.committed.cbegin(); it != current.committed.cend(); ++it)
                if (const auto before = previous->committed.constFind(it.key()); before != previous->committed.cend())
                    consumed += std::max<qint64>(0, it.value() - before.value());
            const double rate = consumed * 1000.0 / double(nowMs - previous->sampledAtMs);
            current.ratePerSecond = previous->ratePerSecond < 0
                ? rate
                : newestWeight * rate + (1 - newestWeight) * previous->ratePerSecond;
            current.lastProgressMs = consumed > 0 ? nowMs : previous->lastProgressMs;

            if (group.totalLag == 0) {
                group.lagSeconds = 0.0;
            } else if (consumed == 0) {
                group.stalled = true;
                group.lagSeconds = (nowMs - current.lastProgressMs) / 1000.0;
            } else {
                group.lagSeconds = group.totalLag / current.ratePerSecond;
            }
        } else {
            current.lastProgressMs = nowMs; // first sight: nothing to compare with yet
        }
        next.insert(group.group, current);
    }
    m_history = std::move(next); // groups that disappeared are forgotten
}

} // namespace fleetscope

#include "lag/ConsumerLag.h"

namespace fleetscope {

qint64 LagReport::totalLag() const
{
    qint64 total = 0;
    for (const GroupLag &group : groups)
        total += group.totalLag;
    return total;
}

QHash<int, qint64> LagReport::lagByLeader() const
{
    QHash<int, qint64> byLeader;
    for (const GroupLag &group : groups)
        for (const PartitionLag &p : group.partitions)
            if (const std::optional<qint64> lag = p.lag(); lag && p.leader >= 0)
                byLeader[p.leader] += *lag;
    return byLeader;
}

} // namespace fleetscope

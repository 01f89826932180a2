#include "collect/ClusterSnapshot.h"

namespace fleetscope {

std::optional<qint64> BrokerStatus::diskUsedBytes() const
{
    if (!disk)
        return std::nullopt;
    qint64 used = 0;
    for (const LogDir &dir : disk->logDirs) {
        if (!dir.isOnline())
            continue;
        if (disk->hasCapacity && dir.totalBytes && dir.usableBytes)
            used += *dir.totalBytes - *dir.usableBytes;
        else
            used += dir.partitionBytes();
    }
    return used;
}

std::optional<qint64> BrokerStatus::diskTotalBytes() const
{
    if (!disk || !disk->hasCapacity)
        return std::nullopt;
    qint64 total = 0;
    for (const LogDir &dir : disk->logDirs) {
        if (!dir.isOnline() || !dir.totalBytes)
            continue;
        total += *dir.totalBytes;
    }
    return total > 0 ? std::optional<qint64>(total) : std::nullopt;
}

int ClusterSnapshot::brokersUp() const
{
    int up = 0;
    for (const BrokerStatus &b : brokers)
        if (b.state == LinkState::Up)
            ++up;
    return up;
}

const BrokerStatus *ClusterSnapshot::broker(int nodeId) const
{
    for (const BrokerStatus &b : brokers)
        if (b.nodeId == nodeId)
            return &b;
    return nullptr;
}

} // namespace fleetscope

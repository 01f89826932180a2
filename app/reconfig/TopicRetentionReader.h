#pragma once

#include "core/Result.h"
#include "fleet/Fleet.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace fleetscope {

// The retention.ms of many topics in one DescribeConfigs, for the cluster view's Retention column.
// Blocking: run it on a worker thread. A topic the broker refused (e.g. no Describe right) is
// absent from the answer; -1 means unlimited.
class TopicRetentionReader final
{
public:
    static Result<QHash<QString, qint64>> read(const ClusterConfig &cluster, const QStringList &topics,
                                               int timeoutMs = 10'000);
};

} // namespace fleetscope

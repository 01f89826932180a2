#pragma once

#include "core/Result.h"
#include "reconfig/ReplicationThrottle.h"

namespace fleetscope {

class ClusterConfigGateway;

// The ThrottleSetter of a real cluster: writes or deletes a ReplicationThrottle's keys with
// IncrementalAlterConfigs through the cluster's ClusterConfigGateway (each broker's rates on that
// broker, the replica lists on the topic). Removing goes on after a refusal, so that one broker
// that fails does not leave the others throttled; the message names every resource that failed.
class ThrottleWriter final
{
public:
    explicit ThrottleWriter(ClusterConfigGateway &gateway);

    Status write(const ReplicationThrottle &throttle, ThrottleAction action);
    // For ReplicationChange::Options::throttleSetter. The gateway must outlive the change.
    ThrottleSetter setter();

private:
    ClusterConfigGateway &m_gateway;
};

} // namespace fleetscope

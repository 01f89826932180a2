# Sources of the replication-factor change (owned by this part of the reconfig module): the codec is
# in protocol/, this is the planning and the running of a reassignment.
target_sources(fleetscope_core PRIVATE
    reconfig/ReplicationPlan.h reconfig/ReplicationPlan.cpp
    reconfig/ReplicationPlanner.h reconfig/ReplicationPlanner.cpp
    reconfig/ReplicationThrottle.h reconfig/ReplicationThrottle.cpp
    reconfig/ReassignmentClient.h reconfig/ReassignmentClient.cpp
    reconfig/ReplicationChange.h reconfig/ReplicationChange.cpp
)

# Sources of the reconfig module, added to fleetscope_core (owned by this module; no QtWidgets).
# Configuration changes across the fleet: targets, plans with validation, dry run, apply
# and verify, the pending queue for clusters that do not answer, the audit log and undo.
target_sources(fleetscope_core PRIVATE
    reconfig/ReconfigLogging.h reconfig/ReconfigLogging.cpp
    reconfig/BoundedRunner.h reconfig/BoundedRunner.cpp
    reconfig/ConfigTarget.h reconfig/ConfigTarget.cpp
    reconfig/ConfigPlan.h reconfig/ConfigPlan.cpp
    reconfig/InheritedValue.h reconfig/InheritedValue.cpp
    reconfig/ConfigValueParser.h reconfig/ConfigValueParser.cpp
    reconfig/ClusterConfigGateway.h reconfig/ClusterConfigGateway.cpp
    reconfig/ConfigPlanner.h reconfig/ConfigPlanner.cpp
    reconfig/ConfigApplier.h reconfig/ConfigApplier.cpp
    reconfig/ReconfigDatabase.h reconfig/ReconfigDatabase.cpp
    reconfig/AuditRecord.h
    reconfig/AuditLog.h reconfig/AuditLog.cpp
    reconfig/PendingChange.h
    reconfig/PendingChangeStore.h reconfig/PendingChangeStore.cpp
    reconfig/AuditUndo.h reconfig/AuditUndo.cpp
    reconfig/PendingChangeRunner.h reconfig/PendingChangeRunner.cpp
    reconfig/ReconfigJob.h reconfig/ReconfigJob.cpp
    reconfig/TopicRetentionReader.h reconfig/TopicRetentionReader.cpp
    # The replication-factor change: planning and running a reassignment (its codec is in protocol/).
    reconfig/ReplicationPlan.h reconfig/ReplicationPlan.cpp
    reconfig/ReplicationPlanner.h reconfig/ReplicationPlanner.cpp
    reconfig/ReplicationThrottle.h reconfig/ReplicationThrottle.cpp
    reconfig/ReassignmentClient.h reconfig/ReassignmentClient.cpp
    reconfig/ReplicationChange.h reconfig/ReplicationChange.cpp
    reconfig/ThrottleWriter.h reconfig/ThrottleWriter.cpp
    reconfig/ReplicationFactorRun.h reconfig/ReplicationFactorRun.cpp
    reconfig/ReplicationFactorJob.h reconfig/ReplicationFactorJob.cpp
)
# The command-line front end of the module: fleetscope set / replicate / audit / undo / pending.
target_sources(fleetscope_core PRIVATE
    cli/PlanPrinter.h cli/PlanPrinter.cpp
    cli/CommandFleet.h cli/CommandFleet.cpp
    cli/SetCommand.h cli/SetCommand.cpp
    cli/ReplicateCommand.h cli/ReplicateCommand.cpp
    cli/AuditCommand.h cli/AuditCommand.cpp
)

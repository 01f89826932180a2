# The reconfiguration forms (issue 5), added to fleetscope_widgets. The logic is the core's
# (app/reconfig): these widgets only collect input, show plans and results, and call ReconfigJob.
target_sources(fleetscope_widgets PRIVATE
    reconfig/CommonConfigKeys.h reconfig/CommonConfigKeys.cpp
    reconfig/RetentionImpact.h reconfig/RetentionImpact.cpp
    reconfig/ConfigPlanModel.h reconfig/ConfigPlanModel.cpp
    reconfig/AuditTableModel.h reconfig/AuditTableModel.cpp
    reconfig/PendingQueueModel.h reconfig/PendingQueueModel.cpp
    reconfig/SettingsForm.h reconfig/SettingsForm.cpp
    reconfig/BulkReconfigDialog.h reconfig/BulkReconfigDialog.cpp
    reconfig/ReconfigLogDialog.h reconfig/ReconfigLogDialog.cpp
    reconfig/ReplicationPlanModel.h reconfig/ReplicationPlanModel.cpp
    reconfig/ReplicationFactorDialog.h reconfig/ReplicationFactorDialog.cpp
    reconfig/ReconfigController.h reconfig/ReconfigController.cpp
)

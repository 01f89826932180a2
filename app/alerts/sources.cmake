# Sources of the alerts module, added to fleetscope_core (owned by this module).
# Alert rules over the node reports (AlertEngine, pure logic on the injected clock), the records kept
# across restarts (AlertStore over an SQLite file written on its own thread) and the thresholds.
target_sources(fleetscope_core PRIVATE
    alerts/Alert.h alerts/Alert.cpp
    alerts/AlertThresholdSet.h alerts/AlertThresholdSet.cpp
    alerts/AlertEngine.h alerts/AlertEngine.cpp
    alerts/DiskFullForecaster.h alerts/DiskFullForecaster.cpp
    alerts/AlertDatabase.h alerts/AlertDatabase.cpp
    alerts/AlertStore.h alerts/AlertStore.cpp
    alerts/AlertService.h alerts/AlertService.cpp
)

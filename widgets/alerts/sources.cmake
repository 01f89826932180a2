# Sources of the alerts GUI, added to fleetscope_widgets (owned by the alerts module).
target_sources(fleetscope_widgets PRIVATE
    alerts/AlertListModel.h alerts/AlertListModel.cpp
    alerts/AlertFilterModel.h alerts/AlertFilterModel.cpp
    alerts/AlertsPanel.h alerts/AlertsPanel.cpp
    alerts/ThresholdsDialog.h alerts/ThresholdsDialog.cpp
    alerts/AlertNotifier.h alerts/AlertNotifier.cpp
)

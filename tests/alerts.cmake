# Tests of the alerts module: fleetscope_add_test(...) lines.
fleetscope_add_test(alertengine LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(alertstore LIBS Fleetscope::Core LABELS unit)
if(FLEETSCOPE_GUI)
    fleetscope_add_test(alertspanel LIBS Fleetscope::Widgets LABELS gui)
    fleetscope_add_test(alertslive LIBS Fleetscope::Widgets fleetscope_testsupport LABELS "gui;live")
endif()

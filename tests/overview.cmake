# Tests of the overview and the main window's field ergonomics.
fleetscope_add_test(reportfilter LIBS Fleetscope::Core LABELS unit)
if(FLEETSCOPE_GUI)
    fleetscope_add_test(overviewmodel LIBS Fleetscope::Widgets LABELS gui)
    fleetscope_add_test(theme LIBS Fleetscope::Widgets LABELS gui)
    fleetscope_add_test(fractionbardelegate LIBS Fleetscope::Widgets LABELS gui)
endif()

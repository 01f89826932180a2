# Tests of the cluster detail and the wall screen: fleetscope_add_test(...) lines.
if(FLEETSCOPE_GUI)
    fleetscope_add_test(clustermodels LIBS Fleetscope::Widgets fleetscope_testsupport LABELS "gui;live")
    fleetscope_add_test(kiosktilemodel LIBS Fleetscope::Widgets LABELS gui)
    fleetscope_add_test(wallscreen LIBS Fleetscope::Widgets LABELS gui)
endif()

# Tests of the reconfiguration forms (widgets/reconfig, issue 5).
fleetscope_add_test(retentionimpact LIBS Fleetscope::Widgets LABELS unit)
fleetscope_add_test(reconfigforms LIBS Fleetscope::Widgets fleetscope_testsupport LABELS "gui;live")
fleetscope_add_test(replicationdialog LIBS Fleetscope::Widgets fleetscope_testsupport LABELS "gui;live")
fleetscope_add_test(reconfigflows LIBS Fleetscope::Widgets fleetscope_testsupport LABELS "gui;live")

# Tests of the reconfig module (issue 5).
fleetscope_add_test(configvalueparser LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(auditlog LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(reconfiglive LIBS fleetscope_testsupport LABELS live)
fleetscope_add_test(inheritedvalue LIBS Fleetscope::Core LABELS unit)

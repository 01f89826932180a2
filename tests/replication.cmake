# Tests of the replication-factor change: fleetscope_add_test(...) lines.
fleetscope_add_test(replicationplanner LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(replicationlive LIBS fleetscope_testsupport LABELS live)
fleetscope_add_test(replicatecommand LIBS fleetscope_testsupport LABELS live)

# Tests of the protocol module: fleetscope_add_test(...) lines.
fleetscope_add_test(protocolcodec LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(protocolmessages LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(protocolserver LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(logdirs LIBS fleetscope_testsupport PkgConfig::RDKAFKA LABELS live)
fleetscope_add_test(groupoffsets LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(partitionreassignments LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(metadatabrokers LIBS Fleetscope::Core LABELS unit)

# Tests of the history module: fleetscope_add_test(...) lines.
fleetscope_add_test(timeseriesstore LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(timeseriesmemory LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(historydatabase LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(historyrecorder LIBS Fleetscope::Core LABELS unit)

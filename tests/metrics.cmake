# Tests of the metrics module: fleetscope_add_test(...) lines.
fleetscope_add_test(prometheustextparser LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(prometheusjvmheap LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(httpscraper LIBS Fleetscope::Core LABELS unit)
fleetscope_add_test(heaplive LIBS fleetscope_testsupport LABELS live)

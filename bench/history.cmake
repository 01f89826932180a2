# Benchmarks of the history module.
# bench_store: memory per value, append rate, 24 h query time and bytes on disk for 30,000 series.
add_executable(bench_store bench_store.cpp)
target_link_libraries(bench_store PRIVATE Fleetscope::Core)

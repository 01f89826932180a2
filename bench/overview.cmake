# Benchmarks of the overview: its update tick, and start-up to the first painted window.
add_library(fleetscope_bench_synthetic STATIC SyntheticFleet.h SyntheticFleet.cpp)
target_include_directories(fleetscope_bench_synthetic PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(fleetscope_bench_synthetic PUBLIC Fleetscope::Core)

if(FLEETSCOPE_GUI)
    # bench_overview: one update tick on 1,000 clusters x 3 brokers with an hour of history.
    add_executable(bench_overview bench_overview.cpp)
    target_link_libraries(bench_overview PRIVATE fleetscope_bench_synthetic Fleetscope::Widgets)
endif()
# bench_startup_fixture DIR: the fleet file and history database the start-up measurement opens.
add_executable(bench_startup_fixture bench_startup_fixture.cpp)
target_link_libraries(bench_startup_fixture PRIVATE fleetscope_bench_synthetic)

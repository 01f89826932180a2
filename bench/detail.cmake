# Benchmark of the node detail view.
# bench_detail: replot time of the four panels over 24 h of 20 series at 1600x900, offscreen, and RSS.
if(FLEETSCOPE_GUI)
    add_executable(bench_detail bench_detail.cpp)
    target_link_libraries(bench_detail PRIVATE Fleetscope::Widgets)
endif()

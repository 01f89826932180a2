add_executable(bench_collection bench_collection.cpp)
target_link_libraries(bench_collection PRIVATE Fleetscope::Core PkgConfig::RDKAFKA)

add_executable(bench_lag bench_lag.cpp ${PROJECT_SOURCE_DIR}/tests/support/KafkaTestClient.cpp)
target_link_libraries(bench_lag PRIVATE Fleetscope::Core PkgConfig::RDKAFKA)

# Sources of the metrics module, added to fleetscope_core (owned by this module).
# JVM heap from the brokers' JMX exporters: a blocking HTTP scraper, a Prometheus text parser and
# the reader that finds the heap in either client_java naming scheme.
target_sources(fleetscope_core PRIVATE
    metrics/MetricsLogging.h metrics/MetricsLogging.cpp
    metrics/PrometheusSample.h
    metrics/PrometheusTextParser.h metrics/PrometheusTextParser.cpp
    metrics/JvmHeap.h
    metrics/JvmHeapReader.h metrics/JvmHeapReader.cpp
    metrics/HttpResponseReader.h metrics/HttpResponseReader.cpp
    metrics/HttpScraper.h metrics/HttpScraper.cpp
    metrics/HeapProbe.h metrics/HeapProbe.cpp
)

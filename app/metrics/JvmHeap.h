#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace fleetscope {

// A broker's JVM heap as its JMX exporter reported it at one scrape.
struct JvmHeap
{
    // Which generation of Prometheus client_java named the JVM metrics the exporter serves.
    enum class Naming
    {
        ClientJava1x, // JMX exporter 1.x: jvm_memory_used_bytes, jvm_memory_committed_bytes,
                      // jvm_memory_max_bytes
        ClientJava0x, // JMX exporter 0.x (simpleclient_hotspot): jvm_memory_bytes_used, ..._committed,
                      // ..._max
    };

    Naming naming = Naming::ClientJava1x;
    qint64 usedBytes = 0;
    std::optional<qint64> committedBytes;
    std::optional<qint64> maxBytes; // absent when the JVM reports no limit (-1)
    std::optional<double> gcSecondsTotal; // summed over all collectors; absent without GC metrics
    qint64 sampledAtMs = 0; // when the scrape completed (ms since epoch); 0 when read offline
    qint64 scrapeDurationMs = 0; // how long the HTTP fetch took; 0 when read offline

    // "client_java 1.x" or "client_java 0.x", for tooltips and logs.
    static QString namingText(Naming naming)
    {
        return naming == Naming::ClientJava1x ? QStringLiteral("client_java 1.x")
                                              : QStringLiteral("client_java 0.x");
    }
};

} // namespace fleetscope

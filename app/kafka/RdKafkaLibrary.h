#pragma once

#include <QString>
#include <QStringList>

namespace fleetscope {

// The librdkafka this program runs with, and what it cannot do. Fleetscope is built against
// librdkafka 2.6.1 or newer (the system's, or the static 2.8.0 tools/bootstrap builds); a build that
// forces an older system library (FLEETSCOPE_SYSTEM_RDKAFKA, e.g. Debian 12's 2.0.2) still works,
// with the limits knownLimits() names.
class RdKafkaLibrary final
{
public:
    RdKafkaLibrary() = delete;

    static QString version();           // rd_kafka_version_str(), e.g. "2.8.0"
    static bool scramWorksWithKafka4(); // 2.6.1 and newer (#4895)
    // One sentence per limit of this librdkafka against Kafka 4; empty for 2.6.1 and newer.
    static QStringList knownLimits();
    // Logs the version and its limits (warnings) once per process: when the first client starts.
    static void logOnce();
};

} // namespace fleetscope

#include "kafka/RdKafkaLibrary.h"

#include "core/Logging.h"

#include <librdkafka/rdkafka.h>

#include <mutex>

namespace fleetscope {

namespace {

// rd_kafka_version() is 0xMMmmrrxx; xx = 0xff for a release.
constexpr int kScramWithKafka4 = 0x020601ff; // librdkafka 2.6.1 (#4895)

} // namespace

QString RdKafkaLibrary::version()
{
    return QString::fromUtf8(rd_kafka_version_str());
}

bool RdKafkaLibrary::scramWorksWithKafka4()
{
    return rd_kafka_version() >= kScramWithKafka4;
}

QStringList RdKafkaLibrary::knownLimits()
{
    QStringList limits;
    // Log lines for whoever chose this build, not user-facing text: not translated.
    if (!scramWorksWithKafka4())
        limits << QStringLiteral("SCRAM logins to Kafka 4 brokers fail even with the right password "
                                 "(librdkafka #4895, fixed in 2.6.1): clusters that offer only SCRAM are unreachable "
                                 "for metadata, lag and link statistics; use PLAIN over SASL_SSL where the cluster "
                                 "offers it, or build with librdkafka 2.6.1 or newer (tools/bootstrap builds 2.8.0)");
    return limits;
}

void RdKafkaLibrary::logOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        qCInfo(lcKafka).noquote() << "librdkafka" << version();
        for (const QString &limit : knownLimits())
            qCWarning(lcKafka).noquote() << "librdkafka" << version() << "limit:" << limit;
    });
}

} // namespace fleetscope

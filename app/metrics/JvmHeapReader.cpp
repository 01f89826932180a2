#include "metrics/JvmHeapReader.h"

#include <QCoreApplication>

#include <cmath>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JvmHeapReader", text);
}

struct NamingScheme
{
    JvmHeap::Naming naming;
    const char *used;
    const char *committed;
    const char *max;
};

// 1.x first: should an exporter serve both (a custom registry next to the agent), the newer names win.
constexpr NamingScheme schemes[] = {
    { JvmHeap::Naming::ClientJava1x, "jvm_memory_used_bytes", "jvm_memory_committed_bytes",
        "jvm_memory_max_bytes" },
    { JvmHeap::Naming::ClientJava0x, "jvm_memory_bytes_used", "jvm_memory_bytes_committed",
        "jvm_memory_bytes_max" },
};
// Both generations name the GC summary alike; the _sum series is seconds spent per collector.
constexpr char gcSecondsSum[] = "jvm_gc_collection_seconds_sum";

std::optional<double> heapSample(const QList<PrometheusSample> &samples, const char *name)
{
    for (const PrometheusSample &sample : samples)
        if (sample.name == name && sample.label("area") == QByteArray("heap"))
            return sample.value;
    return std::nullopt;
}

// Byte counts arrive as doubles ("4.98597888E8"); anything negative, NaN, infinite or past
// 2^53 (where doubles stop being exact) is not a heap size. -1 is the JVM's "undefined" for max.
std::optional<qint64> asBytes(std::optional<double> value)
{
    constexpr double exactLimit = 9007199254740992.0; // 2^53
    if (!value || !std::isfinite(*value) || *value < 0 || *value > exactLimit)
        return std::nullopt;
    return static_cast<qint64>(std::llround(*value));
}

} // namespace

const QList<QByteArray> &JvmHeapReader::metricNames()
{
    static const QList<QByteArray> names = [] {
        QList<QByteArray> list;
        for (const NamingScheme &scheme : schemes)
            list << scheme.used << scheme.committed << scheme.max;
        list << gcSecondsSum;
        return list;
    }();
    return names;
}

PrometheusTextParser::NameFilter JvmHeapReader::filter()
{
    return PrometheusTextParser::keepNames(metricNames());
}

Result<JvmHeap> JvmHeapReader::read(const QList<PrometheusSample> &samples)
{
    for (const NamingScheme &scheme : schemes) {
        const std::optional<double> usedValue = heapSample(samples, scheme.used);
        if (!usedValue)
            continue;
        const std::optional<qint64> used = asBytes(usedValue);
        if (!used)
            return Error { tr("%1{area=\"heap\"} is %2, which is not a heap size in bytes")
                               .arg(QLatin1String(scheme.used))
                               .arg(*usedValue) };
        JvmHeap heap;
        heap.naming = scheme.naming;
        heap.usedBytes = *used;
        heap.committedBytes = asBytes(heapSample(samples, scheme.committed));
        heap.maxBytes = asBytes(heapSample(samples, scheme.max));

        double gcSeconds = 0;
        bool anyCollector = false;
        for (const PrometheusSample &sample : samples) {
            if (sample.name != gcSecondsSum || !std::isfinite(sample.value))
                continue;
            gcSeconds += sample.value;
            anyCollector = true;
        }
        if (anyCollector)
            heap.gcSecondsTotal = gcSeconds;
        return heap;
    }
    return Error { tr(
        "the exporter does not expose JVM memory metrics: found neither "
        "jvm_memory_used_bytes{area=\"heap\"} (JMX exporter 1.x) nor jvm_memory_bytes_used{area=\"heap\"} "
        "(0.x). Check that the URL points at the broker's JMX exporter java agent "
        "(-javaagent:jmx_prometheus_javaagent.jar=PORT:config.yaml) and not at another exporter, "
        "and that its configuration does not exclude the jvm_* metrics.") };
}

Result<JvmHeap> JvmHeapReader::readText(QByteArrayView text)
{
    PrometheusTextParser::Options options;
    options.keep = filter();
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser(options).parse(text);
    if (!samples)
        return Error { tr("the metrics text is malformed: %1").arg(samples.errorMessage()) };
    return read(*samples);
}

} // namespace fleetscope

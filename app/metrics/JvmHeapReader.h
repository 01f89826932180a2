#pragma once

#include "core/Result.h"
#include "metrics/JvmHeap.h"
#include "metrics/PrometheusSample.h"
#include "metrics/PrometheusTextParser.h"

#include <QByteArrayView>
#include <QList>

namespace fleetscope {

// Finds the JVM heap among the samples of a JMX exporter scrape, in either naming scheme.
class JvmHeapReader final
{
public:
    // Every metric name read() looks at: a parser filter built from it keeps big scrapes cheap.
    static const QList<QByteArray> &metricNames();
    static PrometheusTextParser::NameFilter filter();

    // The samples may hold anything else too; sampledAtMs and scrapeDurationMs stay 0.
    static Result<JvmHeap> read(const QList<PrometheusSample> &samples);

    // Parses a /metrics body, keeping only metricNames(), then read()s it.
    static Result<JvmHeap> readText(QByteArrayView text);
};

} // namespace fleetscope

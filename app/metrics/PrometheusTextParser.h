#pragma once

#include "core/Result.h"
#include "metrics/PrometheusSample.h"

#include <QByteArrayView>
#include <QList>

#include <functional>

namespace fleetscope {

// Reads the Prometheus text exposition format 0.0.4, as the JMX exporter java agent serves it at
// /metrics; an OpenMetrics "# EOF" line ends the input. The text comes from the network, so every
// size is bounded and a malformed line is an Error naming its number and what was expected.
class PrometheusTextParser final
{
public:
    // Decides from the metric name alone whether a sample is kept. Lines of dropped samples are
    // not read past their name, which keeps a big scrape cheap when only a few names matter.
    using NameFilter = std::function<bool(QByteArrayView name)>;

    struct Options
    {
        qsizetype maxLineBytes = 64 * 1024;
        qsizetype maxSamples = 200'000; // kept samples: they are what costs memory
        int maxLabelsPerSample = 64;
        NameFilter keep; // empty: keep every sample
    };

    PrometheusTextParser() = default;
    explicit PrometheusTextParser(Options options);

    Result<QList<PrometheusSample>> parse(QByteArrayView text) const;

    // A filter keeping the samples whose name is one of `names`.
    static NameFilter keepNames(QList<QByteArray> names);
    // A filter keeping the samples whose name starts with one of `prefixes` (e.g. "jvm_").
    static NameFilter keepPrefixes(QList<QByteArray> prefixes);

private:
    Options m_options;
};

} // namespace fleetscope

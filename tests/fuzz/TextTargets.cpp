// What arrives as text: HTTP responses from the JMX exporters, their Prometheus text, librdkafka's
// statistics JSON, MirrorMaker 2 heartbeat records, fleet files (YAML) and human units.
#include "FuzzTargets.h"

#include "fleet/FleetFileParser.h"
#include "kafka/StatisticsParser.h"
#include "metrics/HttpResponseReader.h"
#include "metrics/JvmHeapReader.h"
#include "metrics/PrometheusTextParser.h"
#include "mirror/MirrorHeartbeat.h"
#include "units/HumanUnits.h"


namespace fleetscope::fuzz {

// Input: one byte for the size of the pieces the "socket" delivers (1..64 bytes, or all at once),
// then the bytes of the response as they arrive.
void httpResponse(QByteArrayView data)
{
    const int piece = takeChoice(data, 0, 64);
    const qint64 maxBody = 16 * 1024;
    HttpResponseReader reader(QStringLiteral("http://exporter.fuzz.invalid:7071/metrics"),
        QStringLiteral("exporter.fuzz.invalid:7071"), maxBody, [&]() -> Result<QByteArray> {
            const qsizetype n = piece == 0 ? data.size() : std::min<qsizetype>(piece, data.size());
            const QByteArray next = data.first(n).toByteArray();
            data = data.sliced(n);
            return next;
        });
    const Result<QByteArray> body = reader.readBody();
    if (body)
        require(body->size() <= maxBody, "a body is never larger than the limit");
}

void prometheusText(QByteArrayView data)
{
    // Small limits so that the fuzzer reaches them; the defaults are the same code with larger numbers.
    PrometheusTextParser::Options options;
    options.maxLineBytes = 512;
    options.maxSamples = 64;
    options.maxLabelsPerSample = 8;
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser(options).parse(data);
    if (samples) {
        require(samples->size() <= options.maxSamples, "no more samples than maxSamples");
        for (const PrometheusSample &sample : *samples)
            require(sample.labels.size() <= options.maxLabelsPerSample, "no more labels than allowed");
    }
    (void)PrometheusTextParser().parse(data);
}

void jvmHeap(QByteArrayView data)
{
    const Result<JvmHeap> heap = JvmHeapReader::readText(data);
    if (heap)
        require(heap->usedBytes >= 0, "a heap's used bytes are not negative");
}

void statistics(QByteArrayView data)
{
    (void)StatisticsParser::parse(data.toByteArray());
}

// Input: one byte for the length of the record's key, the key, then the record's value.
void mirrorHeartbeat(QByteArrayView data)
{
    const int keyLength = std::min<int>(takeChoice(data, 0, 255), int(data.size()));
    (void)MirrorHeartbeat::decode(data.first(keyLength).toByteArray(), data.sliced(keyLength).toByteArray());
}

void fleetFile(QByteArrayView data)
{
    (void)parseFleetText(QString::fromUtf8(data), QStringLiteral("fuzz.yaml"));
}

// Every text a parser accepts gives a value that prints as text the parser reads back to it.
void humanUnits(QByteArrayView data)
{
    const QString text = QString::fromUtf8(data);
    if (const Result<qint64> bytes = parseBytes(text)) {
        const Result<qint64> again = parseBytes(formatBytes(*bytes));
        require(again && *again == *bytes, "parseBytes(formatBytes(n)) == n");
    }
    if (const Result<std::optional<qint64>> limit = parseByteLimit(text)) {
        const Result<std::optional<qint64>> again = parseByteLimit(formatByteLimit(*limit));
        require(again && *again == *limit, "parseByteLimit(formatByteLimit(n)) == n");
    }
    if (const Result<std::chrono::milliseconds> duration = parseDuration(text)) {
        const Result<std::chrono::milliseconds> again = parseDuration(formatDuration(*duration));
        require(again && *again == *duration, "parseDuration(formatDuration(d)) == d");
    }
    const Result<std::optional<std::chrono::milliseconds>> limit
        = parseDurationLimit(text, std::chrono::milliseconds { 1000 });
    if (limit) {
        const auto again = parseDurationLimit(formatDurationLimit(*limit), std::chrono::milliseconds { 1000 });
        require(again && *again == *limit, "parseDurationLimit(formatDurationLimit(d)) == d");
    }
}

} // namespace fleetscope::fuzz

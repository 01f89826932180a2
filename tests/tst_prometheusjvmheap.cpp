#include "metrics/JvmHeapReader.h"

#include <QFile>
#include <QTest>

using namespace fleetscope;

class TestPrometheusJvmHeap final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealJmxExporter101Scrape();
    void readsClientJava0xNames();
    void filterKeepsOnlyTheHeapAndGcSamples();
    void maxOfMinusOneIsAbsent();
    void gcIsOptionalAndSkipsNaN();
    void newerNamesWinWhenBothArePresent();
    void missingHeapSaysWhatToCheck_data();
    void missingHeapSaysWhatToCheck();
    void impossibleUsedValueIsAnError();
    void malformedTextIsAnError();
};

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(FLEETSCOPE_TEST_DATA_DIR "/prometheus/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

const char *const realScrape = "jmx_exporter_1.0.1_kafka_4.1.1.txt";

} // namespace

void TestPrometheusJvmHeap::readsRealJmxExporter101Scrape()
{
    const Result<JvmHeap> heap = JvmHeapReader::readText(fixture(realScrape));
    QVERIFY2(heap.ok(), qPrintable(heap.ok() ? QString() : heap.errorMessage()));
    QCOMPARE(heap->naming, JvmHeap::Naming::ClientJava1x);
    QCOMPARE(heap->usedBytes, 80'132'704LL);
    QCOMPARE(heap->committedBytes, std::optional<qint64>(129'957'888));
    QCOMPARE(heap->maxBytes, std::optional<qint64>(259'522'560));
    QVERIFY(heap->gcSecondsTotal.has_value());
    QCOMPARE(*heap->gcSecondsTotal, 0.523 + 0.221); // gc="Copy" plus gc="MarkSweepCompact" (Serial GC)
    QCOMPARE(heap->sampledAtMs, 0); // stamped by HeapProbe, not by the reader
}

void TestPrometheusJvmHeap::readsClientJava0xNames()
{
    const Result<JvmHeap> heap = JvmHeapReader::readText(fixture("jmx_exporter_0x_handwritten.txt"));
    QVERIFY2(heap.ok(), qPrintable(heap.ok() ? QString() : heap.errorMessage()));
    QCOMPARE(heap->naming, JvmHeap::Naming::ClientJava0x);
    QCOMPARE(heap->usedBytes, 312'475'832LL);
    QCOMPARE(heap->committedBytes, std::optional<qint64>(536'870'912));
    QCOMPARE(heap->maxBytes, std::optional<qint64>(1'073'741'824));
    QVERIFY(heap->gcSecondsTotal.has_value());
    QCOMPARE(*heap->gcSecondsTotal, 2.871 + 0.412);
    QCOMPARE(JvmHeap::namingText(heap->naming), QStringLiteral("client_java 0.x"));
}

void TestPrometheusJvmHeap::filterKeepsOnlyTheHeapAndGcSamples()
{
    PrometheusTextParser::Options options;
    options.keep = JvmHeapReader::filter();
    const Result<QList<PrometheusSample>> kept = PrometheusTextParser(options).parse(fixture(realScrape));
    const Result<QList<PrometheusSample>> all = PrometheusTextParser().parse(fixture(realScrape));
    QVERIFY(kept.ok() && all.ok());
    QVERIFY(kept->size() < all->size() / 5);
    for (const PrometheusSample &sample : *kept)
        QVERIFY2(JvmHeapReader::metricNames().contains(sample.name), sample.name.constData());
    // Reading the filtered and the full list gives the same heap.
    QCOMPARE(JvmHeapReader::read(*kept)->usedBytes, JvmHeapReader::read(*all)->usedBytes);
}

void TestPrometheusJvmHeap::maxOfMinusOneIsAbsent()
{
    const Result<JvmHeap> heap = JvmHeapReader::readText("jvm_memory_used_bytes{area=\"heap\"} 5\n"
                                                         "jvm_memory_max_bytes{area=\"nonheap\"} 7\n"
                                                         "jvm_memory_max_bytes{area=\"heap\"} -1\n");
    QVERIFY(heap.ok());
    QCOMPARE(heap->usedBytes, 5);
    QVERIFY(!heap->maxBytes.has_value());
    QVERIFY(!heap->committedBytes.has_value());
}

void TestPrometheusJvmHeap::gcIsOptionalAndSkipsNaN()
{
    QVERIFY(!JvmHeapReader::readText("jvm_memory_used_bytes{area=\"heap\"} 5\n")->gcSecondsTotal.has_value());
    const Result<JvmHeap> heap = JvmHeapReader::readText("jvm_memory_used_bytes{area=\"heap\"} 5\n"
                                                         "jvm_gc_collection_seconds_sum{gc=\"a\"} 1.5\n"
                                                         "jvm_gc_collection_seconds_sum{gc=\"b\"} NaN\n"
                                                         "jvm_gc_collection_seconds_count{gc=\"a\"} 99\n"
                                                         "jvm_gc_collection_seconds_sum{gc=\"c\"} 0.25\n");
    QVERIFY(heap.ok());
    QCOMPARE(heap->gcSecondsTotal, std::optional<double>(1.75));
}

void TestPrometheusJvmHeap::newerNamesWinWhenBothArePresent()
{
    const Result<JvmHeap> heap = JvmHeapReader::readText("jvm_memory_bytes_used{area=\"heap\",} 1\n"
                                                         "jvm_memory_used_bytes{area=\"heap\"} 2\n");
    QVERIFY(heap.ok());
    QCOMPARE(heap->naming, JvmHeap::Naming::ClientJava1x);
    QCOMPARE(heap->usedBytes, 2);
}

void TestPrometheusJvmHeap::missingHeapSaysWhatToCheck_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("kafka only") << QByteArray("kafka_server_replicamanager_partitioncount 12\n");
    QTest::newRow("nonheap only") << QByteArray("jvm_memory_used_bytes{area=\"nonheap\"} 12\n");
    QTest::newRow("pools only") << QByteArray("jvm_memory_pool_used_bytes{pool=\"G1 Old Gen\"} 12\n");
    QTest::newRow("max only") << QByteArray("jvm_memory_max_bytes{area=\"heap\"} 12\n");
}

void TestPrometheusJvmHeap::missingHeapSaysWhatToCheck()
{
    QFETCH(QByteArray, text);
    const Result<JvmHeap> heap = JvmHeapReader::readText(text);
    QVERIFY(!heap.ok());
    QCOMPARE(heap.errorMessage(),
        QStringLiteral(
            "the exporter does not expose JVM memory metrics: found neither "
            "jvm_memory_used_bytes{area=\"heap\"} (JMX exporter 1.x) nor "
            "jvm_memory_bytes_used{area=\"heap\"} (0.x). Check that the URL points at the broker's JMX "
            "exporter java agent (-javaagent:jmx_prometheus_javaagent.jar=PORT:config.yaml) and not at "
            "another exporter, and that its configuration does not exclude the jvm_* metrics."));
}

void TestPrometheusJvmHeap::impossibleUsedValueIsAnError()
{
    const Result<JvmHeap> negative = JvmHeapReader::readText("jvm_memory_used_bytes{area=\"heap\"} -5\n");
    QVERIFY(!negative.ok());
    QCOMPARE(negative.errorMessage(),
        QStringLiteral("jvm_memory_used_bytes{area=\"heap\"} is -5, which is not a heap size in bytes"));
    QVERIFY(!JvmHeapReader::readText("jvm_memory_bytes_used{area=\"heap\"} NaN\n").ok());
    QVERIFY(!JvmHeapReader::readText("jvm_memory_bytes_used{area=\"heap\"} +Inf\n").ok());
}

void TestPrometheusJvmHeap::malformedTextIsAnError()
{
    const Result<JvmHeap> heap = JvmHeapReader::readText("# TYPE jvm_memory_used_bytes gauge\n"
                                                         "jvm_memory_used_bytes{area=\"heap\" 5\n");
    QVERIFY(!heap.ok());
    QCOMPARE(heap.errorMessage(),
        QStringLiteral("the metrics text is malformed: line 2: expected ',' or '}' after the "
                       "value of label 'area', found '5'"));
}

QTEST_GUILESS_MAIN(TestPrometheusJvmHeap)
#include "tst_prometheusjvmheap.moc"

// Live: JVM heap from every broker's JMX exporter of the real test fleet (tools/fleet up --profile test).
#include "TestFleet.h"
#include "metrics/HeapProbe.h"
#include "metrics/HttpScraper.h"
#include "metrics/JvmHeapReader.h"

#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace fleetscope;

class TestHeapLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ourValuesEqualTheExportersOwn();
    void probeStampsEveryBroker();
};

namespace {

struct Endpoint
{
    QString cluster;
    int nodeId;
    QUrl url;
};

QList<Endpoint> endpoints(const Fleet &fleet)
{
    QList<Endpoint> list;
    for (const SiteConfig &site : fleet.sites)
        for (const ClusterConfig &cluster : site.clusters)
            for (auto it = cluster.metrics.perNode.cbegin(); it != cluster.metrics.perNode.cend(); ++it)
                list.append({ cluster.name, it.key(), QUrl(it.value()) });
    return list;
}

// The exporter's own number, read with nothing of ours: the one line `name{area="heap"} value`.
std::optional<double> exportersHeapValue(const QString &body, const QString &name)
{
    const QRegularExpression line(
        QStringLiteral("^%1\\{area=\"heap\"\\} (\\S+)$").arg(name), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(body);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured(1).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

double exportersGcSeconds(const QString &body)
{
    static const QRegularExpression line(
        QStringLiteral("^jvm_gc_collection_seconds_sum\\{gc=\"[^\"]*\"\\} (\\S+)$"),
        QRegularExpression::MultilineOption);
    double sum = 0;
    for (const QRegularExpressionMatch &match : line.globalMatch(body))
        sum += match.captured(1).toDouble();
    return sum;
}

} // namespace

void TestHeapLive::ourValuesEqualTheExportersOwn()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QList<Endpoint> all = endpoints(fleet);
    QVERIFY2(!all.isEmpty(), "the test fleet file lists no metrics.perNode URLs");

    for (const Endpoint &endpoint : all) {
        const QString where = QStringLiteral("%1 node %2 (%3)")
                                  .arg(endpoint.cluster)
                                  .arg(endpoint.nodeId)
                                  .arg(endpoint.url.toString());
        // One scrape, read twice: by us and independently, so both see the same instant.
        const Result<HttpScraper::Response> response = HttpScraper::fetch(endpoint.url, 10'000);
        QVERIFY2(response.ok(),
            qPrintable(where + QStringLiteral(": ") + (response.ok() ? QString() : response.errorMessage())));
        const QString body = QString::fromUtf8(response->body);

        const Result<JvmHeap> heap = JvmHeapReader::readText(response->body);
        QVERIFY2(heap.ok(),
            qPrintable(where + QStringLiteral(": ") + (heap.ok() ? QString() : heap.errorMessage())));
        QCOMPARE(
            heap->naming, JvmHeap::Naming::ClientJava1x); // the fleet runs jmx_prometheus_javaagent 1.0.1

        const std::optional<double> used = exportersHeapValue(body, QStringLiteral("jvm_memory_used_bytes"));
        const std::optional<double> committed
            = exportersHeapValue(body, QStringLiteral("jvm_memory_committed_bytes"));
        const std::optional<double> max = exportersHeapValue(body, QStringLiteral("jvm_memory_max_bytes"));
        QVERIFY2(used && committed && max,
            qPrintable(where + QStringLiteral(": heap lines missing from the body")));
        QCOMPARE(heap->usedBytes, qint64(*used));
        QCOMPARE(heap->committedBytes, std::optional<qint64>(qint64(*committed)));
        QCOMPARE(heap->maxBytes, std::optional<qint64>(qint64(*max))); // brokers run with -Xmx, so max is set

        QVERIFY2(heap->usedBytes > 0, qPrintable(where));
        QVERIFY2(heap->usedBytes <= *heap->maxBytes, qPrintable(where));
        QVERIFY2(*heap->committedBytes <= *heap->maxBytes, qPrintable(where));
        QVERIFY2(heap->gcSecondsTotal.has_value(),
            qPrintable(where + QStringLiteral(": no jvm_gc_collection_seconds_sum")));
        QVERIFY(*heap->gcSecondsTotal >= 0);
        QVERIFY(std::abs(*heap->gcSecondsTotal - exportersGcSeconds(body)) < 1e-9);

        qInfo("%s: used %lld of max %lld (committed %lld), GC %.3f s; scrape %lld bytes in %lld ms",
            qPrintable(where), heap->usedBytes, *heap->maxBytes, *heap->committedBytes, *heap->gcSecondsTotal,
            qint64(response->body.size()), response->elapsedMs);
    }
}

void TestHeapLive::probeStampsEveryBroker()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const SystemClock clock;
    const HeapProbe probe(clock);
    for (const Endpoint &endpoint : endpoints(fleet)) {
        const qint64 before = clock.nowMs();
        const Result<JvmHeap> heap = probe.probe(endpoint.url, 10'000);
        const qint64 after = clock.nowMs();
        QVERIFY2(heap.ok(), qPrintable(heap.ok() ? QString() : heap.errorMessage()));
        QVERIFY(heap->sampledAtMs >= before && heap->sampledAtMs <= after);
        QVERIFY(heap->scrapeDurationMs >= 0 && heap->scrapeDurationMs <= after - before);
        QVERIFY(heap->usedBytes > 0);
    }
}

QTEST_GUILESS_MAIN(TestHeapLive)
#include "tst_heaplive.moc"

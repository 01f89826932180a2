// The settings form's disk estimates: will a retention fit the usable disk at the current ingress,
// and about how much a shorter retention deletes. Snapshots are built by hand (plain values).
#include "reconfig/RetentionImpact.h"

#include <QTest>

using namespace fleetscope;

namespace {

constexpr qint64 GiB = 1024LL * 1024 * 1024;

// One broker with one log dir holding `partitions` of topic "t" (sizes in bytes) and `usable` free.
ClusterSnapshot snapshot(qint64 atMs, QList<qint64> partitions, qint64 usable)
{
    LogDirTopic topic;
    topic.name = QStringLiteral("t");
    for (int i = 0; i < partitions.size(); ++i)
        topic.partitions.append({i, partitions.at(i), 0, false});
    LogDirTopic other;
    other.name = QStringLiteral("other");
    other.partitions.append({0, 5 * GiB, 0, false});
    LogDir dir;
    dir.path = QStringLiteral("/data");
    dir.usableBytes = usable;
    dir.topics = {topic, other};
    BrokerLogDirs disk;
    disk.nodeId = 1;
    disk.hasCapacity = true;
    disk.logDirs = {dir};
    BrokerStatus broker;
    broker.nodeId = 1;
    broker.disk = disk;
    ClusterSnapshot result;
    result.cluster = QStringLiteral("c");
    result.sampledAtMs = atMs;
    result.reachable = true;
    result.brokers = {broker};
    return result;
}

const ConfigTarget topicT{QStringLiteral("c"), ConfigResource::topic(QStringLiteral("t"))};

} // namespace

class TestRetentionImpact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factsFromTwoSnapshots();
    void factsOfABrokerCountEveryTopic();
    void singleSnapshotHasNoIngress();
    void retentionThatDoesNotFitWarns();
    void retentionThatFitsIsQuiet();
    void shorterTimeDeletesWhatIsOlder();
    void shorterTimeWithoutIngressScalesByRatio();
    void shorterSizeCountsPerPartition();
    void longerRetentionNeedsNoConfirmation();
    void limitReplacingUnlimitedShortens();
};

void TestRetentionImpact::factsFromTwoSnapshots()
{
    const ClusterSnapshot before = snapshot(0, {1 * GiB, 1 * GiB}, 100 * GiB);
    const ClusterSnapshot after = snapshot(10'000, {1 * GiB + 5'000'000, 1 * GiB + 5'000'000}, 100 * GiB);
    const DiskFacts facts = DiskFacts::fromSnapshots(topicT, &after, &before);
    QCOMPARE(facts.dataBytes, 2 * GiB + 10'000'000);
    QCOMPARE(facts.usableBytes, 100 * GiB);
    QVERIFY(facts.ingressPerSecond);
    QCOMPARE(*facts.ingressPerSecond, 1'000'000.0); // 10 MB in 10 s
    QCOMPARE(facts.partitionBytes.size(), 2);
}

void TestRetentionImpact::factsOfABrokerCountEveryTopic()
{
    const ClusterSnapshot now = snapshot(0, {1 * GiB}, 100 * GiB);
    const DiskFacts facts = DiskFacts::fromSnapshots({QStringLiteral("c"), ConfigResource::broker(1)}, &now, nullptr);
    QCOMPARE(facts.dataBytes, 6 * GiB);
    const DiskFacts otherBroker = DiskFacts::fromSnapshots({QStringLiteral("c"), ConfigResource::broker(2)}, &now, nullptr);
    QVERIFY(!otherBroker.dataBytes);
}

void TestRetentionImpact::singleSnapshotHasNoIngress()
{
    const ClusterSnapshot now = snapshot(0, {1 * GiB}, 100 * GiB);
    const DiskFacts facts = DiskFacts::fromSnapshots(topicT, &now, nullptr);
    QVERIFY(!facts.ingressPerSecond);
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.ms"), QStringLiteral("-1"),
                                                           QStringLiteral("3600000"), facts);
    QVERIFY(impact.fitWarning.isEmpty());
    QVERIFY(impact.basis.contains(QLatin1String("not known")));
}

void TestRetentionImpact::retentionThatDoesNotFitWarns()
{
    DiskFacts facts;
    facts.dataBytes = 1 * GiB;
    facts.usableBytes = 9 * GiB;
    facts.ingressPerSecond = 1'000'000; // 1 MB/s: 7 days need ~605 GB
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.ms"), QStringLiteral("86400000"),
                                                           QStringLiteral("604800000"), facts);
    QVERIFY2(!impact.fitWarning.isEmpty(), qPrintable(impact.basis));
    QVERIFY(!impact.shortens);
}

void TestRetentionImpact::retentionThatFitsIsQuiet()
{
    DiskFacts facts;
    facts.dataBytes = 1 * GiB;
    facts.usableBytes = 900 * GiB;
    facts.ingressPerSecond = 1'000'000;
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("log.retention.ms"), QStringLiteral("86400000"),
                                                           QStringLiteral("604800000"), facts);
    QVERIFY(impact.isEmpty());
}

void TestRetentionImpact::shorterTimeDeletesWhatIsOlder()
{
    DiskFacts facts;
    facts.dataBytes = 10'000'000'000;
    facts.usableBytes = 100 * GiB;
    facts.ingressPerSecond = 10'000; // 1 h of retention keeps 36 MB
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.ms"), QStringLiteral("604800000"),
                                                           QStringLiteral("3600000"), facts);
    QVERIFY(impact.shortens);
    QCOMPARE(impact.deletedBytes, 10'000'000'000 - 36'000'000);
    QVERIFY(!impact.deletionText.isEmpty());
}

void TestRetentionImpact::shorterTimeWithoutIngressScalesByRatio()
{
    DiskFacts facts;
    facts.dataBytes = 7'000;
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.ms"), QStringLiteral("604800000"),
                                                           QStringLiteral("172800000"), facts);
    QVERIFY(impact.shortens);
    QCOMPARE(impact.deletedBytes, 5'000); // 7d -> 2d keeps 2/7
}

void TestRetentionImpact::shorterSizeCountsPerPartition()
{
    DiskFacts facts;
    facts.partitionBytes = {300, 100, 250};
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.bytes"), QStringLiteral("-1"),
                                                           QStringLiteral("200"), facts);
    QVERIFY(impact.shortens);
    QCOMPARE(impact.deletedBytes, 100 + 0 + 50);
}

void TestRetentionImpact::longerRetentionNeedsNoConfirmation()
{
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.ms"), QStringLiteral("172800000"),
                                                           QStringLiteral("-1"), DiskFacts{});
    QVERIFY(!impact.shortens);
    QVERIFY(impact.deletionText.isEmpty());
}

void TestRetentionImpact::limitReplacingUnlimitedShortens()
{
    const RetentionImpact impact = RetentionImpact::assess(QStringLiteral("retention.bytes"), QStringLiteral("-1"),
                                                           QStringLiteral("1000"), DiskFacts{});
    QVERIFY(impact.shortens);
    QVERIFY(!impact.deletedBytes);
    QVERIFY(impact.deletionText.contains(QLatin1String("not known")));
}

QTEST_GUILESS_MAIN(TestRetentionImpact)
#include "tst_retentionimpact.moc"

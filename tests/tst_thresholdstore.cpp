// Where each limit comes from: built in, the fleet file (fleet-wide and per cluster), the
// thresholds dialog (fleet-wide and per cluster); the fleet file's `thresholds:` and its errors;
// the stored dialog layer, including files written before it was partial.
#include "fleet/FleetFileParser.h"
#include "health/ThresholdStore.h"

#include <QJsonDocument>
#include <QTest>

using namespace fleetscope;
using Source = ThresholdStore::Source;

namespace {

const QString header = QStringLiteral("version: 1\n");

QString fleetText(const QString &fleetThresholds, const QString &clusterThresholds)
{
    QString text = header;
    if (!fleetThresholds.isEmpty())
        text += QStringLiteral("thresholds: %1\n").arg(fleetThresholds);
    text += QStringLiteral("sites:\n  - name: s\n    clusters:\n");
    for (const char *name : {"edge-a", "edge-b"}) {
        text += QStringLiteral("      - name: %1\n        role: edge\n        properties: { bootstrap.servers: \"h:9092\" }\n")
                    .arg(QLatin1String(name));
        if (QLatin1String(name) == QLatin1String("edge-b") && !clusterThresholds.isEmpty())
            text += QStringLiteral("        thresholds: %1\n").arg(clusterThresholds);
    }
    return text;
}

} // namespace

class TestThresholdStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layersResolveFieldByField();
    void fleetFileReadsHumanUnits();
    void fleetFileErrors_data();
    void fleetFileErrors();
    void dialogLayerRoundTripsAndOldFilesMigrate();
};

void TestThresholdStore::layersResolveFieldByField()
{
    const Result<Fleet> fleet = parseFleetText(
        fleetText(QStringLiteral("{ disk_warning: 75%, heap_warning: 90% }"), QStringLiteral("{ disk_critical: 95% }")),
        QStringLiteral("fleet.yaml"));
    QVERIFY2(fleet, qPrintable(fleet ? QString() : fleet.errorMessage()));
    ThresholdOverrideSet dialog;
    dialog.fleet.values.insert(QStringLiteral("heapWarning"), 0.80);      // the dialog beats the file, fleet-wide
    dialog.fleet.values.insert(QStringLiteral("diskCritical"), 0.85);     // but not the file's value for edge-b
    dialog.clusters[QStringLiteral("edge-a")].values.insert(QStringLiteral("linkDownHoldMs"), 5000);
    const ThresholdStore store(*fleet, dialog);

    const HealthThresholds a = store.forCluster(QStringLiteral("edge-a"));
    const HealthThresholds b = store.forCluster(QStringLiteral("edge-b"));
    QCOMPARE(a.diskWarning, 0.75);
    QCOMPARE(a.diskCritical, 0.85);
    QCOMPARE(a.heapWarning, 0.80);
    QCOMPARE(a.linkDownHoldMs, qint64(5000));
    QCOMPARE(b.diskWarning, 0.75);
    QCOMPARE(b.diskCritical, 0.95);
    QCOMPARE(b.linkDownHoldMs, HealthThresholds{}.linkDownHoldMs);

    QCOMPARE(store.sourceOf(QStringLiteral("edge-b"), QStringLiteral("diskWarning")), Source::FleetFile);
    QCOMPARE(store.sourceOf(QStringLiteral("edge-b"), QStringLiteral("diskCritical")), Source::ClusterFile);
    QCOMPARE(store.sourceOf(QStringLiteral("edge-a"), QStringLiteral("diskCritical")), Source::Dialog);
    QCOMPARE(store.sourceOf(QStringLiteral("edge-a"), QStringLiteral("linkDownHoldMs")), Source::ClusterDialog);
    QCOMPARE(store.sourceOf(QString(), QStringLiteral("offlineMax")), Source::Default);
    // What a cluster inherits leaves out only the dialog's value at its own level.
    QCOMPARE(store.inherited(QStringLiteral("edge-a")).linkDownHoldMs, HealthThresholds{}.linkDownHoldMs);
    QCOMPARE(store.inherited(QString()).heapWarning, 0.90);

    const AlertThresholdSet resolved = store.resolved();
    QCOMPARE(resolved.forCluster(QStringLiteral("edge-b")).diskCritical, 0.95);
    QCOMPARE(resolved.forCluster(QStringLiteral("edge-a")).linkDownHoldMs, qint64(5000));
    QCOMPARE(resolved.fleet.diskCritical, 0.85);
}

void TestThresholdStore::fleetFileReadsHumanUnits()
{
    const Result<Fleet> fleet = parseFleetText(
        fleetText(QStringLiteral("{ disk_full_within: 12h, heap_hold: 90s, lag_time_limit: off, under_replicated_max: 2,"
                                 " stale_after_intervals: 5, heartbeat_max_age: 2m }"),
                  QStringLiteral("{ lag_time_limit: 30m, offline_max: 0 }")),
        QStringLiteral("fleet.yaml"));
    QVERIFY2(fleet, qPrintable(fleet ? QString() : fleet.errorMessage()));
    const ThresholdStore store(*fleet);
    const HealthThresholds a = store.forCluster(QStringLiteral("edge-a"));
    QCOMPARE(a.diskFullWithinMs, qint64(12 * 3600 * 1000));
    QCOMPARE(a.heapHoldMs, qint64(90'000));
    QCOMPARE(a.lagSecondsLimit, 0.0);
    QCOMPARE(a.underReplicatedMax, 2);
    QCOMPARE(a.staleAfterIntervals, qint64(5));
    QCOMPARE(a.heartbeatMaxAgeMs, qint64(120'000));
    QCOMPARE(store.forCluster(QStringLiteral("edge-b")).lagSecondsLimit, 1800.0);
}

void TestThresholdStore::fleetFileErrors_data()
{
    QTest::addColumn<QString>("fleetThresholds");
    QTest::addColumn<QString>("clusterThresholds");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QStringLiteral("{ disk_warn: 80% }") << QString()
                                 << QStringLiteral("fleet.yaml:2: thresholds.disk_warn: unknown key");
    QTest::newRow("fraction without %") << QStringLiteral("{ disk_warning: 0.8 }") << QString()
                                        << QStringLiteral("expected a percentage such as 80%, got \"0.8\"");
    QTest::newRow("over 100 %") << QStringLiteral("{ disk_critical: 120% }") << QString()
                                << QStringLiteral("expected a percentage such as 80%");
    QTest::newRow("bad duration") << QStringLiteral("{ heap_hold: soon }") << QString()
                                  << QStringLiteral("expected a duration such as 30s, 5m or 24h");
    QTest::newRow("negative count") << QStringLiteral("{ offline_max: -1 }") << QString()
                                    << QStringLiteral("expected a whole number of 0 or more");
    QTest::newRow("warning above critical, with the fleet's")
        << QStringLiteral("{ disk_critical: 85% }") << QStringLiteral("{ disk_warning: 88% }")
        << QStringLiteral("disk_warning (88%) is above disk_critical (85%)");
    QTest::newRow("not a map") << QStringLiteral("80%") << QString() << QStringLiteral("expected a map of limits");
}

void TestThresholdStore::fleetFileErrors()
{
    QFETCH(QString, fleetThresholds);
    QFETCH(QString, clusterThresholds);
    QFETCH(QString, message);
    const Result<Fleet> fleet = parseFleetText(fleetText(fleetThresholds, clusterThresholds), QStringLiteral("fleet.yaml"));
    QVERIFY(!fleet);
    QVERIFY2(fleet.errorMessage().contains(message), qPrintable(fleet.errorMessage()));
}

void TestThresholdStore::dialogLayerRoundTripsAndOldFilesMigrate()
{
    ThresholdOverrideSet set;
    set.fleet.values.insert(QStringLiteral("diskWarning"), 0.7);
    set.clusters[QStringLiteral("edge-b")].values.insert(QStringLiteral("heapHoldMs"), 60'000);
    QCOMPARE(ThresholdOverrideSet::fromJson(set.toJson()), set);
    QCOMPARE(ThresholdOverrideSet::fromJson({}), ThresholdOverrideSet{});

    // Before, the dialog saved complete sets: only what differs from the built-in values was set.
    const QJsonObject old = QJsonDocument::fromJson(R"({"fleet": {"diskWarning": 0.8, "diskCritical": 0.93, "heapWarning": 0.85},
                                                        "clusters": {"edge-a": {"diskWarning": 0.8}}})")
                                .object();
    const ThresholdOverrideSet migrated = ThresholdOverrideSet::fromJson(old);
    QCOMPARE(migrated.fleet.values, (QMap<QString, double>{{QStringLiteral("diskCritical"), 0.93}}));
    QVERIFY(migrated.clusters.isEmpty());
    // Unknown ids and unusable numbers are dropped, not trusted.
    const ThresholdOverrideSet odd = ThresholdOverrideSet::fromJson(
        QJsonDocument::fromJson(R"({"version": 2, "fleet": {"nonsense": 1, "diskWarning": -3, "offlineMax": 2}})").object());
    QCOMPARE(odd.fleet.values, (QMap<QString, double>{{QStringLiteral("offlineMax"), 2}}));
}

QTEST_GUILESS_MAIN(TestThresholdStore)
#include "tst_thresholdstore.moc"

// GUI, offscreen: the alert list model under QAbstractItemModelTester, the active/all filter,
// acknowledging, and the thresholds dialog's fleet and per-cluster scopes.
#include "alerts/AlertFilterModel.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertService.h"
#include "alerts/AlertsPanel.h"
#include "alerts/ThresholdsDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QLabel>
#include <QTest>
#include <QToolButton>

using namespace fleetscope;

namespace {

NodeReport report(qint64 nowMs, int nodeId, qint64 diskUsed)
{
    NodeReport r;
    r.cluster = QStringLiteral("edge-b");
    r.nodeId = nodeId;
    r.link = LinkState::Up;
    r.clusterReachable = true;
    r.sampledAtMs = nowMs;
    r.diskUsedBytes = diskUsed;
    r.diskTotalBytes = 100;
    return r;
}

} // namespace

class TestAlertsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void listFollowsTheEngineAndFilters();
    void thresholdsDialogEditsFleetAndCluster();
};

void TestAlertsPanel::listFollowsTheEngineAndFilters()
{
    QTemporaryDir dir;
    ManualClock clock;
    AlertService alerts(dir.filePath(QStringLiteral("alerts.sqlite")), clock, nullptr);
    QSignalSpy ready(&alerts, &AlertService::ready);
    alerts.start();
    QVERIFY(ready.wait(10'000));
    AlertsPanel panel(alerts, clock);
    AlertListModel *model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(panel.filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy raised(&alerts, &AlertService::raised);

    alerts.evaluate({report(clock.nowMs(), 1, 95), report(clock.nowMs(), 2, 85)});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(raised.size(), 2);
    QCOMPARE(model->activeCount(), 2);
    QCOMPARE(model->index(0, AlertListModel::SourceColumn).data().toString(), QStringLiteral("edge-b/1"));
    QCOMPARE(model->index(0, AlertListModel::RuleColumn).data().toString(), alertRuleTitle(AlertRule::DiskUsage));
    QCOMPARE(model->index(0, AlertListModel::MessageColumn).data().toString(), QStringLiteral("disk 95 % full"));
    QCOMPARE(model->index(0, AlertListModel::SeverityColumn).data().toString(), severityName(Severity::Critical));
    QVERIFY(model->index(0, AlertListModel::ClearedColumn).data().toString().isEmpty());
    clock.advance(65'000);
    model->refreshAges();
    QVERIFY2(model->index(0, AlertListModel::LastSeenColumn).data().toString().contains(QLatin1String("1 min")),
             qPrintable(model->index(0, AlertListModel::LastSeenColumn).data().toString()));

    // Sorted worst first in the active list.
    QCOMPARE(panel.filterModel()->index(0, AlertListModel::SourceColumn).data().toString(), QStringLiteral("edge-b/1"));

    // Acknowledge the selected one.
    const QModelIndex second = panel.filterModel()->index(1, 0);
    panel.table()->selectionModel()->select(second, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(panel.acknowledgeSelected(), 1);
    QVERIFY(!model->index(1, AlertListModel::AcknowledgedColumn).data().toString().isEmpty());
    QCOMPARE(panel.acknowledgeSelected(), 0); // already acknowledged

    // Node 2 recovers: cleared, out of the active list, still in all.
    clock.advance(10'000);
    alerts.evaluate({report(clock.nowMs(), 1, 95), report(clock.nowMs(), 2, 50)});
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->activeCount(), 1);
    QCOMPARE(model->index(1, AlertListModel::SeverityColumn).data().toString(), QStringLiteral("cleared"));
    QVERIFY(!model->index(1, AlertListModel::ClearedColumn).data().toString().isEmpty());
    QCOMPARE(panel.filterModel()->rowCount(), 1);
    panel.setActiveOnly(false);
    QCOMPARE(panel.filterModel()->rowCount(), 2);
}

void TestAlertsPanel::thresholdsDialogEditsFleetAndCluster()
{
    // The fleet file sets the disk warning for the fleet and the critical level for edge-b.
    Fleet fleet;
    fleet.thresholds.values.insert(QStringLiteral("diskWarning"), 0.75);
    SiteConfig site;
    site.name = QStringLiteral("s");
    for (const char *name : {"edge-a", "edge-b"}) {
        ClusterConfig cluster;
        cluster.name = QLatin1String(name);
        site.clusters.append(cluster);
    }
    site.clusters[1].thresholds.values.insert(QStringLiteral("diskCritical"), 0.95);
    fleet.sites.append(site);
    ThresholdsDialog dialog{ThresholdStore(fleet)};
    QDoubleSpinBox *diskWarning = dialog.field(QStringLiteral("diskWarning"));
    QDoubleSpinBox *diskCritical = dialog.field(QStringLiteral("diskCritical"));
    QDoubleSpinBox *linkHold = dialog.field(QStringLiteral("linkDownHold"));
    QVERIFY(diskWarning && diskCritical && linkHold);
    QCOMPARE(diskWarning->value(), 75.0); // shown in percent, from the fleet file
    QCOMPARE(dialog.sourceLabel(QStringLiteral("diskWarning"))->text(), QStringLiteral("fleet file"));
    QCOMPARE(linkHold->value(), 30.0); // and seconds, built in
    QCOMPARE(dialog.sourceLabel(QStringLiteral("linkDownHold"))->text(), QStringLiteral("built-in default"));
    QVERIFY(!dialog.resetButton(QStringLiteral("diskWarning"))->isEnabled());
    diskWarning->setValue(70);
    QCOMPARE(dialog.sourceLabel(QStringLiteral("diskWarning"))->text(), QStringLiteral("set here for the fleet"));
    QVERIFY(dialog.resetButton(QStringLiteral("diskWarning"))->isEnabled());

    dialog.selectScope(QStringLiteral("edge-b"));
    QCOMPARE(diskWarning->value(), 70.0); // inherits the fleet's value set here
    QCOMPARE(diskCritical->value(), 95.0);
    QCOMPARE(dialog.sourceLabel(QStringLiteral("diskCritical"))->text(), QStringLiteral("fleet file, this cluster"));
    linkHold->setValue(5);
    QCOMPARE(dialog.sourceLabel(QStringLiteral("linkDownHold"))->text(), QStringLiteral("set here for this cluster"));

    const ThresholdOverrideSet edited = dialog.overrides();
    QCOMPARE(edited.fleet.values, (QMap<QString, double>{{QStringLiteral("diskWarning"), 0.70}}));
    QCOMPARE(edited.clusters.size(), 1);
    QCOMPARE(edited.clusters.value(QStringLiteral("edge-b")).values,
             (QMap<QString, double>{{QStringLiteral("linkDownHoldMs"), 5000}}));
    const ThresholdStore &result = dialog.thresholds();
    QCOMPARE(result.forCluster(QStringLiteral("edge-b")).linkDownHoldMs, qint64(5000));
    QCOMPARE(result.forCluster(QStringLiteral("edge-b")).diskCritical, 0.95);
    QCOMPARE(result.forCluster(QStringLiteral("edge-a")).linkDownHoldMs, qint64(30'000));
    QCOMPARE(result.forCluster(QStringLiteral("edge-a")).diskWarning, 0.70);

    // Put back to what it inherits, a value is no longer set here; Reset takes one away.
    linkHold->setValue(30);
    QVERIFY(dialog.overrides().clusters.isEmpty());
    dialog.selectScope({});
    dialog.resetButton(QStringLiteral("diskWarning"))->click();
    QCOMPARE(diskWarning->value(), 75.0);
    QVERIFY(dialog.overrides().isEmpty());
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"

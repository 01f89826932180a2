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
#include <QTest>

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
    AlertThresholdSet set;
    ThresholdsDialog dialog(set, {QStringLiteral("edge-a"), QStringLiteral("edge-b")});
    QDoubleSpinBox *diskWarning = dialog.field(QStringLiteral("diskWarning"));
    QDoubleSpinBox *linkHold = dialog.field(QStringLiteral("linkDownHold"));
    QVERIFY(diskWarning && linkHold);
    QCOMPARE(diskWarning->value(), 80.0); // shown in percent
    QCOMPARE(linkHold->value(), 30.0);    // and seconds
    diskWarning->setValue(70);

    dialog.selectScope(QStringLiteral("edge-b"));
    QVERIFY(!dialog.ownThresholdsBox()->isChecked());
    QVERIFY(!diskWarning->isEnabled()); // follows the fleet until it has its own
    QCOMPARE(diskWarning->value(), 70.0);
    dialog.ownThresholdsBox()->setChecked(true);
    QVERIFY(diskWarning->isEnabled());
    linkHold->setValue(5);

    const AlertThresholdSet edited = dialog.thresholds();
    QCOMPARE(edited.fleet.diskWarning, 0.70);
    QCOMPARE(edited.fleet.linkDownHoldMs, qint64(30'000));
    QCOMPARE(edited.clusters.size(), 1);
    QCOMPARE(edited.forCluster(QStringLiteral("edge-b")).linkDownHoldMs, qint64(5000));
    QCOMPARE(edited.forCluster(QStringLiteral("edge-b")).diskWarning, 0.70);
    QCOMPARE(edited.forCluster(QStringLiteral("edge-a")).linkDownHoldMs, qint64(30'000));
}

QTEST_MAIN(TestAlertsPanel)
#include "tst_alertspanel.moc"

// GUI, offscreen, against the live test fleet: tools/fleet stop of a broker turns its overview row
// to down and raises the link-down alert; tools/fleet start clears it, and the list keeps it as
// cleared. Acknowledged from the keyboard on the way.
#include "TestFleet.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertFilterModel.h"
#include "alerts/AlertService.h"
#include "alerts/AlertsPanel.h"
#include "main/MainWindow.h"
#include "session/FleetSession.h"
#include "overview/OverviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetscope;
using fleetscope::test::TestFleet;

class TestAlertsLive final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void stoppedBrokerRaisesLinkDownAndStartClearsIt();
};

namespace {

const QString cluster = QStringLiteral("edge-b");
constexpr int nodeId = 2; // tools/fleet's "edge-b-2"

// The row of the broker-down alert of edge-b/2 in the panel's model, or -1.
int brokerDownRow(const AlertListModel &model)
{
    const QString title = alertRuleTitle(AlertRule::BrokerDown);
    for (int row = model.rowCount() - 1; row >= 0; --row)
        if (model.index(row, AlertListModel::SourceColumn).data().toString() == QStringLiteral("edge-b/2")
            && model.index(row, AlertListModel::RuleColumn).data().toString() == title)
            return row;
    return -1;
}

} // namespace

void TestAlertsLive::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FleetscopeTests"));
    QLocale::setDefault(QLocale::c());
}

void TestAlertsLive::stoppedBrokerRaisesLinkDownAndStartClearsIt()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    QTemporaryDir dir;
    SystemClock clock;
    AlertService alerts(dir.filePath(QStringLiteral("alerts.sqlite")), clock, nullptr);
    QSignalSpy ready(&alerts, &AlertService::ready);
    alerts.start();
    QVERIFY(ready.wait(10'000));

    FleetSession session(clock, nullptr, &alerts);
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window)); // shortcuts need an active window
    QSignalSpy shown(&window, &MainWindow::fleetShown);
    window.openFleetFile(fleet.sourcePath);
    QVERIFY(shown.wait(5000));
    // The production hold for "broker down" is 30 s; 4 s keeps the test short. The rule and its
    // hold are what is tested, not the default number (tst_alertengine checks the defaults).
    ThresholdOverrideSet thresholds = alerts.thresholdStore().dialogOverrides();
    thresholds.fleet.values.insert(QStringLiteral("linkDownHoldMs"), 4000);
    alerts.setDialogThresholds(thresholds);

    AlertsPanel *panel = window.alertsPanel();
    QVERIFY(panel);
    AlertListModel *model = panel->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    OverviewTableModel *overview = window.overviewModel();
    auto brokerState = [&]() -> std::optional<LinkState> {
        const int row = overview->rowOf(cluster, nodeId);
        if (row < 0 || overview->report(row).stale)
            return std::nullopt;
        return overview->report(row).link;
    };
    QVERIFY2(TestFleet::waitFor([&] { return brokerState() == LinkState::Up; }, 60'000), "edge-b/2 never shows as up");
    QCOMPARE(brokerDownRow(*model), -1);

    bool stopped = false;
    const auto restart = qScopeGuard([&] {
        if (stopped)
            TestFleet::startNode(QStringLiteral("edge-b-2"));
    });
    const QString stopError = TestFleet::stopNode(QStringLiteral("edge-b-2"));
    QVERIFY2(stopError.isEmpty(), qPrintable(stopError));
    stopped = true;

    QVERIFY2(TestFleet::waitFor([&] { return brokerState() == LinkState::Down; }, 60'000), "the row never turns to down");
    const int stateRow = overview->rowOf(cluster, nodeId);
    const QString stateText = overview->index(stateRow, OverviewTableModel::StateColumn).data().toString();
    QVERIFY2(stateText.contains(linkStateName(LinkState::Down)), qPrintable(stateText)); // "broker down"
    QVERIFY2(TestFleet::waitFor([&] { return brokerDownRow(*model) >= 0; }, 60'000), "no broker-down alert");
    const int row = brokerDownRow(*model);
    const QModelIndex alert = model->index(row, 0);
    QVERIFY(alert.data(AlertListModel::ActiveRole).toBool());
    QCOMPARE(model->index(row, AlertListModel::SeverityColumn).data().toString(), severityName(Severity::Critical));
    QVERIFY(model->index(row, AlertListModel::ClearedColumn).data().toString().isEmpty());
    QVERIFY(alerts.engine().active({cluster, nodeId, AlertRule::BrokerDown}));
    QVERIFY(!alerts.engine().active({cluster, -1, AlertRule::ClusterUnreachable})); // one broker, not the cluster

    // Acknowledge from the keyboard: select it in the (active) list, Ctrl+K.
    QTableView *table = panel->table();
    const QModelIndex shownRow = panel->filterModel()->mapFromSource(alert);
    QVERIFY(shownRow.isValid());
    table->setFocus();
    table->selectionModel()->select(shownRow, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->setCurrentIndex(shownRow);
    QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
    QVERIFY2(!model->index(row, AlertListModel::AcknowledgedColumn).data().toString().isEmpty(), "Ctrl+K did not acknowledge");

    const QString startError = TestFleet::startNode(QStringLiteral("edge-b-2"));
    QVERIFY2(startError.isEmpty(), qPrintable(startError));
    stopped = false;
    QVERIFY2(TestFleet::waitFor([&] { return !model->index(row, 0).data(AlertListModel::ActiveRole).toBool(); }, 90'000),
             "the alert is not cleared after the broker came back");
    QCOMPARE(brokerState(), std::optional<LinkState>(LinkState::Up));
    QVERIFY(!model->index(row, AlertListModel::ClearedColumn).data().toString().isEmpty());
    QVERIFY(!panel->filterModel()->mapFromSource(model->index(row, 0)).isValid()); // gone from "active"
    panel->setActiveOnly(false);
    QVERIFY(panel->filterModel()->mapFromSource(model->index(row, 0)).isValid()); // kept in "all"
    QVERIFY(alerts.store().flushNow());
}

QTEST_MAIN(TestAlertsLive)
#include "tst_alertslive.moc"

// GUI, offscreen, against the live test fleet: the main window's tree shows every site, cluster
// and broker with its live state.
#include "TestFleet.h"
#include "fleet/FleetTreeModel.h"
#include "main/MainWindow.h"
#include "session/FleetSession.h"
#include "overview/OverviewTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fleetscope;
using fleetscope::test::TestFleet;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensOnTheWelcomePage();
    void malformedFleetFileIsExplainedOnTheWelcomePage();
    void treeShowsTheLiveTestFleet();
    void overviewPassesTheModelTesterInBothModesWithLiveData();
    void keyboardReachesFilterTreeAndOverview();
    void layoutAndOverviewModeAreRemembered();
    void cleanupTestCase();
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FleetscopeTests"));
    QLocale::setDefault(QLocale::c());
    QSettings().clear(); // a layout remembered by an earlier run must not change what these tests see
}

void TestMainWindow::cleanupTestCase()
{
    QSettings().clear();
}

void TestMainWindow::opensOnTheWelcomePage()
{
    SystemClock clock;
    FleetSession session(clock);
    MainWindow window(session);
    window.show();
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->metaObject()->className(), "fleetscope::WelcomePage");
}

void TestMainWindow::malformedFleetFileIsExplainedOnTheWelcomePage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("version: 1\nsites: [\n");
    file.close();

    SystemClock clock;
    FleetSession session(clock);
    MainWindow window(session);
    window.show();
    QSignalSpy failed(&window, &MainWindow::fleetFileFailed);
    window.openFleetFile(path);
    QVERIFY(failed.wait(5000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(path + QLatin1Char(':')), qPrintable(message));
    bool shown = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        shown = shown || (label->isVisible() && label->text().contains(message));
    QVERIFY2(shown, "the error is not on the welcome page");
}

void TestMainWindow::treeShowsTheLiveTestFleet()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    SystemClock clock;
    FleetSession session(clock);
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QSignalSpy shown(&window, &MainWindow::fleetShown);
    window.openFleetFile(fleet.sourcePath);
    QVERIFY(shown.wait(5000));

    FleetTreeModel *model = window.fleetModel();
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(window.fleetTree()->model(), model);

    // Every broker of every cluster up, as the view shows it.
    auto everyBrokerUp = [&] {
        for (const SiteConfig &site : fleet.sites)
            for (const ClusterConfig &cluster : site.clusters)
                for (int nodeId : cluster.metrics.perNode.keys()) {
                    const QModelIndex broker = model->brokerIndex(cluster.name, nodeId);
                    if (!broker.isValid()
                        || broker.siblingAtColumn(FleetTreeModel::StateColumn).data().toString() != QLatin1String("up"))
                        return false;
                }
        return true;
    };
    QVERIFY2(TestFleet::waitFor(everyBrokerUp, 60'000), "not every broker of the test fleet shows as up");

    QCOMPARE(model->rowCount(), fleet.sites.size());
    for (int s = 0; s < fleet.sites.size(); ++s) {
        const QModelIndex site = model->index(s, 0);
        QCOMPARE(site.data().toString(), fleet.sites[s].name);
        QCOMPARE(model->rowCount(site), fleet.sites[s].clusters.size());
        for (int c = 0; c < fleet.sites[s].clusters.size(); ++c) {
            const ClusterConfig &config = fleet.sites[s].clusters[c];
            const QModelIndex cluster = model->index(c, 0, site);
            QCOMPARE(cluster.data().toString(), config.name);
            QCOMPARE(cluster.siblingAtColumn(FleetTreeModel::StateColumn).data().toString(),
                     QStringLiteral("%1 of %1 brokers up").arg(config.metrics.perNode.size()));
            QCOMPARE(model->rowCount(cluster), config.metrics.perNode.size());
            for (int b = 0; b < model->rowCount(cluster); ++b) {
                const QModelIndex broker = model->index(b, 0, cluster);
                QVERIFY(broker.data().toString().startsWith(QStringLiteral("broker ")));
                QCOMPARE(broker.data(FleetTreeModel::LinkStateRole).toInt(), int(LinkState::Up));
                QVERIFY(!broker.data(FleetTreeModel::StaleRole).toBool());
                QVERIFY(window.fleetTree()->isExpanded(cluster));
            }
        }
    }
    // Some broker had a request answered in its statistics window: its RTT is a number.
    const bool someRtt = TestFleet::waitFor(
        [&] {
            for (const SiteConfig &site : fleet.sites)
                for (const ClusterConfig &cluster : site.clusters)
                    for (int nodeId : cluster.metrics.perNode.keys()) {
                        const QModelIndex rtt = model->brokerIndex(cluster.name, nodeId)
                                                    .siblingAtColumn(FleetTreeModel::RttColumn);
                        if (rtt.data(FleetTreeModel::RawValueRole).isValid()
                            && rtt.data().toString().endsWith(QStringLiteral(" ms")))
                            return true;
                    }
            return false;
        },
        30'000);
    QVERIFY2(someRtt, "no broker shows a round-trip time");
}

void TestMainWindow::overviewPassesTheModelTesterInBothModesWithLiveData()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    SystemClock clock;
    FleetSession session(clock);
    MainWindow window(session);
    window.show();
    QSignalSpy shown(&window, &MainWindow::fleetShown);
    window.openFleetFile(fleet.sourcePath);
    QVERIFY(shown.wait(5000));
    OverviewTableModel *model = window.overviewModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(window.overviewTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    int brokers = 0;
    int clusters = 0;
    for (const SiteConfig &site : fleet.sites)
        for (const ClusterConfig &cluster : site.clusters) {
            ++clusters;
            brokers += int(cluster.metrics.perNode.size());
        }
    // Every broker a row, up, with a disk figure and an age: live values, not placeholders.
    auto everyRowLive = [&](int rows) {
        if (model->rowCount() != rows)
            return false;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!index.siblingAtColumn(OverviewTableModel::DiskColumn).data(OverviewTableModel::RawValueRole).isValid()
                || index.siblingAtColumn(OverviewTableModel::StateColumn).data().toString() != QLatin1String("up"))
                return false;
        }
        return true;
    };
    QVERIFY2(TestFleet::waitFor([&] { return everyRowLive(brokers); }, 60'000), "the overview has no live row per broker");

    auto *perCluster = window.findChild<QAction *>(QStringLiteral("rowsPerCluster"));
    QVERIFY(perCluster);
    perCluster->trigger();
    QCOMPARE(model->mode(), OverviewTableModel::Mode::Clusters);
    QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("overviewRows"))->currentIndex(), 1);
    QCOMPARE(model->rowCount(), clusters);
    // Updates keep arriving in cluster mode (the tester checks every signal they cause).
    QSignalSpy applied(&window, &MainWindow::snapshotApplied);
    QVERIFY(applied.wait(30'000));
    QVERIFY(TestFleet::waitFor([&] { return everyRowLive(clusters); }, 30'000));
    for (int row = 0; row < clusters; ++row) {
        const NodeReport &r = model->report(row);
        QCOMPARE(model->index(row, OverviewTableModel::NodeColumn).data().toString(),
                 QStringLiteral("%1/%1").arg(r.brokerCount));
    }
    window.findChild<QAction *>(QStringLiteral("rowsPerBroker"))->trigger();
    QVERIFY(applied.wait(30'000));
    QVERIFY(TestFleet::waitFor([&] { return everyRowLive(brokers); }, 30'000));
}

void TestMainWindow::keyboardReachesFilterTreeAndOverview()
{
    SystemClock clock;
    FleetSession session(clock);
    MainWindow window(session);
    Fleet fleet;
    SiteConfig site;
    site.name = QStringLiteral("nowhere");
    ClusterConfig cluster;
    cluster.name = QStringLiteral("closed-port");
    cluster.properties.insert(QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:9"));
    site.clusters.append(cluster);
    fleet.sites.append(site);
    window.showFleet(fleet);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(window.overviewFilter()->hasFocus());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(window.fleetTree()->hasFocus());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(window.overviewTable()->hasFocus());
    // Tab from the tree goes to the filter box, then the rows switch, then the table.
    window.fleetTree()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(window.overviewFilter()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(window.findChild<QComboBox *>(QStringLiteral("overviewRows"))->hasFocus());
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.overviewModel()->mode(), OverviewTableModel::Mode::Clusters);
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.overviewModel()->mode(), OverviewTableModel::Mode::Brokers);
}

void TestMainWindow::layoutAndOverviewModeAreRemembered()
{
    SystemClock clock;
    {
        FleetSession session(clock);
        MainWindow window(session);
        window.resize(1100, 700);
        window.show();
        window.findChild<QAction *>(QStringLiteral("rowsPerCluster"))->trigger();
        window.overviewTable()->horizontalHeader()->resizeSection(OverviewTableModel::SiteColumn, 211);
        window.close(); // what a person does: the layout is saved on close
    }
    FleetSession sessionAgain(clock);
    MainWindow again(sessionAgain);
    QCOMPARE(again.size(), QSize(1100, 700));
    QCOMPARE(again.overviewModel()->mode(), OverviewTableModel::Mode::Clusters);
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("overviewRows"))->currentIndex(), 1);
    QCOMPARE(again.overviewTable()->horizontalHeader()->sectionSize(OverviewTableModel::SiteColumn), 211);
    QSettings().clear();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// GUI, offscreen, against the live test fleet: the main window's tree shows every site, cluster
// and broker with its live state.
#include "TestFleet.h"
#include "fleet/FleetTreeModel.h"
#include "main/MainWindow.h"

#include <QAbstractItemModelTester>
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
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("FleetscopeTests"));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::opensOnTheWelcomePage()
{
    SystemClock clock;
    MainWindow window(clock);
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
    MainWindow window(clock);
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
    MainWindow window(clock);
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// One truth: a per-cluster disk limit set in the fleet file makes the same broker a warning in the
// overview, the fleet tree, the cluster view, the wall-screen tile, the alert list, the tray's
// summary and `fleetscope check --json`; without it, healthy in all of them. A synthetic snapshot
// source stands in for the brokers (what is tested is who judges, not how disks are measured).
#include "alerts/AlertService.h"
#include "alerts/AlertNotifier.h"
#include "alerts/AlertsPanel.h"
#include "alerts/AlertListModel.h"
#include "cli/CheckCommand.h"
#include "cluster/ClusterDetailView.h"
#include "fleet/FleetFileParser.h"
#include "fleet/FleetTreeModel.h"
#include "kiosk/KioskTileModel.h"
#include "kiosk/WallScreen.h"
#include "main/MainWindow.h"
#include "overview/OverviewTableModel.h"
#include "session/FleetSession.h"
#include "session/SyntheticSnapshotSource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace fleetscope;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;

// One broker at 75 % disk: healthy under the built-in 80 %, a warning under edge-b's own 70 %.
ClusterSnapshot brokerAt75(const ClusterConfig &config, qint64 nowMs, int)
{
    ClusterSnapshot s;
    s.cluster = config.name;
    s.sampledAtMs = nowMs;
    s.reachable = true;
    BrokerStatus broker;
    broker.nodeId = 1;
    broker.host = QStringLiteral("127.0.0.1");
    broker.port = 9;
    broker.state = LinkState::Up;
    broker.inMetadata = true;
    broker.lastUpAtMs = nowMs;
    broker.rttUs = 900;
    LogDir dir;
    dir.path = QStringLiteral("/var/lib/kafka");
    dir.totalBytes = 100 * kGiB;
    dir.usableBytes = 25 * kGiB;
    BrokerLogDirs disk;
    disk.nodeId = 1;
    disk.hasCapacity = true;
    disk.version = 4;
    disk.logDirs = {dir};
    disk.sampledAtMs = nowMs;
    broker.disk = disk;
    JvmHeap heap;
    heap.usedBytes = 100 << 20;
    heap.maxBytes = 256 << 20;
    heap.sampledAtMs = nowMs;
    broker.heap = heap;
    s.brokers = {broker};
    return s;
}

QString fleetYaml(bool withOverride)
{
    QString yaml = QStringLiteral("version: 1\npoll_interval: 1s\nsites:\n  - name: plant-b\n    clusters:\n"
                                  "      - name: edge-b\n        role: edge\n        properties:\n"
                                  "          bootstrap.servers: 127.0.0.1:9\n");
    if (withOverride)
        yaml += QStringLiteral("        thresholds: { disk_warning: 70%, disk_critical: 95% }\n");
    return yaml;
}

FleetSession::SourceFactory synthetic()
{
    return [](const Fleet &fleet, const Clock &clock) -> std::unique_ptr<SnapshotSource> {
        return std::make_unique<SyntheticSnapshotSource>(fleet, clock, &brokerAt75);
    };
}

} // namespace

class TestOneTruth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }
    void everyViewSaysWhatTheJudgeSays_data();
    void everyViewSaysWhatTheJudgeSays();
};

void TestOneTruth::everyViewSaysWhatTheJudgeSays_data()
{
    QTest::addColumn<bool>("withOverride");
    QTest::addColumn<Severity>("expected");
    QTest::newRow("edge-b's own 70 %: warning") << true << Severity::Warning;
    QTest::newRow("built-in 80 %: healthy") << false << Severity::Healthy;
}

void TestOneTruth::everyViewSaysWhatTheJudgeSays()
{
    QFETCH(bool, withOverride);
    QFETCH(Severity, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fleetYaml(withOverride).toUtf8());
    }
    const Result<Fleet> fleet = parseFleetFile(path);
    QVERIFY2(fleet, qPrintable(fleet ? QString() : fleet.errorMessage()));

    SystemClock clock;
    AlertService alerts(dir.filePath(QStringLiteral("alerts.sqlite")), clock, nullptr);
    QSignalSpy ready(&alerts, &AlertService::ready);
    alerts.start();
    QVERIFY(ready.wait(10'000));
    FleetSession session(clock, nullptr, &alerts);
    session.setSourceFactory(synthetic());
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    window.showFleet(*fleet);

    // The overview.
    OverviewTableModel *overview = window.overviewModel();
    QTRY_VERIFY_WITH_TIMEOUT(overview->rowOf(QStringLiteral("edge-b"), 1) >= 0
                                 && overview->report(overview->rowOf(QStringLiteral("edge-b"), 1)).sampledAtMs > 0,
                             5000);
    QTRY_COMPARE_WITH_TIMEOUT(overview->report(overview->rowOf(QStringLiteral("edge-b"), 1)).severity, expected, 3000);

    // The fleet tree, broker and cluster rows.
    FleetTreeModel *tree = window.fleetModel();
    const QModelIndex broker = tree->brokerIndex(QStringLiteral("edge-b"), 1);
    QVERIFY(broker.isValid());
    QCOMPARE(broker.siblingAtColumn(FleetTreeModel::HealthColumn).data(FleetTreeModel::SeverityRole).toInt(), int(expected));
    QCOMPARE(tree->clusterIndex(QStringLiteral("edge-b")).siblingAtColumn(FleetTreeModel::HealthColumn).data().toString(),
             severityName(expected));

    // The cluster view, once the cluster is selected.
    window.fleetTree()->selectionModel()->select(tree->clusterIndex(QStringLiteral("edge-b")),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTRY_VERIFY_WITH_TIMEOUT(window.clusterDetailView()->healthText().startsWith(severityName(expected)), 3000);

    // The alert list.
    QTRY_COMPARE_WITH_TIMEOUT(window.alertsPanel()->model()->rowCount() > 0, expected != Severity::Healthy, 3000);
    const QList<Alert> active = alerts.engine().active();
    const bool diskAlert
        = std::any_of(active.cbegin(), active.cend(), [](const Alert &a) { return a.key.rule == AlertRule::DiskUsage; });
    QCOMPARE(diskAlert, expected != Severity::Healthy);

    // The tray's summary.
    QCOMPARE(AlertNotifier::summarize(session.reports()).startsWith(QLatin1String("all")), expected == Severity::Healthy);

    // The wall screen.
    window.showWallScreen();
    QVERIFY(window.wallScreen());
    QTRY_VERIFY_WITH_TIMEOUT(!window.wallScreen()->model()->tiles().isEmpty(), 3000);
    const KioskTile tile = window.wallScreen()->model()->tiles().first();
    QCOMPARE(tile.severity, expected);
    QVERIFY2(tile.headline.contains(QLatin1String("edge-b-1")), qPrintable(tile.headline));
    window.leaveWallScreen();

    // The command line, through a session of its own over the same source.
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = CheckCommand::run({path, QStringLiteral("--json")}, clock, outStream, errStream, synthetic());
    outStream.flush();
    QCOMPARE(code, int(expected));
    const QJsonArray nodes = QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("nodes")).toArray();
    QCOMPARE(nodes.size(), 1);
    static const char *const ids[] = {"healthy", "warning", "critical"};
    QCOMPARE(nodes.first().toObject().value(QLatin1String("severity")).toString(), QLatin1String(ids[int(expected)]));
}

QTEST_MAIN(TestOneTruth)
#include "tst_onetruth.moc"

// Live, offscreen: the cluster detail's models filled from real snapshots of the test fleet's
// three-broker cluster: brokers, topics against metadata and DescribeLogDirs, and the consumer
// group drill-down against the snapshot's lag numbers; a repeated snapshot touches nothing, a
// changed offset touches only its rows; the main window shows the view for a selected cluster.
#include "TestFleet.h"
#include "cluster/ClusterBrokersModel.h"
#include "cluster/ClusterDetailView.h"
#include "cluster/ClusterTopicsModel.h"
#include "cluster/ConsumerGroupsModel.h"
#include "collect/ClusterPoller.h"
#include "fleet/FleetTreeModel.h"
#include "format/Formatter.h"
#include "kiosk/KioskTileModel.h"
#include "kiosk/WallScreen.h"
#include "main/MainWindow.h"
#include "session/FleetSession.h"
#include "reconfig/TopicRetentionReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace fleetscope;
using fleetscope::test::TestFleet;

namespace {

const QString kCluster = QStringLiteral("edge-b"); // the test fleet's cluster of three brokers

// Every signal that says "rows changed", counted.
struct ChangeSpies
{
    explicit ChangeSpies(QAbstractItemModel *model)
        : changed(model, &QAbstractItemModel::dataChanged),
          inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          reset(model, &QAbstractItemModel::modelReset)
    {
    }
    int total() const { return int(changed.count() + inserted.count() + removed.count() + reset.count()); }
    QSignalSpy changed, inserted, removed, reset;
};

} // namespace

class TestClusterModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void brokersAreEveryBrokerWithItsNumbers();
    void topicsMatchMetadataAndLogDirs();
    void retentionIsADashUntilSet();
    void groupDrillDownEqualsTheSnapshotsLag();
    void aRepeatedSnapshotTouchesNothingAndAChangedOffsetOnlyItsRows();
    void aNewPollMergesToTheNewNumbers();
    void mainWindowShowsTheSelectedCluster();
    void wallScreenShowsEverySiteAndEscLeaves();

private:
    ClusterSnapshot pollUntilComplete();
    void verifyDrillDown(const ConsumerGroupsModel &model, const LagReport &lag);

    std::optional<Fleet> m_fleet;
    SystemClock m_clock;
    std::unique_ptr<ClusterPoller> m_poller;
    ClusterSnapshot m_snapshot;
};

ClusterSnapshot TestClusterModels::pollUntilComplete()
{
    ClusterSnapshot snapshot;
    const bool complete = TestFleet::waitFor(
        [&] {
            snapshot = m_poller->poll();
            bool withDisks = std::all_of(snapshot.brokers.cbegin(), snapshot.brokers.cend(),
                                         [](const BrokerStatus &b) { return b.disk.has_value(); });
            bool withLag = std::any_of(snapshot.lag.groups.cbegin(), snapshot.lag.groups.cend(),
                                       [](const GroupLag &g) { return g.totalLag > 0; });
            return snapshot.reachable && snapshot.brokersUp() == 3 && withDisks && withLag;
        },
        60'000);
    if (!complete)
        qWarning() << "incomplete snapshot of" << kCluster << snapshot.error << snapshot.brokersUp()
                   << snapshot.lag.groups.size();
    return snapshot;
}

void TestClusterModels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QCoreApplication::setOrganizationName(QStringLiteral("FleetscopeTests"));
    QString error;
    m_fleet = TestFleet::load(&error);
    if (!m_fleet)
        QFAIL(qPrintable(error));
    const ClusterConfig *config = m_fleet->findCluster(kCluster);
    QVERIFY2(config, "the test fleet has no edge-b");
    m_poller = std::make_unique<ClusterPoller>(*config, m_clock);
    m_snapshot = pollUntilComplete();
    QVERIFY2(m_snapshot.reachable && m_snapshot.brokersUp() == 3,
             qPrintable(QStringLiteral("edge-b not complete: %1").arg(m_snapshot.error)));
    QVERIFY(!m_snapshot.topics.isEmpty());
}

void TestClusterModels::brokersAreEveryBrokerWithItsNumbers()
{
    ClusterBrokersModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBrokers(m_snapshot.brokers);
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const BrokerStatus &b = m_snapshot.brokers[row];
        QCOMPARE(model.index(row, ClusterBrokersModel::NodeColumn).data(ClusterBrokersModel::RawValueRole).toInt(), b.nodeId);
        QCOMPARE(model.index(row, ClusterBrokersModel::StateColumn).data().toString(), QStringLiteral("up"));
        QCOMPARE(model.index(row, ClusterBrokersModel::AddressColumn).data().toString(),
                 QStringLiteral("127.0.0.1:%1").arg(b.port));
        QCOMPARE(model.index(row, ClusterBrokersModel::DiskColumn).data(ClusterBrokersModel::RawValueRole).toLongLong(),
                 *b.diskUsedBytes());
        if (b.diskTotalBytes()) {
            const double fraction = double(*b.diskUsedBytes()) / double(*b.diskTotalBytes());
            QCOMPARE(model.index(row, ClusterBrokersModel::DiskColumn).data(ClusterBrokersModel::FractionRole).toDouble(),
                     fraction);
        }
        if (b.heap)
            QVERIFY(model.index(row, ClusterBrokersModel::HeapColumn).data().toString().contains(QLatin1String(" of ")));
        // librdkafka 2.0.2 reports no racks: the cell says it does not know, and why.
        QCOMPARE(model.index(row, ClusterBrokersModel::RackColumn).data().toString(), Formatter::none());
        QVERIFY(!model.index(row, ClusterBrokersModel::RackColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }
}

void TestClusterModels::topicsMatchMetadataAndLogDirs()
{
    ClusterTopicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(m_snapshot);
    QCOMPARE(model.rowCount(), m_snapshot.topics.size());
    qint64 sumOfTopics = 0;
    for (const TopicMetadata &topic : m_snapshot.topics) {
        const int row = model.rowOf(topic.name);
        QVERIFY2(row >= 0, qPrintable(topic.name));
        auto cell = [&](int column) { return model.index(row, column); };
        QCOMPARE(cell(ClusterTopicsModel::PartitionsColumn).data(ClusterTopicsModel::RawValueRole).toInt(),
                 topic.partitions.size());
        int urp = 0;
        for (const PartitionMetadata &p : topic.partitions) {
            QCOMPARE(cell(ClusterTopicsModel::ReplicationColumn).data(ClusterTopicsModel::RawValueRole).toInt(),
                     p.replicas.size());
            urp += p.isr.size() < p.replicas.size() ? 1 : 0;
        }
        QCOMPARE(cell(ClusterTopicsModel::UnderReplicatedColumn).data(ClusterTopicsModel::RawValueRole).toInt(), urp);
        const QVariant size = cell(ClusterTopicsModel::SizeColumn).data(ClusterTopicsModel::RawValueRole);
        QVERIFY(size.isValid());
        QCOMPARE(cell(ClusterTopicsModel::SizeColumn).data().toString(), Formatter::bytes(size.toLongLong()));
        sumOfTopics += size.toLongLong();
    }
    // What the topics add up to is what the brokers' log directories hold (no moves in flight here).
    qint64 onDisk = 0;
    for (const BrokerStatus &b : m_snapshot.brokers)
        for (const LogDir &dir : b.disk->logDirs)
            onDisk += dir.partitionBytes();
    QCOMPARE(sumOfTopics, onDisk);
    QVERIFY2(onDisk > 0, "the load generator writes to edge-b: something is on disk");
}

void TestClusterModels::retentionIsADashUntilSet()
{
    ClusterTopicsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(m_snapshot);
    const QString topic = m_snapshot.topics.first().name;
    const QModelIndex retention = model.index(model.rowOf(topic), ClusterTopicsModel::RetentionColumn);
    QCOMPARE(retention.data().toString(), Formatter::none());
    QVERIFY(retention.data(Qt::ToolTipRole).toString().contains(QLatin1String("DescribeConfigs")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 week = 7LL * 24 * 3600 * 1000;
    model.setRetention(topic, week);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), retention);
    QCOMPARE(changed[0][1].toModelIndex(), retention);
    QCOMPARE(retention.data().toString(), Formatter::duration(week));
    QVERIFY(retention.data(Qt::ToolTipRole).isNull());
    model.setRetention(topic, week); // no change, no repaint
    QCOMPARE(changed.count(), 1);
    model.setRetention(topic, -1);
    QCOMPARE(retention.data().toString(), QStringLiteral("unlimited"));
    // A new snapshot keeps what was learnt about retention.
    model.setSnapshot(m_snapshot);
    QCOMPARE(retention.data().toString(), QStringLiteral("unlimited"));
    model.setRetention(topic, std::nullopt);
    QCOMPARE(retention.data().toString(), Formatter::none());
}

void TestClusterModels::verifyDrillDown(const ConsumerGroupsModel &model, const LagReport &lag)
{
    QCOMPARE(model.rowCount(), lag.groups.size());
    int partitionsSeen = 0;
    for (const GroupLag &group : lag.groups) {
        const QModelIndex g = model.groupIndex(group.group);
        QVERIFY2(g.isValid(), qPrintable(group.group));
        if (group.error.isEmpty())
            QCOMPARE(g.siblingAtColumn(ConsumerGroupsModel::LagColumn).data(ConsumerGroupsModel::RawValueRole).toLongLong(),
                     group.totalLag);
        QCOMPARE(g.siblingAtColumn(ConsumerGroupsModel::StateColumn).data(ConsumerGroupsModel::RawValueRole).toString(),
                 group.state);
        QSet<QString> topics;
        for (const PartitionLag &p : group.partitions)
            topics.insert(p.topic);
        QCOMPARE(model.rowCount(g), topics.size());
        for (int t = 0; t < model.rowCount(g); ++t) {
            const QModelIndex topic = model.index(t, 0, g);
            QCOMPARE(topic.data(ConsumerGroupsModel::KindRole).toInt(), int(ConsumerGroupsModel::TopicKind));
            const QString name = topic.data().toString();
            QVERIFY(topics.contains(name));
            qint64 topicLag = 0;
            int partitions = 0;
            for (const PartitionLag &p : group.partitions) {
                if (p.topic != name)
                    continue;
                const QModelIndex leaf = model.index(partitions++, 0, topic);
                auto raw = [&](int column) { return leaf.siblingAtColumn(column).data(ConsumerGroupsModel::RawValueRole); };
                QCOMPARE(raw(ConsumerGroupsModel::NameColumn).toInt(), p.partition);
                QCOMPARE(raw(ConsumerGroupsModel::CommittedColumn).toLongLong(), p.committed >= 0 ? p.committed : 0);
                QCOMPARE(raw(ConsumerGroupsModel::CommittedColumn).isValid(), p.committed >= 0);
                QCOMPARE(raw(ConsumerGroupsModel::EndOffsetColumn).toLongLong(), p.endOffset);
                QCOMPARE(raw(ConsumerGroupsModel::LagColumn).isValid(), p.lag().has_value());
                if (p.lag()) {
                    QCOMPARE(raw(ConsumerGroupsModel::LagColumn).toLongLong(), *p.lag());
                    QCOMPARE(leaf.siblingAtColumn(ConsumerGroupsModel::LagColumn).data().toString(), Formatter::count(*p.lag()));
                    topicLag += *p.lag();
                }
                ++partitionsSeen;
            }
            QCOMPARE(model.rowCount(topic), partitions);
            QCOMPARE(topic.siblingAtColumn(ConsumerGroupsModel::LagColumn).data(ConsumerGroupsModel::RawValueRole).toLongLong(),
                     topicLag);
        }
    }
    QVERIFY2(partitionsSeen > 0, "no group has committed offsets on edge-b");
}

void TestClusterModels::groupDrillDownEqualsTheSnapshotsLag()
{
    ConsumerGroupsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLag(m_snapshot.lag);
    verifyDrillDown(model, m_snapshot.lag);
}

void TestClusterModels::aRepeatedSnapshotTouchesNothingAndAChangedOffsetOnlyItsRows()
{
    ClusterBrokersModel brokers;
    ClusterTopicsModel topics;
    ConsumerGroupsModel groups;
    QAbstractItemModelTester t1(&brokers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&topics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    brokers.setBrokers(m_snapshot.brokers);
    topics.setSnapshot(m_snapshot);
    groups.setLag(m_snapshot.lag);

    ChangeSpies brokerSpies(&brokers), topicSpies(&topics), groupSpies(&groups);
    brokers.setBrokers(m_snapshot.brokers);
    topics.setSnapshot(m_snapshot);
    groups.setLag(m_snapshot.lag);
    QCOMPARE(brokerSpies.total(), 0);
    QCOMPARE(topicSpies.total(), 0);
    QCOMPARE(groupSpies.total(), 0);

    // One partition's consumer moves on by one message: its row, its topic's and its group's change.
    LagReport moved = m_snapshot.lag;
    GroupLag *group = nullptr;
    PartitionLag *partition = nullptr;
    for (GroupLag &g : moved.groups)
        for (PartitionLag &p : g.partitions)
            if (!partition && p.lag() && *p.lag() > 0) {
                group = &g;
                partition = &p;
            }
    QVERIFY2(partition, "no partition with lag on edge-b");
    ++partition->committed;
    --group->totalLag;
    groups.setLag(moved);
    QCOMPARE(groupSpies.inserted.count() + groupSpies.removed.count() + groupSpies.reset.count(), 0);
    QCOMPARE(groupSpies.changed.count(), 3);
    const QModelIndex g = groups.groupIndex(group->group);
    QModelIndex topic;
    for (int t = 0; t < groups.rowCount(g); ++t)
        if (groups.index(t, 0, g).data().toString() == partition->topic)
            topic = groups.index(t, 0, g);
    QModelIndex leaf;
    for (int p = 0; p < groups.rowCount(topic); ++p)
        if (groups.index(p, 0, topic).data(ConsumerGroupsModel::RawValueRole).toInt() == partition->partition)
            leaf = groups.index(p, 0, topic);
    QVERIFY(leaf.isValid());
    QSet<QPersistentModelIndex> touched;
    for (const QList<QVariant> &signal : groupSpies.changed) {
        const QModelIndex first = signal[0].toModelIndex();
        QCOMPARE(first.row(), signal[1].toModelIndex().row()); // one row each
        touched.insert(first.siblingAtColumn(0));
    }
    QCOMPARE(touched, (QSet<QPersistentModelIndex>{g, topic, leaf}));
    QCOMPARE(leaf.siblingAtColumn(ConsumerGroupsModel::LagColumn).data(ConsumerGroupsModel::RawValueRole).toLongLong(),
             *partition->lag());
    verifyDrillDown(groups, moved);
}

void TestClusterModels::aNewPollMergesToTheNewNumbers()
{
    ClusterTopicsModel topics;
    ConsumerGroupsModel groups;
    QAbstractItemModelTester t1(&topics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    topics.setSnapshot(m_snapshot);
    groups.setLag(m_snapshot.lag);
    ChangeSpies groupSpies(&groups);
    const ClusterSnapshot next = pollUntilComplete();
    QVERIFY(next.reachable);
    topics.setSnapshot(next);
    groups.setLag(next.lag);
    QCOMPARE(groupSpies.reset.count(), 0);
    QVERIFY2(groupSpies.changed.count() > 0, "the load generator keeps producing: some offset moved");
    QCOMPARE(topics.rowCount(), next.topics.size());
    verifyDrillDown(groups, next.lag);
}

void TestClusterModels::mainWindowShowsTheSelectedCluster()
{
    FleetSession session(m_clock);
    MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    QSignalSpy shown(&window, &MainWindow::fleetShown);
    window.openFleetFile(m_fleet->sourcePath);
    QVERIFY(shown.wait(5000));
    QVERIFY(!window.clusterDetailView()->isVisible());
    const QModelIndex cluster = window.fleetModel()->clusterIndex(kCluster);
    QVERIFY(cluster.isValid());
    window.fleetTree()->selectionModel()->select(cluster, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ClusterDetailView *detail = window.clusterDetailView();
    QVERIFY(detail->isVisible());
    QCOMPARE(detail->cluster(), kCluster);
    QVERIFY2(TestFleet::waitFor([&] { return detail->brokersModel()->rowCount() == 3 && detail->topicsModel()->rowCount() > 0; },
                                60'000),
             "the cluster detail did not fill");
    QVERIFY2(detail->ageText().startsWith(QLatin1String("data from")), qPrintable(detail->ageText()));
    QVERIFY2(TestFleet::waitFor([&] { return detail->groupsModel()->rowCount() > 0; }, 60'000), "no consumer groups shown");

    // Retention comes from the brokers (DescribeConfigs, off the GUI thread) and equals what they say.
    ClusterTopicsModel *topics = detail->topicsModel();
    const auto retentionShown = [&](int row) {
        return topics->index(row, ClusterTopicsModel::RetentionColumn).data().toString() != Formatter::none();
    };
    QVERIFY2(TestFleet::waitFor([&] {
                 for (int row = 0; row < topics->rowCount(); ++row)
                     if (!retentionShown(row))
                         return false;
                 return true;
             }, 60'000),
             "retention was not read for every topic");
    const QString topic = topics->index(0, ClusterTopicsModel::NameColumn).data().toString();
    const Result<QHash<QString, qint64>> read = TopicRetentionReader::read(*m_fleet->findCluster(kCluster), {topic});
    if (!read)
        QFAIL(qPrintable(read.errorMessage()));
    QVERIFY(read->contains(topic));
    const QString expected = read->value(topic) < 0 ? QStringLiteral("unlimited") : Formatter::duration(read->value(topic));
    QCOMPARE(topics->index(0, ClusterTopicsModel::RetentionColumn).data().toString(), expected);

    // Right-clicking a topic offers its settings and its replication factor.
    QTableView *topicsView = detail->topicsView();
    const QModelIndex firstRow = topicsView->model()->index(0, ClusterTopicsModel::NameColumn);
    const QString clicked = firstRow.data().toString();
    QSignalSpy menuAsked(detail, &ClusterDetailView::topicMenuRequested);
    QStringList offered;
    QTimer closer; // reads and closes the menu from inside its exec(); goes with this scope if none opens
    closer.setSingleShot(true);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                offered.append(action->text());
            menu->close();
        }
    });
    closer.start(0);
    Q_EMIT topicsView->customContextMenuRequested(topicsView->visualRect(firstRow).center());
    QCOMPARE(menuAsked.size(), 1);
    QCOMPARE(menuAsked.first().at(0).toString(), kCluster);
    QCOMPARE(menuAsked.first().at(1).toString(), clicked);
    QVERIFY2(offered.contains(QStringLiteral("Replication Factor of %1…").arg(clicked)), qPrintable(offered.join(u" | ")));

    // Selecting a broker hides it again.
    window.fleetTree()->selectionModel()->select(window.fleetModel()->brokerIndex(kCluster, 1),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!detail->isVisible());
}

void TestClusterModels::wallScreenShowsEverySiteAndEscLeaves()
{
    FleetSession session(m_clock);
    MainWindow window(session);
    QSignalSpy shown(&window, &MainWindow::fleetShown);
    window.openFleetFile(m_fleet->sourcePath);
    QVERIFY(shown.wait(5000));
    window.showWallScreen(); // as --kiosk does: the main window itself stays hidden
    WallScreen *wall = window.wallScreen();
    QVERIFY(wall && wall->isVisible());
    QVERIFY(!window.isVisible());
    KioskTileModel *tiles = wall->model();
    QAbstractItemModelTester tester(tiles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tiles->rowCount(), m_fleet->sites.size());
    for (int row = 0; row < tiles->rowCount(); ++row)
        QCOMPARE(tiles->index(row).data().toString(), m_fleet->sites[row].name);
    // Live data replaces "waiting" on every tile.
    QVERIFY2(TestFleet::waitFor(
                 [&] {
                     for (int row = 0; row < tiles->rowCount(); ++row)
                         if (tiles->index(row).data(KioskTileModel::StateRole).toInt() == int(TileState::Waiting))
                             return false;
                     return true;
                 },
                 60'000),
             "a site's tile still waits for data");
    QTest::keyClick(wall, Qt::Key_Escape);
    QVERIFY(!wall->isVisible());
    QVERIFY(window.isVisible()); // leaving the wall of a kiosk start leaves the window, not nothing
}

QTEST_MAIN(TestClusterModels)
#include "tst_clustermodels.moc"

// GUI, offscreen, against the live 3-broker edge-b cluster (issue 5): the replication-factor dialog
// plans 1 -> 3 (one row per partition), needs its confirmation, applies with progress and writes the
// audit row, and Undo in the audit log plans the way back in a dialog of its own; a throttled copy shows "copying", cannot be closed while it runs, and Cancel Change puts
// the partition back on its old replica with the throttle removed; a read-only cluster refuses
// before anything is sent; the topic table's context menu opens the dialog.
#include "ConfigProbe.h"
#include "KafkaTestClient.h"
#include "ReconfigFixture.h"
#include "TestFleet.h"
#include "reconfig/AuditLog.h"
#include "reconfig/AuditTableModel.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ReconfigController.h"
#include "reconfig/ReconfigLogDialog.h"
#include "reconfig/ReplicationFactorDialog.h"
#include "reconfig/ReplicationPlanModel.h"
#include "reconfig/ReplicationThrottle.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetscope;
using namespace Qt::StringLiterals;
using fleetscope::test::ConfigProbe;
using fleetscope::test::KafkaTestClient;
using fleetscope::test::ReconfigFixture;
using fleetscope::test::TestFleet;

namespace {

constexpr int stepTimeoutMs = 90'000; // the shared machine is slow at times

QString uniqueTopic(const char *stem)
{
    return u"tst-rfdialog-%1-%2"_s.arg(QLatin1String(stem)).arg(QDateTime::currentMSecsSinceEpoch());
}

Result<QList<AuditRecord>> auditBatch(ReconfigController &controller, qint64 batch)
{
    AuditFilter filter;
    filter.batch = batch;
    return AuditLog(*controller.database()).query(filter);
}

} // namespace

class TestReplicationDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planConfirmApplyAuditAndUndoFromTheLog();
    void throttledCopyIsCancelledBack();
    void readOnlyClusterRefusesBeforeSending();
    void topicMenuOpensTheDialog();

private:

    ReconfigFixture m_fixture;
};

void TestReplicationDialog::initTestCase()
{
    QVERIFY(m_fixture.isValid());
}

void TestReplicationDialog::planConfirmApplyAuditAndUndoFromTheLog()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig &edgeB = *fleet.findCluster(u"edge-b"_s);
    const QString topic = uniqueTopic("rf3");
    KafkaTestClient client(edgeB.bootstrapServers());
    QCOMPARE(client.createTopic(topic, 3, 1), QString());
    QMap<int, QList<int>> before;
    QVERIFY(TestFleet::waitFor([&] { before = TestFleet::replicas(edgeB, topic); return before.size() == 3; }, 30'000));
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);

    auto *dialog = qobject_cast<ReplicationFactorDialog *>(controller->openReplicationDialog(u"edge-b"_s, topic, 3));
    QVERIFY(dialog);
    QAbstractItemModelTester tester(dialog->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy planned(dialog, &ReplicationFactorDialog::planned);
    QVERIFY(planned.wait(stepTimeoutMs));
    QCOMPARE(dialog->planModel()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(dialog->planModel()->state(row), ReplicationPlanModel::State::ToCopy);
        QCOMPARE(dialog->planModel()->index(row, ReplicationPlanModel::NewColumn).data().toString().count(u','), 2);
    }
    QVERIFY2(dialog->loadsText().contains(u"→"_s), qPrintable(dialog->loadsText()));
    QVERIFY(!dialog->applyButton()->isEnabled()); // not confirmed yet
    dialog->confirmation()->setChecked(true);
    QVERIFY(dialog->applyButton()->isEnabled());

    QSignalSpy finished(dialog, &ReplicationFactorDialog::finished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(finished.wait(stepTimeoutMs));
    const auto result = finished.first().at(0).value<ReplicationResult>();
    QVERIFY2(result.outcome == ReplicationOutcome::Completed, qPrintable(result.message));
    QVERIFY2(dialog->statusText().contains(u"Audit batch"_s), qPrintable(dialog->statusText()));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(dialog->planModel()->state(row), ReplicationPlanModel::State::Done);
    for (const QList<int> &replicas : TestFleet::replicas(edgeB, topic))
        QCOMPARE(replicas.size(), qsizetype(3));

    const Result<QList<AuditRecord>> rows = auditBatch(*controller, finished.first().at(1).toLongLong());
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), qsizetype(1));
    QCOMPARE(rows->first().resource, ConfigResource::topic(topic));
    QCOMPARE(rows->first().oldValue, std::optional<QString>(u"1"_s));
    QCOMPARE(rows->first().newValue, std::optional<QString>(u"3"_s));
    QCOMPARE(rows->first().outcome, u"applied"_s);
    dialog->close();

    // Undo from the audit log: its own dialog, planned back to factor 1, audited as the undo.
    auto *log = qobject_cast<ReconfigLogDialog *>(controller->openLog());
    QVERIFY(log);
    AuditFilter byTopic;
    byTopic.text = topic;
    log->setFilter(byTopic);
    QVERIFY(TestFleet::waitFor([&] { return log->auditModel()->rowCount() == 1; }, 10'000));
    log->auditTable()->setCurrentIndex(log->auditModel()->index(0, 0));
    QVERIFY(log->undoButton()->isEnabled());
    QTest::mouseClick(log->undoButton(), Qt::LeftButton);
    ReplicationFactorDialog *undo = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *candidate = qobject_cast<ReplicationFactorDialog *>(widget); candidate && candidate->isVisible())
            undo = candidate;
    }
    QVERIFY(undo);
    QVERIFY2(undo->windowTitle().contains(u"Undo Batch %1"_s.arg(rows->first().batch)), qPrintable(undo->windowTitle()));
    QCOMPARE(undo->factorBox()->value(), 1);
    QSignalSpy undoPlanned(undo, &ReplicationFactorDialog::planned);
    QVERIFY(undoPlanned.wait(stepTimeoutMs));
    undo->confirmation()->setChecked(true);
    QSignalSpy undoFinished(undo, &ReplicationFactorDialog::finished);
    QTest::mouseClick(undo->applyButton(), Qt::LeftButton);
    QVERIFY(undoFinished.wait(stepTimeoutMs));
    QVERIFY(TestFleet::waitFor([&] { return TestFleet::replicas(edgeB, topic) == before; }, 30'000));
    const Result<QList<AuditRecord>> undoRows = auditBatch(*controller, undoFinished.first().at(1).toLongLong());
    QVERIFY(undoRows.ok());
    QCOMPARE(undoRows->size(), qsizetype(1));
    QCOMPARE(undoRows->first().undoOf, std::optional<qint64>(rows->first().batch));
    QCOMPARE(undoRows->first().newValue, std::optional<QString>(u"1"_s));
    undo->close();
    log->close();
    delete controller;
}

void TestReplicationDialog::throttledCopyIsCancelledBack()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig &edgeB = *fleet.findCluster(u"edge-b"_s);
    // More data than one replica fetch takes (1 MiB), copied at 1 KiB/s: the copy cannot finish
    // before the cancel.
    const QString topic = uniqueTopic("cancel");
    KafkaTestClient client(edgeB.bootstrapServers());
    QCOMPARE(client.createTopic(topic, 1, 1), QString());
    for (int chunk = 0; chunk < 3; ++chunk) // about 1 MiB each; librdkafka queues at most 100,000
        QCOMPARE(client.produce(topic, 0, 80'000), QString());
    QMap<int, QList<int>> before;
    QVERIFY(TestFleet::waitFor([&] { before = TestFleet::replicas(edgeB, topic); return before.size() == 1; }, 30'000));
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);

    auto *dialog = qobject_cast<ReplicationFactorDialog *>(controller->openReplicationDialog(u"edge-b"_s, topic, 2));
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &ReplicationFactorDialog::planned);
    QVERIFY(planned.wait(stepTimeoutMs));
    dialog->throttleBox()->setChecked(true);
    dialog->throttleRate()->setText(u"fast"_s);
    dialog->confirmation()->setChecked(true);
    QVERIFY(!dialog->applyButton()->isEnabled()); // a rate it cannot read
    dialog->throttleRate()->setText(u"1 KiB/s"_s);
    QVERIFY(dialog->applyButton()->isEnabled());

    QSignalSpy progressed(dialog, &ReplicationFactorDialog::progressed);
    QSignalSpy finished(dialog, &ReplicationFactorDialog::finished);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QVERIFY(progressed.wait(stepTimeoutMs));
    QCOMPARE(dialog->planModel()->state(0), ReplicationPlanModel::State::Copying);
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), ReplicationThrottle::kFollowerReplicas).has_value());

    // Closing now would stop watching with the throttle set: refused, with the reason.
    dialog->close();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->statusText().contains(u"Cancel Change"_s), qPrintable(dialog->statusText()));

    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(finished.wait(stepTimeoutMs));
    const auto result = finished.first().at(0).value<ReplicationResult>();
    QVERIFY2(result.outcome == ReplicationOutcome::Cancelled, qPrintable(result.message));
    QVERIFY(!result.throttleLeftSet);
    QCOMPARE(dialog->planModel()->state(0), ReplicationPlanModel::State::Reverted);
    QVERIFY(TestFleet::waitFor([&] { return TestFleet::replicas(edgeB, topic) == before; }, 30'000));
    QCOMPARE(ConfigProbe::ownValue(fleet, u"edge-b"_s, ConfigResource::topic(topic), ReplicationThrottle::kFollowerReplicas), std::nullopt);

    const Result<QList<AuditRecord>> rows = auditBatch(*controller, finished.first().at(1).toLongLong());
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), qsizetype(1));
    QCOMPARE(rows->first().outcome, u"cancelled"_s);
    dialog->close();
    QVERIFY(!dialog->isVisible());
    delete controller;
}

void TestReplicationDialog::readOnlyClusterRefusesBeforeSending()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const ClusterConfig &edgeB = *fleet.findCluster(u"edge-b"_s);
    const QString topic = uniqueTopic("readonly");
    QCOMPARE(KafkaTestClient(edgeB.bootstrapServers()).createTopic(topic, 1, 1), QString());
    Fleet readOnly = fleet;
    readOnly.readOnly = true;
    ReconfigController *controller = m_fixture.newController(readOnly);
    QVERIFY(controller);
    auto *dialog = qobject_cast<ReplicationFactorDialog *>(controller->openReplicationDialog(u"edge-b"_s, topic, 3));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(u"read-only"_s), stepTimeoutMs);
    QVERIFY(!dialog->applyButton()->isEnabled());
    QCOMPARE(dialog->planModel()->rowCount(), 0);
    QCOMPARE(TestFleet::replicas(edgeB, topic).value(0).size(), qsizetype(1));
    dialog->close();
    delete controller;
}

void TestReplicationDialog::topicMenuOpensTheDialog()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    QMenu menu;
    controller->addTopicActions(&menu, u"edge-b"_s, u"orders"_s);
    QAction *replication = nullptr;
    for (QAction *action : menu.actions()) {
        if (action->text() == u"Replication Factor of orders…"_s)
            replication = action;
    }
    QVERIFY(replication);
    replication->trigger();
    ReplicationFactorDialog *opened = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<ReplicationFactorDialog *>(widget); dialog && dialog->isVisible())
            opened = dialog;
    }
    QVERIFY(opened);
    QVERIFY(opened->windowTitle().contains(u"orders"_s));
    opened->close();
    delete controller;
}

QTEST_MAIN(TestReplicationDialog)
#include "tst_replicationdialog.moc"

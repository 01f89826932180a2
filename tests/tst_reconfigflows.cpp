// GUI, offscreen, against the live test fleet (issue 5): the paths of the reconfiguration windows
// that recover from a change. Undo in the audit log restores what a change replaced (and is audited
// as the undo of that batch); Retry Failed in the many-target dialog re-runs just the target the
// broker refused, once its cause is fixed; Cancel during an apply leaves the remaining targets
// cancelled and unsent, and says so in the dialog and the audit. Every model runs under
// QAbstractItemModelTester.
#include "ConfigProbe.h"
#include "KafkaTestClient.h"
#include "ReconfigFixture.h"
#include "TestFleet.h"
#include "reconfig/AuditLog.h"
#include "reconfig/AuditTableModel.h"
#include "reconfig/BulkReconfigDialog.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigPlanModel.h"
#include "reconfig/PendingQueueModel.h"
#include "reconfig/ReconfigController.h"
#include "reconfig/ReconfigJob.h"
#include "reconfig/ReconfigLogDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
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

constexpr int stepTimeoutMs = 120'000; // the shared machine is slow at times: requests take seconds

const QString cluster = u"edge-a"_s;

// Audit rows about the topics whose names contain `text`, newest first.
QList<AuditRecord> auditRows(ReconfigController &controller, const QString &text)
{
    AuditFilter filter;
    filter.cluster = cluster;
    filter.text = text;
    const Result<QList<AuditRecord>> rows = AuditLog(*controller.database()).query(filter);
    return rows ? *rows : QList<AuditRecord>();
}

// Topics on edge-a whose configuration the brokers already answer for.
QString createTopics(const Fleet &fleet, const QStringList &topics)
{
    KafkaTestClient client(fleet.findCluster(cluster)->bootstrapServers());
    for (const QString &topic : topics) {
        if (const QString error = client.createTopic(topic, 1, 1); !error.isEmpty())
            return error;
        if (!TestFleet::waitFor([&] { return !ConfigProbe::value(fleet, cluster, ConfigResource::topic(topic), u"retention.ms"_s)->startsWith(u'('); },
                                30'000))
            return u"%1 was created but its configuration cannot be read"_s.arg(topic);
    }
    return {};
}

} // namespace

class TestReconfigFlows final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void undoInTheLogRestoresTheOldValues();
    void retryFailedRerunsOnlyTheFailedTarget();
    void cancelDuringApplyLeavesTheRestUnsent();

private:
    // The many-target dialog over every topic matching "<stem>-.*" on edge-a, planned and dry-run.
    BulkReconfigDialog *dryRunPattern(ReconfigController &controller, const QString &stem, const QString &assignment);

    ReconfigFixture m_fixture;
};

void TestReconfigFlows::initTestCase()
{
    QVERIFY(m_fixture.isValid());
}

BulkReconfigDialog *TestReconfigFlows::dryRunPattern(ReconfigController &controller, const QString &stem,
                                                     const QString &assignment)
{
    TargetSelection selection;
    selection.scope = TargetSelection::Scope::TopicPattern;
    selection.name = QRegularExpression::escape(stem) + u"-.*"_s;
    selection.clusters = {cluster};
    auto *bulk = qobject_cast<BulkReconfigDialog *>(controller.openBulkDialog(selection));
    if (!bulk)
        return nullptr;
    bulk->setAssignments({assignment});
    QSignalSpy planned(bulk, &BulkReconfigDialog::planned);
    QTest::mouseClick(bulk->planButton(), Qt::LeftButton);
    if (!planned.wait(stepTimeoutMs) || bulk->planModel()->plan().count(TargetState::Planned) == 0)
        return nullptr;
    QSignalSpy finished(bulk, &BulkReconfigDialog::stepFinished);
    QTest::mouseClick(bulk->dryRunButton(), Qt::LeftButton);
    if (!finished.wait(stepTimeoutMs))
        return nullptr;
    return bulk;
}

void TestReconfigFlows::undoInTheLogRestoresTheOldValues()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = ConfigProbe::uniqueTopic(u"flows-undo"_s);
    const ConfigResource resource = ConfigResource::topic(topic);
    QCOMPARE(createTopics(fleet, {topic}), QString());
    // Before: a week set on the topic itself; segment.bytes inherited.
    ClusterConfigGateway gateway(*fleet.findCluster(cluster));
    const auto preset = gateway.alter(resource, {{u"retention.ms"_s, AlterConfigOp::Set, u"604800000"_s}}, false);
    QVERIFY(preset && preset->errorCode == 0);
    QVERIFY(TestFleet::waitFor([&] { return ConfigProbe::value(fleet, cluster, resource, u"retention.ms"_s) == u"604800000"_s; },
                               15'000));
    const std::optional<QString> inheritedSegment = ConfigProbe::value(fleet, cluster, resource, u"segment.bytes"_s);
    QVERIFY(inheritedSegment && !inheritedSegment->startsWith(u'(') && *inheritedSegment != u"33554432"_s);

    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    // The change to undo, made the way the forms make it: a ReconfigJob.
    ReconfigJob job(fleet, controller->database(), controller->jobOptions());
    QSignalSpy planned(&job, &ReconfigJob::planned);
    QSignalSpy finished(&job, &ReconfigJob::finished);
    TargetSelection selection;
    selection.scope = TargetSelection::Scope::Topic;
    selection.name = topic;
    selection.clusters = {cluster};
    QVERIFY(job.plan(selection, *ConfigPlanner::parseAssignments({u"retention.ms=2d"_s, u"segment.bytes=32 MiB"_s})));
    QVERIFY(planned.wait(stepTimeoutMs));
    QVERIFY(job.apply(planned.first().first().value<ConfigPlan>()));
    QVERIFY(finished.wait(stepTimeoutMs));
    QVERIFY(finished.first().first().value<ConfigPlan>().allSucceeded());
    const qint64 batch = finished.first().at(1).toLongLong();
    QVERIFY(batch > 0);
    QCOMPARE(ConfigProbe::value(fleet, cluster, resource, u"segment.bytes"_s), u"33554432"_s);

    auto *log = qobject_cast<ReconfigLogDialog *>(controller->openLog());
    QVERIFY(log);
    QAbstractItemModelTester auditTester(log->auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pendingTester(log->pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditFilter filter;
    filter.text = topic;
    log->setFilter(filter);
    QVERIFY(TestFleet::waitFor([&] { return log->auditModel()->rowCount() == 2; }, 10'000));
    QVERIFY(!log->undoButton()->isEnabled()); // nothing selected yet
    log->auditTable()->setCurrentIndex(log->auditModel()->index(0, 0));
    QCOMPARE(log->auditModel()->record(0).batch, batch);
    QVERIFY(log->undoButton()->isEnabled());

    QSignalSpy undone(log, &ReconfigLogDialog::undone);
    QTest::mouseClick(log->undoButton(), Qt::LeftButton);
    QMessageBox *question = nullptr;
    QVERIFY(TestFleet::waitFor([&] { return (question = log->findChild<QMessageBox *>(u"undoConfirmation"_s)) != nullptr; },
                               stepTimeoutMs));
    // The confirmation names what the undo applies: the week back, segment.bytes removed.
    QVERIFY2(question->text().contains(u"1w"_s), qPrintable(question->text()));
    QVERIFY2(question->text().contains(u"segment.bytes"_s), qPrintable(question->text()));
    QVERIFY(undone.isEmpty()); // nothing is sent before the answer
    question->button(QMessageBox::Yes)->click();
    QVERIFY(undone.wait(stepTimeoutMs));
    QVERIFY(undone.first().first().value<ConfigPlan>().allSucceeded());
    const qint64 undoBatch = undone.first().at(1).toLongLong();
    QVERIFY(undoBatch > batch);

    // The broker: the week is back on the topic; segment.bytes is inherited again.
    const Result<ResourceConfigs> after = gateway.describe(resource);
    QVERIFY(after && after->errorCode == 0);
    QCOMPARE(after->find(u"retention.ms"_s)->value, u"604800000"_s);
    QCOMPARE(after->find(u"retention.ms"_s)->source, ConfigSource::TopicConfig);
    QVERIFY(after->find(u"segment.bytes"_s)->source != ConfigSource::TopicConfig);
    QCOMPARE(after->find(u"segment.bytes"_s)->value, inheritedSegment);

    // The audit: the undo's rows name the batch they undo.
    int undoRows = 0;
    for (const AuditRecord &row : auditRows(*controller, topic)) {
        if (row.batch != undoBatch)
            continue;
        ++undoRows;
        QCOMPARE(row.undoOf, std::optional<qint64>(batch));
        QCOMPARE(row.outcome, u"applied"_s);
        if (row.key == u"retention.ms"_s)
            QCOMPARE(row.newValue, std::optional<QString>(u"604800000"_s));
        else
            QCOMPARE(row.newValue, std::nullopt); // removed: it was inherited before
    }
    QCOMPARE(undoRows, 2);
    QVERIFY(TestFleet::waitFor([&] { return log->auditModel()->rowCount() == 4; }, 10'000)); // the log shows it too
    log->close();
}

void TestReconfigFlows::retryFailedRerunsOnlyTheFailedTarget()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString stem = ConfigProbe::uniqueTopic(u"flows-retry"_s);
    const QString kept = stem + u"-a"_s;
    const QString lost = stem + u"-b"_s;
    QCOMPARE(createTopics(fleet, {kept, lost}), QString());
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    BulkReconfigDialog *bulk = dryRunPattern(*controller, stem, u"retention.ms=3h"_s);
    QVERIFY(bulk);
    QAbstractItemModelTester tester(bulk->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(bulk->planModel()->plan().count(TargetState::DryRunPassed), 2);

    // Between the dry run and the apply, one topic goes away: its target must fail, the other apply.
    KafkaTestClient client(fleet.findCluster(cluster)->bootstrapServers());
    QCOMPARE(client.deleteTopic(lost), QString());
    QVERIFY(TestFleet::waitFor([&] { return ConfigProbe::value(fleet, cluster, ConfigResource::topic(lost), u"retention.ms"_s)
                                                 == u"(describe failed)"_s; }, 30'000));
    bulk->confirmation()->setChecked(true);
    QVERIFY(bulk->applyButton()->isEnabled());
    QSignalSpy applied(bulk, &BulkReconfigDialog::applied);
    QTest::mouseClick(bulk->applyButton(), Qt::LeftButton);
    QVERIFY(applied.wait(stepTimeoutMs));
    const ConfigPlan first = applied.first().first().value<ConfigPlan>();
    QCOMPARE(first.targets.size(), 2);
    QString brokerMessage;
    for (const PlannedTarget &target : first.targets) {
        if (target.target.resource.name == kept) {
            QCOMPARE(target.state, TargetState::Applied);
        } else {
            QVERIFY2(isFailure(target.state), qPrintable(targetStateText(target.state)));
            brokerMessage = target.message;
        }
    }
    QVERIFY(!brokerMessage.isEmpty());
    // The failed row shows the broker's message, and so does the summary.
    bool shown = false;
    for (int row = 0; row < bulk->planModel()->rowCount(); ++row)
        shown = shown
            || (bulk->planModel()->index(row, ConfigPlanModel::TargetColumn).data().toString().contains(lost)
                && bulk->planModel()->index(row, ConfigPlanModel::MessageColumn).data().toString() == brokerMessage);
    QVERIFY2(shown, qPrintable(brokerMessage));
    QVERIFY2(bulk->summaryText().contains(u"1 failed"_s) && bulk->summaryText().contains(brokerMessage),
             qPrintable(bulk->summaryText()));
    QVERIFY(bulk->retryButton()->isEnabled());

    // Fix the cause (the topic is back; Kafka may need a moment to finish the deletion), then retry.
    QVERIFY(TestFleet::waitFor([&] { return client.createTopic(lost, 1, 1).isEmpty(); }, 60'000));
    QVERIFY(TestFleet::waitFor([&] { return !ConfigProbe::value(fleet, cluster, ConfigResource::topic(lost), u"retention.ms"_s)->startsWith(u'('); },
                               30'000));
    applied.clear();
    QTest::mouseClick(bulk->retryButton(), Qt::LeftButton);
    QVERIFY(applied.wait(stepTimeoutMs));
    // One result per target still: both applied now.
    const ConfigPlan &merged = bulk->planModel()->plan();
    QCOMPARE(merged.targets.size(), 2);
    QCOMPARE(merged.count(TargetState::Applied), 2);
    QVERIFY2(bulk->summaryText().startsWith(u"2 of 2"_s), qPrintable(bulk->summaryText()));
    QVERIFY(!bulk->retryButton()->isEnabled());
    for (const QString &topic : {kept, lost})
        QCOMPARE(ConfigProbe::value(fleet, cluster, ConfigResource::topic(topic), u"retention.ms"_s), u"10800000"_s);

    // The audit: the kept topic once (the retry did not touch it), the lost one twice.
    const QList<AuditRecord> keptRows = auditRows(*controller, kept);
    QCOMPARE(keptRows.size(), 2); // the dry run and the apply
    const QList<AuditRecord> lostRows = auditRows(*controller, lost);
    QCOMPARE(lostRows.size(), 3); // the dry run, the failed apply, the retry
    QCOMPARE(lostRows.at(0).outcome, u"applied"_s);
    QVERIFY(lostRows.at(1).outcome != u"applied"_s);
    QCOMPARE(lostRows.at(1).message, brokerMessage);
    QVERIFY(lostRows.at(0).batch != lostRows.at(1).batch);
    bulk->close();
}

void TestReconfigFlows::cancelDuringApplyLeavesTheRestUnsent()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString stem = ConfigProbe::uniqueTopic(u"flows-cancel"_s);
    QStringList topics;
    for (int i = 0; i < 10; ++i)
        topics.append(u"%1-%2"_s.arg(stem).arg(i, 2, 10, QLatin1Char('0')));
    QCOMPARE(createTopics(fleet, topics), QString());
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    BulkReconfigDialog *bulk = dryRunPattern(*controller, stem, u"retention.ms=5h"_s);
    QVERIFY(bulk);
    QAbstractItemModelTester tester(bulk->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(bulk->planModel()->plan().count(TargetState::DryRunPassed), topics.size());

    bulk->confirmation()->setChecked(true);
    QSignalSpy progress(bulk->planModel(), &QAbstractItemModel::dataChanged);
    QSignalSpy applied(bulk, &BulkReconfigDialog::applied);
    QTest::mouseClick(bulk->applyButton(), Qt::LeftButton);
    QVERIFY(bulk->cancelButton()->isEnabled());
    QVERIFY(progress.wait(stepTimeoutMs)); // the first target's result
    QTest::mouseClick(bulk->cancelButton(), Qt::LeftButton);
    QVERIFY(applied.wait(stepTimeoutMs));

    const ConfigPlan plan = applied.first().first().value<ConfigPlan>();
    const int appliedCount = plan.count(TargetState::Applied);
    const int cancelledCount = plan.count(TargetState::Cancelled);
    QVERIFY2(appliedCount >= 1, qPrintable(bulk->summaryText()));
    QVERIFY2(cancelledCount >= 1, qPrintable(bulk->summaryText()));
    QCOMPARE(appliedCount + cancelledCount, topics.size()); // nothing else: no silent failure
    QVERIFY2(bulk->summaryText().contains(u"%1 cancelled"_s.arg(cancelledCount)), qPrintable(bulk->summaryText()));
    for (const PlannedTarget &target : plan.targets) {
        const std::optional<QString> now = ConfigProbe::value(fleet, cluster, target.target.resource, u"retention.ms"_s);
        if (target.state == TargetState::Applied) {
            QCOMPARE(now, u"18000000"_s);
        } else {
            QVERIFY2(target.message.contains(u"cancelled"_s), qPrintable(target.message));
            QVERIFY2(now != u"18000000"_s, qPrintable(target.target.text())); // never sent
        }
    }
    for (int row = 0; row < bulk->planModel()->rowCount(); ++row) {
        const auto state = TargetState(bulk->planModel()->index(row, ConfigPlanModel::StateColumn)
                                           .data(ConfigPlanModel::RawValueRole).toInt());
        QVERIFY(state == TargetState::Applied || state == TargetState::Cancelled);
    }

    // The audit says which were applied and which cancelled, in the apply's batch.
    int auditedApplied = 0;
    int auditedCancelled = 0;
    for (const AuditRecord &row : auditRows(*controller, stem)) {
        if (row.outcome == u"applied"_s)
            ++auditedApplied;
        else if (row.outcome == u"cancelled"_s)
            ++auditedCancelled;
        else
            QCOMPARE(row.outcome, u"dry-run-passed"_s);
    }
    QCOMPARE(auditedApplied, appliedCount);
    QCOMPARE(auditedCancelled, cancelledCount);
    bulk->close();
}

QTEST_MAIN(TestReconfigFlows)
#include "tst_reconfigflows.moc"

// GUI, offscreen, against the live test fleet (issue 5): the settings form sets a topic's retention
// from "2d" (preview old -> new, confirmation of the deletion, apply, the broker reads 172800000); a
// read-only cluster disables the form; a bulk plan's dry run shows the broker's refusal; the audit
// browser shows the change and exports it as CSV; "Reset to inherited" removes a topic's own value
// through the same delete the CLI's `key=` plans. Every model runs under QAbstractItemModelTester.
#include "ConfigProbe.h"
#include "KafkaTestClient.h"
#include "ReconfigFixture.h"
#include "TestFleet.h"
#include "core/Clock.h"
#include "main/MainWindow.h"
#include "session/FleetSession.h"
#include "reconfig/AuditLog.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ConfigValueParser.h"
#include "reconfig/AuditTableModel.h"
#include "reconfig/BulkReconfigDialog.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigPlanModel.h"
#include "reconfig/PendingQueueModel.h"
#include "reconfig/ReconfigController.h"
#include "reconfig/ReconfigLogDialog.h"
#include "reconfig/SettingsForm.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fleetscope;
using namespace Qt::StringLiterals;
using fleetscope::test::ConfigProbe;
using fleetscope::test::KafkaTestClient;
using fleetscope::test::ReconfigFixture;
using fleetscope::test::TestFleet;

namespace {

constexpr int planTimeoutMs = 60'000; // the shared machine is slow at times: requests take seconds

int rowOfKey(const ConfigPlanModel &model, const QString &key)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, ConfigPlanModel::KeyColumn).data().toString() == key)
            return row;
    return -1;
}

} // namespace

class TestReconfigForms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void retentionFormAppliesTwoDays();
    void resetToInheritedRemovesTheTopicsOwnValue();
    void invalidInputIsExplainedInline();
    void readOnlyBlocksTheForm();
    void bulkDryRunShowsTheBrokersRefusal();
    void auditBrowserShowsTheChangeAndExportsCsv();
    void mainWindowHasTheReconfigureMenu();

private:

    ReconfigFixture m_fixture;
    QString m_retentionTopic;
};

void TestReconfigForms::initTestCase()
{
    QVERIFY(m_fixture.isValid());
}

void TestReconfigForms::retentionFormAppliesTwoDays()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    m_retentionTopic = ConfigProbe::uniqueTopic(u"forms-retention"_s);
    QCOMPARE(KafkaTestClient(fleet.findCluster(u"edge-a"_s)->bootstrapServers()).createTopic(m_retentionTopic, 1, 1),
             QString());
    // A known start, whatever the shared fleet's default is: a week on the topic itself.
    {
        ClusterConfigGateway gateway(*fleet.findCluster(u"edge-a"_s));
        const auto preset = gateway.alter(ConfigResource::topic(m_retentionTopic),
                                          {{u"retention.ms"_s, AlterConfigOp::Set, u"604800000"_s}}, false);
        QVERIFY2(preset && preset->errorCode == 0, qPrintable(preset ? preset->errorMessage.value_or(QString()) : preset.errorMessage()));
        QVERIFY(TestFleet::waitFor([&] {
            return ConfigProbe::value(fleet, u"edge-a"_s, ConfigResource::topic(m_retentionTopic), u"retention.ms"_s)
                == u"604800000"_s;
        }, 15'000));
    }
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);

    auto *form = qobject_cast<SettingsForm *>(
        controller->openSettingsForm({u"edge-a"_s, ConfigResource::topic(m_retentionTopic)}));
    QVERIFY(form);
    QAbstractItemModelTester tester(form->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(form, &SettingsForm::loaded);
    QVERIFY(loaded.wait(planTimeoutMs));
    QVERIFY(form->editorFor(u"retention.ms"_s)->isEnabled());
    QVERIFY(!form->previewButton()->isEnabled()); // nothing typed yet

    form->editorFor(u"retention.ms"_s)->setText(u"2d"_s);
    QCOMPARE(form->inlineError(u"retention.ms"_s), QString());
    QVERIFY(form->previewButton()->isEnabled());
    QSignalSpy previewed(form, &SettingsForm::previewed);
    QTest::mouseClick(form->previewButton(), Qt::LeftButton);
    QVERIFY(previewed.wait(planTimeoutMs));

    // Old -> new side by side: a week, then two days.
    const int row = rowOfKey(*form->planModel(), u"retention.ms"_s);
    QVERIFY(row >= 0);
    const QModelIndex oldCell = form->planModel()->index(row, ConfigPlanModel::OldColumn);
    const QModelIndex newCell = form->planModel()->index(row, ConfigPlanModel::NewColumn);
    QCOMPARE(oldCell.data(ConfigPlanModel::RawValueRole).toString(), u"604800000"_s);
    QVERIFY2(oldCell.data().toString().startsWith(u"1w"_s), qPrintable(oldCell.data().toString()));
    QCOMPARE(newCell.data(ConfigPlanModel::RawValueRole).toString(), u"172800000"_s);
    QCOMPARE(newCell.data().toString(), u"2d"_s);

    // A week -> two days deletes data: Apply waits for the explicit confirmation.
    QVERIFY(!form->deletionConfirmation()->isHidden());
    QVERIFY2(form->impactText().contains(u"retention.ms"_s), qPrintable(form->impactText()));
    QVERIFY(!form->applyButton()->isEnabled());
    form->deletionConfirmation()->setChecked(true);
    QVERIFY(form->applyButton()->isEnabled());

    QSignalSpy applied(form, &SettingsForm::applied);
    QTest::mouseClick(form->applyButton(), Qt::LeftButton);
    QVERIFY(applied.wait(planTimeoutMs));
    const auto plan = applied.first().first().value<ConfigPlan>();
    QVERIFY2(plan.allSucceeded(), qPrintable(form->resultText()));
    QCOMPARE(ConfigProbe::value(fleet, u"edge-a"_s, ConfigResource::topic(m_retentionTopic), u"retention.ms"_s),
             u"172800000"_s);
    form->close();
}

void TestReconfigForms::resetToInheritedRemovesTheTopicsOwnValue()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = ConfigProbe::uniqueTopic(u"forms-reset"_s);
    const ConfigResource resource = ConfigResource::topic(topic);
    QCOMPARE(KafkaTestClient(fleet.findCluster(u"edge-a"_s)->bootstrapServers()).createTopic(topic, 1, 1), QString());
    // Two keys set on the topic itself: an hour of retention and 32 MiB segments.
    {
        ClusterConfigGateway gateway(*fleet.findCluster(u"edge-a"_s));
        const auto preset = gateway.alter(resource, {{u"retention.ms"_s, AlterConfigOp::Set, u"3600000"_s},
                                                     {u"segment.bytes"_s, AlterConfigOp::Set, u"33554432"_s}}, false);
        QVERIFY2(preset && preset->errorCode == 0, qPrintable(preset ? preset->errorMessage.value_or(QString()) : preset.errorMessage()));
        QVERIFY(TestFleet::waitFor([&] {
            return ConfigProbe::value(fleet, u"edge-a"_s, resource, u"retention.ms"_s) == u"3600000"_s
                && ConfigProbe::value(fleet, u"edge-a"_s, resource, u"segment.bytes"_s) == u"33554432"_s;
        }, 15'000));
    }
    // What a topic inherits segment.bytes from: the broker's own log.segment.bytes.
    const std::optional<QString> brokerSegment = ConfigProbe::value(fleet, u"edge-a"_s, ConfigResource::broker(1), u"log.segment.bytes"_s);
    QVERIFY(brokerSegment && !brokerSegment->startsWith(u'('));

    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    auto *form = qobject_cast<SettingsForm *>(controller->openSettingsForm({u"edge-a"_s, resource}));
    QVERIFY(form);
    QAbstractItemModelTester tester(form->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(form, &SettingsForm::loaded);
    QVERIFY(loaded.wait(planTimeoutMs));
    // Only keys set on the topic itself can be reset; the others are inherited already.
    QVERIFY(form->resetButtonFor(u"retention.ms"_s)->isEnabled());
    QVERIFY(form->resetButtonFor(u"segment.bytes"_s)->isEnabled());
    QVERIFY(!form->resetButtonFor(u"cleanup.policy"_s)->isEnabled());
    QVERIFY(!form->previewButton()->isEnabled());

    form->resetButtonFor(u"retention.ms"_s)->click();
    form->resetButtonFor(u"segment.bytes"_s)->click();
    QLineEdit *segmentEditor = form->editorFor(u"segment.bytes"_s);
    QVERIFY(!segmentEditor->isEnabled());
    QVERIFY(segmentEditor->text().isEmpty());
    const QString inheritedSegment = ConfigValueParser::humanize(u"segment.bytes"_s, brokerSegment);
    QVERIFY2(segmentEditor->placeholderText().startsWith(u"(inherited: %1"_s.arg(inheritedSegment)),
             qPrintable(segmentEditor->placeholderText()));
    QVERIFY(form->previewButton()->isEnabled());
    QSignalSpy previewed(form, &SettingsForm::previewed);
    QTest::mouseClick(form->previewButton(), Qt::LeftButton);
    QVERIFY(previewed.wait(planTimeoutMs));

    // The very changes the CLI plans for `retention.ms= segment.bytes=`: deletes.
    const ConfigPlan &plan = form->planModel()->plan();
    QCOMPARE(plan.changes, *ConfigPlanner::parseAssignments({u"retention.ms="_s, u"segment.bytes="_s}));
    QCOMPARE(plan.count(TargetState::Planned), 1);
    const int retentionRow = rowOfKey(*form->planModel(), u"retention.ms"_s);
    const int segmentRow = rowOfKey(*form->planModel(), u"segment.bytes"_s);
    QVERIFY(retentionRow >= 0 && segmentRow >= 0);
    QCOMPARE(form->planModel()->index(retentionRow, ConfigPlanModel::OldColumn).data(ConfigPlanModel::RawValueRole).toString(),
             u"3600000"_s);
    QVERIFY(!form->planModel()->index(retentionRow, ConfigPlanModel::NewColumn).data(ConfigPlanModel::RawValueRole).isValid());
    const QString newSegment = form->planModel()->index(segmentRow, ConfigPlanModel::NewColumn).data().toString();
    QVERIFY2(newSegment.startsWith(u"(inherited: %1"_s.arg(inheritedSegment)), qPrintable(newSegment));
    const QString newRetention = form->planModel()->index(retentionRow, ConfigPlanModel::NewColumn).data().toString();
    QCOMPARE(form->editorFor(u"retention.ms"_s)->placeholderText(), newRetention);
    if (form->deletionConfirmation()->isVisible())
        form->deletionConfirmation()->setChecked(true);
    QVERIFY(form->applyButton()->isEnabled());

    QSignalSpy applied(form, &SettingsForm::applied);
    QTest::mouseClick(form->applyButton(), Qt::LeftButton);
    QVERIFY(applied.wait(planTimeoutMs));
    QVERIFY2(applied.first().first().value<ConfigPlan>().allSucceeded(), qPrintable(form->resultText()));

    // The broker no longer has the topic's own values: both keys come from the levels above.
    ClusterConfigGateway gateway(*fleet.findCluster(u"edge-a"_s));
    const Result<ResourceConfigs> after = gateway.describe(resource);
    QVERIFY2(after && after->errorCode == 0, qPrintable(after ? QString::number(after->errorCode) : after.errorMessage()));
    const ConfigEntry *retention = after->find(u"retention.ms"_s);
    const ConfigEntry *segment = after->find(u"segment.bytes"_s);
    QVERIFY(retention && segment);
    QVERIFY2(retention->source != ConfigSource::TopicConfig, qPrintable(configSourceText(retention->source)));
    QCOMPARE(retention->source, ConfigSource::Default);
    QVERIFY(retention->value != u"3600000"_s);
    // ... and the preview said which value it would be.
    QVERIFY2(newRetention.startsWith(u"(inherited: %1 ("_s.arg(ConfigValueParser::humanize(u"retention.ms"_s, retention->value))),
             qPrintable(newRetention));
    QVERIFY2(segment->source != ConfigSource::TopicConfig, qPrintable(configSourceText(segment->source)));
    QCOMPARE(segment->value, brokerSegment);

    // Audited as removals: the old value set here, no new value.
    AuditFilter filter;
    filter.cluster = u"edge-a"_s;
    filter.text = topic;
    const Result<QList<AuditRecord>> rows = AuditLog(*controller->database()).query(filter);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.errorMessage()));
    QCOMPARE(rows->size(), 2);
    for (const AuditRecord &row : *rows) {
        QCOMPARE(row.outcome, u"applied"_s);
        QVERIFY(row.oldSetHere);
        QCOMPARE(row.oldSource, ConfigSource::TopicConfig);
        QVERIFY2(!row.newValue.has_value(), qPrintable(row.newValue.value_or(QString())));
    }
    form->close();
}

void TestReconfigForms::invalidInputIsExplainedInline()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    auto *form = qobject_cast<SettingsForm *>(controller->openSettingsForm({u"edge-a"_s, ConfigResource::clusterDefault()}));
    QSignalSpy loaded(form, &SettingsForm::loaded);
    QVERIFY(loaded.wait(planTimeoutMs));
    form->editorFor(u"log.retention.ms"_s)->setText(u"two days"_s);
    QVERIFY(!form->inlineError(u"log.retention.ms"_s).isEmpty());
    QVERIFY(!form->previewButton()->isEnabled());
    form->editorFor(u"log.retention.ms"_s)->setText(u"48h"_s);
    QCOMPARE(form->inlineError(u"log.retention.ms"_s), QString());
    QVERIFY(form->previewButton()->isEnabled());
    form->close(); // nothing was sent
}

void TestReconfigForms::readOnlyBlocksTheForm()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(testFleet);
    Fleet fleet = testFleet;
    for (SiteConfig &site : fleet.sites)
        for (ClusterConfig &cluster : site.clusters)
            cluster.readOnly = cluster.name == u"edge-a"_s;
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    QVERIFY(controller->readOnlyReason(u"edge-a"_s).contains(u"read_only"_s));
    QVERIFY(controller->readOnlyReason(u"edge-b"_s).isEmpty());

    auto *form = qobject_cast<SettingsForm *>(controller->openSettingsForm({u"edge-a"_s, ConfigResource::broker(1)}));
    QSignalSpy loaded(form, &SettingsForm::loaded);
    QVERIFY(loaded.wait(planTimeoutMs)); // reading is allowed: the current values show
    QLineEdit *editor = form->editorFor(u"log.retention.ms"_s);
    QVERIFY(!editor->isEnabled());
    QVERIFY(editor->toolTip().contains(u"read_only"_s));
    QVERIFY(!form->applyButton()->isEnabled());
    QVERIFY(form->applyButton()->toolTip().contains(u"read_only"_s));
    QVERIFY(!form->previewButton()->isEnabled());
    form->close();

    TargetSelection selection;
    selection.scope = TargetSelection::Scope::ClusterDefault;
    selection.clusters = {u"edge-a"_s};
    auto *bulk = qobject_cast<BulkReconfigDialog *>(controller->openBulkDialog(selection));
    QVERIFY(!bulk->applyButton()->isEnabled());
    QVERIFY(!bulk->dryRunButton()->isEnabled());
    QVERIFY(bulk->applyButton()->toolTip().contains(u"read_only"_s));
    bulk->close();
}

void TestReconfigForms::bulkDryRunShowsTheBrokersRefusal()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    const QString topic = ConfigProbe::uniqueTopic(u"forms-bulk"_s);
    for (const QString &cluster : {u"edge-a"_s, u"edge-b"_s}) {
        QCOMPARE(KafkaTestClient(fleet.findCluster(cluster)->bootstrapServers()).createTopic(topic, 1, 1), QString());
        // Right after creation the broker that answers may not know the topic yet: the plan would call it invalid.
        QVERIFY(TestFleet::waitFor([&] {
            return !ConfigProbe::value(fleet, cluster, ConfigResource::topic(topic), u"segment.bytes"_s)->startsWith(u'(');
        }, 30'000));
    }
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);

    TargetSelection selection;
    selection.scope = TargetSelection::Scope::Topic;
    selection.name = topic;
    selection.clusters = {u"edge-a"_s, u"edge-b"_s};
    auto *bulk = qobject_cast<BulkReconfigDialog *>(controller->openBulkDialog(selection));
    QAbstractItemModelTester tester(bulk->planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    bulk->setAssignments({u"segment.bytes=1"_s}); // a valid size, but below the broker's minimum
    QSignalSpy planned(bulk, &BulkReconfigDialog::planned);
    QTest::mouseClick(bulk->planButton(), Qt::LeftButton);
    QVERIFY(planned.wait(planTimeoutMs));
    QCOMPARE(bulk->planModel()->rowCount(), 2); // two targets, one key each
    QCOMPARE(bulk->planModel()->plan().count(TargetState::Planned), 2);
    QVERIFY(!bulk->applyButton()->isEnabled()); // no dry run yet

    // Right after creation a broker may not know the topic yet: wait for a real value to compare with.
    std::optional<QString> before;
    QVERIFY(TestFleet::waitFor([&] {
        before = ConfigProbe::value(fleet, u"edge-b"_s, ConfigResource::topic(topic), u"segment.bytes"_s);
        return before && !before->startsWith(u'(');
    }, 15'000));
    QSignalSpy finished(bulk, &BulkReconfigDialog::stepFinished);
    QTest::mouseClick(bulk->dryRunButton(), Qt::LeftButton);
    QVERIFY(finished.wait(planTimeoutMs));
    const ConfigPlan &plan = bulk->planModel()->plan();
    QCOMPARE(plan.count(TargetState::DryRunRefused), 2);
    for (int row = 0; row < bulk->planModel()->rowCount(); ++row) {
        const QString message = bulk->planModel()->index(row, ConfigPlanModel::MessageColumn).data().toString();
        QVERIFY2(message.contains(u"segment.bytes"_s), qPrintable(message)); // the broker's own words
    }
    QVERIFY2(bulk->summaryText().contains(u"2 refused"_s), qPrintable(bulk->summaryText()));
    // Nothing changed on the brokers.
    QCOMPARE(ConfigProbe::value(fleet, u"edge-b"_s, ConfigResource::topic(topic), u"segment.bytes"_s), before);
    bulk->close();
}

void TestReconfigForms::auditBrowserShowsTheChangeAndExportsCsv()
{
    FLEETSCOPE_REQUIRE_TEST_FLEET(fleet);
    if (m_retentionTopic.isEmpty())
        QSKIP("needs retentionFormAppliesTwoDays to have run first");
    ReconfigController *controller = m_fixture.newController(fleet);
    QVERIFY(controller);
    auto *log = qobject_cast<ReconfigLogDialog *>(controller->openLog());
    QVERIFY(log);
    QAbstractItemModelTester auditTester(log->auditModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pendingTester(log->pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(log, &ReconfigLogDialog::refreshed);
    AuditFilter filter;
    filter.cluster = u"edge-a"_s;
    filter.key = u"retention.ms"_s;
    filter.outcome = u"applied"_s;
    filter.text = m_retentionTopic;
    log->setFilter(filter);
    QVERIFY(TestFleet::waitFor([&] { return log->auditModel()->rowCount() == 1; }, 10'000));
    const AuditRecord &record = log->auditModel()->record(0);
    QCOMPARE(record.resource, ConfigResource::topic(m_retentionTopic));
    QCOMPARE(record.oldValue, u"604800000"_s);
    QCOMPARE(record.newValue, u"172800000"_s);
    QCOMPARE(log->auditModel()->index(0, AuditTableModel::NewColumn).data().toString(), u"2d"_s);

    const QString path = m_fixture.filePath(u"audit.csv"_s);
    QSignalSpy exported(log, &ReconfigLogDialog::exported);
    log->exportTo(path, false);
    QVERIFY(exported.wait(10'000));
    QCOMPARE(exported.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.contains(m_retentionTopic.toUtf8()));
    QVERIFY(csv.contains("172800000"));
    QCOMPARE(csv.count('\n'), 2); // header and the one row shown
    log->close();
}

void TestReconfigForms::mainWindowHasTheReconfigureMenu()
{
    SystemClock clock;
    FleetSession session(clock);
    MainWindow window(session);
    auto *menu = window.findChild<QMenu *>(u"reconfigureMenu"_s);
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 2); // many targets; pending changes and audit log
    QVERIFY(window.reconfig());
    // The context menu of one broker offers its own form, a topic's, a topic's replication factor,
    // the cluster-wide default's and the many-target dialog.
    QMenu context;
    window.reconfig()->addContextActions(&context, {{u"edge-a"_s, ConfigResource::broker(1)}});
    QStringList texts;
    for (QAction *action : context.actions())
        if (!action->isSeparator())
            texts.append(action->text());
    QCOMPARE(texts.size(), 5);
    QVERIFY(texts.first().contains(u"broker 1"_s));
    QVERIFY2(texts.contains(u"Replication Factor of a Topic in edge-a…"_s), qPrintable(texts.join(u" | ")));
}

QTEST_MAIN(TestReconfigForms)
#include "tst_reconfigforms.moc"

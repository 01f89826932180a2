#include "reconfig/BulkReconfigDialog.h"

#include "reconfig/ConfigPlanModel.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ReconfigController.h"
#include "reconfig/ReconfigJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace fleetscope {

BulkReconfigDialog::BulkReconfigDialog(ReconfigController &controller, const TargetSelection &initial, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_job(new ReconfigJob(controller.fleet(), controller.database(), controller.jobOptions(), this))
    , m_scope(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_clusters(new QListWidget(this))
    , m_tags(new QLineEdit(this))
    , m_assignments(new QPlainTextEdit(this))
    , m_inputError(new QLabel(this))
    , m_planModel(new ConfigPlanModel(this))
    , m_table(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_confirm(new QCheckBox(this))
    , m_plan(new QPushButton(tr("&Plan"), this))
    , m_dryRun(new QPushButton(tr("&Dry Run"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel Run"), this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
{
    setWindowTitle(tr("Change Settings of Many Targets"));
    setObjectName(QStringLiteral("bulkReconfigDialog"));
    // The order follows TargetSelection::Scope.
    m_scope->addItems({tr("Topic"), tr("Topics matching a pattern"), tr("One broker"), tr("Every broker"),
                       tr("Cluster-wide default")});
    for (const SiteConfig &site : controller.fleet().sites)
        for (const ClusterConfig &cluster : site.clusters) {
            auto *item = new QListWidgetItem(cluster.tags.isEmpty() ? cluster.name
                                                                    : tr("%1  [%2]").arg(cluster.name, cluster.tags.join(u", ")),
                                             m_clusters);
            item->setData(Qt::UserRole, cluster.name);
            item->setCheckState(Qt::Unchecked);
            const QString readOnly = controller.readOnlyReason(cluster.name);
            if (!readOnly.isEmpty())
                item->setToolTip(readOnly);
        }
    m_name->setPlaceholderText(tr("topic name, pattern (^logs-) or broker id"));
    m_tags->setPlaceholderText(tr("tags, comma-separated: every cluster carrying any of them"));
    m_assignments->setPlaceholderText(tr("one KEY=VALUE per line, e.g.\nretention.ms=2d\nretention.bytes=10 GiB"));
    m_assignments->setMaximumHeight(90);
    m_inputError->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_inputError->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_table->setModel(m_planModel);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_progress->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Scope"), m_scope);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Clusters"), m_clusters);
    form->addRow(tr("Or by tag"), m_tags);
    form->addRow(tr("Changes"), m_assignments);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_inputError);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_confirm);
    auto *buttons = new QDialogButtonBox(this);
    for (QPushButton *button : {m_plan, m_dryRun, m_apply, m_cancel, m_retry})
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    m_clusters->setMaximumHeight(110);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_plan, &QPushButton::clicked, this, &BulkReconfigDialog::makePlan);
    connect(m_dryRun, &QPushButton::clicked, this, [this] { startStep(false); });
    connect(m_apply, &QPushButton::clicked, this, [this] { startStep(true); });
    connect(m_cancel, &QPushButton::clicked, m_job, &ReconfigJob::cancel);
    m_retry->setToolTip(tr("Reads the failed and cancelled targets again and applies the change to just those"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_applyRunning = true;
        m_retrying = true;
        m_progress->setValue(0);
        m_job->retryFailed(m_planModel->plan());
        updateButtons();
    });
    connect(m_confirm, &QCheckBox::toggled, this, &BulkReconfigDialog::updateButtons);
    connect(m_job, &ReconfigJob::planned, this, [this](const ConfigPlan &plan) {
        m_planModel->setPlan(plan);
        m_table->resizeColumnsToContents();
        m_hasPlan = !plan.targets.isEmpty() || !plan.unresolvedClusters.isEmpty();
        m_dryRunDone = false;
        QString text = tr("%n target(s) planned.", "", int(plan.targets.size()));
        if (!plan.unresolvedClusters.isEmpty())
            text += QLatin1Char(' ') + tr("Not answering (their targets are queued on Apply): %1.")
                                           .arg(plan.unresolvedClusters.join(u", "));
        if (const int invalid = plan.count(TargetState::Invalid))
            text += QLatin1Char(' ') + tr("%n target(s) refused before sending: see the Message column.", "", invalid);
        m_summary->setText(text);
        updateButtons();
        Q_EMIT planned();
    });
    connect(m_job, &ReconfigJob::planFailed, this, [this](const QString &message) {
        m_inputError->setText(message);
        updateButtons();
        Q_EMIT planned();
    });
    connect(m_job, &ReconfigJob::targetFinished, this, [this](const PlannedTarget &target, int done, int total) {
        m_planModel->updateTarget(target);
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_job, &ReconfigJob::finished, this, [this](const ConfigPlan &plan, qint64) {
        const bool wasApply = m_applyRunning;
        m_applyRunning = false;
        if (!std::exchange(m_retrying, false))
            return showFinished(plan, wasApply);
        // A retry ran just the failed targets: merge their new results into the whole plan, so that
        // the table and the summary still show one result per target.
        for (const PlannedTarget &target : plan.targets)
            m_planModel->updateTarget(target);
        showFinished(m_planModel->plan(), wasApply);
    });

    setSelection(initial);
    resize(900, 640);
    updateButtons();
}

BulkReconfigDialog::~BulkReconfigDialog() = default;

void BulkReconfigDialog::setSelection(const TargetSelection &selection)
{
    m_scope->setCurrentIndex(int(selection.scope));
    m_name->setText(selection.scope == TargetSelection::Scope::Broker ? QString::number(selection.brokerId)
                                                                       : selection.name);
    for (int row = 0; row < m_clusters->count(); ++row) {
        QListWidgetItem *item = m_clusters->item(row);
        item->setCheckState(selection.clusters.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    m_tags->setText(selection.tags.join(u", "));
}

void BulkReconfigDialog::setAssignments(const QStringList &assignments)
{
    m_assignments->setPlainText(assignments.join(u'\n'));
}

TargetSelection BulkReconfigDialog::selection() const
{
    TargetSelection selection;
    selection.scope = TargetSelection::Scope(m_scope->currentIndex());
    const QString name = m_name->text().trimmed();
    if (selection.scope == TargetSelection::Scope::Broker)
        selection.brokerId = name.toInt();
    else
        selection.name = name;
    for (int row = 0; row < m_clusters->count(); ++row)
        if (m_clusters->item(row)->checkState() == Qt::Checked)
            selection.clusters.append(m_clusters->item(row)->data(Qt::UserRole).toString());
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts))
        selection.tags.append(tag.trimmed());
    return selection;
}

void BulkReconfigDialog::makePlan()
{
    m_inputError->clear();
    const TargetSelection chosen = selection();
    QStringList problems;
    if (chosen.clusters.isEmpty() && chosen.tags.isEmpty())
        problems.append(tr("Choose at least one cluster or tag."));
    const bool needsName = chosen.scope == TargetSelection::Scope::Topic || chosen.scope == TargetSelection::Scope::TopicPattern;
    if (needsName && chosen.name.isEmpty())
        problems.append(tr("Type the topic name or pattern."));
    bool brokerOk = false;
    if (chosen.scope == TargetSelection::Scope::Broker && (m_name->text().trimmed().toInt(&brokerOk), !brokerOk))
        problems.append(tr("Type the broker's node id (a number)."));
    const QStringList lines = m_assignments->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    const Result<QList<ConfigChange>> changes = ConfigPlanner::parseAssignments(lines);
    if (!changes)
        problems.append(changes.errorMessage());
    else if (changes->isEmpty())
        problems.append(tr("Type at least one KEY=VALUE line."));
    if (!problems.isEmpty()) {
        m_inputError->setText(problems.join(u'\n'));
        return;
    }
    m_summary->setText(tr("Reading the current values of every target…"));
    m_job->plan(chosen, *changes);
    updateButtons();
}

void BulkReconfigDialog::startStep(bool apply)
{
    m_applyRunning = apply;
    m_progress->setValue(0);
    m_progress->setMaximum(std::max<int>(1, int(m_planModel->plan().targets.size())));
    m_progress->show();
    m_summary->setText(apply ? tr("Applying: dry run, change and read back per target…")
                             : tr("Dry run (validate only) on every target…"));
    if (apply)
        m_job->apply(m_planModel->plan());
    else
        m_job->dryRun(m_planModel->plan());
    updateButtons();
}

void BulkReconfigDialog::showFinished(const ConfigPlan &plan, bool wasApply)
{
    m_planModel->setPlan(plan);
    QStringList failed;
    for (const PlannedTarget &target : plan.targets)
        if (isFailure(target.state) && target.state != TargetState::Cancelled)
            failed.append(tr("%1: %2: %3").arg(target.target.text(), targetStateText(target.state), target.message));
    QString text = wasApply ? tr("%1 of %2 target(s) applied and verified; %3 pending; %4 cancelled (not sent); %5 failed.")
                                  .arg(plan.count(TargetState::Applied))
                                  .arg(plan.targets.size())
                                  .arg(plan.count(TargetState::Pending))
                                  .arg(plan.count(TargetState::Cancelled))
                                  .arg(failed.size())
                            : tr("Dry run: %1 of %2 target(s) accepted; %3 refused.")
                                  .arg(plan.count(TargetState::DryRunPassed))
                                  .arg(plan.targets.size())
                                  .arg(failed.size());
    if (!failed.isEmpty())
        text += QLatin1Char('\n') + failed.join(u'\n');
    m_summary->setText(text);
    m_dryRunDone = !wasApply;
    if (wasApply)
        m_hasPlan = false; // a new change needs a new plan; Retry Failed re-plans what failed
    m_confirm->setChecked(false);
    updateButtons();
    Q_EMIT stepFinished(plan);
    if (wasApply)
        Q_EMIT applied(plan);
}

QString BulkReconfigDialog::writeBlockedReason() const
{
    const TargetSelection chosen = selection();
    if (!m_controller.database())
        return m_controller.writeBlockedReason(QString());
    if (m_controller.fleet().readOnly)
        return m_controller.readOnlyReason(QString());
    const Result<QStringList> clusters = selectClusters(m_controller.fleet(), chosen);
    if (!clusters || clusters->isEmpty())
        return {};
    for (const QString &cluster : *clusters)
        if (m_controller.readOnlyReason(cluster).isEmpty())
            return {};
    return m_controller.readOnlyReason(clusters->first()); // every chosen cluster is read-only
}

void BulkReconfigDialog::updateButtons()
{
    const bool busy = m_job->isBusy();
    const int targets = int(m_planModel->plan().targets.size());
    m_confirm->setText(tr("Apply to %n target(s)", "", targets));
    m_plan->setEnabled(!busy);
    m_dryRun->setEnabled(!busy && m_hasPlan);
    m_confirm->setEnabled(!busy && m_hasPlan && m_dryRunDone);
    m_apply->setEnabled(!busy && m_hasPlan && m_dryRunDone && m_confirm->isChecked());
    m_cancel->setEnabled(busy);
    bool anyFailed = false;
    for (const PlannedTarget &target : m_planModel->plan().targets)
        anyFailed = anyFailed || isFailure(target.state);
    m_retry->setEnabled(!busy && !m_hasPlan && anyFailed);
    const QString blocked = writeBlockedReason();
    for (QWidget *write : std::initializer_list<QWidget *>{m_dryRun, m_apply, m_retry, m_confirm})
        ReconfigController::blockWrites(write, blocked);
}

QString BulkReconfigDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace fleetscope

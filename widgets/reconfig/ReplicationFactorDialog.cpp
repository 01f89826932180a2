#include "reconfig/ReplicationFactorDialog.h"

#include "reconfig/ReconfigController.h"
#include "reconfig/ReplicationFactorJob.h"
#include "reconfig/ReplicationPlanModel.h"
#include "reconfig/ReplicationThrottle.h"
#include "units/HumanUnits.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStringList>
#include <QTableView>
#include <QVBoxLayout>

namespace fleetscope {

ReplicationFactorDialog::ReplicationFactorDialog(ReconfigController &controller, QString cluster, QString topic,
    int factor, std::optional<qint64> undoOf, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_cluster(std::move(cluster))
    , m_topic(std::move(topic))
    , m_undoOf(undoOf)
    , m_job(new ReplicationFactorJob(controller.fleet(), controller.database(), m_clock, this))
    , m_model(new ReplicationPlanModel(this))
    , m_current(new QLabel(this))
    , m_factor(new QSpinBox(this))
    , m_plan(new QPushButton(tr("&Plan"), this))
    , m_throttleOn(new QCheckBox(tr("&Limit the copy to"), this))
    , m_throttleRate(new QLineEdit(QStringLiteral("10 MiB"), this))
    , m_table(new QTableView(this))
    , m_loads(new QLabel(this))
    , m_confirm(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Ca&ncel Change"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("replicationFactorDialog"));
    setWindowTitle(m_undoOf ? tr("Undo Batch %1: Replication Factor of %2").arg(*m_undoOf).arg(m_topic)
                            : tr("Replication Factor of %1").arg(m_topic));
    auto *title = new QLabel(tr("<b>Topic \"%1\"</b> on %2").arg(m_topic.toHtmlEscaped(), m_cluster.toHtmlEscaped()), this);
    m_current->setText(tr("Reading the topic's replicas…"));
    m_factor->setRange(1, 32);
    m_factor->setValue(qMax(1, factor));
    m_factor->setAccessibleName(tr("New replication factor"));
    m_throttleRate->setMaximumWidth(120);
    m_throttleRate->setToolTip(tr("Per second on each broker involved, e.g. 10 MiB or 50 MB. Removed when the change ends."));
    m_throttleRate->setEnabled(false);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("replicationPlanTable"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_loads->setWordWrap(true);
    m_loads->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirm->hide();

    auto *factorRow = new QHBoxLayout;
    factorRow->addWidget(m_factor);
    factorRow->addWidget(m_plan);
    factorRow->addStretch();
    auto *throttleRow = new QHBoxLayout;
    throttleRow->addWidget(m_throttleOn);
    throttleRow->addWidget(m_throttleRate);
    throttleRow->addWidget(new QLabel(tr("per second on each broker involved"), this));
    throttleRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Now"), m_current);
    auto *factorLabel = new QLabel(tr("New &factor"), this);
    factorLabel->setBuddy(m_factor);
    form->addRow(factorLabel, factorRow);
    form->addRow(tr("Throttle"), throttleRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_loads);
    layout->addWidget(m_confirm);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(640, 480);

    connect(m_plan, &QPushButton::clicked, this, &ReplicationFactorDialog::makePlan);
    connect(m_factor, &QSpinBox::valueChanged, this, [this] {
        // A plan for another factor is no plan for this one.
        m_proposal.reset();
        m_model->clear();
        m_loads->clear();
        m_confirm->hide();
        updateButtons();
    });
    connect(m_throttleOn, &QCheckBox::toggled, m_throttleRate, &QLineEdit::setEnabled);
    connect(m_throttleOn, &QCheckBox::toggled, this, &ReplicationFactorDialog::updateButtons);
    connect(m_throttleRate, &QLineEdit::textChanged, this, &ReplicationFactorDialog::updateButtons);
    connect(m_confirm, &QCheckBox::toggled, this, &ReplicationFactorDialog::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &ReplicationFactorDialog::startApply);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_cancel->setEnabled(false);
        setStatus(tr("Cancelling: partitions still copying go back to their old replicas…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_job, &ReplicationFactorJob::proposed, this, &ReplicationFactorDialog::showProposal);
    connect(m_job, &ReplicationFactorJob::proposeFailed, this, [this](const QString &message) {
        m_current->setText(tr("unknown"));
        setStatus(message, true);
        updateButtons();
    });
    connect(m_job, &ReplicationFactorJob::progressed, this, &ReplicationFactorDialog::showProgress);
    connect(m_job, &ReplicationFactorJob::finished, this, &ReplicationFactorDialog::showResult);

    makePlan();
}

ReplicationFactorDialog::~ReplicationFactorDialog() = default;

QString ReplicationFactorDialog::statusText() const
{
    return m_status->text();
}

QString ReplicationFactorDialog::loadsText() const
{
    return m_loads->text();
}

void ReplicationFactorDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b02020;") : QString());
}

void ReplicationFactorDialog::makePlan()
{
    if (!m_job->propose(m_cluster, m_topic, m_factor->value()))
        return;
    m_proposal.reset();
    m_model->clear();
    m_confirm->hide();
    m_confirm->setChecked(false);
    setStatus(tr("Reading %1's metadata and planning…").arg(m_cluster));
    updateButtons();
}

void ReplicationFactorDialog::showProposal(const ReplicationProposal &proposal)
{
    m_proposal = proposal;
    m_model->setPlan(proposal.plan);
    m_table->resizeColumnsToContents();
    m_current->setText(tr("%1 replica(s) per partition, %2 partition(s) (read at %3)")
                           .arg(proposal.currentFactor)
                           .arg(proposal.plan.partitions.size())
                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(proposal.readAtMs).time(), QLocale::ShortFormat)));
    m_factor->setMaximum(qMax(1, int(proposal.brokers.size())));
    QStringList loads;
    for (auto it = proposal.plan.replicasPerBrokerAfter.cbegin(); it != proposal.plan.replicasPerBrokerAfter.cend(); ++it)
        loads.append(tr("broker %1: %2 → %3").arg(it.key()).arg(proposal.plan.replicasPerBrokerBefore.value(it.key())).arg(it.value()));
    m_loads->setText(tr("Replicas per broker (all topics): %1. %2")
                         .arg(loads.join(QStringLiteral(", ")),
                             proposal.plan.rackAware ? tr("Spread across racks.") : tr("No racks known.")));
    const int changed = int(proposal.plan.changedPartitions().size());
    if (changed == 0) {
        setStatus(tr("Every partition already has %1 replica(s): nothing to change.").arg(proposal.plan.targetReplicationFactor));
    } else {
        m_confirm->setText(tr("Copy %n partition(s) onto brokers %1", nullptr, changed).arg(replicasText(proposal.plan.involvedBrokers())));
        m_confirm->show();
        setStatus(tr("Planned, nothing sent yet. Tick the box above to confirm, then Apply."));
    }
    const QString blocked = m_controller.writeBlockedReason(m_cluster);
    if (!blocked.isEmpty())
        setStatus(blocked, true);
    updateButtons();
    Q_EMIT planned();
}

std::optional<qint64> ReplicationFactorDialog::throttleBytesPerSecond(QString *error) const
{
    if (!m_throttleOn->isChecked())
        return 0;
    const Result<qint64> bytes = ReplicationThrottle::parseRate(m_throttleRate->text());
    if (!bytes) {
        *error = tr("The throttle takes a rate such as 10 MiB or 50 MB per second: %1").arg(bytes.errorMessage());
        return std::nullopt;
    }
    return *bytes;
}

void ReplicationFactorDialog::startApply()
{
    QString error;
    const std::optional<qint64> throttle = throttleBytesPerSecond(&error);
    if (!m_proposal || !throttle || !m_confirm->isChecked())
        return;
    ReplicationFactorRun::Options options;
    options.throttleBytesPerSecond = *throttle;
    options.undoOf = m_undoOf;
    options.operatorName = m_controller.jobOptions().applier.operatorName;
    if (!m_job->apply(*m_proposal, options))
        return;
    m_running = true;
    m_progress->setRange(0, int(m_proposal->plan.changedPartitions().size()));
    m_progress->setValue(0);
    m_progress->show();
    setStatus(*throttle > 0 ? tr("Copying, throttled to %1/s…").arg(formatBytes(*throttle)) : tr("Copying…"));
    updateButtons();
}

void ReplicationFactorDialog::showProgress(const ReplicationProgress &progress)
{
    m_model->applyProgress(progress);
    m_progress->setRange(0, progress.partitionsTotal);
    m_progress->setValue(progress.partitionsDone);
    m_progress->setFormat(tr("%1 of %2 partitions").arg(progress.partitionsDone).arg(progress.partitionsTotal));
    Q_EMIT progressed();
}

void ReplicationFactorDialog::showResult(const ReplicationResult &result, qint64 batch)
{
    m_running = false;
    m_model->applyResult(result);
    QString text = result.message;
    if (batch > 0)
        text += QLatin1Char(' ') + tr("Audit batch %1.").arg(batch);
    setStatus(text, result.outcome == ReplicationOutcome::Failed || result.throttleLeftSet);
    // The partitions moved (or went back): a new plan starts from what the cluster now holds.
    m_proposal.reset();
    m_current->setText(tr("changed since it was read; Plan reads the topic again"));
    m_confirm->hide();
    m_confirm->setChecked(false);
    updateButtons();
    Q_EMIT finished(result, batch);
    Q_EMIT applied();
}

void ReplicationFactorDialog::updateButtons()
{
    const bool busy = m_job->isBusy();
    QString throttleError;
    const bool throttleOk = throttleBytesPerSecond(&throttleError).has_value();
    m_throttleRate->setStyleSheet(throttleOk ? QString() : QStringLiteral("color: #b02020;"));
    m_throttleRate->setToolTip(throttleOk ? tr("Per second on each broker involved, e.g. 10 MiB or 50 MB. Removed when the change ends.")
                                          : throttleError);
    const QString blocked = m_controller.writeBlockedReason(m_cluster);
    m_plan->setEnabled(!busy);
    m_factor->setEnabled(!busy);
    m_throttleOn->setEnabled(!m_running);
    m_apply->setEnabled(!busy && blocked.isEmpty() && m_proposal && m_proposal->changesAnything() && throttleOk
                        && m_confirm->isChecked());
    m_apply->setToolTip(blocked);
    m_cancel->setEnabled(m_running);
    m_close->setEnabled(!m_running);
}

void ReplicationFactorDialog::closeEvent(QCloseEvent *event)
{
    if (m_running) {
        // Closing would stop watching with the throttle still set: cancel or wait instead.
        setStatus(tr("The change is running: wait for it, or Cancel Change first."), true);
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ReplicationFactorDialog::reject()
{
    if (m_running) {
        setStatus(tr("The change is running: wait for it, or Cancel Change first."), true);
        return;
    }
    QDialog::reject();
}

} // namespace fleetscope

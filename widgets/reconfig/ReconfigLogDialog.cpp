#include "reconfig/ReconfigLogDialog.h"

#include "reconfig/AuditLog.h"
#include "reconfig/AuditTableModel.h"
#include "reconfig/ConfigPlanModel.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/PendingQueueModel.h"
#include "reconfig/ReconfigController.h"
#include "reconfig/ReconfigDatabase.h"
#include "reconfig/ReconfigJob.h"
#include "reconfig/ReplicationFactorRun.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

namespace {

struct LogContents
{
    Result<QList<AuditRecord>> audit = QList<AuditRecord>();
    Result<QList<PendingChange>> pending = QList<PendingChange>();
};

QTableView *tableFor(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    return table;
}

} // namespace

ReconfigLogDialog::ReconfigLogDialog(ReconfigController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_undoJob(new ReconfigJob(controller.fleet(), controller.database(), controller.jobOptions(), this))
    , m_auditModel(new AuditTableModel(this))
    , m_pendingModel(new PendingQueueModel(this))
    , m_cluster(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_auditTable(tableFor(m_auditModel, this))
    , m_pendingTable(tableFor(m_pendingModel, this))
    , m_status(new QLabel(this))
    , m_undo(new QPushButton(tr("&Undo This Change…"), this))
    , m_cancelPending(new QPushButton(tr("&Cancel Pending Change"), this))
{
    setWindowTitle(tr("Pending Changes and Audit Log"));
    setObjectName(QStringLiteral("reconfigLogDialog"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildAuditTab(), tr("Audit log"));
    tabs->addTab(buildPendingTab(), tr("Pending queue"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(&controller, &ReconfigController::auditChanged, this, &ReconfigLogDialog::refresh);
    connect(&controller, &ReconfigController::databaseReady, this, &ReconfigLogDialog::refresh);
    connectUndoJob();
    // A job made before the database was open would not audit: make it again once it is.
    connect(&controller, &ReconfigController::databaseReady, this, [this] {
        delete m_undoJob;
        m_undoJob = new ReconfigJob(m_controller.fleet(), m_controller.database(), m_controller.jobOptions(), this);
        connectUndoJob();
    });
    resize(1000, 560);
    refresh();
}

ReconfigLogDialog::~ReconfigLogDialog() = default;

void ReconfigLogDialog::connectUndoJob()
{
    connect(m_undoJob, &ReconfigJob::planFailed, this, [this](const QString &message) {
        m_status->setText(tr("Cannot undo: %1").arg(message));
    });
    connect(m_undoJob, &ReconfigJob::planned, this, [this](const ConfigPlan &plan) {
        QStringList lines;
        for (const PlannedTarget &target : plan.targets)
            for (const PlannedKey &key : target.keys)
                lines.append(tr("%1 %2: %3 → %4").arg(target.target.text(), key.key,
                                                      ConfigPlanModel::valueText(key.key, key.oldValue, key.sensitive),
                                                      ConfigPlanModel::newValueText(key)));
        const qint64 batch = m_undoBatch;
        // Window-modal and not a nested event loop: the log keeps refreshing behind the question.
        auto *question = new QMessageBox(QMessageBox::Question, tr("Undo Change"),
                                         tr("Undo batch %1? This applies:\n%2").arg(batch).arg(lines.join(u'\n')),
                                         QMessageBox::Yes | QMessageBox::No, this);
        question->setObjectName(QStringLiteral("undoConfirmation"));
        question->setAttribute(Qt::WA_DeleteOnClose);
        connect(question, &QMessageBox::finished, this, [this, plan, batch](int answer) {
            if (answer != QMessageBox::Yes) {
                m_status->setText(tr("Undo not applied."));
                return;
            }
            m_status->setText(tr("Undoing batch %1…").arg(batch));
            m_undoJob->applyUndo(plan, batch);
        });
        question->open();
    });
    connect(m_undoJob, &ReconfigJob::finished, this, [this](const ConfigPlan &plan, qint64 batch) {
        m_status->setText(plan.allSucceeded() ? tr("Undone (audit batch %1).").arg(batch)
                                              : tr("The undo did not complete everywhere (audit batch %1): see the log.").arg(batch));
        refresh();
        Q_EMIT undone(plan, batch);
    });
}

QWidget *ReconfigLogDialog::buildAuditTab()
{
    auto *page = new QWidget(this);
    m_cluster->addItem(tr("Any cluster"), QString());
    for (const SiteConfig &site : m_controller.fleet().sites)
        for (const ClusterConfig &cluster : site.clusters)
            m_cluster->addItem(cluster.name, cluster.name);
    m_outcome->addItem(tr("Any outcome"), QString());
    for (TargetState state : {TargetState::Applied, TargetState::Refused, TargetState::DryRunPassed,
                              TargetState::DryRunRefused, TargetState::NotVerified, TargetState::Pending,
                              TargetState::Unreachable, TargetState::Invalid, TargetState::Cancelled})
        m_outcome->addItem(targetStateText(state), targetStateId(state));
    m_key->setPlaceholderText(tr("key, exact"));
    m_text->setPlaceholderText(tr("text in resource, user or message"));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_cluster);
    filters->addWidget(m_key);
    filters->addWidget(m_outcome);
    filters->addWidget(m_text, 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), page);
    filters->addWidget(refreshButton);
    auto *buttons = new QHBoxLayout;
    auto *csv = new QPushButton(tr("Export &CSV…"), page);
    auto *json = new QPushButton(tr("Export &JSON…"), page);
    buttons->addWidget(csv);
    buttons->addWidget(json);
    buttons->addStretch(1);
    buttons->addWidget(m_undo);
    m_undo->setEnabled(false);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_auditTable->setObjectName(QStringLiteral("auditTable"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_auditTable, 1);
    layout->addLayout(buttons);

    for (QComboBox *combo : {m_cluster, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReconfigLogDialog::refresh);
    for (QLineEdit *edit : {m_key, m_text})
        connect(edit, &QLineEdit::returnPressed, this, &ReconfigLogDialog::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &ReconfigLogDialog::refresh);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(json, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_undo, &QPushButton::clicked, this, &ReconfigLogDialog::undoSelected);
    connect(m_auditTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const bool applied = current.isValid() && m_auditModel->record(current.row()).outcome == targetStateId(TargetState::Applied);
        const QString blocked = current.isValid() ? m_controller.writeBlockedReason(m_auditModel->record(current.row()).cluster) : QString();
        m_undo->setEnabled(applied && blocked.isEmpty());
        m_undo->setToolTip(blocked.isEmpty() ? tr("Restores the old values of every key this change applied") : blocked);
    });
    return page;
}

QWidget *ReconfigLogDialog::buildPendingTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Changes aimed at clusters that did not answer. Each is planned, checked and "
                                    "applied again when its cluster answers."), page));
    layout->addWidget(m_pendingTable, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelPending);
    layout->addLayout(buttons);
    m_cancelPending->setEnabled(false);
    connect(m_cancelPending, &QPushButton::clicked, this, &ReconfigLogDialog::cancelSelectedPending);
    connect(m_pendingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_cancelPending->setEnabled(current.isValid() && current.data(PendingQueueModel::QueuedRole).toBool());
    });
    return page;
}

AuditFilter ReconfigLogDialog::filter() const
{
    AuditFilter filter;
    filter.cluster = m_cluster->currentData().toString();
    filter.key = m_key->text().trimmed();
    filter.outcome = m_outcome->currentData().toString();
    filter.text = m_text->text().trimmed();
    return filter;
}

void ReconfigLogDialog::setFilter(const AuditFilter &filter)
{
    const QSignalBlocker clusterBlocker(m_cluster);
    const QSignalBlocker outcomeBlocker(m_outcome);
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(filter.cluster)));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(filter.outcome)));
    m_key->setText(filter.key);
    m_text->setText(filter.text);
    refresh();
}

void ReconfigLogDialog::refresh()
{
    ReconfigDatabase *database = m_controller.database();
    if (!database) {
        m_status->setText(m_controller.databaseError().isEmpty()
                              ? tr("Opening the audit database…")
                              : tr("The audit database could not be opened: %1").arg(m_controller.databaseError()));
        return;
    }
    auto *watcher = new QFutureWatcher<LogContents>(this);
    connect(watcher, &QFutureWatcher<LogContents>::finished, this, [this, watcher] {
        const LogContents contents = watcher->result();
        watcher->deleteLater();
        QStringList problems;
        if (contents.audit)
            m_auditModel->setRecords(*contents.audit);
        else
            problems.append(contents.audit.errorMessage());
        if (contents.pending)
            m_pendingModel->setChanges(*contents.pending);
        else
            problems.append(contents.pending.errorMessage());
        m_status->setText(problems.isEmpty() ? tr("%n audit row(s) shown.", "", m_auditModel->rowCount())
                                             : problems.join(u'\n'));
        Q_EMIT refreshed();
    });
    watcher->setFuture(QtConcurrent::run([database, filter = filter()] {
        LogContents contents;
        contents.audit = AuditLog(*database).query(filter);
        contents.pending = PendingChangeStore(*database).all();
        return contents;
    }));
}

void ReconfigLogDialog::chooseExport(bool json)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"), QString(),
                                                      json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, json);
}

void ReconfigLogDialog::exportTo(const QString &path, bool json)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_status->setText(error.isEmpty() ? tr("Exported %1 row(s) to %2.").arg(m_auditModel->rowCount()).arg(path) : error);
        Q_EMIT exported(path, error);
    });
    const QByteArray bytes = json ? AuditLog::toJson(m_auditModel->records()) : AuditLog::toCsv(m_auditModel->records());
    watcher->setFuture(QtConcurrent::run([path, bytes] {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return tr("Could not write %1: %2. Choose another place.").arg(path, file.errorString());
        return QString();
    }));
}

void ReconfigLogDialog::undoSelected()
{
    const QModelIndex current = m_auditTable->currentIndex();
    if (!current.isValid())
        return;
    if (!m_controller.writeBlockedReason(m_auditModel->record(current.row()).cluster).isEmpty())
        return;
    const AuditRecord &record = m_auditModel->record(current.row());
    if (record.key == ReplicationFactorRun::auditKey && record.oldValue) {
        // A replication factor goes back through its own dialog: a new plan from today's replicas.
        m_controller.openReplicationDialog(record.cluster, record.resource.name, record.oldValue->toInt(), record.batch);
        m_status->setText(tr("The undo of batch %1 is planned in its own window.").arg(record.batch));
        return;
    }
    m_undoBatch = record.batch;
    m_status->setText(tr("Reading the current values for the undo of batch %1…").arg(record.batch));
    m_undoJob->planUndo(record.batch);
}

void ReconfigLogDialog::cancelSelectedPending()
{
    ReconfigDatabase *database = m_controller.database();
    const QModelIndex current = m_pendingTable->currentIndex();
    if (!database || !current.isValid())
        return;
    const qint64 id = current.data(PendingQueueModel::IdRole).toLongLong();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        const Status cancelled = watcher->result();
        watcher->deleteLater();
        if (!cancelled)
            m_status->setText(tr("Could not cancel: %1").arg(cancelled.errorMessage()));
        refresh();
    });
    watcher->setFuture(QtConcurrent::run([database, id] { return PendingChangeStore(*database).cancel(id); }));
}

} // namespace fleetscope

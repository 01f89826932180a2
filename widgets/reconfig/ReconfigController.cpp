#include "reconfig/ReconfigController.h"

#include "reconfig/BulkReconfigDialog.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/PendingChangeRunner.h"
#include "reconfig/ReconfigDatabase.h"
#include "reconfig/ReconfigLogDialog.h"
#include "reconfig/ReplicationFactorDialog.h"
#include "reconfig/SettingsForm.h"

#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

ReconfigController::ReconfigController(QWidget *window, QString databasePath)
    : QObject(window)
    , m_window(window)
    , m_database(std::make_unique<ReconfigDatabase>(databasePath.isEmpty() ? ReconfigDatabase::defaultPath()
                                                                            : std::move(databasePath)))
{
    qRegisterMetaType<ConfigPlan>();
    qRegisterMetaType<PlannedTarget>();
    // Opening creates the file and its tables: disk work, so on a worker.
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        const Status opened = watcher->result();
        watcher->deleteLater();
        m_databaseOpen = bool(opened);
        m_databaseError = opened ? QString() : opened.errorMessage();
        setFleet(m_fleet); // starts the pending runner
        Q_EMIT databaseReady();
    });
    ReconfigDatabase *database = m_database.get();
    watcher->setFuture(QtConcurrent::run([database] { return database->open(); }));
}

ReconfigController::~ReconfigController()
{
    m_pendingRunner.reset(); // waits for a running attempt before the database goes
}

void ReconfigController::setFleet(const Fleet &fleet)
{
    m_fleet = fleet;
    m_latest.clear();
    m_previous.clear();
    m_pendingRunner.reset();
    if (!database() || m_fleet.sites.isEmpty())
        return;
    m_pendingRunner = std::make_unique<PendingChangeRunner>(m_fleet, *m_database, m_options.applier);
    connect(m_pendingRunner.get(), &PendingChangeRunner::queueChanged, this, &ReconfigController::auditChanged);
}

void ReconfigController::noteSnapshot(const ClusterSnapshot &snapshot)
{
    if (const auto it = m_latest.constFind(snapshot.cluster); it != m_latest.cend())
        m_previous.insert(snapshot.cluster, *it);
    m_latest.insert(snapshot.cluster, snapshot);
    if (m_pendingRunner)
        m_pendingRunner->clusterSampled(snapshot);
}

QString ReconfigController::readOnlyReason(const QString &cluster) const
{
    if (m_fleet.readOnly)
        return tr("Read-only: the fleet file %1 sets read_only: true for the whole fleet.").arg(m_fleet.sourcePath);
    if (!ConfigPlanner::isReadOnly(m_fleet, cluster))
        return {};
    if (!m_fleet.findCluster(cluster))
        return tr("Read-only: %1 is not a cluster of this fleet.").arg(cluster);
    return tr("Read-only: the fleet file %1 sets read_only: true for %2.").arg(m_fleet.sourcePath, cluster);
}

QString ReconfigController::writeBlockedReason(const QString &cluster) const
{
    if (const QString readOnly = readOnlyReason(cluster); !readOnly.isEmpty())
        return readOnly;
    if (!database())
        return m_databaseError.isEmpty() ? tr("The audit database is still opening; try again in a moment.")
                                         : tr("Changes are blocked: the audit database could not be opened (%1).")
                                               .arg(m_databaseError);
    return {};
}

void ReconfigController::blockWrites(QWidget *control, const QString &reason)
{
    if (reason.isEmpty())
        return;
    control->setEnabled(false);
    control->setToolTip(reason);
}

DiskFacts ReconfigController::diskFacts(const ConfigTarget &target) const
{
    const auto latest = m_latest.constFind(target.cluster);
    const auto previous = m_previous.constFind(target.cluster);
    return DiskFacts::fromSnapshots(target, latest == m_latest.cend() ? nullptr : &*latest,
                                    previous == m_previous.cend() ? nullptr : &*previous);
}

QStringList ReconfigController::topicNames(const QString &cluster) const
{
    QSet<QString> names;
    if (const auto it = m_latest.constFind(cluster); it != m_latest.cend())
        for (auto partition = it->lag.endOffsets.cbegin(); partition != it->lag.endOffsets.cend(); ++partition)
            names.insert(partition.key().topic);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

QMenu *ReconfigController::createMenu(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Reconfigure"));
    menu->setObjectName(QStringLiteral("reconfigureMenu"));
    menu->addAction(tr("&Change Settings of Many Targets…"), this, [this] { openBulkDialog({}); });
    menu->addAction(tr("&Pending Changes and Audit Log…"), this, &ReconfigController::openLog);
    return menu;
}

void ReconfigController::addContextActions(QMenu *menu, const QList<ConfigTarget> &selected)
{
    if (selected.isEmpty())
        return;
    menu->addSeparator();
    if (selected.size() == 1) {
        const ConfigTarget target = selected.first();
        if (target.resource.type == ConfigResourceType::Broker && !target.resource.isClusterDefault())
            menu->addAction(tr("Settings of %1…").arg(target.text()), this, [this, target] { openSettingsForm(target); });
        menu->addAction(tr("Topic Settings in %1…").arg(target.cluster), this, [this, target] {
            const QString topic = chooseTopic(target.cluster, tr("Topic Settings"));
            if (!topic.isEmpty())
                openSettingsForm({target.cluster, ConfigResource::topic(topic)});
        });
        menu->addAction(tr("Replication Factor of a Topic in %1…").arg(target.cluster), this, [this, target] {
            const QString topic = chooseTopic(target.cluster, tr("Replication Factor"));
            if (!topic.isEmpty())
                openReplicationDialog(target.cluster, topic);
        });
        menu->addAction(tr("Cluster-wide Default of %1…").arg(target.cluster), this, [this, target] {
            openSettingsForm({target.cluster, ConfigResource::clusterDefault()});
        });
    }
    // Many targets: a broker selection stays per broker, a cluster selection becomes every broker.
    TargetSelection selection;
    QStringList brokers;
    for (const ConfigTarget &target : selected) {
        if (!selection.clusters.contains(target.cluster))
            selection.clusters.append(target.cluster);
        if (target.resource.type == ConfigResourceType::Broker && !target.resource.isClusterDefault())
            brokers.append(target.resource.name);
    }
    selection.scope = TargetSelection::Scope::AllBrokers;
    if (selection.clusters.size() == 1 && brokers.size() == 1) {
        selection.scope = TargetSelection::Scope::Broker;
        selection.brokerId = brokers.first().toInt();
    }
    menu->addAction(tr("Change Settings of the Selection…"), this, [this, selection] { openBulkDialog(selection); });
}

void ReconfigController::addTopicActions(QMenu *menu, const QString &cluster, const QString &topic)
{
    menu->addAction(tr("Settings of Topic %1…").arg(topic), this,
                    [this, cluster, topic] { openSettingsForm({cluster, ConfigResource::topic(topic)}); });
    menu->addAction(tr("Replication Factor of %1…").arg(topic), this,
                    [this, cluster, topic] { openReplicationDialog(cluster, topic); });
}

int ReconfigController::replicationFactor(const QString &cluster, const QString &topic) const
{
    const auto it = m_latest.constFind(cluster);
    if (it == m_latest.cend())
        return 0;
    for (const TopicMetadata &t : it->topics) {
        if (t.name != topic)
            continue;
        int factor = 0;
        for (const PartitionMetadata &p : t.partitions)
            factor = qMax(factor, int(p.replicas.size()));
        return factor;
    }
    return 0;
}

QString ReconfigController::chooseTopic(const QString &cluster, const QString &title)
{
    bool ok = false;
    const QString topic = QInputDialog::getItem(m_window, title,
                                                tr("Topic of %1 (from the newest poll; you may type another):").arg(cluster),
                                                topicNames(cluster), 0, true, &ok);
    return ok ? topic.trimmed() : QString();
}

QWidget *ReconfigController::openSettingsForm(const ConfigTarget &target)
{
    auto *form = new SettingsForm(*this, target, m_window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &SettingsForm::applied, this, &ReconfigController::auditChanged);
    form->show();
    return form;
}

QWidget *ReconfigController::openBulkDialog(const TargetSelection &selection)
{
    auto *dialog = new BulkReconfigDialog(*this, selection, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkReconfigDialog::applied, this, &ReconfigController::auditChanged);
    dialog->show();
    return dialog;
}

QWidget *ReconfigController::openReplicationDialog(const QString &cluster, const QString &topic, int factor,
                                                  std::optional<qint64> undoOf)
{
    if (factor <= 0) {
        const int current = replicationFactor(cluster, topic);
        const auto latest = m_latest.constFind(cluster);
        const int brokers = latest == m_latest.cend() ? 3 : latest->brokersUp();
        factor = qBound(1, current + 1, qMax(1, brokers));
    }
    auto *dialog = new ReplicationFactorDialog(*this, cluster, topic, factor, undoOf, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplicationFactorDialog::applied, this, &ReconfigController::auditChanged);
    dialog->show();
    return dialog;
}

QWidget *ReconfigController::openLog()
{
    if (!m_log) {
        m_log = new ReconfigLogDialog(*this, m_window);
        m_log->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_log->show();
    m_log->raise();
    return m_log;
}

} // namespace fleetscope

#include "reconfig/ConfigApplier.h"

#include "protocol/ConfigsClient.h"
#include "reconfig/AuditLog.h"
#include "reconfig/BoundedRunner.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigLogging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QThread>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigApplier", text);
}

QList<AlterableConfig> alterations(const PlannedTarget &target)
{
    QList<AlterableConfig> configs;
    for (const PlannedKey &key : target.keys)
        configs.append({key.key, key.newValue ? AlterConfigOp::Set : AlterConfigOp::Delete, key.newValue});
    return configs;
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load();
}

} // namespace

ConfigApplier::ConfigApplier(Fleet fleet, Options options)
    : m_fleet(std::move(fleet))
    , m_options(std::move(options))
{
}

qint64 ConfigApplier::dryRun(ConfigPlan &plan) const
{
    return run(plan, false);
}

qint64 ConfigApplier::apply(ConfigPlan &plan) const
{
    return run(plan, true);
}

qint64 ConfigApplier::run(ConfigPlan &plan, bool applyChanges) const
{
    qint64 batch = 0;
    if (m_options.audit) {
        const Result<qint64> created = m_options.audit->newBatch();
        if (created)
            batch = *created;
        else
            qCWarning(lcReconfig).noquote() << "audit:" << created.errorMessage();
    }
    QMap<QString, QList<PlannedTarget *>> byCluster;
    for (PlannedTarget &target : plan.targets)
        byCluster[target.target.cluster].append(&target);
    const QStringList clusters = byCluster.keys();
    BoundedRunner::run(int(clusters.size()), m_options.concurrency, [&](int i) {
        const QString &cluster = clusters[i];
        ClusterConfigGateway gateway(*m_fleet.findCluster(cluster), m_options.timeoutMs);
        QList<PlannedTarget *> unreachable;
        for (PlannedTarget *target : byCluster.value(cluster)) {
            runTarget(gateway, *target, applyChanges);
            if (target->state == TargetState::Unreachable && applyChanges)
                unreachable.append(target);
            else {
                audit(*target, batch);
                if (m_options.onTargetDone)
                    m_options.onTargetDone(*target);
            }
        }
        if (!unreachable.isEmpty()) {
            queue(cluster, unreachable);
            for (PlannedTarget *target : std::as_const(unreachable)) {
                audit(*target, batch);
                if (m_options.onTargetDone)
                    m_options.onTargetDone(*target);
            }
        }
    });
    if (applyChanges && m_options.pending) {
        // Clusters that did not answer when the plan was made: queue the selection as a whole.
        for (const QString &cluster : std::as_const(plan.unresolvedClusters)) {
            if (ConfigPlanner::isReadOnly(m_fleet, cluster))
                continue;
            PendingChange change;
            change.cluster = cluster;
            change.selection = plan.selection;
            change.selection.clusters = {cluster};
            change.selection.tags.clear();
            change.changes = plan.changes;
            change.osUser = AuditLog::osUser();
            change.operatorName = m_options.operatorName;
            change.message = tr("%1 did not answer when the change was planned").arg(cluster);
            if (const Result<qint64> id = m_options.pending->enqueue(change); !id)
                qCWarning(lcReconfig).noquote() << "pending:" << id.errorMessage();
        }
    }
    return batch;
}

void ConfigApplier::runTarget(ClusterConfigGateway &gateway, PlannedTarget &target, bool applyChanges) const
{
    if (isFailure(target.state) && target.state != TargetState::Unreachable)
        return; // refused before anything was sent: stays as it is
    if (ConfigPlanner::isReadOnly(m_fleet, target.target.cluster)) {
        target.state = TargetState::Invalid;
        target.message = tr("The fleet file makes %1 read-only (read_only: true): nothing is sent to it.")
                             .arg(target.target.cluster);
        return;
    }
    if (isCancelled(m_options.cancel)) {
        target.state = TargetState::Cancelled;
        target.message = tr("cancelled before it was sent");
        return;
    }
    const QList<AlterableConfig> configs = alterations(target);
    // The dry run: the broker validates the values (ranges, unknown keys) and changes nothing.
    const Result<AlterConfigsResult> dry = gateway.alter(target.target.resource, configs, true);
    if (!dry) {
        target.state = TargetState::Unreachable;
        target.message = dry.errorMessage();
        target.dryRunText = tr("not run: no answer");
        return;
    }
    if (dry->errorCode != 0) {
        target.state = TargetState::DryRunRefused;
        target.message = ConfigsClient::refusalText(dry->errorCode, dry->errorMessage);
        target.dryRunText = tr("refused: %1").arg(target.message);
        return;
    }
    target.dryRunText = tr("passed");
    if (!applyChanges) {
        target.state = TargetState::DryRunPassed;
        target.message.clear();
        return;
    }
    if (isCancelled(m_options.cancel)) {
        target.state = TargetState::Cancelled;
        target.message = tr("cancelled after its dry run, before it was sent");
        return;
    }
    const Result<AlterConfigsResult> applied = gateway.alter(target.target.resource, configs, false);
    if (!applied) {
        // The request went out and no answer came back: the change may or may not be in effect.
        target.state = TargetState::NotVerified;
        target.message = tr("no answer to the change (%1); read the values back before trying again")
                             .arg(applied.errorMessage());
        return;
    }
    if (applied->errorCode != 0) {
        target.state = TargetState::Refused;
        target.message = ConfigsClient::refusalText(applied->errorCode, applied->errorMessage);
        return;
    }
    verify(gateway, target);
}

void ConfigApplier::verify(ClusterConfigGateway &gateway, PlannedTarget &target) const
{
    const ConfigSource own = ConfigPlanner::ownSource(target.target.resource);
    const QDeadlineTimer deadline(m_options.verifyTimeoutMs);
    QStringList differences;
    // Brokers learn a change from the controller's metadata log, so the read-back may lag a moment.
    do {
        differences.clear();
        const Result<ResourceConfigs> current = gateway.describe(target.target.resource);
        if (!current || current->errorCode != 0) {
            differences.append(current ? ConfigsClient::refusalText(current->errorCode, current->errorMessage)
                                       : current.errorMessage());
        } else {
            for (const PlannedKey &key : std::as_const(target.keys)) {
                const ConfigEntry *entry = current->find(key.key);
                const bool setHere = entry && entry->source == own;
                if (key.newValue && (!setHere || (!key.sensitive && entry->value != key.newValue)))
                    differences.append(tr("%1 reads %2").arg(key.key, entry && entry->value ? *entry->value : tr("(none)")));
                if (!key.newValue && setHere)
                    differences.append(tr("%1 is still set here").arg(key.key));
            }
        }
        if (differences.isEmpty())
            break;
        QThread::msleep(200);
    } while (!deadline.hasExpired());
    if (differences.isEmpty()) {
        target.state = TargetState::Applied;
        target.message.clear();
    } else {
        target.state = TargetState::NotVerified;
        target.message = tr("the broker accepted the change, but reading it back shows: %1").arg(differences.join(u"; "));
    }
}

void ConfigApplier::queue(const QString &cluster, const QList<PlannedTarget *> &targets) const
{
    if (!m_options.pending)
        return;
    for (PlannedTarget *target : targets) {
        bool sensitive = false;
        for (const PlannedKey &key : std::as_const(target->keys))
            sensitive = sensitive || key.sensitive;
        if (sensitive) {
            target->message = tr("%1; not queued, because a secret is never stored on disk").arg(target->message);
            continue;
        }
        PendingChange change;
        change.cluster = cluster;
        change.selection.clusters = {cluster};
        const ConfigResource &resource = target->target.resource;
        if (resource.type == ConfigResourceType::Topic) {
            change.selection.scope = TargetSelection::Scope::Topic;
            change.selection.name = resource.name;
        } else if (resource.isClusterDefault()) {
            change.selection.scope = TargetSelection::Scope::ClusterDefault;
        } else {
            change.selection.scope = TargetSelection::Scope::Broker;
            change.selection.brokerId = resource.name.toInt();
        }
        for (const PlannedKey &key : std::as_const(target->keys))
            change.changes.append({key.key, key.newValue.value_or(QString()), key.newValue});
        change.osUser = AuditLog::osUser();
        change.operatorName = m_options.operatorName;
        change.message = target->message;
        const Result<qint64> id = m_options.pending->enqueue(change);
        if (!id) {
            target->message = tr("%1; could not be queued: %2").arg(target->message, id.errorMessage());
            continue;
        }
        target->state = TargetState::Pending;
        target->message = tr("%1 did not answer; queued as pending change %2, applied when it answers again (%3)")
                              .arg(cluster)
                              .arg(*id)
                              .arg(target->message);
    }
}

void ConfigApplier::audit(const PlannedTarget &target, qint64 batch) const
{
    if (!m_options.audit)
        return;
    QList<AuditRecord> records;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const PlannedKey &key : target.keys) {
        AuditRecord record;
        record.timeMs = now;
        record.osUser = AuditLog::osUser();
        record.operatorName = m_options.operatorName;
        record.cluster = target.target.cluster;
        record.resource = target.target.resource;
        record.key = key.key;
        record.oldValue = key.oldValue;
        record.oldSource = key.oldSource;
        record.oldSetHere = key.oldSetHere;
        record.newValue = key.newValue;
        record.dryRun = target.dryRunText.isEmpty() ? tr("not run") : target.dryRunText;
        record.outcome = targetStateId(target.state);
        record.message = target.message;
        record.batch = batch;
        record.undoOf = m_options.undoOf;
        record.sensitive = key.sensitive;
        records.append(record);
    }
    if (const Status written = m_options.audit->append(records); !written)
        qCWarning(lcReconfig).noquote() << "audit:" << written.errorMessage();
}

} // namespace fleetscope

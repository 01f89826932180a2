#include "reconfig/PendingChangeRunner.h"

#include "collect/ClusterSnapshot.h"
#include "reconfig/AuditLog.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ConfigValueParser.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigDatabase.h"
#include "reconfig/ReconfigLogging.h"

#include <QCoreApplication>
#include <QPointer>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PendingChangeRunner", text);
}

// The change as typed, normalised again: the rules may have changed since it was queued.
Result<QList<ConfigChange>> renormalize(const QList<ConfigChange> &changes)
{
    QList<ConfigChange> result;
    for (ConfigChange change : changes) {
        if (change.input.isEmpty()) {
            change.value.reset();
        } else {
            const Result<QString> value = ConfigValueParser::normalize(change.key, change.input);
            if (!value)
                return value.error();
            change.value = *value;
        }
        result.append(change);
    }
    return result;
}

} // namespace

PendingChangeRunner::PendingChangeRunner(Fleet fleet, ReconfigDatabase &database, ConfigApplier::Options options,
                                         QObject *parent)
    : QObject(parent)
    , m_fleet(std::move(fleet))
    , m_database(database)
    , m_options(std::move(options))
{
    m_pool.setMaxThreadCount(2);
}

PendingChangeRunner::~PendingChangeRunner()
{
    m_pool.waitForDone();
}

void PendingChangeRunner::clusterSampled(const ClusterSnapshot &snapshot)
{
    if (snapshot.reachable)
        clusterReachable(snapshot.cluster);
}

void PendingChangeRunner::clusterReachable(const QString &cluster)
{
    if (m_running.contains(cluster))
        return;
    m_running.insert(cluster);
    QPointer<PendingChangeRunner> self(this);
    m_pool.start([self, this, cluster, fleet = m_fleet, options = m_options] {
        const QList<PendingChange> finished = runQueued(fleet, m_database, options, cluster);
        QMetaObject::invokeMethod(
            this,
            [self, this, cluster, finished] {
                if (!self)
                    return;
                m_running.remove(cluster);
                for (const PendingChange &change : finished)
                    Q_EMIT pendingFinished(change);
                if (!finished.isEmpty())
                    Q_EMIT queueChanged();
            },
            Qt::QueuedConnection);
    });
}

QList<PendingChange> PendingChangeRunner::runQueued(const Fleet &fleet, ReconfigDatabase &database,
                                                    const ConfigApplier::Options &options, const QString &cluster)
{
    PendingChangeStore store(database);
    AuditLog audit(database);
    const Result<QList<PendingChange>> queued = store.queued(cluster);
    if (!queued) {
        qCWarning(lcReconfig).noquote() << queued.errorMessage();
        return {};
    }
    QList<PendingChange> finished;
    ConfigPlanner planner(fleet, ConfigPlanner::Options{options.timeoutMs, options.concurrency});
    for (PendingChange change : *queued) {
        const Result<QList<ConfigChange>> changes = renormalize(change.changes);
        Result<ConfigPlan> plan = changes ? planner.plan(change.selection, *changes) : Result<ConfigPlan>(changes.error());
        QString failure;
        if (!plan) {
            failure = plan.errorMessage();
        } else {
            const bool unreachable = !plan->unresolvedClusters.isEmpty()
                || std::any_of(plan->targets.cbegin(), plan->targets.cend(),
                               [](const PlannedTarget &t) { return t.state == TargetState::Unreachable; });
            if (unreachable)
                continue; // still down: stays queued, nothing audited twice
            ConfigApplier::Options applyOptions = options;
            applyOptions.pending = nullptr; // never queue a queued change again
            applyOptions.audit = &audit;
            applyOptions.operatorName = change.operatorName;
            ConfigApplier(fleet, applyOptions).apply(plan.value());
            QStringList problems;
            for (const PlannedTarget &target : plan->targets)
                if (target.state != TargetState::Applied)
                    problems.append(QStringLiteral("%1: %2 (%3)").arg(target.target.text(), targetStateText(target.state),
                                                                      target.message));
            if (plan->targets.isEmpty())
                problems.append(tr("no target matches %1 any more").arg(change.selection.text()));
            failure = problems.join(u"; ");
        }
        change.state = failure.isEmpty() ? PendingChange::State::Applied : PendingChange::State::Failed;
        change.message = failure.isEmpty() ? tr("applied") : failure;
        if (const Status saved = store.finish(change.id, change.state, change.message); !saved)
            qCWarning(lcReconfig).noquote() << saved.errorMessage();
        finished.append(change);
    }
    return finished;
}

} // namespace fleetscope

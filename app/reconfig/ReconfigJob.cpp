#include "reconfig/ReconfigJob.h"

#include "reconfig/AuditLog.h"
#include "reconfig/AuditUndo.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigDatabase.h"

#include <QPointer>

namespace fleetscope {

ReconfigJob::ReconfigJob(Fleet fleet, ReconfigDatabase *database, Options options, QObject *parent)
    : QObject(parent)
    , m_fleet(std::move(fleet))
    , m_database(database)
    , m_options(std::move(options))
{
    qRegisterMetaType<ConfigPlan>();
    qRegisterMetaType<PlannedTarget>();
    m_pool.setMaxThreadCount(1);
}

ReconfigJob::~ReconfigJob()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void ReconfigJob::cancel()
{
    m_cancel = true;
}

bool ReconfigJob::start(std::function<void()> work)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = false;
    m_done = 0;
    m_pool.start(std::move(work));
    return true;
}

void ReconfigJob::runApplier(ConfigPlan plan, Step step, std::optional<qint64> undoOf)
{
    start([this, plan, step, undoOf]() mutable {
        if (step == Step::Retry)
            plan = ConfigPlanner(m_fleet, m_options.planner).replanFailed(plan);
        ConfigApplier::Options options = m_options.applier;
        std::optional<AuditLog> audit;
        std::optional<PendingChangeStore> pending;
        if (m_database) {
            audit.emplace(*m_database);
            pending.emplace(*m_database);
            options.audit = &*audit;
            options.pending = &*pending;
        }
        options.cancel = &m_cancel;
        options.undoOf = undoOf;
        const int total = int(plan.targets.size());
        QPointer<ReconfigJob> self(this);
        options.onTargetDone = [self, this, total](const PlannedTarget &target) {
            const int done = ++m_done;
            QMetaObject::invokeMethod(
                this,
                [self, this, target, done, total] {
                    if (self)
                        Q_EMIT targetFinished(target, done, total);
                },
                Qt::QueuedConnection);
        };
        const ConfigApplier applier(m_fleet, options);
        const qint64 batch = step == Step::DryRun ? applier.dryRun(plan) : applier.apply(plan);
        QMetaObject::invokeMethod(
            this,
            [this, plan, batch] {
                m_busy = false;
                Q_EMIT finished(plan, batch);
            },
            Qt::QueuedConnection);
    });
}

bool ReconfigJob::plan(const TargetSelection &selection, const QList<ConfigChange> &changes)
{
    return start([this, selection, changes] {
        const Result<ConfigPlan> plan = ConfigPlanner(m_fleet, m_options.planner).plan(selection, changes);
        deliverPlan(plan);
    });
}

bool ReconfigJob::planUndo(qint64 batch)
{
    return start([this, batch] {
        if (!m_database)
            return deliverPlan(Error{tr("There is no audit database to undo from.")});
        const AuditLog audit(*m_database);
        deliverPlan(AuditUndo::plan(audit, batch, ConfigPlanner(m_fleet, m_options.planner)));
    });
}

void ReconfigJob::deliverPlan(const Result<ConfigPlan> &plan)
{
    QMetaObject::invokeMethod(
        this,
        [this, plan] {
            m_busy = false;
            if (plan)
                Q_EMIT planned(*plan);
            else
                Q_EMIT planFailed(plan.errorMessage());
        },
        Qt::QueuedConnection);
}

bool ReconfigJob::dryRun(const ConfigPlan &plan)
{
    if (m_busy)
        return false;
    runApplier(plan, Step::DryRun, std::nullopt);
    return true;
}

bool ReconfigJob::apply(const ConfigPlan &plan)
{
    if (m_busy)
        return false;
    runApplier(plan, Step::Apply, std::nullopt);
    return true;
}

bool ReconfigJob::retryFailed(const ConfigPlan &plan)
{
    if (m_busy)
        return false;
    runApplier(plan, Step::Retry, std::nullopt);
    return true;
}

bool ReconfigJob::applyUndo(const ConfigPlan &undoPlan, qint64 batch)
{
    if (m_busy)
        return false;
    runApplier(undoPlan, Step::Apply, batch);
    return true;
}

} // namespace fleetscope

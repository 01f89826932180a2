#include "reconfig/ReplicationFactorJob.h"

#include "reconfig/AuditLog.h"

#include <QPointer>

namespace fleetscope {

ReplicationFactorJob::ReplicationFactorJob(Fleet fleet, ReconfigDatabase *database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_fleet(std::move(fleet))
    , m_database(database)
    , m_clock(clock)
{
    qRegisterMetaType<ReplicationProposal>();
    qRegisterMetaType<ReplicationProgress>();
    qRegisterMetaType<ReplicationResult>();
    m_pool.setMaxThreadCount(1);
}

ReplicationFactorJob::~ReplicationFactorJob()
{
    cancel();
    m_pool.waitForDone();
}

void ReplicationFactorJob::cancel()
{
    if (m_run)
        m_run->cancel();
}

bool ReplicationFactorJob::start(std::function<void()> work)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_pool.start(std::move(work));
    return true;
}

void ReplicationFactorJob::deliver(std::function<void()> onOwnerThread)
{
    QPointer<ReplicationFactorJob> self(this);
    QMetaObject::invokeMethod(
        this,
        [self, onOwnerThread = std::move(onOwnerThread)] {
            if (self)
                onOwnerThread();
        },
        Qt::QueuedConnection);
}

bool ReplicationFactorJob::propose(const QString &cluster, const QString &topic, int factor)
{
    return start([this, cluster, topic, factor] {
        const Result<ReplicationProposal> proposal = ReplicationFactorRun::propose(m_fleet, cluster, topic, factor, m_clock);
        deliver([this, proposal] {
            m_busy = false;
            if (proposal)
                Q_EMIT proposed(*proposal);
            else
                Q_EMIT proposeFailed(proposal.errorMessage());
        });
    });
}

bool ReplicationFactorJob::apply(const ReplicationProposal &proposal, const ReplicationFactorRun::Options &options)
{
    if (m_busy)
        return false;
    auto run = std::make_shared<ReplicationFactorRun>(m_fleet, options, m_clock);
    m_run = run;
    return start([this, run, proposal] {
        std::optional<AuditLog> audit;
        if (m_database)
            audit.emplace(*m_database);
        run->setAudit(audit ? &*audit : nullptr);
        const ReplicationResult result = run->run(proposal, [this](const ReplicationProgress &progress) {
            deliver([this, progress] { Q_EMIT progressed(progress); });
        });
        const qint64 batch = run->batch();
        deliver([this, result, batch] {
            m_busy = false;
            m_run.reset();
            Q_EMIT finished(result, batch);
        });
    });
}

} // namespace fleetscope

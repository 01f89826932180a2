#include "reconfig/ReplicationChange.h"

#include "protocol/KafkaErrorCode.h"
#include "reconfig/ReassignmentClient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QStringList>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

namespace {

Q_LOGGING_CATEGORY(lcReplication, "fleetscope.replication")

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplicationChange", text);
}

constexpr qint16 kNoReassignmentInProgress = 85;
// How many polls in a row may fail (a broker restarting) before we stop watching.
constexpr int kMaxFailedPolls = 5;

TopicReassignment request(const QString &topic, const QList<PartitionAssignment> &partitions, bool cancel)
{
    TopicReassignment reassignment { topic, {} };
    for (const PartitionAssignment &p : partitions)
        reassignment.partitions.append({ p.partition, cancel ? std::nullopt : std::optional<QList<qint32>>(p.target) });
    return reassignment;
}

QString refusedText(const QList<ReassignmentPartitionResult> &refused)
{
    QStringList lines;
    for (const ReassignmentPartitionResult &r : refused)
        lines.append(tr("partition %1: %2%3")
                         .arg(r.partition)
                         .arg(kafkaErrorText(r.errorCode))
                         .arg(r.errorMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.errorMessage)));
    return lines.join(QStringLiteral("; "));
}

} // namespace

ReplicationChange::ReplicationChange(const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(std::move(options))
{
}

ReplicationChange::~ReplicationChange()
{
    cancel();
    m_future.waitForFinished();
}

void ReplicationChange::cancel()
{
    m_cancel.store(true);
}

void ReplicationChange::start(const ReplicationPlan &plan)
{
    m_cancel.store(false);
    m_future = QtConcurrent::run(QThreadPool::globalInstance(), [this, plan] { Q_EMIT finished(run(plan)); });
}

bool ReplicationChange::sleepUnlessCancelled(int ms) const
{
    const QDeadlineTimer until(ms);
    while (!until.hasExpired()) {
        if (m_cancel.load())
            return false;
        QThread::msleep(quint64(qMin<qint64>(50, qMax<qint64>(1, until.remainingTime()))));
    }
    return !m_cancel.load();
}

ReplicationResult ReplicationChange::run(const ReplicationPlan &plan)
{
    m_running.store(true);
    ReplicationResult result;
    result.startedAtMs = m_clock.nowMs();
    const QList<PartitionAssignment> changed = plan.changedPartitions();
    if (changed.isEmpty()) {
        result.outcome = ReplicationOutcome::Completed;
        result.message = tr("Topic \"%1\" already has this assignment; nothing was sent.").arg(plan.topic);
        return finish(result, std::nullopt);
    }

    // 1. Throttle first, so that the copy never runs unthrottled.
    std::optional<ReplicationThrottle> throttle;
    if (m_options.throttleBytesPerSecond > 0) {
        if (!m_options.throttleSetter) {
            result.message = tr("A replication throttle was asked for, but this build cannot set broker configs; "
                                "nothing was sent. Run the change without a throttle.");
            return finish(result, std::nullopt);
        }
        throttle = ReplicationThrottle::forPlan(plan, m_options.throttleBytesPerSecond);
        if (Status set = m_options.throttleSetter(*throttle, ThrottleAction::Set); !set) {
            result.message = tr("Setting the replication throttle failed, so no reassignment was sent: %1")
                                 .arg(set.errorMessage());
            return finish(result, throttle); // removes whatever part of it was set
        }
    }

    // 2. Submit.
    ReassignmentClient client(m_options.channel, m_options.brokers);
    Result<QList<ReassignmentPartitionResult>> submitted
        = client.alter({ request(plan.topic, changed, false) }, m_options.requestTimeoutMs);
    if (!submitted) {
        result.message = tr("The reassignment of \"%1\" was not accepted: %2").arg(plan.topic, submitted.errorMessage());
        return finish(result, throttle);
    }
    QList<qint32> accepted;
    for (const PartitionAssignment &p : changed) {
        const auto it = std::find_if(submitted->cbegin(), submitted->cend(),
            [&](const ReassignmentPartitionResult &r) { return r.partition == p.partition && r.errorCode != 0; });
        if (it == submitted->cend())
            accepted.append(p.partition);
        else
            result.refusedPartitions.append(*it);
    }
    qCInfo(lcReplication) << "reassignment of" << plan.topic << "submitted:" << accepted.size() << "accepted,"
                          << result.refusedPartitions.size() << "refused";
    if (accepted.isEmpty()) {
        result.message = tr("The broker refused every partition of \"%1\": %2")
                             .arg(plan.topic, refusedText(result.refusedPartitions));
        return finish(result, throttle);
    }

    // 3. Watch until none of ours is listed any more, or a cancel.
    const QList<TopicPartitions> ours { { plan.topic, accepted } };
    const QDeadlineTimer watchDeadline = m_options.maxWaitMs > 0 ? QDeadlineTimer(m_options.maxWaitMs)
                                                                  : QDeadlineTimer(QDeadlineTimer::Forever);
    int failedPolls = 0;
    while (true) {
        if (m_cancel.load())
            break;
        Result<QList<OngoingReassignment>> listed = client.list(ours, m_options.requestTimeoutMs);
        if (!listed) {
            if (++failedPolls >= kMaxFailedPolls) {
                result.message = tr("Lost track of the reassignment of \"%1\" (it goes on in the cluster): %2. "
                                    "Check the topic's replicas later, or cancel it.")
                                     .arg(plan.topic, listed.errorMessage());
                return finish(result, throttle);
            }
        } else {
            failedPolls = 0;
            ReplicationProgress step;
            step.topic = plan.topic;
            step.partitionsTotal = int(accepted.size());
            for (const OngoingReassignment &o : *listed) {
                if (o.topic == plan.topic && accepted.contains(o.partition))
                    step.ongoing.append(o);
            }
            step.partitionsDone = step.partitionsTotal - int(step.ongoing.size());
            step.sampledAtMs = m_clock.nowMs();
            Q_EMIT progress(step);
            if (step.ongoing.isEmpty())
                break;
        }
        if (watchDeadline.hasExpired()) {
            result.message = tr("The reassignment of \"%1\" is still running after %2 s; it goes on in the cluster. "
                                "Check it later, or cancel it.")
                                 .arg(plan.topic)
                                 .arg(m_options.maxWaitMs / 1000);
            return finish(result, throttle);
        }
        sleepUnlessCancelled(m_options.pollIntervalMs);
    }

    if (m_cancel.load()) {
        // 4. Cancel: null replicas put every partition still copying back on its old replicas; a
        // partition that finished meanwhile answers NO_REASSIGNMENT_IN_PROGRESS, which is fine.
        QList<PartitionAssignment> toCancel;
        for (const PartitionAssignment &p : changed) {
            if (accepted.contains(p.partition))
                toCancel.append(p);
        }
        Result<QList<ReassignmentPartitionResult>> cancelled
            = client.alter({ request(plan.topic, toCancel, true) }, m_options.requestTimeoutMs);
        if (!cancelled) {
            result.message = tr("Cancelling the reassignment of \"%1\" failed: %2").arg(plan.topic, cancelled.errorMessage());
            return finish(result, throttle);
        }
        QList<ReassignmentPartitionResult> failures;
        int reverted = 0;
        for (const ReassignmentPartitionResult &r : *cancelled) {
            if (r.errorCode == 0)
                ++reverted;
            else if (r.errorCode != kNoReassignmentInProgress)
                failures.append(r);
        }
        if (!failures.isEmpty()) {
            result.message = tr("Cancelling the reassignment of \"%1\" failed for some partitions: %2")
                                 .arg(plan.topic, refusedText(failures));
            return finish(result, throttle);
        }
        result.outcome = ReplicationOutcome::Cancelled;
        result.message = tr("Cancelled: %1 partition(s) of \"%2\" went back to their old replicas, %3 had already "
                            "completed.")
                             .arg(reverted)
                             .arg(plan.topic)
                             .arg(accepted.size() - reverted);
        return finish(result, throttle);
    }

    if (result.refusedPartitions.isEmpty()) {
        result.outcome = ReplicationOutcome::Completed;
        result.message = tr("Topic \"%1\" now has %2 replica(s) on every partition that changed (%3).")
                             .arg(plan.topic)
                             .arg(plan.targetReplicationFactor)
                             .arg(accepted.size());
    } else {
        result.message = tr("%1 partition(s) of \"%2\" completed, %3 were refused: %4")
                             .arg(accepted.size())
                             .arg(plan.topic)
                             .arg(result.refusedPartitions.size())
                             .arg(refusedText(result.refusedPartitions));
    }
    return finish(result, throttle);
}

ReplicationResult ReplicationChange::finish(ReplicationResult result, const std::optional<ReplicationThrottle> &throttle)
{
    if (throttle) {
        if (Status removed = m_options.throttleSetter(*throttle, ThrottleAction::Remove); !removed) {
            result.throttleLeftSet = true;
            result.message += QLatin1Char(' ')
                + tr("The replication throttle could not be removed (%1): delete %2 and %3 on brokers %4 and %5 "
                     "and %6 on topic \"%7\" by hand.")
                      .arg(removed.errorMessage(), ReplicationThrottle::kLeaderRate, ReplicationThrottle::kFollowerRate)
                      .arg([&] {
                          QStringList ids;
                          for (int id : throttle->brokers)
                              ids.append(QString::number(id));
                          return ids.join(QStringLiteral(", "));
                      }())
                      .arg(ReplicationThrottle::kLeaderReplicas, ReplicationThrottle::kFollowerReplicas, throttle->topic);
        }
    }
    result.finishedAtMs = m_clock.nowMs();
    qCInfo(lcReplication) << "replication change finished:" << result.message;
    m_cancel.store(false);
    m_running.store(false);
    return result;
}

} // namespace fleetscope

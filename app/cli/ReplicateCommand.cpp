#include "cli/ReplicateCommand.h"

#include "cli/CommandFleet.h"
#include "cli/SetCommand.h"
#include "reconfig/AuditLog.h"
#include "reconfig/ReconfigDatabase.h"
#include "reconfig/ReplicationThrottle.h"
#include "units/HumanUnits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <csignal>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplicateCommand", text);
}

QString usage()
{
    return tr("usage: fleetscope replicate FLEET.yaml --cluster C --topic T --factor N [--throttle RATE] "
              "[--dry-run] [--max-wait SECONDS] [--operator NAME] [--database FILE]");
}

// Ctrl+C cancels the running change instead of killing the process mid-reassignment.
std::atomic<ReplicationFactorRun *> g_running { nullptr };

void cancelOnInterrupt(int)
{
    if (ReplicationFactorRun *run = g_running.load())
        run->cancel();
}

class InterruptCancels final
{
public:
    explicit InterruptCancels(ReplicationFactorRun &run)
    {
        g_running.store(&run);
        m_previous = std::signal(SIGINT, cancelOnInterrupt);
    }
    ~InterruptCancels()
    {
        std::signal(SIGINT, m_previous);
        g_running.store(nullptr);
    }
    Q_DISABLE_COPY_MOVE(InterruptCancels)

private:
    void (*m_previous)(int) = SIG_DFL;
};

QString brokerLoads(const ReplicationPlan &plan)
{
    QStringList loads;
    for (auto it = plan.replicasPerBrokerAfter.cbegin(); it != plan.replicasPerBrokerAfter.cend(); ++it)
        loads.append(QStringLiteral("%1: %2 → %3").arg(it.key()).arg(plan.replicasPerBrokerBefore.value(it.key())).arg(it.value()));
    return loads.join(QStringLiteral(", "));
}

} // namespace

void ReplicateCommand::printProposal(const ReplicationProposal &proposal, qint64 throttleBytesPerSecond, QTextStream &out)
{
    const ReplicationPlan &plan = proposal.plan;
    out << tr("Topic \"%1\" on %2: replication factor %3 → %4 (%5)")
               .arg(proposal.topic, proposal.cluster)
               .arg(proposal.currentFactor)
               .arg(plan.targetReplicationFactor)
               .arg(plan.rackAware ? tr("rack-aware") : tr("no racks known"))
        << '\n';
    int unchanged = 0;
    for (const PartitionAssignment &p : plan.partitions) {
        if (!p.changes()) {
            ++unchanged;
            continue;
        }
        out << "  " << tr("partition %1: [%2] → [%3]").arg(p.partition).arg(replicasText(p.current), replicasText(p.target))
            << '\n';
    }
    if (unchanged > 0)
        out << "  " << tr("%1 partition(s) already have this factor and stay as they are").arg(unchanged) << '\n';
    out << tr("Replicas per broker: %1").arg(brokerLoads(plan)) << '\n';
    if (throttleBytesPerSecond > 0)
        out << tr("Throttle: %1/s on brokers %2 while copying, removed afterwards")
                   .arg(formatBytes(throttleBytesPerSecond), replicasText(plan.involvedBrokers()))
            << '\n';
}

int ReplicateCommand::carryOut(const Fleet &fleet, const ReplicationProposal &proposal,
    const ReplicationFactorRun::Options &options, bool dryRun, QTextStream &out)
{
    printProposal(proposal, options.throttleBytesPerSecond, out);
    if (dryRun) {
        out << tr("Dry run: nothing was sent (Kafka has no validate-only reassignment; the plan was checked "
                  "against the cluster's metadata).")
            << '\n';
        return 0;
    }
    if (!proposal.changesAnything()) {
        out << tr("Nothing to change.") << '\n';
        return 0;
    }
    out.flush();
    SystemClock clock;
    ReplicationFactorRun run(fleet, options, clock);
    InterruptCancels interrupt(run);
    int lastDone = -1;
    const ReplicationResult result = run.run(proposal, [&](const ReplicationProgress &progress) {
        if (progress.partitionsDone == lastDone)
            return;
        lastDone = progress.partitionsDone;
        out << tr("  %1 of %2 partition(s) done").arg(progress.partitionsDone).arg(progress.partitionsTotal) << '\n';
        out.flush();
    });
    out << result.message << '\n';
    if (run.batch() > 0)
        out << tr("Audit batch %1 (fleetscope audit --batch %1; fleetscope undo FLEET.yaml %1)").arg(run.batch()) << '\n';
    return result.outcome == ReplicationOutcome::Completed && !result.throttleLeftSet ? 0 : SetCommand::someFailed;
}

int ReplicateCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        { QStringLiteral("cluster"), tr("The cluster."), QStringLiteral("name") },
        { QStringLiteral("topic"), tr("The topic."), QStringLiteral("topic") },
        { QStringLiteral("factor"), tr("The new replication factor."), QStringLiteral("n") },
        { QStringLiteral("throttle"), tr("Limit the copy to RATE per second on every involved broker, e.g. 10MiB."),
            QStringLiteral("rate") },
        { QStringLiteral("max-wait"), tr("Stop watching after this many seconds (the change goes on)."),
            QStringLiteral("seconds") },
        { QStringLiteral("dry-run"), tr("Plan and print, send nothing.") },
        { QStringLiteral("operator"), tr("Your name, for the audit log."), QStringLiteral("name") },
        { QStringLiteral("database"), tr("The audit database (default: next to the history)."), QStringLiteral("file") },
    });
    if (!parser.parse(QStringList { QStringLiteral("fleetscope-replicate") } + arguments)) {
        err << parser.errorText() << '\n' << usage() << '\n';
        return SetCommand::cannotRun;
    }
    const QStringList positional = parser.positionalArguments();
    bool factorOk = false;
    const int factor = parser.value(QStringLiteral("factor")).toInt(&factorOk);
    if (positional.size() != 1 || !parser.isSet(QStringLiteral("cluster")) || !parser.isSet(QStringLiteral("topic"))
        || !factorOk || factor < 1) {
        err << usage() << '\n';
        return SetCommand::cannotRun;
    }
    ReplicationFactorRun::Options options;
    if (parser.isSet(QStringLiteral("throttle"))) {
        const Result<qint64> bytes = ReplicationThrottle::parseRate(parser.value(QStringLiteral("throttle")));
        if (!bytes) {
            err << tr("--throttle takes a rate such as 10MiB or 50MB (per second): %1").arg(bytes.errorMessage()) << '\n';
            return SetCommand::cannotRun;
        }
        options.throttleBytesPerSecond = *bytes;
    }
    if (parser.isSet(QStringLiteral("max-wait")))
        options.maxWaitMs = parser.value(QStringLiteral("max-wait")).toLongLong() * 1000;
    options.operatorName = parser.value(QStringLiteral("operator"));

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const Result<Fleet> fleet = CommandFleet::loadWritable(positional.first(), err);
    if (!fleet) {
        err << fleet.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    ReconfigDatabase database(parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                         : ReconfigDatabase::defaultPath());
    if (const Status opened = database.open(); !opened) {
        err << opened.errorMessage() << '\n';
        return SetCommand::cannotRun; // no change without its audit record
    }
    AuditLog audit(database);
    options.audit = &audit;

    SystemClock clock;
    const Result<ReplicationProposal> proposal = ReplicationFactorRun::propose(*fleet,
        parser.value(QStringLiteral("cluster")), parser.value(QStringLiteral("topic")), factor, clock);
    if (!proposal) {
        err << proposal.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    return carryOut(*fleet, *proposal, options, dryRun, out);
}

} // namespace fleetscope

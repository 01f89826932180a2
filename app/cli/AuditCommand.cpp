#include "cli/AuditCommand.h"

#include "cli/CommandFleet.h"
#include "cli/PlanPrinter.h"
#include "cli/ReplicateCommand.h"
#include "cli/SetCommand.h"
#include "reconfig/AuditLog.h"
#include "reconfig/AuditUndo.h"
#include "reconfig/ConfigApplier.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/PendingChangeRunner.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigDatabase.h"
#include "reconfig/ReplicationFactorRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditCommand", text);
}

// Parses `arguments` with the common --database option plus `extra`; prints errors itself.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QList<QCommandLineOption> &extra,
           QTextStream &err)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption({QStringLiteral("database"), tr("The audit database (default: next to the history)."),
                      QStringLiteral("file")});
    parser.addOptions(extra);
    if (!parser.parse(QStringList{QStringLiteral("fleetscope")} + arguments)) {
        err << parser.errorText() << '\n';
        return false;
    }
    return true;
}

std::unique_ptr<ReconfigDatabase> openDatabase(const QCommandLineParser &parser, QTextStream &err)
{
    auto database = std::make_unique<ReconfigDatabase>(parser.isSet(QStringLiteral("database"))
                                                           ? parser.value(QStringLiteral("database"))
                                                           : ReconfigDatabase::defaultPath());
    if (const Status opened = database->open(); !opened) {
        err << opened.errorMessage() << '\n';
        return nullptr;
    }
    return database;
}

// A replication-factor batch is undone by a change back to the old factor, planned afresh
// (the leader stays, so shrinking returns each partition to the replica it had).
int undoReplication(const Fleet &fleet, AuditLog &audit, qint64 batch, const QCommandLineParser &parser,
                    QTextStream &out, QTextStream &err)
{
    const Result<ReplicationFactorRun::Reversal> reversal = ReplicationFactorRun::reversalOf(audit, batch);
    if (!reversal) {
        err << reversal.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    SystemClock clock;
    const Result<ReplicationProposal> proposal
        = ReplicationFactorRun::propose(fleet, reversal->cluster, reversal->topic, reversal->factor, clock);
    if (!proposal) {
        err << proposal.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    ReplicationFactorRun::Options options;
    options.audit = &audit;
    options.undoOf = batch;
    options.operatorName = parser.value(QStringLiteral("operator"));
    return ReplicateCommand::carryOut(fleet, *proposal, options, parser.isSet(QStringLiteral("dry-run")), out);
}

void printRecords(const QList<AuditRecord> &records, QTextStream &out)
{
    for (const AuditRecord &r : records) {
        out << r.id << "  " << QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(Qt::ISODate) << "  batch " << r.batch
            << "  " << r.osUser << (r.operatorName.isEmpty() ? QString() : u'/' + r.operatorName) << "  " << r.cluster
            << ": " << configResourceText(r.resource) << "  " << r.key << ": " << r.oldValue.value_or(tr("(none)"))
            << " -> " << r.newValue.value_or(tr("(removed)")) << "  " << r.outcome;
        if (r.undoOf)
            out << ' ' << tr("(undo of %1)").arg(*r.undoOf);
        if (!r.message.isEmpty())
            out << "  " << r.message;
        out << '\n';
    }
}

} // namespace

int AuditCommand::runAudit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               {{QStringLiteral("csv"), tr("CSV export.")},
                {QStringLiteral("json"), tr("JSON export.")},
                {QStringLiteral("cluster"), tr("Only this cluster."), QStringLiteral("name")},
                {QStringLiteral("key"), tr("Only this key."), QStringLiteral("key")},
                {QStringLiteral("batch"), tr("Only this operation."), QStringLiteral("n")}},
               err))
        return SetCommand::cannotRun;
    const auto database = openDatabase(parser, err);
    if (!database)
        return SetCommand::cannotRun;
    AuditFilter filter;
    filter.cluster = parser.value(QStringLiteral("cluster"));
    filter.key = parser.value(QStringLiteral("key"));
    if (parser.isSet(QStringLiteral("batch")))
        filter.batch = parser.value(QStringLiteral("batch")).toLongLong();
    const Result<QList<AuditRecord>> records = AuditLog(*database).query(filter);
    if (!records) {
        err << records.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QString::fromUtf8(AuditLog::toJson(*records));
    else if (parser.isSet(QStringLiteral("csv")))
        out << QString::fromUtf8(AuditLog::toCsv(*records));
    else
        printRecords(*records, out);
    return 0;
}

int AuditCommand::runUndo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               {{QStringLiteral("dry-run"), tr("Validate on the brokers and change nothing.")},
                {QStringLiteral("operator"), tr("Your name, for the audit log."), QStringLiteral("name")}},
               err))
        return SetCommand::cannotRun;
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 batch = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok) {
        err << tr("usage: fleetscope undo FLEET.yaml BATCH [--dry-run] [--operator NAME] [--database FILE]") << '\n';
        return SetCommand::cannotRun;
    }
    const Result<Fleet> fleet = CommandFleet::loadWritable(positional.first(), err);
    if (!fleet) {
        err << fleet.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    const auto database = openDatabase(parser, err);
    if (!database)
        return SetCommand::cannotRun;
    AuditLog audit(*database);
    if (ReplicationFactorRun::isReplicationBatch(audit, batch))
        return undoReplication(*fleet, audit, batch, parser, out, err);
    const Result<ConfigPlan> planned = AuditUndo::plan(audit, batch, ConfigPlanner(*fleet));
    if (!planned) {
        err << planned.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    ConfigPlan plan = *planned;
    PlanPrinter::printPlan(plan, out);
    PendingChangeStore pending(*database);
    ConfigApplier::Options options;
    options.audit = &audit;
    options.pending = &pending;
    options.undoOf = batch;
    options.operatorName = parser.value(QStringLiteral("operator"));
    const ConfigApplier applier(*fleet, options);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const qint64 undoBatch = dryRun ? applier.dryRun(plan) : applier.apply(plan);
    PlanPrinter::printResults(plan, out);
    out << tr("Audit batch %1").arg(undoBatch) << '\n';
    if (plan.allSucceeded(dryRun ? TargetState::DryRunPassed : TargetState::Applied))
        return 0;
    return std::any_of(plan.targets.cbegin(), plan.targets.cend(), [](const PlannedTarget &t) { return isFailure(t.state); })
        ? SetCommand::someFailed
        : SetCommand::somePending;
}

int AuditCommand::runPending(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments,
               {{QStringLiteral("apply"), tr("Try every queued change whose cluster answers now.")},
                {QStringLiteral("cancel"), tr("Cancel a queued change."), QStringLiteral("id")}},
               err))
        return SetCommand::cannotRun;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << tr("usage: fleetscope pending FLEET.yaml [--apply | --cancel ID] [--database FILE]") << '\n';
        return SetCommand::cannotRun;
    }
    const auto database = openDatabase(parser, err);
    if (!database)
        return SetCommand::cannotRun;
    PendingChangeStore store(*database);
    if (parser.isSet(QStringLiteral("cancel"))) {
        const Status cancelled = store.cancel(parser.value(QStringLiteral("cancel")).toLongLong());
        if (!cancelled) {
            err << cancelled.errorMessage() << '\n';
            return SetCommand::someFailed;
        }
        return 0;
    }
    int exit = 0;
    if (parser.isSet(QStringLiteral("apply"))) {
        const Result<Fleet> fleet = CommandFleet::loadWritable(positional.first(), err);
        if (!fleet) {
            err << fleet.errorMessage() << '\n';
            return SetCommand::cannotRun;
        }
        const QList<PendingChange> finished = PendingChangeRunner::runQueued(*fleet, *database, {});
        for (const PendingChange &change : finished) {
            out << tr("pending %1 (%2: %3): %4 - %5")
                       .arg(change.id)
                       .arg(change.cluster, change.selection.text(), pendingStateId(change.state), change.message)
                << '\n';
            if (change.state != PendingChange::State::Applied)
                exit = SetCommand::someFailed;
        }
    }
    const Result<QList<PendingChange>> queued = store.queued();
    if (!queued) {
        err << queued.errorMessage() << '\n';
        return SetCommand::cannotRun;
    }
    for (const PendingChange &change : *queued) {
        QStringList keys;
        for (const ConfigChange &c : change.changes)
            keys.append(QStringLiteral("%1=%2").arg(c.key, c.input));
        out << tr("queued %1  %2  %3: %4  %5")
                   .arg(change.id)
                   .arg(QDateTime::fromMSecsSinceEpoch(change.createdMs).toString(Qt::ISODate), change.cluster,
                        change.selection.text(), keys.join(u' '))
            << '\n';
    }
    return exit ? exit : (queued->isEmpty() ? 0 : SetCommand::somePending);
}

} // namespace fleetscope

#include "cli/SetCommand.h"

#include "cli/CommandFleet.h"
#include "cli/PlanPrinter.h"
#include "reconfig/AuditLog.h"
#include "reconfig/ConfigApplier.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SetCommand", text);
}

QString usage()
{
    return tr("usage: fleetscope set FLEET.yaml (--cluster C | --tag T)... (--topic T | --topic-regex RE | "
              "--broker ID | --all-brokers | --cluster-default) KEY=VALUE... [--dry-run] [--operator NAME] "
              "[--database FILE]");
}

Result<TargetSelection> readSelection(const QCommandLineParser &parser)
{
    TargetSelection selection;
    selection.clusters = parser.values(QStringLiteral("cluster"));
    selection.tags = parser.values(QStringLiteral("tag"));
    int scopes = 0;
    if (parser.isSet(QStringLiteral("topic"))) {
        ++scopes;
        selection.scope = TargetSelection::Scope::Topic;
        selection.name = parser.value(QStringLiteral("topic"));
    }
    if (parser.isSet(QStringLiteral("topic-regex"))) {
        ++scopes;
        selection.scope = TargetSelection::Scope::TopicPattern;
        selection.name = parser.value(QStringLiteral("topic-regex"));
    }
    if (parser.isSet(QStringLiteral("broker"))) {
        ++scopes;
        bool ok = false;
        selection.scope = TargetSelection::Scope::Broker;
        selection.brokerId = parser.value(QStringLiteral("broker")).toInt(&ok);
        if (!ok || selection.brokerId < 0)
            return Error{tr("--broker takes a node id, for example --broker 1")};
    }
    if (parser.isSet(QStringLiteral("all-brokers"))) {
        ++scopes;
        selection.scope = TargetSelection::Scope::AllBrokers;
    }
    if (parser.isSet(QStringLiteral("cluster-default"))) {
        ++scopes;
        selection.scope = TargetSelection::Scope::ClusterDefault;
    }
    if (scopes != 1)
        return Error{tr("Choose exactly one of --topic, --topic-regex, --broker, --all-brokers and --cluster-default.")};
    if (selection.clusters.isEmpty() && selection.tags.isEmpty())
        return Error{tr("Choose the clusters with --cluster NAME or --tag TAG (each may be repeated).")};
    return selection;
}

} // namespace

int SetCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {QStringLiteral("cluster"), tr("A cluster by name (repeatable)."), QStringLiteral("name")},
        {QStringLiteral("tag"), tr("Every cluster with this tag (repeatable)."), QStringLiteral("tag")},
        {QStringLiteral("topic"), tr("One topic."), QStringLiteral("topic")},
        {QStringLiteral("topic-regex"), tr("Every topic whose whole name matches."), QStringLiteral("regex")},
        {QStringLiteral("broker"), tr("One broker's own value."), QStringLiteral("id")},
        {QStringLiteral("all-brokers"), tr("Every broker's own value.")},
        {QStringLiteral("cluster-default"), tr("The cluster-wide default of every broker.")},
        {QStringLiteral("dry-run"), tr("Validate on the brokers and change nothing.")},
        {QStringLiteral("operator"), tr("Your name, for the audit log."), QStringLiteral("name")},
        {QStringLiteral("database"), tr("The audit database (default: next to the history)."), QStringLiteral("file")},
    });
    if (!parser.parse(QStringList{QStringLiteral("fleetscope-set")} + arguments)) {
        err << parser.errorText() << '\n' << usage() << '\n';
        return cannotRun;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << usage() << '\n';
        return cannotRun;
    }
    const Result<Fleet> fleet = CommandFleet::load(positional.first(), err);
    if (!fleet) {
        err << fleet.errorMessage() << '\n';
        return cannotRun;
    }
    const Result<TargetSelection> selection = readSelection(parser);
    if (!selection) {
        err << selection.errorMessage() << '\n' << usage() << '\n';
        return cannotRun;
    }
    if (fleet->readOnly) {
        err << tr("%1 is read-only (read_only: true): fleetscope set changes nothing.").arg(fleet->sourcePath) << '\n';
        return cannotRun;
    }
    const Result<QList<ConfigChange>> changes = ConfigPlanner::parseAssignments(positional.mid(1));
    if (!changes) {
        err << changes.errorMessage() << '\n';
        return cannotRun;
    }

    ReconfigDatabase database(parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                         : ReconfigDatabase::defaultPath());
    if (const Status opened = database.open(); !opened) {
        err << opened.errorMessage() << '\n';
        return cannotRun; // no change without its audit record
    }
    const Result<ConfigPlan> planned = ConfigPlanner(*fleet).plan(*selection, *changes);
    if (!planned) {
        err << planned.errorMessage() << '\n';
        return cannotRun;
    }
    ConfigPlan plan = *planned;
    PlanPrinter::printPlan(plan, out);

    AuditLog audit(database);
    PendingChangeStore pending(database);
    ConfigApplier::Options options;
    options.audit = &audit;
    options.pending = &pending;
    options.operatorName = parser.value(QStringLiteral("operator"));
    const ConfigApplier applier(*fleet, options);
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const qint64 batch = dryRun ? applier.dryRun(plan) : applier.apply(plan);
    PlanPrinter::printResults(plan, out);
    if (batch > 0)
        out << tr("Audit batch %1 (fleetscope audit --batch %1; fleetscope undo FLEET.yaml %1)").arg(batch) << '\n';

    const TargetState goal = dryRun ? TargetState::DryRunPassed : TargetState::Applied;
    if (plan.allSucceeded(goal))
        return 0;
    const bool failed = std::any_of(plan.targets.cbegin(), plan.targets.cend(),
                                    [](const PlannedTarget &t) { return isFailure(t.state); });
    if (failed || (plan.targets.isEmpty() && plan.unresolvedClusters.isEmpty()))
        return someFailed;
    return somePending;
}

} // namespace fleetscope

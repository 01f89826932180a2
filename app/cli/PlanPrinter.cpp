#include "cli/PlanPrinter.h"

#include "reconfig/ConfigValueParser.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlanPrinter", text);
}

QString shown(const PlannedKey &key, const std::optional<QString> &value)
{
    if (key.sensitive)
        return tr("(sensitive)");
    const QString human = ConfigValueParser::humanize(key.key, value);
    return value && human != *value ? QStringLiteral("%1 (%2)").arg(*value, human) : human;
}

} // namespace

void PlanPrinter::printPlan(const ConfigPlan &plan, QTextStream &out)
{
    out << QCoreApplication::translate("PlanPrinter", "Plan: %n target(s)", nullptr, int(plan.targets.size())) << '\n';
    for (const PlannedTarget &target : plan.targets) {
        for (const PlannedKey &key : target.keys) {
            out << "  " << target.target.text() << "  " << key.key << ": " << shown(key, key.oldValue);
            if (key.oldSource != ConfigSource::Unknown)
                out << " [" << configSourceText(key.oldSource) << ']';
            out << " -> " << (key.newValue ? shown(key, key.newValue) : tr("(removed here; inherited value)")) << '\n';
        }
        if (isFailure(target.state) || target.state == TargetState::Pending)
            out << "    " << targetStateText(target.state) << ": " << target.message << '\n';
    }
    for (const QString &cluster : plan.unresolvedClusters)
        out << "  " << tr("%1: did not answer, so its targets (%2) could not be listed").arg(cluster, plan.selection.text())
            << '\n';
    out.flush();
}

void PlanPrinter::printResults(const ConfigPlan &plan, QTextStream &out)
{
    out << tr("Results:") << '\n';
    for (const PlannedTarget &target : plan.targets) {
        out << "  " << target.target.text() << ": " << targetStateText(target.state);
        if (!target.message.isEmpty())
            out << " - " << target.message;
        out << '\n';
    }
    out.flush();
}

} // namespace fleetscope

#include "reconfig/ConfigPlan.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigPlan", text);
}

} // namespace

QString targetStateId(TargetState state)
{
    switch (state) {
    case TargetState::Planned:
        return QStringLiteral("planned");
    case TargetState::Invalid:
        return QStringLiteral("invalid");
    case TargetState::DryRunPassed:
        return QStringLiteral("dry-run-passed");
    case TargetState::DryRunRefused:
        return QStringLiteral("dry-run-refused");
    case TargetState::Applied:
        return QStringLiteral("applied");
    case TargetState::Refused:
        return QStringLiteral("refused");
    case TargetState::NotVerified:
        return QStringLiteral("not-verified");
    case TargetState::Pending:
        return QStringLiteral("pending");
    case TargetState::Unreachable:
        return QStringLiteral("unreachable");
    case TargetState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString targetStateText(TargetState state)
{
    switch (state) {
    case TargetState::Planned:
        return tr("planned");
    case TargetState::Invalid:
        return tr("invalid");
    case TargetState::DryRunPassed:
        return tr("dry run passed");
    case TargetState::DryRunRefused:
        return tr("dry run refused");
    case TargetState::Applied:
        return tr("applied");
    case TargetState::Refused:
        return tr("refused");
    case TargetState::NotVerified:
        return tr("not verified");
    case TargetState::Pending:
        return tr("pending");
    case TargetState::Unreachable:
        return tr("unreachable");
    case TargetState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

bool isFailure(TargetState state)
{
    switch (state) {
    case TargetState::Invalid:
    case TargetState::DryRunRefused:
    case TargetState::Refused:
    case TargetState::NotVerified:
    case TargetState::Unreachable:
    case TargetState::Cancelled:
        return true;
    default:
        return false;
    }
}

bool ConfigPlan::allSucceeded(TargetState goal) const
{
    if (!unresolvedClusters.isEmpty())
        return false;
    for (const PlannedTarget &target : targets)
        if (target.state != goal)
            return false;
    return !targets.isEmpty();
}

int ConfigPlan::count(TargetState state) const
{
    int n = 0;
    for (const PlannedTarget &target : targets)
        n += target.state == state ? 1 : 0;
    return n;
}

} // namespace fleetscope

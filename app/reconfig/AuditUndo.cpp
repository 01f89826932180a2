#include "reconfig/AuditUndo.h"

#include "reconfig/AuditLog.h"
#include "reconfig/ConfigPlanner.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditUndo", text);
}

} // namespace

Result<ConfigPlan> AuditUndo::plan(const AuditLog &audit, qint64 batch, const ConfigPlanner &planner)
{
    AuditFilter filter;
    filter.batch = batch;
    filter.outcome = targetStateId(TargetState::Applied);
    const Result<QList<AuditRecord>> rows = audit.query(filter);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{tr("Change %1 has no applied keys to undo (see `fleetscope audit` for its rows).").arg(batch)};
    QList<ConfigPlanner::TargetChanges> items;
    // Oldest first, so that a key changed twice in one batch ends at its first old value.
    for (auto it = rows->crbegin(); it != rows->crend(); ++it) {
        const AuditRecord &row = *it;
        if (row.sensitive)
            return Error{tr("Change %1 set the sensitive key %2, whose old value is never stored; undo it by hand.")
                             .arg(batch)
                             .arg(row.key)};
        const ConfigTarget target{row.cluster, row.resource};
        const std::optional<QString> restore = row.oldSetHere ? row.oldValue : std::nullopt;
        const ConfigChange change{row.key, restore.value_or(QString()), restore};
        auto item = std::find_if(items.begin(), items.end(), [&](const auto &i) { return i.target == target; });
        if (item == items.end()) {
            items.append({target, {change}});
        } else if (std::none_of(item->changes.cbegin(), item->changes.cend(),
                                [&](const ConfigChange &c) { return c.key == row.key; })) {
            item->changes.append(change);
        }
    }
    return planner.planEach(items);
}

} // namespace fleetscope

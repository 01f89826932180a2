#include "alerts/AlertFilterModel.h"

#include "alerts/AlertListModel.h"

namespace fleetscope {

AlertFilterModel::AlertFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AlertListModel::RawValueRole);
    setDynamicSortFilter(true); // an alert that clears leaves the "active" list by itself
}

void AlertFilterModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_activeOnly)
        return;
    m_activeOnly = activeOnly;
    invalidateRowsFilter();
}

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_activeOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(AlertListModel::ActiveRole).toBool();
}

} // namespace fleetscope

#include "overview/OverviewFilterModel.h"

#include "overview/OverviewTableModel.h"

namespace fleetscope {

OverviewFilterModel::OverviewFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewTableModel::RawValueRole);
    setDynamicSortFilter(true);
}

void OverviewFilterModel::setFilterWords(const QString &text)
{
    m_filter = ReportFilter(text);
    invalidateFilter();
}

void OverviewFilterModel::setScope(const QString &site, const QString &cluster)
{
    m_site = site;
    m_cluster = cluster;
    invalidateFilter();
}

bool OverviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *overview = qobject_cast<const OverviewTableModel *>(sourceModel());
    if (!overview || sourceParent.isValid())
        return true;
    const NodeReport &report = overview->report(sourceRow);
    if (!m_site.isEmpty() && report.site != m_site)
        return false;
    if (!m_cluster.isEmpty() && report.cluster != m_cluster)
        return false;
    return m_filter.isEmpty() || m_filter.matches(report, overview->tags(report.cluster));
}

bool OverviewFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(OverviewTableModel::RawValueRole);
    const QVariant b = right.data(OverviewTableModel::RawValueRole);
    if (a.isValid() != b.isValid())
        return !a.isValid(); // unknown values sort below known ones
    if (a.isValid() && a != b)
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    // Ties: by site, cluster and node, so that rows never jump around between updates.
    const QAbstractItemModel *m = left.model();
    auto key = [m](const QModelIndex &i) {
        return std::make_tuple(m->index(i.row(), OverviewTableModel::SiteColumn).data().toString(),
                               m->index(i.row(), OverviewTableModel::ClusterColumn).data().toString(),
                               m->index(i.row(), OverviewTableModel::NodeColumn).data(OverviewTableModel::RawValueRole).toInt());
    };
    return sortOrder() == Qt::AscendingOrder ? key(left) < key(right) : key(left) > key(right);
}

} // namespace fleetscope

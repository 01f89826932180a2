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
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_site.isEmpty() && row.siblingAtColumn(OverviewTableModel::SiteColumn).data().toString() != m_site)
        return false;
    if (!m_cluster.isEmpty() && row.siblingAtColumn(OverviewTableModel::ClusterColumn).data().toString() != m_cluster)
        return false;
    const QString haystack = row.data(OverviewTableModel::FilterTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
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

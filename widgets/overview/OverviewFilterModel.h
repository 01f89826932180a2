#pragma once

#include "health/ReportFilter.h"

#include <QSortFilterProxyModel>

namespace fleetscope {

// Sorts the overview by the numbers behind the text (worst severity first by default) and filters it
// by the filter box (ReportFilter: free words and terms like tag:eu or state:down, all must match)
// and by a scope chosen in the fleet tree (a site or a cluster). Its source is an OverviewTableModel.
class OverviewFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OverviewFilterModel(QObject *parent = nullptr);

    void setFilterWords(const QString &text);
    void setScope(const QString &site, const QString &cluster); // empty: the whole fleet

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ReportFilter m_filter;
    QString m_site;
    QString m_cluster;
};

} // namespace fleetscope

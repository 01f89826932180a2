#pragma once

#include <QSortFilterProxyModel>

namespace fleetscope {

// Sorts the overview by the numbers behind the text (worst severity first by default) and filters it
// by free text (site, cluster, node, tag, state: every word must match) and by a scope chosen in
// the fleet tree (a site or a cluster).
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
    QStringList m_words;
    QString m_site;
    QString m_cluster;
};

} // namespace fleetscope

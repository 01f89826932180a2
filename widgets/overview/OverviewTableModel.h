#pragma once

#include "core/Clock.h"
#include "health/NodeReport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fleetscope {

// One row per broker of the fleet: its state, the four numbers and the age of its data. Each cell
// offers the formatted text (DisplayRole), the number behind it (RawValueRole, for sorting) and, for
// the disk and heap columns, the used fraction a bar delegate draws (FractionRole).
class OverviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SiteColumn, ClusterColumn, NodeColumn, StateColumn, RttColumn, LagColumn, LagSecondsColumn,
        DiskColumn, HeapColumn, MirrorColumn, UnderReplicatedColumn, AgeColumn, ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the number behind the text; sorts numerically
        SeverityRole,                    // int(Severity) of the row
        FractionRole,                    // disk and heap columns: used / total in [0, 1]
        StaleRole,
        FilterTextRole,                  // site, cluster, node, tags, state: what the filter box searches
    };

    OverviewTableModel(const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The tags the filter box matches, per cluster: set once per fleet.
    void setClusterTags(QHash<QString, QStringList> tagsByCluster) { m_tags = std::move(tagsByCluster); }
    // Replaces the rows with a new set of reports; only rows whose content changed emit dataChanged.
    void setReports(const QList<NodeReport> &reports);
    // Ages move with time: refreshes the age column (and staleness) of every row.
    void refreshAges();

    const NodeReport &report(int row) const { return m_rows.at(row); }
    int rowOf(const QString &cluster, int nodeId) const;

private:
    QVariant display(const NodeReport &r, int column) const;
    QVariant raw(const NodeReport &r, int column) const;
    static bool sameContent(const NodeReport &a, const NodeReport &b);

    const Clock &m_clock;
    QList<NodeReport> m_rows;
    QHash<QString, int> m_rowByKey; // "cluster/node" -> row
    QHash<QString, QStringList> m_tags;
};

} // namespace fleetscope

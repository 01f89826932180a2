#pragma once

#include "cluster/SortedTableModel.h"
#include "collect/ClusterSnapshot.h"
#include "overview/OverviewTableModel.h"

namespace fleetscope {

// The brokers of one cluster: link state, round trip, disk and heap, one row per broker ever seen
// this session (a stopped broker stays, shown as down). Cells offer the text (DisplayRole), the
// number behind it (RawValueRole) and, for disk and heap, the used fraction (FractionRole, the
// same role number as the overview's, so its bar delegate draws here too).
class ClusterBrokersModel final : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column { NodeColumn, AddressColumn, StateColumn, RttColumn, DiskColumn, HeapColumn, RackColumn, ColumnCount };
    enum Role {
        RawValueRole = OverviewTableModel::RawValueRole,
        FractionRole = OverviewTableModel::FractionRole,
    };

    using SortedTableModel::SortedTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes the brokers of a cluster's newest snapshot; only rows whose values changed repaint.
    void setBrokers(const QList<BrokerStatus> &brokers);
    const BrokerStatus &broker(int row) const { return m_rows.at(row); }

private:
    QVariant display(const BrokerStatus &b, int column) const;
    QVariant raw(const BrokerStatus &b, int column) const;
    static bool sameContent(const BrokerStatus &a, const BrokerStatus &b);

    QList<BrokerStatus> m_rows; // by node id
};

} // namespace fleetscope

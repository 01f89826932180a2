#pragma once

#include "reconfig/ReplicationChange.h"
#include "reconfig/ReplicationPlan.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fleetscope {

// A replication-factor plan as a table, one row per partition: current replicas -> new replicas and
// where the partition stands (unchanged, to copy, copying with the replicas still being added, done,
// back on its old replicas after a cancel, refused with the broker's words).
class ReplicationPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PartitionColumn, CurrentColumn, NewColumn, StateColumn, ColumnCount };
    enum class State { Unchanged, ToCopy, Copying, Done, Reverted, Refused };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const ReplicationPlan &plan);
    void clear();
    // A ListPartitionReassignments step: partitions listed are copying, the other changed ones done.
    void applyProgress(const ReplicationProgress &progress);
    void applyResult(const ReplicationResult &result);

    State state(int row) const { return m_states.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void stateColumnChanged();

    ReplicationPlan m_plan;
    QList<State> m_states;
    QHash<int, QList<qint32>> m_adding;   // partition -> replicas still being added
    QHash<int, QString> m_refusals;       // partition -> the broker's words
};

} // namespace fleetscope

#pragma once

#include "reconfig/PendingChange.h"

#include <QAbstractTableModel>

namespace fleetscope {

// The pending queue (changes aimed at clusters that did not answer), newest first, any state.
class PendingQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, ClusterColumn, TargetsColumn, ChangesColumn, StateColumn, MessageColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, QueuedRole };

    explicit PendingQueueModel(QObject *parent = nullptr);

    void setChanges(const QList<PendingChange> &changes);
    const PendingChange &change(int row) const { return m_changes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PendingChange> m_changes;
};

} // namespace fleetscope

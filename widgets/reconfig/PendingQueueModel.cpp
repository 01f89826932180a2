#include "reconfig/PendingQueueModel.h"

#include <QDateTime>

namespace fleetscope {

PendingQueueModel::PendingQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PendingQueueModel::setChanges(const QList<PendingChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int PendingQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PendingQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PendingChange &change = m_changes.at(index.row());
    if (role == IdRole)
        return change.id;
    if (role == QueuedRole)
        return change.state == PendingChange::State::Queued;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CreatedColumn:
        return QDateTime::fromMSecsSinceEpoch(change.createdMs).toString(Qt::ISODate);
    case ClusterColumn:
        return change.cluster;
    case TargetsColumn:
        return change.selection.text();
    case ChangesColumn: {
        QStringList parts;
        for (const ConfigChange &item : change.changes)
            parts.append(QStringLiteral("%1=%2").arg(item.key, item.input));
        return parts.join(u", ");
    }
    case StateColumn:
        return pendingStateId(change.state);
    case MessageColumn:
        return change.message;
    }
    return {};
}

QVariant PendingQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn: return tr("Queued at");
    case ClusterColumn: return tr("Cluster");
    case TargetsColumn: return tr("Targets");
    case ChangesColumn: return tr("Changes");
    case StateColumn: return tr("State");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace fleetscope

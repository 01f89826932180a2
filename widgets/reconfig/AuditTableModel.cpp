#include "reconfig/AuditTableModel.h"

#include "reconfig/ConfigPlanModel.h"

#include <QDateTime>

namespace fleetscope {

AuditTableModel::AuditTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &record = m_records.at(index.row());
    if (role == RawValueRole) {
        switch (index.column()) {
        case TimeColumn:
            return record.timeMs;
        case BatchColumn:
            return record.batch;
        case OldColumn:
            return record.oldValue.value_or(QString());
        case NewColumn:
            return record.newValue.value_or(QString());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(record.timeMs).toString(Qt::ISODate);
    case UserColumn:
        return record.operatorName.isEmpty() ? record.osUser : tr("%1 (%2)").arg(record.osUser, record.operatorName);
    case ClusterColumn:
        return record.cluster;
    case ResourceColumn:
        return configResourceText(record.resource);
    case KeyColumn:
        return record.key;
    case OldColumn:
        return ConfigPlanModel::valueText(record.key, record.oldValue, record.sensitive);
    case NewColumn:
        return record.newValue ? ConfigPlanModel::valueText(record.key, record.newValue, record.sensitive)
                               : tr("(removed)");
    case DryRunColumn:
        return record.dryRun;
    case OutcomeColumn:
        return record.undoOf ? tr("%1 (undo of %2)").arg(record.outcome).arg(*record.undoOf) : record.outcome;
    case MessageColumn:
        return record.message;
    case BatchColumn:
        return record.batch;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case UserColumn: return tr("User");
    case ClusterColumn: return tr("Cluster");
    case ResourceColumn: return tr("Resource");
    case KeyColumn: return tr("Key");
    case OldColumn: return tr("Old");
    case NewColumn: return tr("New");
    case DryRunColumn: return tr("Dry run");
    case OutcomeColumn: return tr("Outcome");
    case MessageColumn: return tr("Message");
    case BatchColumn: return tr("Batch");
    }
    return {};
}

} // namespace fleetscope

#pragma once

#include "reconfig/AuditRecord.h"

#include <QAbstractTableModel>

namespace fleetscope {

// Rows of the audit log, newest first, as AuditLog::query returns them.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn, UserColumn, ClusterColumn, ResourceColumn, KeyColumn, OldColumn, NewColumn,
        DryRunColumn, OutcomeColumn, MessageColumn, BatchColumn, ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 }; // time in ms, batch number, Kafka's values

    explicit AuditTableModel(QObject *parent = nullptr);

    void setRecords(const QList<AuditRecord> &records);
    const QList<AuditRecord> &records() const { return m_records; }
    const AuditRecord &record(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

} // namespace fleetscope

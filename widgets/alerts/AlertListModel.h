#pragma once

#include "alerts/Alert.h"
#include "core/Clock.h"

#include <QAbstractTableModel>

namespace fleetscope {

class AlertStore;

// Every alert record of the store, one row each, in the store's order (it only ever appends).
// Cells offer the text (DisplayRole) and the value behind it (RawValueRole, for sorting).
class AlertListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn, SourceColumn, RuleColumn, MessageColumn, FirstSeenColumn, LastSeenColumn,
        AcknowledgedColumn, ClearedColumn, ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        AlertIdRole,
        ActiveRole,
    };

    AlertListModel(const AlertStore &store, const Clock &clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The "last seen" ages move with time.
    void refreshAges();
    int activeCount() const;

private:
    void storeChanged(const QList<qint64> &ids);
    QVariant display(const Alert &alert, int column) const;
    QVariant raw(const Alert &alert, int column) const;

    const AlertStore &m_store;
    const Clock &m_clock;
    int m_rows = 0;
};

} // namespace fleetscope

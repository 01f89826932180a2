#pragma once

#include <QSortFilterProxyModel>

namespace fleetscope {

// The alert list, active alerts only or all of them, sorted on the raw values.
class AlertFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlertFilterModel(QObject *parent = nullptr);

    void setActiveOnly(bool activeOnly);
    bool activeOnly() const { return m_activeOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_activeOnly = true;
};

} // namespace fleetscope

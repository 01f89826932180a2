#pragma once

#include <QStyledItemDelegate>

namespace fleetscope {

// Draws a cell's FractionRole as a thin bar under its text: green, amber past the warning limit,
// red past the critical one. Cells without a fraction are drawn as plain text.
class FractionBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    FractionBarDelegate(double warning, double critical, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_warning;
    double m_critical;
};

} // namespace fleetscope

#pragma once

#include "overview/SparklineDelegate.h"

namespace fleetscope {

// Draws a cell's FractionRole as a thin bar under its text: green, amber past the warning limit,
// red past the critical one; above the bar, the cell's sparkline. Cells without a fraction are drawn
// as text (and sparkline).
class FractionBarDelegate final : public SparklineDelegate
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

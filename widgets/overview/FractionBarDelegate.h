#pragma once

#include "health/HealthThresholds.h"
#include "overview/SparklineDelegate.h"

#include <functional>

namespace fleetscope {

// Draws a cell's FractionRole as a thin bar under its text: green, amber past the warning limit,
// red past the critical one; above the bar, the cell's sparkline. Cells without a fraction are drawn
// as text (and sparkline). The limits are those of the row's cluster (per-cluster overrides
// included), asked for at each paint, so a change in the thresholds dialog shows at the next repaint.
class FractionBarDelegate final : public SparklineDelegate
{
    Q_OBJECT

public:
    enum class Measure { Disk, Heap };
    // The thresholds that apply to a cell's row.
    using ThresholdsFor = std::function<HealthThresholds(const QModelIndex &index)>;

    // Heap has a warning threshold only; past this it is drawn red.
    static constexpr double heapCritical = 0.95;

    FractionBarDelegate(Measure measure, ThresholdsFor thresholdsFor, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Measure m_measure;
    ThresholdsFor m_thresholdsFor;
};

} // namespace fleetscope

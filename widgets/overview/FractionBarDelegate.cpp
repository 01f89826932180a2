#include "overview/FractionBarDelegate.h"

#include "common/StatusIcons.h"
#include "overview/OverviewTableModel.h"

#include <QPainter>

namespace fleetscope {

FractionBarDelegate::FractionBarDelegate(Measure measure, ThresholdsFor thresholdsFor, QObject *parent)
    : SparklineDelegate(parent), m_measure(measure), m_thresholdsFor(std::move(thresholdsFor))
{
}

void FractionBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    SparklineDelegate::paint(painter, option, index);
    const QVariant fraction = index.data(OverviewTableModel::FractionRole);
    if (!fraction.isValid())
        return;
    const double value = std::clamp(fraction.toDouble(), 0.0, 1.0);
    const HealthThresholds limits = m_thresholdsFor ? m_thresholdsFor(index) : HealthThresholds{};
    const double warning = m_measure == Measure::Disk ? limits.diskWarning : limits.heapWarning;
    const double critical = m_measure == Measure::Disk ? limits.diskCritical : heapCritical;
    const QColor color = value >= critical ? StatusIcons::colorFor(LinkState::Down)
        : value >= warning                 ? StatusIcons::colorFor(LinkState::Connecting)
                                           : StatusIcons::colorFor(LinkState::Up);
    const QRect cell = option.rect.adjusted(4, 0, -4, -2);
    const int height = barHeightFor(option.rect);
    const QRect track(cell.left(), cell.bottom() - height, cell.width(), height);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Mid));
    painter->drawRect(track);
    painter->setBrush(index.data(OverviewTableModel::StaleRole).toBool() ? option.palette.color(QPalette::Dark) : color);
    painter->drawRect(QRect(track.left(), track.top(), int(track.width() * value), track.height()));
    painter->restore();
}

} // namespace fleetscope

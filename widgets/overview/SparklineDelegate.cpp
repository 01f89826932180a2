#include "overview/SparklineDelegate.h"

#include "overview/OverviewTableModel.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace fleetscope {

namespace {
constexpr int minimumLineWidth = 16; // narrower than this a line says nothing: leave it out
constexpr int maximumLineWidth = 64;
} // namespace

SparklineDelegate::SparklineDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QRectF SparklineDelegate::lineArea(const QStyleOptionViewItem &option, const QModelIndex &index, int barHeight)
{
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text);
    const QRect cell = option.rect.adjusted(4, 3, -4, -3 - barHeight);
    const int width = std::min(maximumLineWidth, cell.width() - textWidth - 8);
    if (width < minimumLineWidth || cell.height() < 6)
        return {};
    return QRectF(cell.left(), cell.top(), width, cell.height());
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QList<float> values = index.data(OverviewTableModel::SparklineRole).value<QList<float>>();
    if (values.size() < 2)
        return;
    const QVariant fraction = index.data(OverviewTableModel::FractionRole);
    const QRectF area = lineArea(option, index, fraction.isValid() ? barHeightFor(option.rect) + 1 : 0);
    if (area.isEmpty())
        return;
    QPainterPath path;
    bool drawing = false;
    const qreal step = area.width() / qreal(values.size() - 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) {
            drawing = false; // a gap stays a gap
            continue;
        }
        const QPointF point(area.left() + step * qreal(i),
                            area.bottom() - area.height() * std::clamp(qreal(values[i]), 0.0, 1.0));
        if (drawing)
            path.lineTo(point);
        else
            path.moveTo(point);
        drawing = true;
    }
    const bool selected = option.state & QStyle::State_Selected;
    const bool stale = index.data(OverviewTableModel::StaleRole).toBool();
    QColor color = option.palette.color(selected ? QPalette::HighlightedText
                                        : stale  ? QPalette::Mid
                                                 : QPalette::Link);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing); // crisp at any device pixel ratio: drawn, not scaled
    painter->setPen(QPen(color, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->restore();
}

} // namespace fleetscope

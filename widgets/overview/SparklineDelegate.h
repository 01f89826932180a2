#pragma once

#include <QStyledItemDelegate>

#include <algorithm>

namespace fleetscope {

// Draws a cell's text and, left of it, the cell's SparklineRole: the last hour as a small line,
// broken where nothing was measured. The line is cached by the model; painting never queries.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SparklineDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    // The space left of the right-aligned text, minus room for a bar of barHeight at the bottom.
    static QRectF lineArea(const QStyleOptionViewItem &option, const QModelIndex &index, int barHeight);
    static int barHeightFor(const QRect &cell) { return std::max(3, cell.height() / 7); }
};

} // namespace fleetscope

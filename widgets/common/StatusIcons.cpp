#include "common/StatusIcons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace fleetscope {

namespace {

enum class Shape { Disc, Ring, CrossedSquare };

// Paints at whatever size and scale the view asks for: no blurry up-scaled pixmaps on HiDPI.
class ShapeIconEngine final : public QIconEngine
{
public:
    ShapeIconEngine(Shape shape, QColor color) : m_shape(shape), m_color(color) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color.setAlphaF(0.4f);
        const qreal side = qMin(rect.width(), rect.height()) * 0.7;
        const QRectF box(rect.center().x() - side / 2 + 0.5, rect.center().y() - side / 2 + 0.5, side, side);
        switch (m_shape) {
        case Shape::Disc:
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawEllipse(box);
            break;
        case Shape::Ring:
            painter->setPen(QPen(color, qMax<qreal>(1.5, side / 6)));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(box.adjusted(1, 1, -1, -1));
            break;
        case Shape::CrossedSquare:
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawRoundedRect(box, side / 6, side / 6);
            painter->setPen(QPen(Qt::white, qMax<qreal>(1.5, side / 7), Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(box.topLeft() + QPointF(side * 0.28, side * 0.28),
                              box.bottomRight() - QPointF(side * 0.28, side * 0.28));
            painter->drawLine(box.topRight() + QPointF(-side * 0.28, side * 0.28),
                              box.bottomLeft() + QPointF(side * 0.28, -side * 0.28));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new ShapeIconEngine(m_shape, m_color); }

private:
    Shape m_shape;
    QColor m_color;
};

} // namespace

QColor StatusIcons::colorFor(Severity severity, const QPalette &palette)
{
    switch (severity) {
    case Severity::Critical:
        return colorFor(LinkState::Down);
    case Severity::Warning:
        return QColor(0xb2, 0x6a, 0x00); // darker than the icons' amber: readable as text on light and dark
    case Severity::Healthy:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor StatusIcons::colorFor(LinkState state)
{
    switch (state) {
    case LinkState::Up:
        return QColor(0x2e, 0x9d, 0x4f);
    case LinkState::Down:
        return QColor(0xd3, 0x2f, 0x2f);
    case LinkState::Connecting:
        return QColor(0xf0, 0xa2, 0x02);
    case LinkState::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

// Views ask for icons on every paint of every row: build each one once (GUI thread only).
QIcon StatusIcons::forState(LinkState state, bool stale)
{
    static const QIcon stateIcons[] = {
        QIcon(new ShapeIconEngine(Shape::Disc, colorFor(LinkState::Unknown))),
        QIcon(new ShapeIconEngine(Shape::Disc, colorFor(LinkState::Connecting))),
        QIcon(new ShapeIconEngine(Shape::Disc, colorFor(LinkState::Up))),
        QIcon(new ShapeIconEngine(Shape::Disc, colorFor(LinkState::Down))),
    };
    static const QIcon staleIcon(new ShapeIconEngine(Shape::Ring, colorFor(LinkState::Unknown)));
    return stale ? staleIcon : stateIcons[int(state)];
}

QIcon StatusIcons::unreachable()
{
    static const QIcon icon(new ShapeIconEngine(Shape::CrossedSquare, QColor(0x8e, 0x24, 0xaa)));
    return icon;
}

} // namespace fleetscope

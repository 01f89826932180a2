#include "kiosk/KioskTilePainter.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace fleetscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("KioskTilePainter", text, disambiguation, n);
}

// The largest pixel size up to maxPx at which text fits the box (word-wrapped when flags say so).
QFont fitted(QFont font, const QString &text, const QSize &box, int maxPx, int flags)
{
    for (int px = std::max(8, maxPx); px > 8; px = px * 9 / 10) {
        font.setPixelSize(px);
        const QRect needed = QFontMetrics(font).boundingRect(QRect(QPoint(), box), flags, text);
        if (needed.width() <= box.width() && needed.height() <= box.height())
            return font;
    }
    font.setPixelSize(8);
    return font;
}

} // namespace

QColor KioskTilePainter::background(TileState state)
{
    switch (state) {
    case TileState::Healthy:
        return QColor(0x1b, 0x5e, 0x20); // deep green: calm on a dark wall
    case TileState::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case TileState::Critical:
        return QColor(0xc6, 0x28, 0x28);
    case TileState::Unreachable:
        return QColor(0x6a, 0x1b, 0x9a); // purple: not "broker down" red
    case TileState::Stale:
        return QColor(0x54, 0x5b, 0x64);
    case TileState::Waiting:
        return QColor(0x37, 0x3d, 0x45);
    }
    return Qt::black;
}

QColor KioskTilePainter::foreground(TileState state)
{
    return state == TileState::Warning ? QColor(0x10, 0x10, 0x10) : QColor(0xf5, 0xf5, 0xf5);
}

QString KioskTilePainter::stateWord(TileState state)
{
    switch (state) {
    case TileState::Healthy:
        return tr("HEALTHY");
    case TileState::Warning:
        return tr("WARNING");
    case TileState::Critical:
        return tr("CRITICAL");
    case TileState::Unreachable:
        return tr("UNREACHABLE");
    case TileState::Stale:
        return tr("STALE");
    case TileState::Waiting:
        return tr("WAITING");
    }
    return {};
}

void KioskTilePainter::paintTile(QPainter &painter, const QRect &rect, const KioskTile &tile)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = std::min(rect.width(), rect.height()) * 0.04;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect), radius, radius);
    painter.fillPath(shape, background(tile.state));
    // Unreachable and stale carry a pattern too: "we do not know", not "known bad" or "known good".
    if (tile.state == TileState::Unreachable || tile.state == TileState::Stale) {
        QBrush stripes(QColor(255, 255, 255, 40), Qt::BDiagPattern);
        stripes.setTransform(QTransform::fromScale(3, 3));
        painter.fillPath(shape, stripes);
    }
    painter.restore();
    paintText(painter, rect, tile.site, stateWord(tile.state), tile.headline, tile.detail, foreground(tile.state));
}

void KioskTilePainter::paintHealthySummary(QPainter &painter, const QRect &rect, int healthySites)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal radius = std::min(rect.width(), rect.height()) * 0.04;
    QPainterPath shape;
    shape.addRoundedRect(QRectF(rect), radius, radius);
    painter.fillPath(shape, background(TileState::Healthy));
    painter.restore();
    paintText(painter, rect, tr("%n site(s)", "", healthySites), stateWord(TileState::Healthy),
              tr("no problems"), QString(), foreground(TileState::Healthy));
}

void KioskTilePainter::paintText(QPainter &painter, const QRect &rect, const QString &site, const QString &state,
                                 const QString &headline, const QString &detail, const QColor &color)
{
    const int pad = std::max(6, std::min(rect.width(), rect.height()) / 16);
    const QRect inner = rect.adjusted(pad, pad, -pad, -pad);
    const int h = inner.height();
    // Bands: name 28 %, state word 14 %, headline 40 % (two lines), detail 14 %.
    const QRect nameBox(inner.left(), inner.top(), inner.width(), h * 28 / 100);
    const QRect stateBox(inner.left(), nameBox.bottom() + 1, inner.width(), h * 14 / 100);
    const QRect headlineBox(inner.left(), stateBox.bottom() + 1 + h * 2 / 100, inner.width(), h * 40 / 100);
    const QRect detailBox(inner.left(), inner.bottom() - h * 14 / 100, inner.width(), h * 14 / 100);

    painter.save();
    painter.setPen(color);
    QFont font = painter.font();
    font.setBold(true);
    const int single = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
    const int wrapped = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
    painter.setFont(fitted(font, site, nameBox.size(), nameBox.height() * 9 / 10, single));
    painter.drawText(nameBox, single, site);
    painter.setFont(fitted(font, state, stateBox.size(), stateBox.height() * 9 / 10, single));
    painter.drawText(stateBox, single, state);
    font.setBold(false);
    painter.setFont(fitted(font, headline, headlineBox.size(), headlineBox.height() * 45 / 100, wrapped));
    painter.drawText(headlineBox, wrapped, headline);
    if (!detail.isEmpty()) {
        painter.setFont(fitted(font, detail, detailBox.size(), detailBox.height() * 8 / 10, wrapped));
        painter.drawText(detailBox, wrapped, detail);
    }
    painter.restore();
}

} // namespace fleetscope

#pragma once

#include "kiosk/KioskTile.h"

#include <QColor>

class QPainter;
class QRect;

namespace fleetscope {

// Paints wall-screen tiles for a dark room, to be read from three metres: the state as a large
// colour field (and a pattern for the states that are not "known bad", so that stale and
// unreachable differ from a plain red at a glance), the site's name, the worst metric and a detail
// line, each font sized to the tile.
class KioskTilePainter final
{
public:
    static void paintTile(QPainter &painter, const QRect &rect, const KioskTile &tile);
    static void paintHealthySummary(QPainter &painter, const QRect &rect, int healthySites);

    static QColor background(TileState state);
    static QColor foreground(TileState state);
    static QString stateWord(TileState state);

private:
    static void paintText(QPainter &painter, const QRect &rect, const QString &site, const QString &state,
                          const QString &headline, const QString &detail, const QColor &color);
};

} // namespace fleetscope

#pragma once

#include "kiosk/KioskTile.h"

#include <QList>

namespace fleetscope {

// Which tiles the wall screen shows on each page. When every site fits, one page shows them all in
// the fleet file's order. When not, the pages cycle through the sites with problems only, worst
// first, and the last place on each page sums up the healthy ones ("12 sites healthy").
struct KioskPage
{
    QList<int> rows;        // model rows, in the order shown
    int healthySummary = 0; // > 0: one more tile stands for this many healthy sites

    friend bool operator==(const KioskPage &, const KioskPage &) = default;
};

class KioskPager final
{
public:
    // capacity: tiles that fit on the screen at a readable size (at least 1).
    static QList<KioskPage> pages(const QList<KioskTile> &tiles, int capacity);
};

} // namespace fleetscope

#include "kiosk/KioskPager.h"

#include <algorithm>

namespace fleetscope {

QList<KioskPage> KioskPager::pages(const QList<KioskTile> &tiles, int capacity)
{
    capacity = std::max(1, capacity);
    const int count = int(tiles.size());
    if (count <= capacity) {
        KioskPage all;
        for (int row = 0; row < count; ++row)
            all.rows.append(row);
        return {all};
    }
    QList<int> problems;
    for (int row = 0; row < count; ++row)
        if (tiles[row].isProblem())
            problems.append(row);
    std::stable_sort(problems.begin(), problems.end(),
                     [&tiles](int a, int b) { return tiles[a].priority() > tiles[b].priority(); });
    const int healthy = count - int(problems.size());
    const int perPage = healthy > 0 ? std::max(1, capacity - 1) : capacity;
    QList<KioskPage> pages;
    for (int first = 0; first < problems.size(); first += perPage)
        pages.append(KioskPage{problems.mid(first, perPage), healthy});
    if (pages.isEmpty())
        pages.append(KioskPage{{}, healthy});
    return pages;
}

} // namespace fleetscope

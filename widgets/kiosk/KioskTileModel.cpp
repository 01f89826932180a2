#include "kiosk/KioskTileModel.h"

#include <algorithm>

namespace fleetscope {

KioskTileModel::KioskTileModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int KioskTileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiles.size());
}

QVariant KioskTileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KioskTile &tile = m_tiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tile.site;
    case Qt::ToolTipRole:
    case HeadlineRole:
        return tile.headline;
    case StateRole:
        return int(tile.state);
    case SeverityRole:
        return int(tile.severity);
    case DetailRole:
        return tile.detail;
    case ProblemRole:
        return tile.isProblem();
    default:
        return {};
    }
}

QHash<int, QByteArray> KioskTileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(SeverityRole, "severity");
    names.insert(HeadlineRole, "headline");
    names.insert(DetailRole, "detail");
    names.insert(ProblemRole, "problem");
    return names;
}

void KioskTileModel::setReports(const QList<NodeReport> &reports, qint64 nowMs)
{
    QList<KioskTile> tiles = m_builder.build(reports, nowMs);
    const bool sameSites = tiles.size() == m_tiles.size()
        && std::equal(tiles.cbegin(), tiles.cend(), m_tiles.cbegin(),
                      [](const KioskTile &a, const KioskTile &b) { return a.site == b.site; });
    if (!sameSites) {
        beginResetModel();
        m_tiles = std::move(tiles);
        endResetModel();
        return;
    }
    for (int row = 0; row < tiles.size(); ++row) {
        if (tiles[row] == m_tiles[row])
            continue;
        m_tiles[row] = tiles[row];
        Q_EMIT dataChanged(index(row), index(row));
    }
}

int KioskTileModel::problemCount() const
{
    return int(std::count_if(m_tiles.cbegin(), m_tiles.cend(), [](const KioskTile &t) { return t.isProblem(); }));
}

} // namespace fleetscope

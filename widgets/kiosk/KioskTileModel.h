#pragma once

#include "health/NodeReport.h"
#include "kiosk/KioskTileBuilder.h"

#include <QAbstractListModel>

namespace fleetscope {

// One row per site for the wall screen, built from the broker reports. DisplayRole is the site's
// name; the other roles carry the tile's state, headline and detail line.
class KioskTileModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        StateRole = Qt::UserRole + 1, // int(TileState)
        SeverityRole,                 // int(Severity)
        HeadlineRole,
        DetailRole,
        ProblemRole,                  // true unless the tile is healthy
    };

    explicit KioskTileModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rebuilds the tiles; only tiles whose content changed emit dataChanged. A different set of
    // sites (another fleet) resets the model.
    void setReports(const QList<NodeReport> &reports, qint64 nowMs);

    const QList<KioskTile> &tiles() const { return m_tiles; }
    int problemCount() const;

private:
    KioskTileBuilder m_builder;
    QList<KioskTile> m_tiles;
};

} // namespace fleetscope

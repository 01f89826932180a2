#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fleetscope {

class TimeSeriesStore;

// Which series the history store holds for a cluster: its consumer groups, brokers and mirror links
// (named by their source alias). update() reads only the keys added since its last call, so a
// refresh costs nothing when no series appeared.
class SeriesCatalog final
{
public:
    explicit SeriesCatalog(const TimeSeriesStore &store) : m_store(store) { }

    void update();

    QStringList groups(const QString &cluster) const;
    QList<int> brokers(const QString &cluster) const;
    QStringList mirrors(const QString &cluster) const;

private:
    struct ClusterSeries
    {
        QSet<QString> groups;
        QSet<int> brokers;
        QSet<QString> mirrors;
    };

    const TimeSeriesStore &m_store;
    QHash<QString, ClusterSeries> m_clusters;
    qsizetype m_scanned = 0;
};

} // namespace fleetscope

#include "detail/SeriesCatalog.h"

#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <algorithm>

namespace fleetscope {

void SeriesCatalog::update()
{
    const qsizetype count = m_store.seriesCount();
    for (; m_scanned < count; ++m_scanned) {
        // cluster/C/group/G/lag, cluster/C/broker/N/metric, cluster/C/mirror/ALIAS/metric; the
        // per-topic keys (7 parts) are not listed.
        const QStringList parts = SeriesKey::split(m_store.key(SeriesId(m_scanned)));
        if (parts.size() != 5 || parts[0] != QLatin1String("cluster"))
            continue;
        ClusterSeries &c = m_clusters[parts[1]];
        if (parts[2] == QLatin1String("group"))
            c.groups.insert(parts[3]);
        else if (parts[2] == QLatin1String("broker"))
            c.brokers.insert(parts[3].toInt());
        else if (parts[2] == QLatin1String("mirror"))
            c.mirrors.insert(parts[3]);
    }
}

QStringList SeriesCatalog::groups(const QString &cluster) const
{
    const QSet<QString> set = m_clusters.value(cluster).groups;
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

QList<int> SeriesCatalog::brokers(const QString &cluster) const
{
    const QSet<int> set = m_clusters.value(cluster).brokers;
    QList<int> out(set.cbegin(), set.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QStringList SeriesCatalog::mirrors(const QString &cluster) const
{
    const QSet<QString> set = m_clusters.value(cluster).mirrors;
    QStringList out(set.cbegin(), set.cend());
    out.sort();
    return out;
}

} // namespace fleetscope

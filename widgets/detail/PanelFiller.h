#pragma once

#include "detail/DetailPanel.h"
#include "health/NodeReport.h"
#include "history/SeriesRange.h"

#include <QCoreApplication>
#include <QString>

#include <array>

namespace fleetscope {

class SeriesCatalog;
class TimeSeriesStore;

// What the node detail shows: one broker, or a whole cluster (nodeId < 0).
struct DetailSubject
{
    QString cluster;
    int nodeId = -1;

    bool isCluster() const { return nodeId < 0; }
};

// The time window being drawn, and how many buckets a query may return (one per pixel column: each
// bucket draws its min and max, so about two points per column).
struct DetailWindow
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 nowMs = 0;
    int points = 100;
};

// Queries the history store for one subject and window and puts the result on the four panels: lag
// per consumer group (top N plus others), disk with its thresholds and forecast, heap with GC time,
// and the link over its state band. Knows series keys and units; the view knows interaction.
class PanelFiller final
{
    Q_DECLARE_TR_FUNCTIONS(PanelFiller)

public:
    enum class LagUnit
    {
        Messages,
        Seconds,
    };

    // A forecast further out than this is not worth a line.
    static constexpr qint64 forecastHorizonMs = 365 * 24 * 3600 * 1000LL;

    PanelFiller(const TimeSeriesStore &store, const SeriesCatalog &catalog) : m_store(store), m_catalog(catalog) { }

    void setTopGroups(int topN) { m_topGroups = topN; }
    void setThresholds(const HealthThresholds &thresholds) { m_thresholds = thresholds; }

    void fillLag(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window, LagUnit unit) const;
    void fillDisk(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const;
    void fillHeap(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const;
    void fillLink(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const;

private:
    SeriesRange query(const QString &key, const DetailWindow &window) const;
    SeriesRange query(const QString &key, qint64 fromMs, qint64 toMs, int points) const;
    // "newest 12 s ago" from the freshest of keys; stale past the thresholds' poll intervals.
    void showAge(DetailPanel &panel, const QStringList &keys, qint64 nowMs) const;
    void fillBrokerDisk(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const;
    void fillClusterDisk(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const;
    void fillBand(DetailPanel &panel, const SeriesRange &state, const DetailWindow &window,
                  const std::array<QString, 3> &names) const;
    void fillHeartbeat(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const;

    const TimeSeriesStore &m_store;
    const SeriesCatalog &m_catalog;
    int m_topGroups = 5;
    HealthThresholds m_thresholds;
};

} // namespace fleetscope

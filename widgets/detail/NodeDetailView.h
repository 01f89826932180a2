#pragma once

#include "core/Clock.h"

#include <QTimer>
#include <QWidget>

#include <array>

class QComboBox;
class QCPRange;
class QCustomPlot;
class QLabel;

namespace fleetscope {

class TimeSeriesStore;

// One broker's history in four stacked plots on one time axis: consumer lag, disk used and total,
// heap used and max, and the link (round-trip time over the up/down state). Data comes from the
// history store, reduced to about two points per pixel column; a gap in the data stays a gap.
// Replots are coalesced on a timer: many updates, one repaint.
class NodeDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum Panel { LagPanel, DiskPanel, HeapPanel, LinkPanel, PanelCount };

    NodeDetailView(TimeSeriesStore &store, const Clock &clock, QWidget *parent = nullptr);

    void showBroker(const QString &cluster, int nodeId);
    // The window shown, ending now; live mode keeps it following the clock.
    void setRangeMs(qint64 rangeMs);
    // New samples may be in the store: replot soon (coalesced).
    void scheduleRefresh();

    QCustomPlot *plot(Panel panel) const { return m_plots[panel]; }
    const QString &cluster() const { return m_cluster; }
    int nodeId() const { return m_nodeId; }

private:
    void refresh();
    void fillGraph(Panel panel, int graph, const QString &key, double scale, qint64 fromMs, qint64 toMs);
    void syncRanges(const QCPRange &range);

    TimeSeriesStore &m_store;
    const Clock &m_clock;
    std::array<QCustomPlot *, PanelCount> m_plots{};
    QLabel *m_title;
    QComboBox *m_range;
    QTimer m_replot;
    QString m_cluster;
    int m_nodeId = -1;
    qint64 m_rangeMs = 60 * 60 * 1000;
    bool m_syncing = false;
};

} // namespace fleetscope

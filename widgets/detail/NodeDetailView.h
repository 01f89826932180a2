#pragma once

#include "core/Clock.h"
#include "detail/DetailPanel.h"
#include "detail/PanelFiller.h"
#include "detail/SeriesCatalog.h"

#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QCPRange;
class QCustomPlot;
class QLabel;
class QToolButton;

namespace fleetscope {

class TimeSeriesStore;

// One broker's (or one cluster's) history in four stacked plots on one time axis: consumer lag per
// group, disk with thresholds and forecast, heap with GC time, and the link over its state band.
// Data comes from the history store at about two points per pixel column; a gap stays a gap.
//
// Live mode (the default) keeps the window ending now; wheel zoom or drag pan on any plot moves all
// four and leaves it, the Live button or Home returns. Replots are coalesced on a timer: many
// updates, one repaint. A crosshair reads out every panel's values at the cursor.
class NodeDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum Panel { LagPanel, DiskPanel, HeapPanel, LinkPanel, PanelCount };

    NodeDetailView(TimeSeriesStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~NodeDetailView() override;
    Q_DISABLE_COPY_MOVE(NodeDetailView)

    void showBroker(const QString &cluster, int nodeId);
    // The whole cluster: group lag and total, disk per broker, partitions, brokers up.
    void showCluster(const QString &cluster);
    // The window shown, ending now; returns to live mode.
    void setRangeMs(qint64 rangeMs);
    void setLive(bool live);
    void setLagInSeconds(bool seconds);
    void setThresholds(const HealthThresholds &thresholds);
    // New samples may be in the store: replot soon (coalesced).
    void scheduleRefresh();
    // Query and replot at once (tests, the benchmark, screenshots).
    void refreshNow();

    // The crosshair's read-out at a time (seconds since the epoch): the time, then each panel's values.
    QString crosshairText(double keySeconds) const;

    QCustomPlot *plot(Panel panel) const { return m_panels[panel]->plot(); }
    const DetailPanel &panel(Panel panel) const { return *m_panels[panel]; }
    const QString &cluster() const { return m_subject.cluster; }
    int nodeId() const { return m_subject.nodeId; }
    bool isLive() const { return m_live; }
    qint64 rangeMs() const { return m_rangeMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh(bool immediate);
    void setSubject(const DetailSubject &subject);
    void onRangeChanged(const QCPRange &range);
    void setAxes(double lower, double upper);
    void showCrosshair(QCustomPlot *plot, const QPoint &pos, const QPoint &globalPos);
    void hideCrosshair();
    void panBy(double fraction);
    void zoomBy(double factor);
    void addShortcuts();

    TimeSeriesStore &m_store;
    const Clock &m_clock;
    SeriesCatalog m_catalog;
    PanelFiller m_filler;
    std::array<std::unique_ptr<DetailPanel>, PanelCount> m_panels;
    QLabel *m_title;
    QComboBox *m_range;
    QToolButton *m_liveButton;
    QToolButton *m_secondsButton;
    QTimer m_replot;
    QTimer m_follow;
    DetailSubject m_subject;
    qint64 m_rangeMs = 60 * 60 * 1000;
    bool m_live = true;
    bool m_lagSeconds = false;
    bool m_syncing = false;
};

} // namespace fleetscope

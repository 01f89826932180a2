#include "detail/NodeDetailView.h"

#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>

namespace fleetscope {

namespace {

struct RangeChoice
{
    const char *label;
    qint64 ms;
};
constexpr std::array<RangeChoice, 5> ranges{{{QT_TRANSLATE_NOOP("NodeDetailView", "15 min"), 15 * 60'000LL},
                                             {QT_TRANSLATE_NOOP("NodeDetailView", "1 h"), 60 * 60'000LL},
                                             {QT_TRANSLATE_NOOP("NodeDetailView", "6 h"), 6 * 60 * 60'000LL},
                                             {QT_TRANSLATE_NOOP("NodeDetailView", "24 h"), 24 * 60 * 60'000LL},
                                             {QT_TRANSLATE_NOOP("NodeDetailView", "7 d"), 7 * 24 * 60 * 60'000LL}}};

constexpr double MiB = 1024.0 * 1024.0;

} // namespace

NodeDetailView::NodeDetailView(TimeSeriesStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_title(new QLabel(this)), m_range(new QComboBox(this))
{
    const std::array<QString, PanelCount> titles{tr("Lag (messages)"), tr("Disk (MiB)"), tr("Heap (MiB)"),
                                                 tr("Round trip (ms)")};
    const std::array<std::array<QString, 2>, PanelCount> names{{{tr("lag"), QString()},
                                                               {tr("used"), tr("total")},
                                                               {tr("used"), tr("max")},
                                                               {tr("round trip"), tr("up")}}};
    auto *column = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    for (const RangeChoice &choice : ranges)
        m_range->addItem(tr(choice.label), choice.ms);
    m_range->setCurrentIndex(1);
    m_range->setToolTip(tr("Time range, ending now"));
    header->addWidget(m_range);
    column->addLayout(header);

    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    for (int p = 0; p < PanelCount; ++p) {
        auto *plot = new QCustomPlot(this);
        plot->setObjectName(QStringLiteral("plot%1").arg(p));
        plot->setMinimumHeight(90);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->axisRect()->setRangeDrag(Qt::Horizontal);
        plot->axisRect()->setRangeZoom(Qt::Horizontal);
        plot->xAxis->setTicker(ticker);
        plot->yAxis->setLabel(titles[p]);
        for (int g = 0; g < 2; ++g) {
            if (names[p][g].isEmpty())
                continue;
            QCPGraph *graph = plot->addGraph(plot->xAxis, p == LinkPanel && g == 1 ? plot->yAxis2 : plot->yAxis);
            graph->setName(names[p][g]);
            graph->setPen(QPen(g == 0 ? QColor(0x1f, 0x77, 0xb4) : QColor(0x9e, 0x9e, 0x9e), g == 0 ? 1.6 : 1.2));
            graph->setAdaptiveSampling(true);
        }
        if (p == LinkPanel) {
            plot->yAxis2->setVisible(true);
            plot->yAxis2->setRange(-0.1, 1.1);
            plot->graph(1)->setLineStyle(QCPGraph::lsStepLeft);
            plot->graph(1)->setBrush(QColor(0x2e, 0x9d, 0x4f, 40));
        }
        connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &NodeDetailView::syncRanges);
        column->addWidget(plot, 1);
        m_plots[p] = plot;
    }

    m_replot.setSingleShot(true);
    m_replot.setInterval(250); // at most four replots a second, however many snapshots arrive
    connect(&m_replot, &QTimer::timeout, this, &NodeDetailView::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { setRangeMs(m_range->currentData().toLongLong()); });
}

void NodeDetailView::showBroker(const QString &cluster, int nodeId)
{
    m_cluster = cluster;
    m_nodeId = nodeId;
    m_title->setText(tr("<b>%1</b>, broker %2").arg(cluster.toHtmlEscaped()).arg(nodeId));
    refresh();
}

void NodeDetailView::setRangeMs(qint64 rangeMs)
{
    m_rangeMs = rangeMs;
    refresh();
}

void NodeDetailView::scheduleRefresh()
{
    if (!m_replot.isActive())
        m_replot.start();
}

void NodeDetailView::syncRanges(const QCPRange &range)
{
    if (m_syncing)
        return;
    m_syncing = true; // one shared time axis: moving one plot moves all
    for (QCustomPlot *plot : m_plots)
        if (plot->xAxis->range() != range) {
            plot->xAxis->setRange(range);
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    m_syncing = false;
}

void NodeDetailView::fillGraph(Panel panel, int graph, const QString &key, double scale, qint64 fromMs, qint64 toMs)
{
    QCustomPlot *plot = m_plots[panel];
    const std::optional<SeriesId> id = m_store.find(key);
    if (!id) {
        plot->graph(graph)->data()->clear();
        return;
    }
    // About two points per pixel column; each bucket's min and max keep spikes visible.
    const int points = std::max(100, plot->axisRect()->width());
    const SeriesRange range = m_store.query(*id, fromMs, toMs, points);
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(qsizetype(range.t.size() * 2));
    values.reserve(keys.capacity());
    for (std::size_t i = 0; i < range.t.size(); ++i) {
        const double t = range.t[i] / 1000.0;
        const double half = range.bucketMs / 2000.0;
        if (std::isnan(range.avg[i])) { // a gap: QCustomPlot draws no line across NaN
            keys.append(t);
            values.append(std::nan(""));
            continue;
        }
        keys.append(t);
        values.append(range.min[i] / scale);
        if (range.max[i] != range.min[i]) {
            keys.append(t + half);
            values.append(range.max[i] / scale);
        }
    }
    plot->graph(graph)->setData(keys, values, true);
}

void NodeDetailView::refresh()
{
    if (m_cluster.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 from = now - m_rangeMs;
    auto broker = [&](const char *metric) { return SeriesKey::broker(m_cluster, m_nodeId, QString::fromLatin1(metric)); };
    using M = HistoryRecorder::Metric;
    fillGraph(LagPanel, 0, broker(M::lag), 1, from, now);
    fillGraph(DiskPanel, 0, broker(M::diskUsed), MiB, from, now);
    fillGraph(DiskPanel, 1, broker(M::diskTotal), MiB, from, now);
    fillGraph(HeapPanel, 0, broker(M::heapUsed), MiB, from, now);
    fillGraph(HeapPanel, 1, broker(M::heapMax), MiB, from, now);
    fillGraph(LinkPanel, 0, broker(M::rttMs), 1, from, now);
    fillGraph(LinkPanel, 1, broker(M::linkUp), 1, from, now);
    m_syncing = true;
    for (QCustomPlot *plot : m_plots) {
        plot->xAxis->setRange(from / 1000.0, now / 1000.0);
        bool found = false;
        const QCPRange values = plot->graph(0)->getValueRange(found);
        if (found)
            plot->yAxis->setRange(std::min(0.0, values.lower), values.upper > 0 ? values.upper * 1.15 : 1.0);
        if (plot->graphCount() > 1 && plot->graph(1)->valueAxis() == plot->yAxis) {
            const QCPRange second = plot->graph(1)->getValueRange(found);
            if (found && second.upper * 1.15 > plot->yAxis->range().upper)
                plot->yAxis->setRangeUpper(second.upper * 1.15);
        }
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_syncing = false;
}

} // namespace fleetscope

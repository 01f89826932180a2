#include "detail/NodeDetailView.h"

#include "history/TimeSeriesStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

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

constexpr qint64 minimumSpanMs = 60'000; // zooming stops at a minute across

} // namespace

NodeDetailView::NodeDetailView(TimeSeriesStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock), m_catalog(store), m_filler(store, m_catalog),
      m_title(new QLabel(this)), m_range(new QComboBox(this)), m_liveButton(new QToolButton(this)),
      m_secondsButton(new QToolButton(this))
{
    auto *column = new QVBoxLayout(this);
    column->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    m_secondsButton->setText(tr("Lag in time (estimate)"));
    m_secondsButton->setCheckable(true);
    m_secondsButton->setToolTip(tr("Show consumer lag as an estimated time behind instead of messages"));
    header->addWidget(m_secondsButton);
    for (const RangeChoice &choice : ranges)
        m_range->addItem(tr(choice.label), choice.ms);
    m_range->setCurrentIndex(1);
    m_range->setToolTip(tr("Time range, ending now (keys 1-5)"));
    header->addWidget(m_range);
    m_liveButton->setText(tr("Live"));
    m_liveButton->setCheckable(true);
    m_liveButton->setChecked(true);
    m_liveButton->setToolTip(tr("Follow now (Home). Dragging or zooming a plot stops following."));
    header->addWidget(m_liveButton);
    column->addLayout(header);

    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("HH:mm\nd MMM"));
    for (int p = 0; p < PanelCount; ++p) {
        auto *plot = new QCustomPlot(this);
        plot->setObjectName(QStringLiteral("plot%1").arg(p));
        plot->setMinimumHeight(90);
        plot->setFocusPolicy(Qt::ClickFocus);
        plot->setMouseTracking(true);
        plot->installEventFilter(this);
        plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
        plot->axisRect()->setRangeDrag(Qt::Horizontal);
        plot->axisRect()->setRangeZoom(Qt::Horizontal);
        plot->xAxis->setTicker(ticker);
        // Only the bottom plot labels the time axis; the others keep their ticks and grid.
        plot->xAxis->setTickLabels(p == PanelCount - 1);
        connect(plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &NodeDetailView::onRangeChanged);
        connect(plot, &QCustomPlot::mouseMove, this,
                [this, plot](QMouseEvent *event) { showCrosshair(plot, event->pos(), event->globalPosition().toPoint()); });
        column->addWidget(plot, 1);
        m_panels[p] = std::make_unique<DetailPanel>(plot);
    }
    // The y axes line up, so the panels read as one time axis.
    auto *margins = new QCPMarginGroup(plot(LagPanel));
    for (const auto &panel : m_panels) {
        panel->plot()->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        panel->applyPalette(palette());
    }

    m_replot.setSingleShot(true);
    m_replot.setInterval(250); // at most four replots a second, however many snapshots arrive
    connect(&m_replot, &QTimer::timeout, this, [this] { refresh(false); });
    // Ages and the live window move on even when no snapshot arrives (a silent cluster).
    m_follow.setInterval(5000);
    connect(&m_follow, &QTimer::timeout, this, [this] {
        if (isVisible())
            scheduleRefresh();
    });
    m_follow.start();
    connect(m_range, &QComboBox::activated, this, [this] { setRangeMs(m_range->currentData().toLongLong()); });
    connect(m_liveButton, &QToolButton::clicked, this, [this](bool checked) { setLive(checked); });
    connect(m_secondsButton, &QToolButton::toggled, this, &NodeDetailView::setLagInSeconds);
    addShortcuts();
}

NodeDetailView::~NodeDetailView() = default;

void NodeDetailView::addShortcuts()
{
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    for (int i = 0; i < int(ranges.size()); ++i)
        shortcut(QKeySequence(Qt::Key_1 + i), [this, i] {
            m_range->setCurrentIndex(i);
            setRangeMs(ranges[std::size_t(i)].ms);
        });
    shortcut(QKeySequence(Qt::Key_Home), [this] { setLive(true); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { panBy(-0.25); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { panBy(0.25); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { zoomBy(0.5); });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { zoomBy(2.0); });
}

void NodeDetailView::showBroker(const QString &cluster, int nodeId)
{
    m_title->setText(tr("<b>%1</b>, broker %2").arg(cluster.toHtmlEscaped()).arg(nodeId));
    setSubject(DetailSubject{cluster, nodeId});
}

void NodeDetailView::showCluster(const QString &cluster)
{
    m_title->setText(tr("<b>%1</b>, whole cluster").arg(cluster.toHtmlEscaped()));
    setSubject(DetailSubject{cluster, -1});
}

void NodeDetailView::setSubject(const DetailSubject &subject)
{
    m_subject = subject;
    refresh(false);
}

void NodeDetailView::setRangeMs(qint64 rangeMs)
{
    m_rangeMs = rangeMs;
    for (int i = 0; i < int(ranges.size()); ++i)
        if (ranges[std::size_t(i)].ms == rangeMs)
            m_range->setCurrentIndex(i);
    setLive(true);
}

void NodeDetailView::setLive(bool live)
{
    m_live = live;
    m_liveButton->setChecked(live);
    if (live)
        refresh(false);
}

void NodeDetailView::setLagInSeconds(bool seconds)
{
    m_lagSeconds = seconds;
    m_secondsButton->setChecked(seconds);
    refresh(false);
}

void NodeDetailView::setThresholds(const HealthThresholds &thresholds)
{
    m_filler.setThresholds(thresholds);
    scheduleRefresh();
}

void NodeDetailView::scheduleRefresh()
{
    if (!m_replot.isActive())
        m_replot.start();
}

void NodeDetailView::refreshNow()
{
    refresh(true);
}

void NodeDetailView::setAxes(double lower, double upper)
{
    m_syncing = true; // our own move: neither a user's pan nor a reason to leave live mode
    for (const auto &panel : m_panels)
        panel->plot()->xAxis->setRange(lower, upper);
    m_syncing = false;
}

void NodeDetailView::onRangeChanged(const QCPRange &range)
{
    if (m_syncing)
        return;
    // A user's zoom or pan on one plot: all follow, live mode ends, and the new window is queried.
    m_syncing = true;
    for (const auto &panel : m_panels)
        if (panel->plot()->xAxis->range() != range) {
            panel->plot()->xAxis->setRange(range);
            panel->plot()->replot(QCustomPlot::rpQueuedReplot);
        }
    m_syncing = false;
    if (m_live) {
        m_live = false;
        m_liveButton->setChecked(false);
    }
    scheduleRefresh();
}

void NodeDetailView::panBy(double fraction)
{
    const QCPRange r = plot(LagPanel)->xAxis->range();
    plot(LagPanel)->xAxis->setRange(r.lower + r.size() * fraction, r.upper + r.size() * fraction);
}

void NodeDetailView::zoomBy(double factor)
{
    QCPRange r = plot(LagPanel)->xAxis->range();
    const double size = std::max(r.size() * factor, minimumSpanMs / 1000.0);
    // Zooming from the keyboard keeps the right edge: in live mode that is now.
    plot(LagPanel)->xAxis->setRange(r.upper - size, r.upper);
}

void NodeDetailView::refresh(bool immediate)
{
    m_replot.stop();
    if (m_subject.cluster.isEmpty())
        return;
    m_catalog.update();
    const qint64 now = m_clock.nowMs();
    DetailWindow window;
    window.nowMs = now;
    if (m_live) {
        window.fromMs = now - m_rangeMs;
        window.toMs = now;
    } else {
        const QCPRange r = plot(LagPanel)->xAxis->range();
        window.fromMs = qint64(r.lower * 1000);
        window.toMs = qint64(r.upper * 1000);
    }
    // One bucket per pixel column; each draws its min and max.
    window.points = std::max(100, plot(LagPanel)->axisRect()->width());
    m_filler.fillLag(*m_panels[LagPanel], m_subject, window,
                     m_lagSeconds ? PanelFiller::LagUnit::Seconds : PanelFiller::LagUnit::Messages);
    m_filler.fillDisk(*m_panels[DiskPanel], m_subject, window);
    m_filler.fillHeap(*m_panels[HeapPanel], m_subject, window);
    m_filler.fillLink(*m_panels[LinkPanel], m_subject, window);
    setAxes(window.fromMs / 1000.0, window.toMs / 1000.0);
    for (const auto &panel : m_panels)
        panel->plot()->replot(immediate ? QCustomPlot::rpImmediateRefresh : QCustomPlot::rpQueuedReplot);
}

QString NodeDetailView::crosshairText(double keySeconds) const
{
    QStringList lines;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(keySeconds * 1000));
    lines << QStringLiteral("<b>%1</b>").arg(QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const auto &panel : m_panels) {
        const QStringList values = panel->valuesAt(keySeconds);
        lines << QStringLiteral("<i>%1</i>").arg(panel->plot()->yAxis->label().toHtmlEscaped());
        if (values.isEmpty())
            lines << tr("no data");
        for (const QString &value : values)
            lines << QStringLiteral("&nbsp;&nbsp;") + value.toHtmlEscaped();
    }
    return lines.join(QStringLiteral("<br>"));
}

void NodeDetailView::showCrosshair(QCustomPlot *source, const QPoint &pos, const QPoint &globalPos)
{
    if (!source->axisRect()->rect().contains(pos)) {
        hideCrosshair();
        return;
    }
    const double key = source->xAxis->pixelToCoord(pos.x());
    for (const auto &panel : m_panels)
        panel->setCursor(key);
    QToolTip::showText(globalPos, crosshairText(key), source);
}

void NodeDetailView::hideCrosshair()
{
    for (const auto &panel : m_panels)
        panel->setCursor(std::nullopt);
    QToolTip::hideText();
}

void NodeDetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange)
        return;
    // The theme changed (View -> Theme, or the desktop's): the plots follow it.
    for (const auto &panel : m_panels) {
        panel->applyPalette(palette());
        panel->plot()->replot(QCustomPlot::rpQueuedReplot);
    }
}

bool NodeDetailView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Leave)
        hideCrosshair();
    return QWidget::eventFilter(watched, event);
}

} // namespace fleetscope

#include "detail/PanelFiller.h"

#include "detail/LagRanking.h"
#include "detail/SeriesCatalog.h"
#include "detail/StateBand.h"
#include "format/Formatter.h"
#include "alerts/DiskFullForecaster.h"
#include "health/DiskForecast.h"
#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace fleetscope {

namespace {

using M = HistoryRecorder::Metric;
using Unit = DetailPanel::Unit;
using Style = DetailPanel::Style;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 dayMs = 24 * 3600 * 1000LL;

QString metric(const char *name)
{
    return QString::fromLatin1(name);
}

// Distinct on light and dark backgrounds, in the order the ranked groups take them.
QColor seriesColor(qsizetype i)
{
    static const std::array<QColor, 8> colors{QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                              QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e), QColor(0x17, 0xbe, 0xcf),
                                              QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2)};
    return colors[std::size_t(i) % colors.size()];
}

Style line(const QColor &color, double width = 1.5, Qt::PenStyle style = Qt::SolidLine)
{
    return Style{QPen(color, width, style)};
}

const QColor grey(0x8a, 0x8a, 0x8a);

// Bytes shown in the unit that keeps the axis below 1024 of it.
std::pair<double, QString> byteScale(double largest)
{
    static const std::array<const char *, 5> units{"B", "KiB", "MiB", "GiB", "TiB"};
    double scale = 1;
    std::size_t u = 0;
    while (u + 1 < units.size() && largest >= 1024 * scale) {
        scale *= 1024;
        ++u;
    }
    return {scale, QString::fromLatin1(units[u])};
}

double largest(const SeriesRange &range)
{
    double out = 0;
    for (const double v : range.max)
        if (std::isfinite(v))
            out = std::max(out, v);
    return out;
}

} // namespace

SeriesRange PanelFiller::query(const QString &key, qint64 fromMs, qint64 toMs, int points) const
{
    const std::optional<SeriesId> id = m_store.find(key);
    return id ? m_store.query(*id, fromMs, toMs, points) : SeriesRange{};
}

SeriesRange PanelFiller::query(const QString &key, const DetailWindow &window) const
{
    return query(key, window.fromMs, window.toMs, window.points);
}

void PanelFiller::showAge(DetailPanel &panel, const QStringList &keys, qint64 nowMs) const
{
    std::optional<qint64> newest;
    qint64 stepMs = 0;
    for (const QString &key : keys) {
        const std::optional<SeriesId> id = m_store.find(key);
        if (!id)
            continue;
        // The raw samples of the last few polls first (exact), else the last week by the hour.
        const qint64 step = m_store.stepMs(*id);
        std::optional<qint64> t = LagRanking::newestTime(m_store.query(*id, nowMs - 30 * step, nowMs + step, 31));
        if (!t)
            t = LagRanking::newestTime(m_store.query(*id, nowMs - 7 * dayMs, nowMs + step, 7 * 24));
        if (t && (!newest || *t > *newest)) {
            newest = t;
            stepMs = step;
        }
    }
    if (!newest) {
        panel.setAge(tr("no data"), true);
        return;
    }
    const qint64 age = std::max<qint64>(0, nowMs - *newest);
    panel.setAge(tr("newest: %1").arg(Formatter::age(age)), age > m_thresholds.staleAfterIntervals * stepMs);
}

void PanelFiller::fillLag(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window,
                          LagUnit unit) const
{
    const bool seconds = unit == LagUnit::Seconds;
    QList<NamedRange> groups;
    for (const QString &group : m_catalog.groups(subject.cluster)) {
        SeriesRange range = query(SeriesKey::group(subject.cluster, group, metric(seconds ? M::lagSeconds : M::lag)), window);
        if (!range.isEmpty())
            groups.append(NamedRange{group, std::move(range)});
    }
    const qsizetype groupCount = groups.size();
    const LagRanking::Result ranked =
        LagRanking::rank(std::move(groups), m_topGroups, seconds ? LagRanking::Fold::Worst : LagRanking::Fold::Sum);
    const Unit valueUnit = seconds ? Unit::Seconds : Unit::Count;
    QCustomPlot *plot = panel.plot();

    panel.begin();
    for (qsizetype i = 0; i < ranked.top.size(); ++i) {
        QCPGraph *g = panel.graph(QStringLiteral("group%1").arg(i), ranked.top[i].name, valueUnit, plot->yAxis,
                                  line(seriesColor(i)));
        panel.setPoints(g, PlotPoints::fromRange(ranked.top[i].range));
    }
    if (ranked.others) {
        const qsizetype n = groupCount - ranked.top.size();
        const QString name = seconds ? tr("%n other group(s), worst", nullptr, int(n)) : tr("%n other group(s)", nullptr, int(n));
        // Solid: a dashed pen over thousands of points costs Qt's stroker hundreds of milliseconds.
        QCPGraph *g = panel.graph(QStringLiteral("others"), name, valueUnit, plot->yAxis, line(grey, 1.5));
        panel.setPoints(g, PlotPoints::fromRange(*ranked.others));
    }
    const QString total = SeriesKey::cluster(subject.cluster, metric(M::lag));
    if (!seconds && (subject.isCluster() || ranked.top.isEmpty())) {
        // The cluster's total; for a broker, what it leads, when no group history exists yet.
        const QString key = subject.isCluster() ? total : SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::lag));
        const QString name = subject.isCluster() ? tr("cluster total") : tr("led by this broker");
        QCPGraph *g = panel.graph(QStringLiteral("total"), name, Unit::Count, plot->yAxis, line(QColor(0x44, 0x44, 0x44), 1.0));
        panel.setPoints(g, PlotPoints::fromRange(query(key, window)));
    }
    panel.end();
    plot->yAxis->setLabel(seconds ? tr("Lag (s, estimated)") : tr("Lag (messages)"));
    panel.fitValueAxis(plot->yAxis);
    panel.setNote(QString());
    showAge(panel, {total}, window.nowMs);
}

void PanelFiller::fillDisk(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const
{
    panel.begin();
    if (subject.isCluster())
        fillClusterDisk(panel, subject, window);
    else
        fillBrokerDisk(panel, subject, window);
    panel.end();
}

void PanelFiller::fillBrokerDisk(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const
{
    const QString usedKey = SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::diskUsed));
    const QString totalKey = SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::diskTotal));
    const SeriesRange used = query(usedKey, window);
    const SeriesRange total = query(totalKey, window);
    // The newest total, even when it is older than the window: the thresholds and the forecast need it.
    double totalNow = LagRanking::newest(total);
    if (std::isnan(totalNow))
        totalNow = LagRanking::newest(query(totalKey, window.nowMs - 7 * dayMs, window.nowMs + 1, 7 * 24));
    const auto [scale, unitName] = byteScale(std::max(largest(used), std::isnan(totalNow) ? largest(total) : totalNow));
    QCustomPlot *plot = panel.plot();

    panel.setPoints(panel.graph(QStringLiteral("used"), tr("used"), Unit::Bytes, plot->yAxis, line(seriesColor(0)), scale),
                    PlotPoints::fromRange(used, scale));
    panel.setPoints(panel.graph(QStringLiteral("total"), tr("total"), Unit::Bytes, plot->yAxis, line(grey, 1.2), scale),
                    PlotPoints::fromRange(total, scale));

    QList<std::pair<double, QString>> levels;
    QString note;
    if (std::isfinite(totalNow) && totalNow > 0) {
        levels = {{totalNow * m_thresholds.diskWarning / scale, tr("warning %1").arg(Formatter::percent(m_thresholds.diskWarning))},
                  {totalNow * m_thresholds.diskCritical / scale, tr("critical %1").arg(Formatter::percent(m_thresholds.diskCritical))}};
        // The same fit as the disk-full alert, over a fixed recent window whatever range is shown.
        const qint64 forecastWindowMs = m_thresholds.diskForecastWindowMs;
        const std::optional<DiskForecast> forecast = DiskFullForecaster::forecast(
            m_store, subject.cluster, subject.nodeId, totalNow, window.nowMs + 1, forecastWindowMs);
        const std::optional<qint64> toFull = forecast ? forecast->timeToFullMs(window.nowMs) : std::nullopt;
        if (toFull && *toFull < forecastHorizonMs) {
            const qint64 fromMs = window.nowMs - forecastWindowMs;
            const double fromValue = forecast->fittedUsedBytes + forecast->bytesPerSecond * double(fromMs - forecast->fittedAtMs) / 1000.0;
            QCPGraph *g = panel.graph(QStringLiteral("forecast"), tr("trend"), Unit::Bytes, plot->yAxis,
                                      line(QColor(0xe6, 0x7e, 0x00), 1.5, Qt::DashLine), scale);
            panel.setPoints(g, PlotPoints::segment(fromMs / 1000.0, fromValue / scale, *forecast->fullAtMs / 1000.0, totalNow / scale));
            note = *toFull == 0 ? tr("full now") : tr("full in %1").arg(Formatter::duration(*toFull));
        }
    }
    panel.setLevels(levels);
    panel.setNote(note);
    plot->yAxis->setLabel(tr("Disk (%1)").arg(unitName));
    plot->yAxis->setRange(0, std::max({largest(used) / scale, std::isnan(totalNow) ? 0.0 : totalNow / scale, 1.0}) * 1.1);
    showAge(panel, {usedKey}, window.nowMs);
}

void PanelFiller::fillClusterDisk(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const
{
    // One line per broker: used as a share of its total, so brokers of any size compare.
    QCustomPlot *plot = panel.plot();
    QStringList keys;
    const QList<int> brokers = m_catalog.brokers(subject.cluster);
    for (qsizetype i = 0; i < brokers.size(); ++i) {
        const QString usedKey = SeriesKey::broker(subject.cluster, brokers[i], metric(M::diskUsed));
        const SeriesRange used = query(usedKey, window);
        const SeriesRange total = query(SeriesKey::broker(subject.cluster, brokers[i], metric(M::diskTotal)), window);
        if (used.isEmpty())
            continue;
        keys.append(usedKey);
        const double totalNow = LagRanking::newest(total);
        std::vector<double> percent(used.size(), nan);
        for (std::size_t b = 0; b < used.size(); ++b) {
            const double t = total.t == used.t && std::isfinite(total.avg[b]) ? total.avg[b] : totalNow;
            if (t > 0)
                percent[b] = 100.0 * used.max[b] / t;
        }
        QCPGraph *g = panel.graph(QStringLiteral("broker%1").arg(i), tr("broker %1").arg(brokers[i]), Unit::Percent,
                                  plot->yAxis, line(seriesColor(i)));
        panel.setPoints(g, PlotPoints::fromValues(used, percent));
    }
    panel.setLevels({{100 * m_thresholds.diskWarning, tr("warning %1").arg(Formatter::percent(m_thresholds.diskWarning))},
                     {100 * m_thresholds.diskCritical, tr("critical %1").arg(Formatter::percent(m_thresholds.diskCritical))}});
    panel.setNote(QString());
    plot->yAxis->setLabel(tr("Disk used (%)"));
    plot->yAxis->setRange(0, 105);
    showAge(panel, keys, window.nowMs);
}

void PanelFiller::fillHeap(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const
{
    QCustomPlot *plot = panel.plot();
    panel.begin();
    if (subject.isCluster()) {
        const QString urp = SeriesKey::cluster(subject.cluster, metric(M::underReplicated));
        Style step = line(QColor(0xe6, 0x7e, 0x00));
        step.step = true;
        panel.setPoints(panel.graph(QStringLiteral("urp"), tr("under-replicated"), Unit::Count, plot->yAxis, step),
                        PlotPoints::fromRange(query(urp, window)));
        step.pen.setColor(QColor(0xc6, 0x28, 0x28));
        panel.setPoints(panel.graph(QStringLiteral("offline"), tr("offline"), Unit::Count, plot->yAxis, step),
                        PlotPoints::fromRange(query(SeriesKey::cluster(subject.cluster, metric(M::offline)), window)));
        panel.end();
        plot->yAxis->setLabel(tr("Partitions"));
        plot->yAxis2->setVisible(false);
        panel.fitValueAxis(plot->yAxis);
        showAge(panel, {urp}, window.nowMs);
        return;
    }
    const QString usedKey = SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::heapUsed));
    const SeriesRange used = query(usedKey, window);
    const SeriesRange max = query(SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::heapMax)), window);
    const auto [scale, unitName] = byteScale(std::max(largest(used), largest(max)));
    panel.setPoints(panel.graph(QStringLiteral("used"), tr("used"), Unit::Bytes, plot->yAxis, line(seriesColor(0)), scale),
                    PlotPoints::fromRange(used, scale));
    panel.setPoints(panel.graph(QStringLiteral("max"), tr("max"), Unit::Bytes, plot->yAxis, line(grey, 1.2), scale),
                    PlotPoints::fromRange(max, scale));

    // gc.seconds is a counter: its rate between neighbouring buckets is the share of time spent in GC,
    // which reads like a CPU load beside the heap's saw-tooth. A drop is a restart, not negative time.
    const SeriesRange gc = query(SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::gcSeconds)), window);
    if (!gc.isEmpty()) {
        std::vector<double> percent(gc.size(), nan);
        for (std::size_t i = 1; i < gc.size(); ++i) {
            const double rise = gc.avg[i] - gc.avg[i - 1];
            if (std::isfinite(rise) && rise >= 0)
                percent[i] = 100.0 * rise / (double(gc.t[i] - gc.t[i - 1]) / 1000.0);
        }
        panel.setPoints(panel.graph(QStringLiteral("gc"), tr("GC time"), Unit::Percent, plot->yAxis2,
                                    line(QColor(0x94, 0x67, 0xbd), 1.0)),
                        PlotPoints::fromValues(gc, percent));
    }
    panel.end();
    plot->yAxis->setLabel(tr("Heap (%1)").arg(unitName));
    plot->yAxis2->setVisible(!gc.isEmpty());
    plot->yAxis2->setLabel(tr("GC time (%)"));
    panel.fitValueAxis(plot->yAxis);
    panel.fitValueAxis(plot->yAxis2, 1.3);
    showAge(panel, {usedKey}, window.nowMs);
}

void PanelFiller::fillBand(DetailPanel &panel, const SeriesRange &state, const DetailWindow &window,
                           const std::array<QString, 3> &names) const
{
    // Each run is a filled rectangle on the band axis: two points at 1, then NaN to break the fill.
    std::array<PlotPoints, StateBand::StateCount> points;
    for (const StateBand::Run &run : StateBand::runs(state, window.fromMs, window.toMs)) {
        PlotPoints &p = points[run.state];
        p.keys << run.fromMs / 1000.0 << run.toMs / 1000.0 << run.toMs / 1000.0;
        p.values << 1 << 1 << nan;
    }
    const std::array<QColor, 3> colors{QColor(0x2e, 0x9d, 0x4f, 45), QColor(0xc6, 0x28, 0x28, 70), QColor(0x9e, 0x9e, 0x9e, 45)};
    const std::array<QString, 3> slotNames{QStringLiteral("bandUp"), QStringLiteral("bandDown"), QStringLiteral("bandUnknown")};
    for (int s = 0; s < StateBand::StateCount; ++s) {
        QCPGraph *g = panel.graph(slotNames[s], names[s], Unit::State, panel.bandAxis(), Style{Qt::NoPen, colors[s]});
        points[s].bucketSeconds = double(window.toMs - window.fromMs) / 1000.0; // a run holds up to its end
        panel.setPoints(g, points[s]);
    }
}

void PanelFiller::fillHeartbeat(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const
{
    QCustomPlot *plot = panel.plot();
    const QStringList aliases = m_catalog.mirrors(subject.cluster);
    for (qsizetype i = 0; i < aliases.size(); ++i) {
        const SeriesRange age = query(SeriesKey::mirror(subject.cluster, aliases[i], metric(M::heartbeatAgeMs)), window);
        QCPGraph *g = panel.graph(QStringLiteral("heartbeat%1").arg(i), tr("MM2 heartbeat age"), Unit::Duration, plot->yAxis2,
                                  line(QColor(0xe6, 0x7e, 0x00), 1.2), 1000);
        panel.setPoints(g, PlotPoints::fromRange(age, 1000));
    }
    plot->yAxis2->setVisible(!aliases.isEmpty());
    plot->yAxis2->setLabel(tr("Heartbeat age (s)"));
}

void PanelFiller::fillLink(DetailPanel &panel, const DetailSubject &subject, const DetailWindow &window) const
{
    QCustomPlot *plot = panel.plot();
    panel.begin();
    QString ageKey;
    if (subject.isCluster()) {
        ageKey = SeriesKey::cluster(subject.cluster, metric(M::brokersUp));
        const SeriesRange up = query(ageKey, window);
        fillBand(panel, up, window, {tr("reachable"), tr("unreachable"), tr("not measured")});
        Style step = line(seriesColor(0));
        step.step = true;
        panel.setPoints(panel.graph(QStringLiteral("line"), tr("brokers up"), Unit::Count, plot->yAxis, step),
                        PlotPoints::fromRange(up));
        plot->yAxis->setLabel(tr("Brokers up"));
    } else {
        ageKey = SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::linkUp));
        fillBand(panel, query(ageKey, window), window, {tr("link up"), tr("link down"), tr("not measured")});
        const SeriesRange rtt = query(SeriesKey::broker(subject.cluster, subject.nodeId, metric(M::rttMs)), window);
        panel.setPoints(panel.graph(QStringLiteral("line"), tr("round trip"), Unit::RoundTrip, plot->yAxis, line(seriesColor(0))),
                        PlotPoints::fromRange(rtt));
        plot->yAxis->setLabel(tr("Round trip (ms)"));
    }
    fillHeartbeat(panel, subject, window);
    panel.end();
    panel.fitValueAxis(plot->yAxis);
    panel.fitValueAxis(plot->yAxis2);
    panel.setNote(QString());
    showAge(panel, {ageKey}, window.nowMs);
}

} // namespace fleetscope

// The node detail: four plots on one time axis, fed from the history store; gaps stay gaps, lag per
// group adds up, the disk forecast appears only for a filling disk, the crosshair reads exact values
// and live mode follows now until the user pans.
#include "detail/NodeDetailView.h"
#include "format/Formatter.h"
#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMouseEvent>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>

using namespace fleetscope;

class TestNodeDetailView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fourPlotsWithDataOnOneTimeAxis();
    void gapDrawsNoSegment();
    void topGroupsPlusOthersAddUpToTheTotal();
    void lagInSecondsIsLabelledAnEstimate();
    void forecastOnlyForAGrowingDisk();
    void crosshairReadsExactValues();
    void liveModeFollowsNowUntilPanned();
    void clusterShowsClusterSeries();
    void plotsFollowADarkPalette();
};

namespace {

using M = HistoryRecorder::Metric;

constexpr qint64 start = 1'700'000'000'000;
constexpr qint64 hour = 3'600'000;
constexpr qint64 step = 10'000;
constexpr int groupCount = 8;
const QString cluster = QStringLiteral("edge-b");

bool inGap(qint64 t)
{
    return t >= start + 20 * 60'000 && t < start + 30 * 60'000;
}

double groupLag(int g, double minutes)
{
    return (g + 1) * 1000 + g * 7 * minutes; // group 7 has the most, group 0 the least
}

void put(TimeSeriesStore &store, const QString &key, qint64 t, double value)
{
    store.append(store.intern(key, step), t, value);
}

// One sample time of edge-b: brokers 2 (disk filling) and 3 (disk flat), eight consumer groups, the
// cluster's figures and its MirrorMaker 2 heartbeat.
void record(TimeSeriesStore &store, qint64 t)
{
    const double minutes = (t - start) / 60'000.0;
    auto broker = [&](int id, const char *metric, double value) { put(store, SeriesKey::broker(cluster, id, QString::fromLatin1(metric)), t, value); };
    for (int id : {2, 3}) {
        broker(id, M::diskUsed, id == 2 ? 1e9 + 1e6 * minutes : 1.5e9);
        broker(id, M::diskTotal, 4e9);
        broker(id, M::heapUsed, 1e8 + 1e6 * std::sin(minutes));
        broker(id, M::heapMax, 2.56e8);
        broker(id, M::gcSeconds, 0.05 * minutes);
        broker(id, M::rttMs, 1 + minutes / 10);
        broker(id, M::linkUp, 1.0);
        broker(id, M::lag, 500);
    }
    double total = 0;
    for (int g = 0; g < groupCount; ++g) {
        const QString group = QStringLiteral("group-%1").arg(g);
        put(store, SeriesKey::group(cluster, group, QString::fromLatin1(M::lag)), t, groupLag(g, minutes));
        put(store, SeriesKey::group(cluster, group, QString::fromLatin1(M::lagSeconds)), t, 10.0 * (g + 1));
        total += groupLag(g, minutes);
    }
    put(store, SeriesKey::cluster(cluster, QString::fromLatin1(M::lag)), t, total);
    put(store, SeriesKey::cluster(cluster, QString::fromLatin1(M::brokersUp)), t, 2);
    put(store, SeriesKey::cluster(cluster, QString::fromLatin1(M::underReplicated)), t, minutes > 40 ? 3 : 0);
    put(store, SeriesKey::cluster(cluster, QString::fromLatin1(M::offline)), t, 0);
    put(store, SeriesKey::mirror(cluster, QStringLiteral("edge-b"), QString::fromLatin1(M::heartbeatAgeMs)), t, 800);
}

// An hour of 10 s samples, with nothing between 20 and 30 min: an outage.
void fill(TimeSeriesStore &store)
{
    for (qint64 t = start; t < start + hour; t += step)
        if (!inGap(t))
            record(store, t);
}

// The view on that history at the end of the hour, at the benchmark's 1600x900.
struct Fixture
{
    TimeSeriesStore store;
    ManualClock clock{start + hour};
    NodeDetailView view{store, clock};

    explicit Fixture(int nodeId = 2)
    {
        fill(store);
        view.resize(1600, 900);
        view.show();
        view.showBroker(cluster, nodeId);
        view.refreshNow();
    }
};

QCPGraph *graphNamed(QCustomPlot *plot, const QString &prefix)
{
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->visible() && plot->graph(i)->name().startsWith(prefix))
            return plot->graph(i);
    return nullptr;
}

int finitePoints(const QCPGraph *graph)
{
    int n = 0;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        n += std::isfinite(it->value) ? 1 : 0;
    return n;
}

QList<QCPGraph *> visibleGraphs(QCustomPlot *plot)
{
    QList<QCPGraph *> out;
    for (int i = 0; i < plot->graphCount(); ++i)
        if (plot->graph(i)->visible())
            out.append(plot->graph(i));
    return out;
}

} // namespace

void TestNodeDetailView::fourPlotsWithDataOnOneTimeAxis()
{
    Fixture fixture;
    NodeDetailView &view = fixture.view;
    const QCPRange axis = view.plot(NodeDetailView::LagPanel)->xAxis->range();
    const std::array<QString, NodeDetailView::PanelCount> main{QStringLiteral("group-7"), QStringLiteral("used"),
                                                               QStringLiteral("used"), QStringLiteral("round trip")};
    for (int p = 0; p < NodeDetailView::PanelCount; ++p) {
        QCustomPlot *plot = view.plot(NodeDetailView::Panel(p));
        QCPGraph *graph = graphNamed(plot, main[p]);
        QVERIFY2(graph, qPrintable(main[p]));
        QVERIFY2(finitePoints(graph) > 100, qPrintable(QString::number(p)));
        QCOMPARE(plot->xAxis->range().lower, axis.lower);
        QCOMPARE(plot->xAxis->range().upper, axis.upper);
        QVERIFY2(view.panel(NodeDetailView::Panel(p)).ageText().contains(QStringLiteral("ago")),
                 qPrintable(view.panel(NodeDetailView::Panel(p)).ageText()));
    }
    QCOMPARE(axis.upper - axis.lower, 3600.0); // the default range: one hour, ending now
    QCOMPARE(axis.upper, (start + hour) / 1000.0);
    QVERIFY(finitePoints(graphNamed(view.plot(NodeDetailView::DiskPanel), QStringLiteral("total"))) > 0);
    QVERIFY(finitePoints(graphNamed(view.plot(NodeDetailView::HeapPanel), QStringLiteral("max"))) > 0);
    QVERIFY(finitePoints(graphNamed(view.plot(NodeDetailView::HeapPanel), QStringLiteral("GC time"))) > 0);
    QVERIFY(finitePoints(graphNamed(view.plot(NodeDetailView::LinkPanel), QStringLiteral("MM2 heartbeat"))) > 0);
    QVERIFY(finitePoints(graphNamed(view.plot(NodeDetailView::LinkPanel), QStringLiteral("link up"))) > 0);

    // Panning one plot pans all: one shared time axis.
    view.plot(NodeDetailView::HeapPanel)->xAxis->setRange(axis.lower - 600, axis.upper - 600);
    QCOMPARE(view.plot(NodeDetailView::LagPanel)->xAxis->range().upper, axis.upper - 600);
    QCOMPARE(view.plot(NodeDetailView::LinkPanel)->xAxis->range().upper, axis.upper - 600);
}

void TestNodeDetailView::gapDrawsNoSegment()
{
    Fixture fixture;
    NodeDetailView &view = fixture.view;
    // In every line of every panel, each point inside the outage is NaN (QCustomPlot breaks its line
    // there), so nothing joins the last point before it to the first after it.
    const double gapFrom = (start + 20 * 60'000) / 1000.0;
    const double gapTo = (start + 30 * 60'000) / 1000.0;
    int nanInGap = 0;
    for (int p = 0; p < NodeDetailView::PanelCount; ++p) {
        for (QCPGraph *graph : visibleGraphs(view.plot(NodeDetailView::Panel(p)))) {
            if (graph->name().startsWith(QStringLiteral("trend")) || graph->name().contains(QStringLiteral("not measured")))
                continue; // the forecast is a straight line by design; "not measured" is the gap itself
            bool before = false, after = false;
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
                if (it->key > gapFrom + 10 && it->key < gapTo - 10) {
                    QVERIFY2(std::isnan(it->value), qPrintable(QStringLiteral("%1 has a value at %2 inside the gap")
                                                                   .arg(graph->name())
                                                                   .arg(it->key - gapFrom)));
                    ++nanInGap;
                }
                before |= it->key < gapFrom && std::isfinite(it->value);
                after |= it->key >= gapTo && std::isfinite(it->value);
            }
            QVERIFY2(graph->name() != QStringLiteral("link up") || (before && after), qPrintable(graph->name()));
        }
    }
    QVERIFY(nanInGap > 10);
    // The band marks the outage as not measured, never as up.
    const QString atGap = view.crosshairText(gapFrom + 300);
    QVERIFY2(atGap.contains(QStringLiteral("not measured")), qPrintable(atGap));
    QVERIFY2(!atGap.contains(QStringLiteral("link up")), qPrintable(atGap));
}

void TestNodeDetailView::topGroupsPlusOthersAddUpToTheTotal()
{
    Fixture fixture;
    QCustomPlot *plot = fixture.view.plot(NodeDetailView::LagPanel);
    // The five largest by current lag, largest first, then one series for the other three.
    QStringList names;
    for (QCPGraph *graph : visibleGraphs(plot))
        names << graph->name();
    QCOMPARE(names.mid(0, 5), (QStringList{QStringLiteral("group-7"), QStringLiteral("group-6"), QStringLiteral("group-5"),
                                            QStringLiteral("group-4"), QStringLiteral("group-3")}));
    QCOMPARE(names.size(), 6);
    QVERIFY2(names[5].contains(QStringLiteral("3 other")), qPrintable(names[5]));

    // At every sample time the six lines add up to the cluster's total lag.
    const QList<QCPGraph *> graphs = visibleGraphs(plot);
    int compared = 0;
    for (auto it = graphs[0]->data()->constBegin(); it != graphs[0]->data()->constEnd(); ++it) {
        if (std::isnan(it->value))
            continue;
        double sum = 0;
        for (QCPGraph *graph : graphs) {
            auto at = graph->data()->findBegin(it->key, false);
            QVERIFY(at != graph->data()->constEnd());
            QCOMPARE(at->key, it->key);
            sum += at->value;
        }
        const double minutes = (it->key * 1000 - start) / 60'000.0;
        double total = 0;
        for (int g = 0; g < groupCount; ++g)
            total += groupLag(g, minutes);
        QVERIFY2(std::abs(sum - total) <= total * 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(total)));
        ++compared;
    }
    QVERIFY(compared > 200);
}

void TestNodeDetailView::lagInSecondsIsLabelledAnEstimate()
{
    Fixture fixture;
    fixture.view.setLagInSeconds(true);
    fixture.view.refreshNow();
    QCustomPlot *plot = fixture.view.plot(NodeDetailView::LagPanel);
    QVERIFY2(plot->yAxis->label().contains(QStringLiteral("estimated")), qPrintable(plot->yAxis->label()));
    // Seconds do not add up: the others show their worst (group 2's 30 s), not a sum.
    QCPGraph *others = graphNamed(plot, QStringLiteral("3 other"));
    QVERIFY(others);
    QVERIFY2(others->name().contains(QStringLiteral("worst")), qPrintable(others->name()));
    QCOMPARE((others->data()->constEnd() - 1)->value, 30.0);
    QCOMPARE(graphNamed(plot, QStringLiteral("group-7"))->data()->constBegin()->value, 80.0);
}

void TestNodeDetailView::forecastOnlyForAGrowingDisk()
{
    {
        Fixture growing(2); // 1 MB a minute more: 3 GB to go from 4 GB total, about 50 h
        const DetailPanel &disk = growing.view.panel(NodeDetailView::DiskPanel);
        QVERIFY2(disk.noteText().startsWith(QStringLiteral("full in 2 d")), qPrintable(disk.noteText()));
        QCPGraph *trend = graphNamed(growing.view.plot(NodeDetailView::DiskPanel), QStringLiteral("trend"));
        QVERIFY(trend);
        QCOMPARE(trend->dataCount(), 2);
        // The line ends where it reaches the total: used was 1 GB at the start, growing 1 MB a minute.
        const double fullAt = (start + 3000 * 60'000LL) / 1000.0;
        QVERIFY2(std::abs((trend->data()->constEnd() - 1)->key - fullAt) < 120,
                 qPrintable(QString::number((trend->data()->constEnd() - 1)->key - fullAt)));
        // The thresholds are drawn at 80 % and 90 % of the 4 GB total (in GiB on the axis).
        const QList<double> levels = disk.levels();
        QCOMPARE(levels.size(), 2);
        QVERIFY(std::abs(levels[0] - 0.8 * 4e9 / (1 << 30)) < 1e-9);
        QVERIFY(std::abs(levels[1] - 0.9 * 4e9 / (1 << 30)) < 1e-9);
    }
    Fixture flat(3);
    QCOMPARE(flat.view.panel(NodeDetailView::DiskPanel).noteText(), QString());
    QVERIFY(!graphNamed(flat.view.plot(NodeDetailView::DiskPanel), QStringLiteral("trend")));
    QCOMPARE(flat.view.panel(NodeDetailView::DiskPanel).levels().size(), 2);
}

void TestNodeDetailView::crosshairReadsExactValues()
{
    Fixture fixture;
    const qint64 at = start + 15 * 60'000; // a sample time
    const QString text = fixture.view.crosshairText(at / 1000.0 + 3);
    const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(at + 3000), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(text.contains(time), qPrintable(text));
    // group-7 at 15 min: 8000 + 49 * 15; the round trip 1 + 15 / 10 ms; the broker's link up.
    QVERIFY2(text.contains(QStringLiteral("group-7: ") + QLocale().toString(qint64(8000 + 49 * 15))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("round trip: ") + Formatter::latencyUs(2500)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("link up")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("total: ") + Formatter::bytes(4'000'000'000)), qPrintable(text));
    // Inside the outage no value is made up.
    const QString gap = fixture.view.crosshairText((start + 25 * 60'000) / 1000.0);
    QVERIFY2(!gap.contains(QStringLiteral("group-7:")), qPrintable(gap));
}

void TestNodeDetailView::liveModeFollowsNowUntilPanned()
{
    Fixture fixture;
    NodeDetailView &view = fixture.view;
    QCustomPlot *lag = view.plot(NodeDetailView::LagPanel);
    QVERIFY(view.isLive());

    // New data a minute later: the window follows now after the coalesced refresh.
    for (qint64 t = start + hour; t < start + hour + 60'000; t += step)
        record(fixture.store, t);
    fixture.clock.advance(60'000);
    view.scheduleRefresh();
    QTRY_COMPARE(lag->xAxis->range().upper, (start + hour + 60'000) / 1000.0);
    QCOMPARE(view.plot(NodeDetailView::LinkPanel)->xAxis->range().upper, (start + hour + 60'000) / 1000.0);

    // A drag with the mouse pans every plot and leaves live mode.
    const QPoint from = lag->axisRect()->center();
    QMouseEvent press(QEvent::MouseButtonPress, from, lag->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(lag, &press);
    const QPoint to = from + QPoint(300, 0);
    QMouseEvent move(QEvent::MouseMove, to, lag->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(lag, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, lag->mapToGlobal(to), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(lag, &release);
    QVERIFY(!view.isLive());
    const double panned = lag->xAxis->range().upper;
    QVERIFY(panned < (start + hour + 60'000) / 1000.0 - 60);
    QCOMPARE(view.plot(NodeDetailView::DiskPanel)->xAxis->range().upper, panned);

    // Time passes: a panned view stays where the user put it.
    fixture.clock.advance(60'000);
    view.refreshNow();
    QCOMPARE(lag->xAxis->range().upper, panned);

    // Home returns to live.
    QApplication::setActiveWindow(&view);
    QVERIFY(QTest::qWaitForWindowActive(&view));
    lag->setFocus();
    QTest::keyClick(lag, Qt::Key_Home);
    QVERIFY(view.isLive());
    view.refreshNow();
    QCOMPARE(lag->xAxis->range().upper, (start + hour + 120'000) / 1000.0);

    // Key 4 picks 24 h.
    QTest::keyClick(lag, Qt::Key_4);
    QCOMPARE(view.rangeMs(), 24 * hour);
}

void TestNodeDetailView::clusterShowsClusterSeries()
{
    Fixture fixture;
    fixture.view.showCluster(cluster);
    fixture.view.refreshNow();
    QCOMPARE(fixture.view.nodeId(), -1);
    QVERIFY(finitePoints(graphNamed(fixture.view.plot(NodeDetailView::LagPanel), QStringLiteral("cluster total"))) > 100);
    QVERIFY(finitePoints(graphNamed(fixture.view.plot(NodeDetailView::LinkPanel), QStringLiteral("brokers up"))) > 100);
    QCPGraph *urp = graphNamed(fixture.view.plot(NodeDetailView::HeapPanel), QStringLiteral("under-replicated"));
    QVERIFY(urp);
    QCOMPARE((urp->data()->constEnd() - 1)->value, 3.0);
    // Disk per broker as a share of its total.
    QCPGraph *broker3 = graphNamed(fixture.view.plot(NodeDetailView::DiskPanel), QStringLiteral("broker 3"));
    QVERIFY(broker3);
    QCOMPARE((broker3->data()->constEnd() - 1)->value, 37.5);
    QVERIFY(!graphNamed(fixture.view.plot(NodeDetailView::LinkPanel), QStringLiteral("round trip")));
}

void TestNodeDetailView::plotsFollowADarkPalette()
{
    Fixture f;
    QCustomPlot *plot = f.view.plot(NodeDetailView::DiskPanel);
    QPalette dark = f.view.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    f.view.setPalette(dark); // as the Dark theme's application palette reaches it
    QCOMPARE(plot->xAxis->tickLabelColor(), QColor(0xe8, 0xe8, 0xe8));
    QCOMPARE(plot->yAxis->basePen().color(), QColor(0xe8, 0xe8, 0xe8));
    QCOMPARE(plot->legend->textColor(), QColor(0xe8, 0xe8, 0xe8));
    // What is painted: the plot's corner (outside every axis and graph) is the dark base.
    const QImage image = plot->toPixmap(plot->width(), plot->height()).toImage();
    QCOMPARE(image.pixelColor(1, 1), QColor(0x20, 0x22, 0x25));
}

QTEST_MAIN(TestNodeDetailView)
#include "tst_nodedetailview.moc"

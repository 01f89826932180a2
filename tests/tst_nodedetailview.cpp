// The node detail: four plots on one time axis, fed from the history store; gaps stay gaps.
#include "detail/NodeDetailView.h"
#include "history/HistoryRecorder.h"
#include "history/SeriesKey.h"
#include "history/TimeSeriesStore.h"

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
};

namespace {

constexpr qint64 start = 1'700'000'000'000;
constexpr qint64 hour = 3'600'000;

// An hour of 10 s samples of every metric of edge-b broker 2, with nothing between 20 and 30 min.
void fill(TimeSeriesStore &store)
{
    using M = HistoryRecorder::Metric;
    for (qint64 t = start; t < start + hour; t += 10'000) {
        if (t >= start + 20 * 60'000 && t < start + 30 * 60'000)
            continue;
        const double minutes = (t - start) / 60'000.0;
        for (auto [metric, value] : {std::pair{M::lag, 100 + 10 * minutes}, std::pair{M::diskUsed, 1e9 + 1e6 * minutes},
                                     std::pair{M::diskTotal, 4e9}, std::pair{M::heapUsed, 1e8 + 1e6 * std::sin(minutes)},
                                     std::pair{M::heapMax, 2.56e8}, std::pair{M::rttMs, 2.0}, std::pair{M::linkUp, 1.0}}) {
            const SeriesId id = store.intern(SeriesKey::broker(QStringLiteral("edge-b"), 2, QString::fromLatin1(metric)));
            store.append(id, t, value);
        }
    }
}

// The view on that history at the end of the hour, at the benchmark's 1600x900.
struct Fixture
{
    TimeSeriesStore store;
    ManualClock clock{start + hour};
    NodeDetailView view{store, clock};

    Fixture()
    {
        fill(store);
        view.resize(1600, 900);
        view.show();
        view.showBroker(QStringLiteral("edge-b"), 2);
    }
};

} // namespace

void TestNodeDetailView::fourPlotsWithDataOnOneTimeAxis()
{
    Fixture fixture;
    NodeDetailView &view = fixture.view;
    const QCPRange axis = view.plot(NodeDetailView::LagPanel)->xAxis->range();
    for (int p = 0; p < NodeDetailView::PanelCount; ++p) {
        QCustomPlot *plot = view.plot(NodeDetailView::Panel(p));
        QVERIFY2(plot->graph(0)->dataCount() > 100, qPrintable(QString::number(p)));
        QCOMPARE(plot->xAxis->range().lower, axis.lower);
        QCOMPARE(plot->xAxis->range().upper, axis.upper);
    }
    QCOMPARE(axis.upper - axis.lower, 3600.0); // the default range: one hour, ending now
    QVERIFY(view.plot(NodeDetailView::DiskPanel)->graph(1)->dataCount() > 0);  // total beside used

    // Panning one plot pans all: one shared time axis.
    view.plot(NodeDetailView::HeapPanel)->xAxis->setRange(axis.lower - 600, axis.upper - 600);
    QCOMPARE(view.plot(NodeDetailView::LagPanel)->xAxis->range().upper, axis.upper - 600);
    QCOMPARE(view.plot(NodeDetailView::LinkPanel)->xAxis->range().upper, axis.upper - 600);
}

void TestNodeDetailView::gapDrawsNoSegment()
{
    Fixture fixture;
    NodeDetailView &view = fixture.view;
    // Every point inside the outage is NaN (QCustomPlot breaks its line there) and nothing is
    // drawn between the last point before it and the first after it.
    const QSharedPointer<QCPGraphDataContainer> data = view.plot(NodeDetailView::LagPanel)->graph(0)->data();
    const double gapFrom = (start + 20 * 60'000) / 1000.0;
    const double gapTo = (start + 30 * 60'000) / 1000.0;
    int nanInGap = 0;
    for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
        if (it->key > gapFrom + 10 && it->key < gapTo - 10) {
            QVERIFY2(std::isnan(it->value), qPrintable(QStringLiteral("a value at %1 inside the gap").arg(it->key)));
            ++nanInGap;
        }
    }
    QVERIFY(nanInGap > 0);
}

QTEST_MAIN(TestNodeDetailView)
#include "tst_nodedetailview.moc"

// The disk and heap bars take their limits from the row's cluster: the same 75 % disk is green under
// the default 80 % warning, amber under a cluster's 70 % override, red past its critical limit; heap
// turns red past 95 %.
#include "common/StatusIcons.h"
#include "overview/FractionBarDelegate.h"
#include "overview/OverviewTableModel.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace fleetscope;

class TestFractionBarDelegate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barColourFollowsTheRowsThresholds();
};

namespace {

// The colour of the bar's filled part when the delegate paints `fraction` in a 200x28 cell of `cluster`.
QColor barColour(const FractionBarDelegate &delegate, QStandardItemModel &model, const QString &cluster, double fraction)
{
    model.setItem(0, 0, new QStandardItem(cluster));
    auto *cell = new QStandardItem;
    cell->setData(fraction, OverviewTableModel::FractionRole);
    model.setItem(0, 1, cell);
    QImage image(200, 28, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.rect = image.rect();
    delegate.paint(&painter, option, model.index(0, 1));
    painter.end();
    // The track is the cell less 4 px each side and 2 px at the bottom; the bar fills it from the left.
    return image.pixelColor(10, image.height() - 4);
}

} // namespace

void TestFractionBarDelegate::barColourFollowsTheRowsThresholds()
{
    QStandardItemModel model(1, 2);
    const auto thresholdsFor = [](const QModelIndex &index) {
        HealthThresholds limits; // the fleet's: 80 % / 90 %
        if (index.siblingAtColumn(0).data().toString() == QLatin1String("edge-small")) {
            limits.diskWarning = 0.70; // a cluster's own override
            limits.diskCritical = 0.74;
        }
        return limits;
    };
    const FractionBarDelegate disk(FractionBarDelegate::Measure::Disk, thresholdsFor);
    const QColor green = StatusIcons::colorFor(LinkState::Up);
    const QColor amber = StatusIcons::colorFor(LinkState::Connecting);
    const QColor red = StatusIcons::colorFor(LinkState::Down);
    QCOMPARE(barColour(disk, model, QStringLiteral("edge-big"), 0.72), green);
    QCOMPARE(barColour(disk, model, QStringLiteral("edge-small"), 0.72), amber);
    QCOMPARE(barColour(disk, model, QStringLiteral("edge-small"), 0.75), red);
    QCOMPARE(barColour(disk, model, QStringLiteral("edge-big"), 0.85), amber);

    const FractionBarDelegate heap(FractionBarDelegate::Measure::Heap, thresholdsFor);
    QCOMPARE(barColour(heap, model, QStringLiteral("edge-big"), 0.80), green);
    QCOMPARE(barColour(heap, model, QStringLiteral("edge-big"), 0.90), amber);
    QCOMPARE(barColour(heap, model, QStringLiteral("edge-big"), 0.96), red);
}

QTEST_MAIN(TestFractionBarDelegate)
#include "tst_fractionbardelegate.moc"

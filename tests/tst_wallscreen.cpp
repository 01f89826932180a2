// The wall screen rendered offscreen: each site's tile in its state's colour with its text drawn,
// and the pages turning on their timer only while not paused.
#include "kiosk/KioskTileModel.h"
#include "kiosk/KioskTilePainter.h"
#include "health/HealthJudge.h"
#include "kiosk/WallScreen.h"

#include <QImage>
#include <QTest>

using namespace fleetscope;

namespace {

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return 1'700'000'000'000; }
};

// The wall screen shows judged rows, as the session hands them over.
QList<NodeReport> judged(QList<NodeReport> reports)
{
    for (NodeReport &r : reports)
        HealthJudge::judge(r, {});
    return reports;
}

NodeReport broker(const QString &site, double diskFraction, qint64 nowMs)
{
    NodeReport r;
    r.site = site;
    r.cluster = site + QStringLiteral("-edge");
    r.nodeId = 1;
    r.link = LinkState::Up;
    r.clusterReachable = true;
    r.sampledAtMs = nowMs - 1000;
    r.diskTotalBytes = 100 * kGiB;
    r.diskUsedBytes = qint64(diskFraction * 100 * kGiB);
    return r;
}

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// A pixel in the tile's bottom padding, where no text goes.
QColor paddingPixel(const QImage &image, const QRect &tile)
{
    const int pad = std::min(tile.width(), tile.height()) / 16;
    return image.pixelColor(tile.center().x(), tile.bottom() - pad / 2);
}

int pixelsNear(const QImage &image, const QRect &rect, QColor color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); y += 2)
        for (int x = rect.left(); x <= rect.right(); x += 2)
            if (distance(image.pixelColor(x, y), color) < 60)
                ++count;
    return count;
}

} // namespace

class TestWallScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void tilesShowTheirStateColourAndText()
    {
        FixedClock clock;
        WallScreen wall(clock);
        wall.resize(1600, 900);
        NodeReport down = broker(QStringLiteral("plant-c"), 0.5, clock.nowMs());
        down.clusterReachable = false;
        down.link = LinkState::Down;
        wall.setReports(judged({broker(QStringLiteral("plant-a"), 0.40, clock.nowMs()),
                         broker(QStringLiteral("plant-b"), 0.95, clock.nowMs()), down}));
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));

        const QImage image = wall.grab().toImage();
        const QList<QRect> rects = wall.tileRects();
        QCOMPARE(rects.size(), 3);
        const TileState expected[] = {TileState::Healthy, TileState::Critical, TileState::Unreachable};
        for (int i = 0; i < 3; ++i) {
            const QColor background = KioskTilePainter::background(expected[i]);
            const QColor seen = paddingPixel(image, rects[i]);
            // Unreachable tiles are striped: the pixel is the colour or the colour under a light stripe.
            const int tolerance = expected[i] == TileState::Unreachable ? 90 : 12;
            QVERIFY2(distance(seen, background) < tolerance,
                     qPrintable(QStringLiteral("tile %1: %2, expected %3").arg(i).arg(seen.name(), background.name())));
            // Text was drawn in the tile's foreground colour, and in quantity: large letters.
            const int ink = pixelsNear(image, rects[i], KioskTilePainter::foreground(expected[i]));
            QVERIFY2(ink > rects[i].width() * rects[i].height() / 400,
                     qPrintable(QStringLiteral("tile %1 has %2 text pixels").arg(i).arg(ink)));
        }
        // The tiles fill the screen: three sites, each at least a quarter of its width.
        QVERIFY(rects[0].width() > 1600 / 4);
        QVERIFY(rects[0].height() > 900 / 3);
    }

    void pagesTurnOnTheTimerUntilPaused()
    {
        FixedClock clock;
        WallScreen wall(clock);
        wall.resize(800, 600);
        QList<NodeReport> reports;
        for (int i = 0; i < 12; ++i)
            reports.append(broker(QStringLiteral("site-%1").arg(i, 2, 10, QLatin1Char('0')), i < 5 ? 0.95 : 0.3, clock.nowMs()));
        wall.setCycleIntervalMs(50);
        wall.setReports(judged(reports));
        wall.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wall));

        QVERIFY2(wall.capacity() < 12, "the test needs more sites than fit");
        const int perPage = wall.capacity() - 1; // one place for the healthy summary
        QCOMPARE(wall.pages().size(), (5 + perPage - 1) / perPage);
        QVERIFY(wall.pages().size() > 1);
        for (const KioskPage &page : wall.pages()) {
            QCOMPARE(page.healthySummary, 7);
            for (int row : page.rows)
                QVERIFY2(row < 5, "a healthy site is on a page of problems");
        }
        QTRY_VERIFY_WITH_TIMEOUT(wall.currentPage() == 1, 2000);

        QTest::keyClick(&wall, Qt::Key_Space);
        QVERIFY(wall.isPaused());
        const int page = wall.currentPage();
        QTest::qWait(300);
        QCOMPARE(wall.currentPage(), page);
        QTest::keyClick(&wall, Qt::Key_Right);
        QCOMPARE(wall.currentPage(), (page + 1) % int(wall.pages().size()));
    }
};

QTEST_MAIN(TestWallScreen)
#include "tst_wallscreen.moc"

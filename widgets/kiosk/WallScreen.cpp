#include "kiosk/WallScreen.h"

#include "kiosk/KioskTileModel.h"
#include "kiosk/KioskTilePainter.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QPainter>
#include <QTime>

#include <algorithm>

namespace fleetscope {

namespace {

// Columns and rows for n tiles in an area: the layout whose tiles come closest to 16:10 at the
// largest size.
QSize gridFor(int n, const QSize &area)
{
    QSize best(1, std::max(1, n));
    double bestScore = -1;
    for (int columns = 1; columns <= std::max(1, n); ++columns) {
        const int rows = (n + columns - 1) / columns;
        const double w = double(area.width()) / columns;
        const double h = double(area.height()) / std::max(1, rows);
        const double score = std::min(w / 1.6, h);
        if (score > bestScore) {
            bestScore = score;
            best = QSize(columns, std::max(1, rows));
        }
    }
    return best;
}

} // namespace

WallScreen::WallScreen(const Clock &clock, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_model(new KioskTileModel(this))
{
    setWindowTitle(tr("Fleetscope — Wall screen"));
    setAutoFillBackground(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    m_cycle.setInterval(10'000);
    connect(&m_cycle, &QTimer::timeout, this, &WallScreen::nextPage);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { repage(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { repage(); });
}

void WallScreen::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void WallScreen::setReports(const QList<NodeReport> &reports)
{
    m_model->setReports(reports, m_clock.nowMs());
    update(); // the clock in the band moves on even when no tile changed
}

int WallScreen::bandHeight() const
{
    return std::max(24, height() / 18);
}

QRect WallScreen::tileArea() const
{
    const int band = bandHeight();
    return rect().adjusted(band / 2, band, -band / 2, -band);
}

int WallScreen::capacity() const
{
    const QSize area = tileArea().size();
    const QSize min = minimumTileSize();
    return std::max(1, area.width() / min.width()) * std::max(1, area.height() / min.height());
}

void WallScreen::repage()
{
    const QList<KioskPage> pages = KioskPager::pages(m_model->tiles(), capacity());
    if (pages.size() != m_pages.size())
        m_page = 0;
    m_pages = pages;
    m_page = std::clamp(m_page, 0, int(m_pages.size()) - 1);
    const bool cycling = m_pages.size() > 1 && !m_paused;
    if (cycling && !m_cycle.isActive())
        m_cycle.start();
    else if (!cycling)
        m_cycle.stop();
    update();
}

void WallScreen::setPaused(bool paused)
{
    m_paused = paused;
    repage();
}

void WallScreen::nextPage()
{
    if (m_pages.isEmpty())
        return;
    m_page = (m_page + 1) % int(m_pages.size());
    update();
}

void WallScreen::previousPage()
{
    if (m_pages.isEmpty())
        return;
    m_page = (m_page + int(m_pages.size()) - 1) % int(m_pages.size());
    update();
}

QList<QRect> WallScreen::tileRects() const
{
    if (m_pages.isEmpty())
        return {};
    const KioskPage &page = m_pages.at(m_page);
    const int count = int(page.rows.size()) + (page.healthySummary > 0 ? 1 : 0);
    const QRect area = tileArea();
    const QSize grid = gridFor(count, area.size());
    const int gap = std::max(6, area.width() / 100);
    const int w = (area.width() - gap * (grid.width() - 1)) / grid.width();
    const int h = (area.height() - gap * (grid.height() - 1)) / grid.height();
    QList<QRect> rects;
    for (int i = 0; i < count; ++i) {
        const int column = i % grid.width();
        const int row = i / grid.width();
        rects.append(QRect(area.left() + column * (w + gap), area.top() + row * (h + gap), w, h));
    }
    return rects;
}

void WallScreen::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x12, 0x14, 0x17));
    const QList<QRect> rects = tileRects();
    const KioskPage page = m_pages.value(m_page);
    for (int i = 0; i < page.rows.size() && i < rects.size(); ++i)
        KioskTilePainter::paintTile(painter, rects[i], m_model->tiles().at(page.rows[i]));
    if (page.healthySummary > 0 && rects.size() > page.rows.size())
        KioskTilePainter::paintHealthySummary(painter, rects.last(), page.healthySummary);

    const int band = bandHeight();
    QFont font = painter.font();
    font.setPixelSize(band * 55 / 100);
    painter.setFont(font);
    painter.setPen(QColor(0xc8, 0xcc, 0xd0));
    const QRect top(band / 2, 0, width() - band, band);
    const int problems = m_model->problemCount();
    const QString summary = problems > 0 ? tr("%n site(s) with problems", "", problems) : tr("all sites healthy");
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, m_title.isEmpty() ? summary : m_title + QStringLiteral(" · ") + summary);
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).time(), QLocale::ShortFormat));
    const QRect bottom(band / 2, height() - band, width() - band, band);
    QStringList footer;
    if (m_pages.size() > 1)
        footer.append(m_paused ? tr("page %1 of %2 · paused").arg(m_page + 1).arg(m_pages.size())
                               : tr("page %1 of %2").arg(m_page + 1).arg(m_pages.size()));
    footer.append(m_pages.size() > 1 ? tr("Space pauses · ← → pages · Esc leaves") : tr("Esc leaves"));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, footer.join(QStringLiteral("   ")));
}

void WallScreen::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        Q_EMIT left();
        return;
    case Qt::Key_Space:
        setPaused(!m_paused);
        return;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        nextPage();
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previousPage();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WallScreen::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    repage();
}

} // namespace fleetscope

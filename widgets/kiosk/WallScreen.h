#pragma once

#include "core/Clock.h"
#include "health/NodeReport.h"
#include "kiosk/KioskPager.h"

#include <QTimer>
#include <QWidget>

namespace fleetscope {

class KioskTileModel;

// The wall screen: one large tile per site on a dark background, the worst first when they do not
// all fit (then the pages cycle through the sites with problems on a timer; Space pauses, the arrow
// keys turn pages, Esc leaves).
class WallScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit WallScreen(const Clock &clock, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setReports(const QList<NodeReport> &reports);

    KioskTileModel *model() const { return m_model; }
    // Smallest tile still readable from three metres, in device-independent pixels.
    static QSize minimumTileSize() { return {360, 220}; }
    int capacity() const;
    const QList<KioskPage> &pages() const { return m_pages; }
    int currentPage() const { return m_page; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void setCycleIntervalMs(int ms) { m_cycle.setInterval(ms); }
    void nextPage();
    void previousPage();
    // The rectangles of the current page's tiles, in the order of pages()[currentPage()].rows (and
    // the healthy summary last, if there is one).
    QList<QRect> tileRects() const;

Q_SIGNALS:
    void left(); // Esc

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void repage();
    QRect tileArea() const;
    int bandHeight() const;

    const Clock &m_clock;
    KioskTileModel *m_model;
    QString m_title;
    QList<KioskPage> m_pages;
    int m_page = 0;
    bool m_paused = false;
    QTimer m_cycle;
};

} // namespace fleetscope

#include "main/ScreenshotTaker.h"

#include "main/MainWindow.h"
#include "kiosk/WallScreen.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTextStream>

#include <cstdio>

namespace fleetscope {

ScreenshotTaker::ScreenshotTaker(MainWindow &window, QString outputPath, QString view, int timeoutMs, QObject *parent)
    : QObject(parent), m_window(window), m_outputPath(std::move(outputPath)), m_view(std::move(view))
{
    connect(&m_window, &MainWindow::snapshotApplied, this, &ScreenshotTaker::onSnapshot);
    connect(&m_window, &MainWindow::fleetFileFailed, this, [this] { take(); });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ScreenshotTaker::take);
    m_deadline.start(timeoutMs);
    // A moment for the last rows to lay out and paint before the grab.
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, &ScreenshotTaker::take);
}

void ScreenshotTaker::onSnapshot(const ClusterSnapshot &snapshot)
{
    const bool live = snapshot.reachable && !snapshot.brokers.isEmpty()
        && std::all_of(snapshot.brokers.cbegin(), snapshot.brokers.cend(),
                       [](const BrokerStatus &b) { return b.link.has_value() && b.state != LinkState::Unknown; });
    if (live)
        m_live.insert(snapshot.cluster);
    int clusters = 0;
    for (const SiteConfig &site : m_window.fleet().sites)
        clusters += int(site.clusters.size());
    if (m_live.size() >= clusters && !m_settle.isActive())
        m_settle.start();
}

void ScreenshotTaker::take()
{
    if (m_taken)
        return;
    if (m_view.startsWith(QLatin1String("node:")) && !m_prepared) {
        m_prepared = true;
        const QString node = m_view.mid(5);
        const int slash = node.lastIndexOf(QLatin1Char('/'));
        if (slash > 0 && m_window.showNodeDetail(node.left(slash), node.mid(slash + 1).toInt())) {
            m_settle.start(1000); // the plots replot on their own timer
            return;
        }
        QTextStream(stderr) << QStringLiteral("No broker %1 to show; taking the overview\n").arg(node);
    }
    if (m_view == QLatin1String("kiosk") && !m_prepared) {
        m_prepared = true;
        m_window.showWallScreen();
        m_settle.start(1000); // the tiles are rebuilt with the next reports
        return;
    }
    m_taken = true;
    QWidget *shown = m_view == QLatin1String("kiosk") && m_window.wallScreen() ? static_cast<QWidget *>(m_window.wallScreen())
                                                                               : &m_window;
    const bool saved = shown->grab().save(m_outputPath, "PNG");
    QTextStream(stderr) << (saved ? QStringLiteral("Screenshot written to %1\n").arg(m_outputPath)
                                  : QStringLiteral("Could not write the screenshot to %1\n").arg(m_outputPath));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace fleetscope

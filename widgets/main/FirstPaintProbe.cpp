#include "main/FirstPaintProbe.h"

#include "main/MainWindow.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

#include <ctime>
#include <unistd.h>

namespace fleetscope {

namespace {

// Milliseconds since this process started, or -1 where /proc is not there.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" that ends the name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return qint64((double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startSeconds) * 1000.0);
}

} // namespace

FirstPaintProbe::FirstPaintProbe(MainWindow &window, QObject *parent) : QObject(parent), m_window(window)
{
    qApp->installEventFilter(this);
    connect(&m_window, &MainWindow::fleetShown, this, [this] { m_fleetShown = true; });
    // A fleet file that never loads must not leave the benchmark hanging.
    QTimer::singleShot(30'000, this, [this] { report("timed out before the overview was painted"); QCoreApplication::exit(1); });
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Paint || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != &m_window)
        return false;
    if (!m_windowPainted) {
        m_windowPainted = true;
        report("first paint of the window");
    }
    if (m_fleetShown && m_window.overviewTable() && widget == m_window.overviewTable()->viewport()
        && m_window.overviewTable()->model()->rowCount() > 0) {
        report("first paint of the overview with the fleet's rows");
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
    return false;
}

void FirstPaintProbe::report(const char *what)
{
    QTextStream(stdout) << what << ": " << msSinceProcessStart() << " ms after process start (wall clock "
                        << QDateTime::currentMSecsSinceEpoch() << " ms)" << Qt::endl;
}

} // namespace fleetscope

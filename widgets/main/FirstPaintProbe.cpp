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

struct ProcessTimes
{
    qint64 sinceStartMs = -1; // wall time since the process started
    qint64 cpuMs = -1;        // user + system time of all its threads: what a busy machine cannot inflate
};

// From /proc/self/stat, in clock ticks (10 ms); -1 where /proc is not there.
ProcessTimes processTimes()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // Fields counted from after the ")" that ends the command name: utime is 14, stime 15, starttime 22.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return {};
    const double tick = double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    ProcessTimes times;
    times.sinceStartMs = qint64((double(now.tv_sec) + double(now.tv_nsec) / 1e9 - fields.at(19).toDouble() / tick) * 1000.0);
    times.cpuMs = qint64((fields.at(11).toDouble() + fields.at(12).toDouble()) / tick * 1000.0);
    return times;
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
    const ProcessTimes times = processTimes();
    QTextStream(stdout) << what << ": " << times.sinceStartMs << " ms after process start, " << times.cpuMs
                        << " ms CPU (wall clock " << QDateTime::currentMSecsSinceEpoch() << " ms)" << Qt::endl;
}

} // namespace fleetscope

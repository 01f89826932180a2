#pragma once

#include <QObject>

namespace fleetscope {

class MainWindow;

// For the start-up benchmark: FLEETSCOPE_EXIT_AFTER_FIRST_PAINT=1 makes fleetscope print how long
// after process start the window was first painted, and the overview first painted with the fleet's
// rows, then quit. Times (wall since start, and CPU of all threads, which a busy machine does not
// inflate) come from /proc/self/stat in 10 ms ticks; the wall clock is printed too, so a
// script can subtract its own start time for finer figures.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *environmentVariable = "FLEETSCOPE_EXIT_AFTER_FIRST_PAINT";

    explicit FirstPaintProbe(MainWindow &window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const char *what);

    MainWindow &m_window;
    bool m_windowPainted = false;
    bool m_fleetShown = false;
};

} // namespace fleetscope

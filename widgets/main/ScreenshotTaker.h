#pragma once

#include "collect/ClusterSnapshot.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

class QWidget;

namespace fleetscope {

class MainWindow;

// `fleetscope --screenshot OUT.png FLEET.yaml`: waits until every cluster has answered with live
// broker data (or a time limit passes), renders the window to a PNG and quits with 0, or 1 if it
// could not write the file.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT

public:
    // view: "overview" (the default), "node:CLUSTER/NODE_ID", e.g. "node:edge-b/2", or "kiosk" (the wall screen).
    ScreenshotTaker(MainWindow &window, QString outputPath, QString view, int timeoutMs, QObject *parent = nullptr);

private:
    void onSnapshot(const ClusterSnapshot &snapshot);
    void take();

    MainWindow &m_window;
    QString m_outputPath;
    QString m_view;
    bool m_prepared = false;
    QSet<QString> m_live; // clusters whose every broker reported a link state
    QTimer m_deadline;
    QTimer m_settle;
    bool m_taken = false;
};

} // namespace fleetscope

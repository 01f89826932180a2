#pragma once

#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace fleetscope {

class CollectionEngine;
class DemoFleetLauncher;
class FleetTreeModel;
class HistoryService;
class NodeDetailView;
class OverviewFilterModel;
class OverviewTableModel;
class ReconfigController;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // history: where snapshots are recorded; may be null (tests, or no history wanted).
    explicit MainWindow(const Clock &clock, HistoryService *history = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Reads and checks the file off the GUI thread, then shows the fleet or says what is wrong.
    void openFleetFile(const QString &path);
    void showFleet(const Fleet &fleet);
    // Selects a broker in the overview and shows its plots; false if it is not (yet) there.
    bool showNodeDetail(const QString &cluster, int nodeId);

    QTreeView *fleetTree() const { return m_tree; }
    FleetTreeModel *fleetModel() const { return m_model.get(); }
    QTableView *overviewTable() const { return m_table; }
    OverviewTableModel *overviewModel() const { return m_overview; }
    NodeDetailView *detailView() const { return m_detail; } // null without history
    const Fleet &fleet() const { return m_fleet; }
    ReconfigController *reconfig() const { return m_reconfig; }

Q_SIGNALS:
    void fleetShown();
    void fleetFileFailed(const QString &message);
    void snapshotApplied(const fleetscope::ClusterSnapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    QWidget *createFleetPage();
    void refreshReports();
    void onTreeSelection();
    void onOverviewSelection();
    void chooseFleetFile();
    void startDemoFleet();
    void onSnapshot(const ClusterSnapshot &snapshot);
    void updateStatusBar();
    void showAbout();
    void showReconfigContextMenu(QWidget *view, const QPoint &pos); // the Reconfigure entries for the selection

    const Clock &m_clock;
    HistoryService *m_history;
    Fleet m_fleet;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_fleetPage;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QTableView *m_table;
    OverviewTableModel *m_overview;
    OverviewFilterModel *m_overviewFilter;
    NodeDetailView *m_detail = nullptr;
    std::unique_ptr<FleetTreeModel> m_model;
    QHash<QString, ClusterSnapshot> m_latest;
    std::unique_ptr<CollectionEngine> m_engine;
    DemoFleetLauncher *m_demo;
    QLabel *m_activity;
    QLabel *m_lastError;
    QTimer *m_ageTimer;
    ReconfigController *m_reconfig; // the Reconfigure menu and its forms (issue 5)
    QTimer *m_reportsTimer; // coalesces snapshots: one overview rebuild per burst, not one per cluster
};

} // namespace fleetscope

#pragma once

#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "health/HealthThresholds.h"
#include "health/NodeReport.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace fleetscope {

class AlertService;
class AlertsPanel;
class ClusterDetailView;
class FleetSession;
class CredentialResolver;
class KeychainCredentialStore;
class DemoFleetLauncher;
class FleetTreeModel;
class HistoryService;
class NodeDetailView;
class OverviewFilterModel;
class OverviewTableModel;
class Theme;
class WallScreen;
class ReconfigController;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The session owns the fleet's data, history and alerts; the window lays out its views, which
    // show what the session reports. Without history there are no plots, without alerts no dock.
    explicit MainWindow(FleetSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Reads and checks the file off the GUI thread, then shows the fleet or says what is wrong.
    void openFleetFile(const QString &path);
    void showFleet(const Fleet &fleet);
    // Selects a broker in the overview and shows its plots; false if it is not (yet) there.
    bool showNodeDetail(const QString &cluster, int nodeId);
    AlertsPanel *alertsPanel() const { return m_alertsPanel; } // null without alerts

    QTreeView *fleetTree() const { return m_tree; }
    FleetTreeModel *fleetModel() const { return m_model.get(); }
    QTableView *overviewTable() const { return m_table; }
    QLineEdit *overviewFilter() const { return m_filter; }
    OverviewTableModel *overviewModel() const { return m_overview; }
    NodeDetailView *detailView() const { return m_detail; } // null without history
    ClusterDetailView *clusterDetailView() const { return m_clusterDetail; } // shown when a cluster is selected
    // The full-screen wall of site tiles (View -> Wall Screen, F11; Esc leaves).
    void showWallScreen();
    void leaveWallScreen();
    WallScreen *wallScreen() const { return m_wallScreen; } // null until first shown
    const Fleet &fleet() const;
    FleetSession &session() const { return m_session; }
    ReconfigController *reconfig() const { return m_reconfig; }

Q_SIGNALS:
    void fleetShown();
    void fleetFileFailed(const QString &message);
    void snapshotApplied(const fleetscope::ClusterSnapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    QWidget *createFleetPage();
    void onReports(const QList<NodeReport> &reports);
    void createAlertsDock();
    void onTreeSelection();
    void onOverviewSelection();
    void chooseFleetFile();
    void startDemoFleet();
    void onSnapshot(const ClusterSnapshot &snapshot);
    void updateStatusBar();
    void showAbout();
    // Field ergonomics (MainWindowView.cpp): the View menu, keyboard focus, theme, remembered layout.
    void createViewMenu();
    void setOverviewMode(int mode);
    void focusDetail();
    void restoreLayout();
    void saveLayout();
    void restoreSelection();
    void showFleetLoading(const QString &path);
    void endFleetLoading(const QString &status);
    // The limits of one cluster: the fleet's, or its own overrides.
    HealthThresholds thresholdsFor(const QString &cluster) const;
    void applyThresholds();
    QMenu *viewMenu() const { return m_viewMenu; } // made by createViewMenu; others add their views to it
    void showReconfigContextMenu(QWidget *view, const QPoint &pos); // the Reconfigure entries for the selection

    FleetSession &m_session;
    const Clock &m_clock;
    HistoryService *m_history;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    QSplitter *m_fleetPage;
    QTreeView *m_tree;
    QLineEdit *m_filter;
    QTableView *m_table;
    OverviewTableModel *m_overview;
    OverviewFilterModel *m_overviewFilter;
    NodeDetailView *m_detail = nullptr;
    ClusterDetailView *m_clusterDetail;
    WallScreen *m_wallScreen = nullptr;
    std::unique_ptr<FleetTreeModel> m_model;
    DemoFleetLauncher *m_demo;
    QLabel *m_activity;
    QLabel *m_lastError;
    QTimer *m_ageTimer;
    ReconfigController *m_reconfig; // the Reconfigure menu and its forms (issue 5)
    QSplitter *m_rightSplitter = nullptr; // overview above, node detail below
    QComboBox *m_rowsBy = nullptr;        // one row per broker or per cluster
    QActionGroup *m_rowsByActions = nullptr;
    Theme *m_theme = nullptr;
    QActionGroup *m_themeActions = nullptr;
    QProgressBar *m_loadingBar = nullptr; // reading a fleet file: busy bar and Cancel in the status bar
    QPushButton *m_loadingCancel = nullptr;
    QObject *m_loading = nullptr;         // the running read; deleted (and its result ignored) on cancel
    std::pair<QString, int> m_pendingSelection; // cluster, node to select once its row is there
    QMenu *m_viewMenu = nullptr;
    AlertsPanel *m_alertsPanel = nullptr;
    KeychainCredentialStore *m_keychain;
    CredentialResolver *m_credentials;
    QMenu *m_forgetMenu = nullptr;
    void rebuildForgetMenu();
};

} // namespace fleetscope

#include "main/MainWindow.h"

#include "alerts/Alert.h"
#include "alerts/AlertNotifier.h"
#include "alerts/AlertService.h"
#include "alerts/AlertsPanel.h"
#include "cluster/ClusterDetailView.h"
#include "core/Logging.h"
#include "detail/NodeDetailView.h"
#include "fleet/DemoFleetLauncher.h"
#include "fleet/FleetFileParser.h"
#include "fleet/FleetTreeModel.h"
#include "health/NodeReport.h"
#include "session/FleetSession.h"
#include "history/HistoryService.h"
#include "kiosk/WallScreen.h"
#include "overview/FractionBarDelegate.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewTableModel.h"
#include "overview/SparklineDelegate.h"
#include "main/Theme.h"
#include "security/CredentialResolver.h"
#include "security/KeychainCredentialStore.h"
#include "reconfig/ReconfigController.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QGuiApplication>
#include <QScreen>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

MainWindow::MainWindow(FleetSession &session, QWidget *parent)
    : QMainWindow(parent),
      m_session(session),
      m_clock(session.clock()),
      m_history(session.history()),
      m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomePage(DemoFleetLauncher::fleetTool().has_value(), this)),
      m_fleetPage(new QSplitter(Qt::Horizontal, this)),
      m_tree(new QTreeView(this)),
      m_filter(new QLineEdit(this)),
      m_table(new QTableView(this)),
      m_overview(new OverviewTableModel(m_clock, this)),
      m_overviewFilter(new OverviewFilterModel(this)),
      m_clusterDetail(new ClusterDetailView(m_clock, this)),
      m_demo(new DemoFleetLauncher(this)),
      m_activity(new QLabel(this)),
      m_lastError(new QLabel(this)),
      m_ageTimer(new QTimer(this)),
      m_reconfig(new ReconfigController(this)),
      m_theme(new Theme(this)),
      m_keychain(new KeychainCredentialStore(this)),
      m_credentials(new CredentialResolver(*m_keychain, this, this))
{
    connect(m_credentials, &CredentialResolver::resolved, this, &MainWindow::showFleet);
    connect(m_keychain, &KeychainCredentialStore::keychainUnavailable, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 15000); });
    connect(m_keychain, &KeychainCredentialStore::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    setWindowTitle(tr("Fleetscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetscope.svg")));

    m_pages->addWidget(m_welcome);
    m_pages->addWidget(createFleetPage());
    setCentralWidget(m_pages);

    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_activity);
    statusBar()->addWidget(m_lastError, 1);
    m_activity->setText(tr("No fleet open"));
    m_loadingBar = new QProgressBar(this);
    m_loadingBar->setRange(0, 0); // busy: a fleet file has no meaningful percentage
    m_loadingBar->setMaximumWidth(120);
    m_loadingCancel = new QPushButton(tr("Cancel"), this);
    m_loadingCancel->setToolTip(tr("Stop reading the fleet file (Esc)"));
    m_loadingCancel->setShortcut(Qt::Key_Escape);
    statusBar()->addPermanentWidget(m_loadingBar);
    statusBar()->addPermanentWidget(m_loadingCancel);
    m_loadingBar->hide();
    m_loadingCancel->hide();
    connect(m_loadingCancel, &QPushButton::clicked, this, [this] { endFleetLoading(tr("Reading the fleet file was cancelled")); });

    createMenus();

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseFleetFile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemoFleet);
    connect(m_welcome, &WelcomePage::demoCancelRequested, m_demo, &DemoFleetLauncher::cancel);
    connect(m_demo, &DemoFleetLauncher::progress, m_welcome, &WelcomePage::showDemoProgress);
    connect(m_demo, &DemoFleetLauncher::succeeded, this, [this](const QString &path) {
        m_welcome->setDemoRunning(false);
        openFleetFile(path);
    });
    connect(m_welcome, &WelcomePage::demoCancelRequested, this,
            [this] { m_welcome->showDemoProgress(tr("Stopping what the demo fleet had started…")); });
    connect(m_demo, &DemoFleetLauncher::cancelled, this, [this] {
        m_welcome->setDemoRunning(false);
        m_welcome->showDemoProgress(tr("The demo fleet was not started."));
    });
    connect(m_demo, &DemoFleetLauncher::failed, this, [this](const QString &message) {
        m_welcome->setDemoRunning(false);
        m_welcome->showError(message);
    });

    // Ages move on even when no data arrives: that is how a stale node shows that it is stale. The
    // session judges again once a second by itself; the views' ages follow here.
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->refreshAges();
        m_overview->refreshAges();
        m_overview->refreshSparklines(); // once per tick, for the rows whose data moved on
    });

    connect(&m_session, &FleetSession::snapshotArrived, this, &MainWindow::onSnapshot);
    connect(&m_session, &FleetSession::reportsChanged, this, &MainWindow::onReports);
    connect(&m_session, &FleetSession::activityChanged, this, &MainWindow::updateStatusBar);
    connect(&m_session, &FleetSession::snapshotArrived, m_reconfig, &ReconfigController::noteSnapshot);
    if (m_session.alerts())
        createAlertsDock();

    if (m_history)
        connect(m_history, &HistoryService::failed, this, [this](const QString &message) {
            m_lastError->setText(message);
        });

    restoreLayout();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createFleetPage()
{
    m_tree->setUniformRowHeights(true); // cheap layout for thousands of rows
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setObjectName(QStringLiteral("fleetTree"));

    m_overviewFilter->setSourceModel(m_overview);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(m_overviewFilter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OverviewTableModel::StateColumn, Qt::DescendingOrder); // worst first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // Fixed widths: ResizeToContents on a live table costs tens of ms per update.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{7, 7, 4, 16, 6, 6, 10, 7, 7, 7, 8, 7}; // State fits "broker down, last seen 4 min ago"
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c] * em);
    // The bars use the limits of each row's cluster, the same ones the alerts use.
    const auto rowThresholds = [this](const QModelIndex &index) {
        return thresholdsFor(index.siblingAtColumn(OverviewTableModel::ClusterColumn).data().toString());
    };
    m_table->setItemDelegateForColumn(OverviewTableModel::DiskColumn,
                                      new FractionBarDelegate(FractionBarDelegate::Measure::Disk, rowThresholds, this));
    m_table->setItemDelegateForColumn(OverviewTableModel::HeapColumn,
                                      new FractionBarDelegate(FractionBarDelegate::Measure::Heap, rowThresholds, this));
    m_table->setItemDelegateForColumn(OverviewTableModel::LagColumn, new SparklineDelegate(this));
    if (m_history)
        m_overview->setHistory(&m_history->store());

    m_filter->setObjectName(QStringLiteral("overviewFilter"));
    m_filter->setPlaceholderText(tr("Filter: words, tag:eu, state:down, site:, cluster:, node:, severity: (Ctrl+F)"));
    m_filter->setToolTip(tr("<p>Every word must match a row. A plain word is looked for in the site, cluster, node, "
                            "tags, state and severity; a term matches one field:</p>"
                            "<p><b>tag:</b>eu &nbsp; <b>state:</b>up|down|unreachable|stale|connecting|unknown|waiting "
                            "&nbsp; <b>severity:</b>healthy|warning|critical &nbsp; <b>site:</b>munich &nbsp; "
                            "<b>cluster:</b>edge &nbsp; <b>node:</b>2</p><p>A leading minus negates: <b>-state:up</b></p>"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_overviewFilter, &OverviewFilterModel::setFilterWords);
    m_rowsBy = new QComboBox(this);
    m_rowsBy->setObjectName(QStringLiteral("overviewRows"));
    m_rowsBy->addItem(tr("One row per broker"), int(OverviewTableModel::Mode::Brokers));
    m_rowsBy->addItem(tr("One row per cluster"), int(OverviewTableModel::Mode::Clusters));
    m_rowsBy->setToolTip(tr("Show every broker, or each cluster at its worst (Ctrl+Shift+B, Ctrl+Shift+C)"));
    connect(m_rowsBy, &QComboBox::activated, this, [this](int i) { setOverviewMode(m_rowsBy->itemData(i).toInt()); });

    auto *overview = new QWidget(this);
    auto *column = new QVBoxLayout(overview);
    column->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_rowsBy);
    column->addLayout(filterRow);
    column->addWidget(m_table);
    auto *right = m_rightSplitter = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("overviewSplitter"));
    right->addWidget(overview);
    if (m_history) {
        m_detail = new NodeDetailView(m_history->store(), m_clock, this);
        m_detail->setObjectName(QStringLiteral("nodeDetail"));
        m_detail->hide(); // until a broker is selected
        right->addWidget(m_detail);
        right->setSizes({300, 500});
    }
    m_clusterDetail->setObjectName(QStringLiteral("clusterDetail"));
    m_clusterDetail->hide(); // until a cluster is selected
    right->addWidget(m_clusterDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onOverviewSelection);

    m_fleetPage->addWidget(m_tree);
    m_fleetPage->addWidget(right);
    m_fleetPage->setStretchFactor(0, 2);
    m_fleetPage->setStretchFactor(1, 5);
    m_fleetPage->setSizes({340, 1026}); // at 1366 px the overview gets the room it needs
    m_fleetPage->setObjectName(QStringLiteral("fleetPage"));
    // Tab goes tree -> filter -> rows -> table -> plots.
    setTabOrder(m_tree, m_filter);
    setTabOrder(m_filter, m_rowsBy);
    setTabOrder(m_rowsBy, m_table);
    return m_fleetPage;
}

void MainWindow::onTreeSelection()
{
    const QModelIndexList selected = m_tree->selectionModel()->selectedRows();
    const QModelIndex current = selected.isEmpty() ? QModelIndex() : selected.first();
    QString site;
    QString cluster;
    if (current.isValid()) {
        const int kind = current.data(FleetTreeModel::KindRole).toInt();
        if (kind == FleetTreeModel::SiteKind)
            site = current.siblingAtColumn(0).data().toString();
        else
            cluster = current.data(FleetTreeModel::ClusterNameRole).toString();
    }
    m_overviewFilter->setScope(site, cluster);
    const int kind = current.isValid() ? current.data(FleetTreeModel::KindRole).toInt() : -1;
    if (m_detail && (kind == FleetTreeModel::BrokerKind || kind == FleetTreeModel::ClusterKind))
        m_detail->setThresholds(thresholdsFor(cluster));
    if (m_detail && kind == FleetTreeModel::BrokerKind) {
        m_detail->showBroker(cluster, current.data(FleetTreeModel::NodeIdRole).toInt());
        m_detail->show();
    }
    m_clusterDetail->setVisible(kind == FleetTreeModel::ClusterKind);
    if (kind == FleetTreeModel::ClusterKind) {
        // The cluster's tables, and below them its history: group lag, disks, partitions, brokers up.
        if (m_detail) {
            m_detail->showCluster(cluster);
            m_detail->show();
        }
        const ClusterConfig *config = fleet().findCluster(cluster);
        if (config)
            m_clusterDetail->setClusterConfig(*config);
        m_clusterDetail->showCluster(cluster, config ? config->pollInterval.count() : 10000);
        m_clusterDetail->setThresholds(thresholdsFor(cluster));
        if (const auto latest = m_session.latest().constFind(cluster); latest != m_session.latest().cend())
            m_clusterDetail->applySnapshot(*latest);
    }
}

bool MainWindow::showNodeDetail(const QString &cluster, int nodeId)
{
    const int row = m_overview->rowOf(cluster, nodeId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_overviewFilter->mapFromSource(m_overview->index(row, 0)));
    return m_detail != nullptr;
}

void MainWindow::onOverviewSelection()
{
    const QModelIndex current = m_overviewFilter->mapToSource(m_table->currentIndex());
    if (!m_detail || !current.isValid())
        return;
    const NodeReport &report = m_overview->report(current.row());
    if (report.nodeId < 0)
        return;
    m_detail->showBroker(report.cluster, report.nodeId);
    m_detail->show();
}

const Fleet &MainWindow::fleet() const
{
    return m_session.fleet();
}

// Every view shows the session's judgement: the overview, the tree's Health column, the cluster
// view's line and the wall screen take the same reports.
void MainWindow::onReports(const QList<NodeReport> &reports)
{
    if (!m_session.isOpen())
        return;
    m_overview->setReports(reports);
    if (m_model)
        m_model->setReports(reports);
    m_clusterDetail->setReports(reports);
    if (!m_pendingSelection.first.isEmpty())
        restoreSelection();
    if (m_wallScreen && m_wallScreen->isVisible())
        m_wallScreen->setReports(reports);
}

// The limits of each cluster, so that the bars and level lines say what the judge says.
HealthThresholds MainWindow::thresholdsFor(const QString &cluster) const
{
    return m_session.thresholdsFor(cluster);
}

// The limits drawn as bars and level lines follow the thresholds of the cluster they belong to.
void MainWindow::applyThresholds()
{
    m_table->viewport()->update();
    if (!m_clusterDetail->cluster().isEmpty())
        m_clusterDetail->setThresholds(thresholdsFor(m_clusterDetail->cluster()));
    if (m_detail && !m_detail->cluster().isEmpty())
        m_detail->setThresholds(thresholdsFor(m_detail->cluster()));
}

void MainWindow::createAlertsDock()
{
    AlertService *alerts = m_session.alerts();
    connect(&m_session, &FleetSession::thresholdsChanged, this, &MainWindow::applyThresholds);
    m_alertsPanel = new AlertsPanel(*alerts, m_clock, this);
    auto *dock = new QDockWidget(tr("Alerts"), this);
    dock->setObjectName(QStringLiteral("alertsDock"));
    dock->setWidget(m_alertsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(tr("&Alerts"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    viewMenu()->addAction(toggle);
    auto *notifier = new AlertNotifier(this);
    connect(alerts, &AlertService::raised, notifier, &AlertNotifier::notify);
    connect(notifier, &AlertNotifier::activated, dock, [this, dock] {
        dock->show();
        dock->raise();
        activateWindow();
    });
    connect(alerts, &AlertService::failed, m_lastError, &QLabel::setText);
    // The tray's icon says how the fleet is, as the judge says it.
    connect(&m_session, &FleetSession::reportsChanged, notifier, &AlertNotifier::showFleetHealth);
}

void MainWindow::showWallScreen()
{
    if (!m_wallScreen) {
        m_wallScreen = new WallScreen(m_clock, this);
        m_wallScreen->setWindowFlag(Qt::Window); // a window of its own, full screen
        connect(m_wallScreen, &WallScreen::left, this, &MainWindow::leaveWallScreen);
    }
    m_wallScreen->setTitle(QFileInfo(fleet().sourcePath).fileName());
    // The whole screen even where no window manager applies "full screen" (a bare X server, a kiosk).
    if (QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen())
        m_wallScreen->setGeometry(screen->geometry());
    m_wallScreen->showFullScreen();
    m_wallScreen->activateWindow();
    if (m_session.isOpen())
        m_wallScreen->setReports(m_session.reports()); // the same reports as the overview, alerts folded in
}

void MainWindow::leaveWallScreen()
{
    if (m_wallScreen)
        m_wallScreen->hide();
    if (!isVisible()) // started as a kiosk: the window is what is left
        show();
}

void MainWindow::chooseFleetFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Fleet File"), QString(),
                                                      tr("Fleet files (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFleetFile(path);
}

void MainWindow::startDemoFleet()
{
    m_pages->setCurrentWidget(m_welcome);
    m_welcome->setDemoRunning(true);
    m_welcome->showDemoProgress(tr("Starting Kafka brokers, MirrorMaker 2 and the load generator…"));
    m_demo->start();
}

void MainWindow::openFleetFile(const QString &path)
{
    auto *watcher = new QFutureWatcher<Result<Fleet>>(this);
    m_loading = watcher;
    showFleetLoading(path);
    connect(watcher, &QFutureWatcher<Result<Fleet>>::finished, this, [this, watcher] {
        const Result<Fleet> fleet = watcher->result();
        watcher->deleteLater();
        if (m_loading != watcher)
            return; // cancelled, or another file was opened since
        endFleetLoading({});
        if (!fleet) {
            qCWarning(lcGui).noquote() << fleet.errorMessage();
            m_activity->setText(tr("No fleet open"));
            m_welcome->showError(tr("The fleet file could not be used:\n%1").arg(fleet.errorMessage()));
            m_pages->setCurrentWidget(m_welcome);
            Q_EMIT fleetFileFailed(fleet.errorMessage());
            return;
        }
        m_credentials->resolve(*fleet); // passwords from the keychain or asked for, then showFleet()
    });
    watcher->setFuture(QtConcurrent::run([path] { return parseFleetFile(path); }));
}

void MainWindow::showFleet(const Fleet &newFleet)
{
    m_reconfig->setFleet(newFleet);
    auto model = std::make_unique<FleetTreeModel>(newFleet, m_clock);
    m_tree->setModel(model.get());
    m_model = std::move(model); // the old model goes only after the view has let go of it
    m_tree->expandAll();
    const int em = m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->header()->resizeSection(FleetTreeModel::NameColumn, 16 * em);
    m_tree->header()->resizeSection(FleetTreeModel::StateColumn, 12 * em);
    m_tree->header()->resizeSection(FleetTreeModel::HealthColumn, 7 * em);
    m_tree->header()->resizeSection(FleetTreeModel::RttColumn, 6 * em);
    m_tree->setColumnHidden(FleetTreeModel::AgeColumn, true); // the overview's Age column says it per row
    connect(m_model.get(), &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent) { m_tree->expand(parent); });
    // Selection, not the current index: a view sets a current index by itself, a person selects.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onTreeSelection);
    m_overviewFilter->setScope({}, {});
    QHash<QString, QStringList> tags;
    for (const SiteConfig &site : std::as_const(newFleet.sites))
        for (const ClusterConfig &cluster : site.clusters)
            tags.insert(cluster.name, cluster.tags);
    m_overview->setClusterTags(std::move(tags));

    m_session.open(newFleet); // stops the old fleet's polls without waiting for them
    rebuildForgetMenu();
    m_ageTimer->start();

    m_pages->setCurrentWidget(m_fleetPage);
    m_table->setFocus();
    setWindowTitle(tr("%1 — Fleetscope").arg(QFileInfo(newFleet.sourcePath).fileName()));
    updateStatusBar();
    Q_EMIT fleetShown();
}

void MainWindow::onSnapshot(const ClusterSnapshot &snapshot)
{
    if (m_model)
        m_model->applySnapshot(snapshot);
    if (m_detail && m_detail->isVisible() && m_detail->cluster() == snapshot.cluster)
        m_detail->scheduleRefresh();
    if (m_clusterDetail->isVisible())
        m_clusterDetail->applySnapshot(snapshot);
    if (!snapshot.error.isEmpty())
        m_lastError->setText(tr("Last error %1 (%2): %3")
                                 .arg(QDateTime::fromMSecsSinceEpoch(snapshot.sampledAtMs).toString(QStringLiteral("HH:mm:ss")),
                                      snapshot.cluster, snapshot.error));
    Q_EMIT snapshotApplied(snapshot);
}

void MainWindow::updateStatusBar()
{
    if (!m_session.isOpen())
        return;
    const int inFlight = m_session.pollsInFlight();
    m_activity->setText(inFlight > 0
                            ? tr("Polling %1 of %2 clusters").arg(inFlight).arg(m_session.clusterCount())
                            : tr("Watching %n cluster(s)", "", m_session.clusterCount()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace fleetscope

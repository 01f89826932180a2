// MainWindow's menus: File (with Forget Saved Password), the View menu's wall screen entry,
// Reconfigure and the context menus that reach it, and Help. The View menu itself is in
// MainWindowView.cpp.
#include "main/MainWindow.h"

#include "cluster/ClusterDetailView.h"
#include "fleet/DemoFleetLauncher.h"
#include "fleet/FleetTreeModel.h"
#include "kiosk/WallScreen.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewTableModel.h"
#include "reconfig/ReconfigController.h"
#include "security/CredentialResolver.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

namespace fleetscope {

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Fleet File…"), this, &MainWindow::chooseFleetFile);
    open->setShortcut(QKeySequence::Open);
    QAction *demo = file->addAction(tr("Start Local &Demo Fleet"), this, &MainWindow::startDemoFleet);
    demo->setEnabled(DemoFleetLauncher::fleetTool().has_value());
    m_forgetMenu = file->addMenu(tr("&Forget Saved Password"));
    m_forgetMenu->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    createViewMenu();
    QAction *wall = m_viewMenu->addAction(tr("&Wall Screen"), this, [this] {
        if (m_wallScreen && m_wallScreen->isVisible())
            leaveWallScreen();
        else
            showWallScreen();
    });
    wall->setShortcut(QKeySequence(Qt::Key_F11));
    wall->setShortcutContext(Qt::ApplicationShortcut); // F11 also leaves the wall screen's own window
    m_reconfig->createMenu(menuBar());
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_tree), static_cast<QAbstractItemView *>(m_table)}) {
        view->setSelectionMode(QAbstractItemView::ExtendedSelection); // many targets at once
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &pos) { showReconfigContextMenu(view, pos); });
    }
    connect(m_clusterDetail, &ClusterDetailView::topicMenuRequested, this,
            [this](const QString &cluster, const QString &topic, const QPoint &globalPos) {
                QMenu menu(this);
                m_reconfig->addTopicActions(&menu, cluster, topic);
                menu.exec(globalPos);
            });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Fleetscope"), this, &MainWindow::showAbout);
}

void MainWindow::rebuildForgetMenu()
{
    m_forgetMenu->clear();
    for (const CredentialNeed &need : m_credentials->needs()) {
        m_forgetMenu->addAction(tr("%1 (%2)").arg(need.cluster, need.description()), this, [this, need] {
            m_credentials->forget(need);
            statusBar()->showMessage(tr("The password of %1 was forgotten; Fleetscope asks for it the next "
                                        "time this fleet is opened.")
                                         .arg(need.cluster),
                                     10000);
        });
    }
    m_forgetMenu->setEnabled(!m_forgetMenu->isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fleetscope"),
                       tr("<h3>Fleetscope %1</h3><p>Watches a fleet of Apache Kafka clusters: consumer "
                          "lag, disk, JVM heap and links, edge sites and central alike.</p>"
                          "<p>Built with Qt %2 and librdkafka.</p>")
                           .arg(QStringLiteral(FLEETSCOPE_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showReconfigContextMenu(QWidget *view, const QPoint &pos)
{
    // Clusters and brokers selected in the tree, or the brokers of the selected overview rows.
    QList<ConfigTarget> targets;
    if (view == m_tree && m_tree->selectionModel()) {
        for (const QModelIndex &row : m_tree->selectionModel()->selectedRows()) {
            const int kind = row.data(FleetTreeModel::KindRole).toInt();
            const QString cluster = row.data(FleetTreeModel::ClusterNameRole).toString();
            if (kind == FleetTreeModel::BrokerKind)
                targets.append({cluster, ConfigResource::broker(row.data(FleetTreeModel::NodeIdRole).toInt())});
            else if (kind == FleetTreeModel::ClusterKind)
                targets.append({cluster, ConfigResource::clusterDefault()});
        }
    } else if (view == m_table) {
        QSet<int> rows;
        for (const QModelIndex &cell : m_table->selectionModel()->selectedIndexes())
            rows.insert(m_overviewFilter->mapToSource(cell).row());
        for (int row : std::as_const(rows)) {
            const NodeReport &report = m_overview->report(row);
            if (report.nodeId >= 0)
                targets.append({report.cluster, ConfigResource::broker(report.nodeId)});
        }
    }
    if (targets.isEmpty())
        return;
    QMenu menu(this);
    m_reconfig->addContextActions(&menu, targets);
    menu.exec(view->mapToGlobal(pos));
}

} // namespace fleetscope

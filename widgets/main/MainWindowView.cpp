// MainWindow's field ergonomics, kept apart from its data flow: the View menu (overview rows, focus
// shortcuts, theme), the layout it remembers between sessions and the progress of reading a fleet file.
#include "main/MainWindow.h"

#include "detail/NodeDetailView.h"
#include "main/Theme.h"
#include "overview/OverviewFilterModel.h"
#include "overview/OverviewTableModel.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>

namespace fleetscope {

namespace {

namespace key {
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString fleetSplitter = QStringLiteral("window/fleetSplitter");
const QString overviewSplitter = QStringLiteral("window/overviewSplitter");
const QString header = QStringLiteral("overview/header");
const QString rows = QStringLiteral("overview/rows");
const QString selectedCluster = QStringLiteral("overview/selectedCluster");
const QString selectedNode = QStringLiteral("overview/selectedNode");
const QString theme = QStringLiteral("view/theme");
} // namespace key

QString systemThemeText(bool dark)
{
    return dark ? MainWindow::tr("&System (now dark)") : MainWindow::tr("&System (now light)");
}

} // namespace

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->setObjectName(QStringLiteral("viewMenu"));
    auto focusAction = [&](const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = view->addAction(text, this, slot);
        action->setShortcut(shortcut);
        return action;
    };
    focusAction(tr("&Filter Overview"), QKeySequence::Find, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    focusAction(tr("Go to Fleet &Tree"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_tree->setFocus(Qt::ShortcutFocusReason); });
    focusAction(tr("Go to &Overview"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_overviewFilter->rowCount() > 0)
            m_table->setCurrentIndex(m_overviewFilter->index(0, 0));
    });
    focusAction(tr("Go to Node &Detail"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] { focusDetail(); });
    view->addSeparator();

    m_rowsByActions = new QActionGroup(this);
    const std::pair<QString, QKeySequence> rows[] = {
        {tr("One Row per &Broker"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {tr("One Row per &Cluster"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)}};
    for (int mode = 0; mode < 2; ++mode) {
        QAction *action = view->addAction(rows[mode].first);
        action->setShortcut(rows[mode].second);
        action->setCheckable(true);
        action->setData(mode);
        action->setObjectName(mode == int(OverviewTableModel::Mode::Clusters) ? QStringLiteral("rowsPerCluster")
                                                                              : QStringLiteral("rowsPerBroker"));
        action->setChecked(mode == int(m_overview->mode()));
        m_rowsByActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setOverviewMode(mode); });
    }
    view->addSeparator();

    QMenu *theme = view->addMenu(tr("T&heme"));
    m_themeActions = new QActionGroup(this);
    const std::pair<QString, Theme::Choice> themes[] = {{systemThemeText(Theme::isDark(palette())), Theme::Choice::System},
                                                        {tr("&Light"), Theme::Choice::Light},
                                                        {tr("&Dark"), Theme::Choice::Dark}};
    for (const auto &[text, choice] : themes) {
        QAction *action = theme->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == m_theme->choice());
        action->setData(int(choice));
        m_themeActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice = choice] { m_theme->apply(choice); });
    }
}

void MainWindow::setOverviewMode(int mode)
{
    const QModelIndex current = m_overviewFilter->mapToSource(m_table->currentIndex());
    const NodeReport selected = current.isValid() ? m_overview->report(current.row()) : NodeReport{};
    m_overview->setMode(OverviewTableModel::Mode(mode));
    m_overview->refreshSparklines();
    m_rowsBy->setCurrentIndex(m_rowsBy->findData(mode));
    for (QAction *action : m_rowsByActions->actions())
        action->setChecked(action->data().toInt() == mode);
    if (!selected.cluster.isEmpty()) { // the same broker, or its cluster, stays selected
        const int row = m_overview->rowOf(selected.cluster, selected.nodeId);
        if (row >= 0)
            m_table->setCurrentIndex(m_overviewFilter->mapFromSource(m_overview->index(row, 0)));
    }
}

void MainWindow::focusDetail()
{
    if (!m_detail)
        return;
    if (!m_detail->isVisible())
        onOverviewSelection();
    if (!m_detail->isVisible())
        return;
    // The first of its controls that takes keyboard focus (the panel itself takes none).
    for (QWidget *child : m_detail->findChildren<QWidget *>())
        if (child->isVisible() && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    m_detail->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(key::geometry).toByteArray()))
        resize(1366, 740); // fits a 1366x768 field laptop
    restoreState(settings.value(key::state).toByteArray());
    m_fleetPage->restoreState(settings.value(key::fleetSplitter).toByteArray());
    m_rightSplitter->restoreState(settings.value(key::overviewSplitter).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(key::header).toByteArray());
    setOverviewMode(settings.value(key::rows).toString() == QLatin1String("clusters") ? int(OverviewTableModel::Mode::Clusters)
                                                                                      : int(OverviewTableModel::Mode::Brokers));
    const Theme::Choice theme = Theme::fromSettingsName(settings.value(key::theme).toString());
    if (theme != Theme::Choice::System) // System needs nothing done: the desktop's palette is already there
        m_theme->apply(theme);
    for (QAction *action : m_themeActions->actions())
        action->setChecked(action->data().toInt() == int(theme));
    const QString cluster = settings.value(key::selectedCluster).toString();
    if (!cluster.isEmpty())
        m_pendingSelection = {cluster, settings.value(key::selectedNode, -1).toInt()};
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(key::geometry, saveGeometry());
    settings.setValue(key::state, saveState());
    settings.setValue(key::fleetSplitter, m_fleetPage->saveState());
    settings.setValue(key::overviewSplitter, m_rightSplitter->saveState());
    settings.setValue(key::header, m_table->horizontalHeader()->saveState());
    settings.setValue(key::rows, m_overview->mode() == OverviewTableModel::Mode::Clusters ? QStringLiteral("clusters")
                                                                                          : QStringLiteral("brokers"));
    settings.setValue(key::theme, Theme::settingsName(m_theme->choice()));
    const QModelIndex current = m_overviewFilter->mapToSource(m_table->currentIndex());
    if (current.isValid()) {
        settings.setValue(key::selectedCluster, m_overview->report(current.row()).cluster);
        settings.setValue(key::selectedNode, m_overview->report(current.row()).nodeId);
    } else if (m_pendingSelection.first.isEmpty()) {
        settings.remove(key::selectedCluster);
        settings.remove(key::selectedNode);
    }
}

void MainWindow::restoreSelection()
{
    const int row = m_overview->rowOf(m_pendingSelection.first, m_pendingSelection.second);
    if (row < 0)
        return;
    m_pendingSelection = {};
    if (m_table->currentIndex().isValid())
        return; // someone chose already
    const QModelIndex index = m_overviewFilter->mapFromSource(m_overview->index(row, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
}

void MainWindow::showFleetLoading(const QString &path)
{
    m_activity->setText(tr("Reading %1…").arg(path));
    m_loadingBar->show();
    m_loadingCancel->show();
}

void MainWindow::endFleetLoading(const QString &status)
{
    m_loading = nullptr;
    m_loadingBar->hide();
    m_loadingCancel->hide();
    if (!status.isEmpty())
        m_activity->setText(status);
}

void MainWindow::changeEvent(QEvent *event)
{
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_themeActions)
        m_themeActions->actions().constFirst()->setText(systemThemeText(Theme::isDark(palette())));
    QMainWindow::changeEvent(event);
}

} // namespace fleetscope

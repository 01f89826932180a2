#include "alerts/AlertsPanel.h"

#include "alerts/AlertFilterModel.h"
#include "alerts/AlertListModel.h"
#include "alerts/AlertService.h"
#include "alerts/ThresholdsDialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fleetscope {

AlertsPanel::AlertsPanel(AlertService &alerts, const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_alerts(alerts),
      m_model(new AlertListModel(alerts.store(), clock, this)),
      m_filter(new AlertFilterModel(this)),
      m_scope(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_table(new QTableView(this)),
      m_acknowledge(new QAction(tr("&Acknowledge"), this)),
      m_acknowledgeButton(new QPushButton(tr("&Acknowledge"), this)),
      m_ageTimer(new QTimer(this))
{
    m_filter->setSourceModel(m_model);
    m_scope->addItem(tr("Active alerts"), true);
    m_scope->addItem(tr("All alerts"), false);
    m_scope->setObjectName(QStringLiteral("alertScope"));
    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this](int index) { setActiveOnly(m_scope->itemData(index).toBool()); });

    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AlertListModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths: ResizeToContents on a live table costs tens of ms per update.
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<int> widths{6, 8, 10, 26, 9, 7, 10, 9};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths[c] * em);

    m_acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledge->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acknowledge->setToolTip(tr("Acknowledge the selected alerts (%1)")
                                  .arg(m_acknowledge->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_acknowledge);
    connect(m_acknowledge, &QAction::triggered, this, &AlertsPanel::acknowledgeSelected);
    m_acknowledgeButton->setToolTip(m_acknowledge->toolTip());
    connect(m_acknowledgeButton, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    auto *thresholds = new QPushButton(tr("&Thresholds…"), this);
    connect(thresholds, &QPushButton::clicked, this, &AlertsPanel::editThresholds);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_acknowledgeButton);
    bar->addWidget(thresholds);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table);

    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPanel::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateSummary);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, m_model, &AlertListModel::refreshAges);
    m_ageTimer->start();
    updateSummary();
}

void AlertsPanel::setActiveOnly(bool activeOnly)
{
    m_filter->setActiveOnly(activeOnly);
    m_scope->setCurrentIndex(activeOnly ? 0 : 1);
}

int AlertsPanel::acknowledgeSelected()
{
    int acknowledged = 0;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<qint64> ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(AlertListModel::AlertIdRole).toLongLong());
    if (ids.isEmpty() && m_table->currentIndex().isValid())
        ids.append(m_table->currentIndex().data(AlertListModel::AlertIdRole).toLongLong());
    const QString user = AlertService::userName();
    for (const qint64 id : std::as_const(ids))
        acknowledged += m_alerts.acknowledge(id, user) ? 1 : 0;
    return acknowledged;
}

void AlertsPanel::editThresholds()
{
    ThresholdsDialog dialog(m_alerts.thresholdStore(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_alerts.setDialogThresholds(dialog.overrides());
}

void AlertsPanel::updateSummary()
{
    const int active = m_model->activeCount();
    m_summary->setText(tr("%n active", "", active));
    if (active != m_lastActive) {
        m_lastActive = active;
        Q_EMIT activeCountChanged(active);
    }
}

} // namespace fleetscope

#pragma once

#include "core/Clock.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace fleetscope {

class AlertFilterModel;
class AlertListModel;
class AlertService;

// The alert list: active alerts or all of them, newest problems first; Acknowledge (Ctrl+K, also
// from the keyboard in the list) and the thresholds dialog. Lives in a dock of the main window.
class AlertsPanel final : public QWidget
{
    Q_OBJECT

public:
    AlertsPanel(AlertService &alerts, const Clock &clock, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    AlertFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QAction *acknowledgeAction() const { return m_acknowledge; }

    void setActiveOnly(bool activeOnly);
    // Acknowledges the selected alerts; returns how many were newly acknowledged.
    int acknowledgeSelected();
    void editThresholds();

Q_SIGNALS:
    void activeCountChanged(int active);

private:
    void updateSummary();

    AlertService &m_alerts;
    AlertListModel *m_model;
    AlertFilterModel *m_filter;
    QComboBox *m_scope;
    QLabel *m_summary;
    QTableView *m_table;
    QAction *m_acknowledge;
    QPushButton *m_acknowledgeButton;
    QTimer *m_ageTimer;
    int m_lastActive = -1;
};

} // namespace fleetscope

#pragma once

#include "alerts/Alert.h"
#include "health/NodeReport.h"

#include <QList>
#include <QObject>
#include <QTimer>

class QSystemTrayIcon;

namespace fleetscope {

// Desktop notifications of new alerts through a tray icon, where the desktop has a tray; elsewhere
// it does nothing. A burst of alerts (a site going dark) becomes one message, not dozens.
class AlertNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QObject *parent = nullptr);
    ~AlertNotifier() override;
    Q_DISABLE_COPY_MOVE(AlertNotifier)

    bool isAvailable() const { return m_tray != nullptr; }
    void notify(const fleetscope::Alert &alert);
    // The tray icon's tooltip says how the fleet is, as the judge says it.
    void showFleetHealth(const QList<fleetscope::NodeReport> &reports);
    const QString &healthSummary() const { return m_summary; }
    // "2 critical, 1 warning of 12 brokers" from the judged rows; "all 12 brokers healthy".
    static QString summarize(const QList<NodeReport> &reports);

Q_SIGNALS:
    void activated(); // the user clicked the message or the icon

private:
    void showPending();

    QSystemTrayIcon *m_tray = nullptr;
    QList<Alert> m_pending;
    QString m_summary;
    QTimer m_coalesce;
};

} // namespace fleetscope

#pragma once

#include "alerts/Alert.h"

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

Q_SIGNALS:
    void activated(); // the user clicked the message or the icon

private:
    void showPending();

    QSystemTrayIcon *m_tray = nullptr;
    QList<Alert> m_pending;
    QTimer m_coalesce;
};

} // namespace fleetscope

#pragma once

#include "alerts/AlertEngine.h"
#include "alerts/AlertStore.h"
#include "alerts/DiskFullForecaster.h"
#include "fleet/Fleet.h"
#include "health/ThresholdStore.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace fleetscope {

class TimeSeriesStore;

// The application's alerts: the engine that judges every report, the store that keeps the records
// across restarts, and the thresholds of the open fleet (saved in the store, keyed by fleet file).
// Evaluation waits until the stored alerts are loaded, so an alert open at the last exit continues
// as the same record instead of starting a second one.
class AlertService final : public QObject
{
    Q_OBJECT

public:
    // history: where the disk-full forecast reads its trend; may be null (no forecast rule then).
    AlertService(QString databasePath, const Clock &clock, const TimeSeriesStore *history, QObject *parent = nullptr);
    ~AlertService() override;
    Q_DISABLE_COPY_MOVE(AlertService)

    void start();
    bool isReady() const { return m_store.isReady(); }

    // The fleet whose thresholds apply; its file path is the key they are saved under.
    void setFleet(const Fleet &fleet);
    const QStringList &clusterNames() const { return m_clusters; }

    void evaluate(const QList<NodeReport> &reports);

    // Every cluster's limits, resolved: what the alerts, the judge and the views use.
    const AlertThresholdSet &thresholds() const { return m_engine.thresholds(); }
    // Where each limit comes from: built in, the fleet file or the dialog.
    const ThresholdStore &thresholdStore() const { return m_thresholds; }
    // The dialog's values, saved for the fleet file; the fleet file's own stay below them.
    void setDialogThresholds(const ThresholdOverrideSet &overrides);

    bool acknowledge(qint64 alertId, const QString &by);
    AlertStore &store() { return m_store; }
    const AlertEngine &engine() const { return m_engine; }

    // The name acknowledgements are recorded under: the user's login name.
    static QString userName();

Q_SIGNALS:
    void ready();
    // The thresholds were loaded or changed: views that draw limits re-read them.
    void thresholdsChanged();
    void failed(const QString &message);
    // A new alert, or an open one that got worse: what a desktop notification says.
    void raised(const fleetscope::Alert &alert);

private:
    void loadThresholds();

    const Clock &m_clock;
    AlertEngine m_engine;
    AlertStore m_store;
    std::unique_ptr<DiskFullForecaster> m_forecaster;
    QString m_fleetKey;
    QStringList m_clusters;
    ThresholdStore m_thresholds;
};

} // namespace fleetscope

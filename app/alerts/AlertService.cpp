#include "alerts/AlertService.h"

#include <QFileInfo>

namespace fleetscope {

AlertService::AlertService(QString databasePath, const Clock &clock, const TimeSeriesStore *history, QObject *parent)
    : QObject(parent), m_clock(clock), m_engine(clock), m_store(std::move(databasePath), clock)
{
    if (history) {
        m_forecaster = std::make_unique<DiskFullForecaster>(*history);
        m_engine.setDiskForecaster([this](const NodeReport &report, const HealthThresholds &thresholds) {
            return m_forecaster->timeToFullMs(report, thresholds);
        });
    }
    connect(&m_store, &AlertStore::failed, this, &AlertService::failed);
    connect(&m_store, &AlertStore::ready, this, [this] {
        m_engine.restore(m_store.openAlerts());
        loadThresholds();
        Q_EMIT ready();
        Q_EMIT thresholdsChanged();
    });
}

AlertService::~AlertService() = default;

void AlertService::start()
{
    m_store.start();
}

void AlertService::setFleet(const Fleet &fleet)
{
    m_fleetKey = QFileInfo(fleet.sourcePath).absoluteFilePath();
    m_thresholds.setFleet(fleet);
    m_clusters = m_thresholds.clusters();
    if (m_store.isReady())
        loadThresholds();
    else
        m_engine.setThresholds(m_thresholds.resolved()); // the fleet file's, until the dialog's are read
}

void AlertService::loadThresholds()
{
    m_thresholds.setDialogOverrides(m_store.thresholds(m_fleetKey));
    m_engine.setThresholds(m_thresholds.resolved());
}

void AlertService::setDialogThresholds(const ThresholdOverrideSet &overrides)
{
    m_thresholds.setDialogOverrides(overrides);
    m_engine.setThresholds(m_thresholds.resolved());
    m_store.setThresholds(m_fleetKey, overrides);
    Q_EMIT thresholdsChanged();
}

void AlertService::evaluate(const QList<NodeReport> &reports)
{
    if (!m_store.isReady())
        return; // the next evaluation sees the same samples once the stored alerts are in
    const QList<AlertTransition> transitions = m_engine.evaluate(reports);
    if (transitions.isEmpty())
        return;
    m_store.apply(transitions);
    for (const AlertTransition &transition : transitions) {
        const bool worse = transition.kind == AlertTransition::Kind::Raised
                           || (transition.kind == AlertTransition::Kind::Updated
                               && transition.alert.severity > transition.previousSeverity);
        if (worse)
            Q_EMIT raised(transition.alert);
    }
}

bool AlertService::acknowledge(qint64 alertId, const QString &by)
{
    return m_store.acknowledge(alertId, by, m_clock.nowMs());
}

QString AlertService::userName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace fleetscope

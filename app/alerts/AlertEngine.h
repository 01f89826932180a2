#pragma once

#include "alerts/Alert.h"
#include "alerts/AlertThresholdSet.h"
#include "core/Clock.h"
#include "health/NodeReport.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace fleetscope {

// Turns node reports into alerts: pure logic, no I/O, time from the injected clock. Fed the whole
// fleet's reports as often as the caller likes (the same sample twice changes nothing), it returns
// what was raised, updated or cleared, keyed by (cluster, node, rule).
//
// A rule with a hold ("heap >= 85 % for 5 min") raises only once the condition has held since its
// first breaching sample for that long. Data that is stale, a cluster that does not answer and a
// broker that is down prove nothing about the values behind them: those rules are neither raised
// nor cleared then, and stale or unreachable is an alert of its own.
class AlertEngine final
{
public:
    // Milliseconds until the broker's disk is full at its recent growth; empty when it is not
    // filling or there is too little history. DiskFullForecaster answers it from the history store.
    using DiskForecaster = std::function<std::optional<qint64>(const NodeReport &, const HealthThresholds &)>;

    explicit AlertEngine(const Clock &clock) : m_clock(clock) { }

    void setThresholds(AlertThresholdSet thresholds) { m_thresholds = std::move(thresholds); }
    const AlertThresholdSet &thresholds() const { return m_thresholds; }
    void setDiskForecaster(DiskForecaster forecaster) { m_forecaster = std::move(forecaster); }

    // Alerts still open from an earlier session: they stay raised until fresh data clears them.
    void restore(const QList<Alert> &open);

    QList<AlertTransition> evaluate(const QList<NodeReport> &reports);

    QList<Alert> active() const { return m_active.values(); }
    std::optional<Alert> active(const AlertKey &key) const;

private:
    struct Finding
    {
        AlertKey key;
        Severity severity = Severity::Warning;
        QString message;
        qint64 sinceMs = 0; // the first breaching sample; 0 = this one
        qint64 holdMs = 0;
    };
    struct Judgement
    {
        qint64 sampledAtMs = 0;
        QList<AlertKey> judged;   // rules the data could decide, breached or not
        QList<Finding> breached;

        void judge(const AlertKey &key, bool isBreached, Severity severity, const QString &message,
                   qint64 holdMs = 0, qint64 sinceMs = 0)
        {
            judged.append(key);
            if (isBreached)
                breached.append(Finding{key, severity, message, sinceMs, holdMs});
        }
    };
    struct LagTrend
    {
        qint64 sampledAtMs = 0;
        qint64 lag = -1;
        qint64 growingSinceMs = 0; // 0 = not growing
        qint64 lagAtStart = 0;
    };

    void judgeCluster(const QList<const NodeReport *> &reports, Judgement &out);
    void judgeBroker(const NodeReport &report, const HealthThresholds &t, Judgement &out);
    void judgeLagGrowth(const QList<const NodeReport *> &reports, const HealthThresholds &t, Judgement &out);
    void apply(const Judgement &judgement, QList<AlertTransition> &transitions);

    const Clock &m_clock;
    AlertThresholdSet m_thresholds;
    DiskForecaster m_forecaster;
    QHash<AlertKey, Alert> m_active;
    // Per cluster: the first breaching sample of each condition still breached.
    QHash<QString, QHash<AlertKey, qint64>> m_breachSince;
    QHash<QString, LagTrend> m_lag;
};

} // namespace fleetscope

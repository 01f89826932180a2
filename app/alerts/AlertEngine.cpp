#include "alerts/AlertEngine.h"

#include "format/Formatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace fleetscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("AlertEngine", text, disambiguation, n);
}

} // namespace

void AlertEngine::restore(const QList<Alert> &open)
{
    for (const Alert &alert : open) {
        if (!alert.isActive())
            continue;
        m_active.insert(alert.key, alert);
        m_breachSince[alert.key.cluster].insert(alert.key, alert.firstSeenMs);
    }
}

std::optional<Alert> AlertEngine::active(const AlertKey &key) const
{
    const auto found = m_active.constFind(key);
    if (found == m_active.cend())
        return std::nullopt;
    return *found;
}

QList<AlertTransition> AlertEngine::evaluate(const QList<NodeReport> &reports)
{
    QList<QString> order;
    QHash<QString, QList<const NodeReport *>> byCluster;
    for (const NodeReport &report : reports) {
        auto &list = byCluster[report.cluster];
        if (list.isEmpty())
            order.append(report.cluster);
        list.append(&report);
    }
    QList<AlertTransition> transitions;
    for (const QString &cluster : std::as_const(order)) {
        Judgement judgement;
        judgeCluster(byCluster.value(cluster), judgement);
        if (judgement.sampledAtMs > 0)
            apply(judgement, transitions);
    }
    return transitions;
}

void AlertEngine::judgeCluster(const QList<const NodeReport *> &reports, Judgement &out)
{
    const NodeReport &first = *reports.first();
    if (first.sampledAtMs == 0)
        return; // not polled yet: nothing is known, so nothing changes
    const QString &cluster = first.cluster;
    const HealthThresholds &t = m_thresholds.forCluster(cluster);
    out.sampledAtMs = first.sampledAtMs;
    auto judge = [&](AlertRule rule, bool breached, Severity severity, const QString &message, qint64 holdMs = 0) {
        out.judge({cluster, -1, rule}, breached, severity, message, holdMs);
    };

    const QString sampleTime =
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(first.sampledAtMs), QLocale::ShortFormat);
    judge(AlertRule::DataStale, first.stale, Severity::Warning, tr("no fresh data since %1").arg(sampleTime));
    if (first.stale)
        return;
    judge(AlertRule::ClusterUnreachable, !first.clusterReachable, Severity::Critical,
          first.clusterError.isEmpty() ? tr("the cluster does not answer")
                                       : tr("the cluster does not answer: %1").arg(first.clusterError),
          t.unreachableHoldMs);
    if (!first.clusterReachable)
        return;

    judge(AlertRule::UnderReplicated, first.underReplicatedPartitions > t.underReplicatedMax, Severity::Warning,
          tr("%n under-replicated partition(s)", "", first.underReplicatedPartitions));
    judge(AlertRule::OfflinePartitions, first.offlinePartitions > t.offlineMax, Severity::Critical,
          tr("%n offline partition(s)", "", first.offlinePartitions));
    if (first.mirror) {
        const MirrorLinkStatus &mirror = *first.mirror;
        if (mirror.state == MirrorLinkState::Down)
            judge(AlertRule::HeartbeatAge, true, Severity::Critical,
                  tr("no replication heartbeat on %1: %2").arg(mirror.intoCluster, mirror.detail));
        else if (mirror.heartbeatAgeMs)
            judge(AlertRule::HeartbeatAge, *mirror.heartbeatAgeMs > t.heartbeatMaxAgeMs, Severity::Warning,
                  tr("the newest replication heartbeat on %1 is %2 old")
                      .arg(mirror.intoCluster, Formatter::duration(*mirror.heartbeatAgeMs)));
    }
    if (t.lagSecondsLimit <= 0)
        judge(AlertRule::LagSeconds, false, Severity::Warning, {});
    else if (first.lagSeconds)
        judge(AlertRule::LagSeconds, *first.lagSeconds > t.lagSecondsLimit, Severity::Warning,
              tr("a consumer group is about %1 behind").arg(Formatter::duration(qint64(*first.lagSeconds * 1000))));
    judgeLagGrowth(reports, t, out);

    for (const NodeReport *report : reports)
        if (report->nodeId >= 0)
            judgeBroker(*report, t, out);
}

void AlertEngine::judgeBroker(const NodeReport &r, const HealthThresholds &t, Judgement &out)
{
    auto judge = [&](AlertRule rule, bool breached, Severity severity, const QString &message, qint64 holdMs = 0) {
        out.judge({r.cluster, r.nodeId, rule}, breached, severity, message, holdMs);
    };
    judge(AlertRule::BrokerDown, r.link == LinkState::Down, Severity::Critical,
          tr("broker %1 is down").arg(r.nodeId), t.linkDownHoldMs);
    if (r.link != LinkState::Up)
        return; // its disk and heap figures are from before: they decide nothing now

    if (const std::optional<double> disk = r.diskUsedFraction()) {
        judge(AlertRule::DiskUsage, *disk >= t.diskWarning, *disk >= t.diskCritical ? Severity::Critical : Severity::Warning,
              tr("disk %1 full").arg(Formatter::percent(*disk)));
        if (m_forecaster && t.diskFullWithinMs > 0) {
            const std::optional<qint64> toFull = m_forecaster(r, t);
            judge(AlertRule::DiskFullForecast, toFull && *toFull < t.diskFullWithinMs, Severity::Warning,
                  tr("at its recent growth the disk is full in about %1").arg(Formatter::duration(toFull.value_or(0))));
        }
    }
    if (const std::optional<double> heap = r.heapUsedFraction())
        judge(AlertRule::HeapHigh, *heap >= t.heapWarning, Severity::Warning,
              tr("heap %1 used").arg(Formatter::percent(*heap)), t.heapHoldMs);
}

void AlertEngine::judgeLagGrowth(const QList<const NodeReport *> &reports, const HealthThresholds &t, Judgement &out)
{
    const NodeReport &first = *reports.first();
    qint64 total = 0;
    for (const NodeReport *report : reports)
        total += report->lagMessages;
    LagTrend &trend = m_lag[first.cluster];
    if (first.sampledAtMs > trend.sampledAtMs) {
        if (trend.lag >= 0 && total > trend.lag) {
            if (trend.growingSinceMs == 0) {
                trend.growingSinceMs = trend.sampledAtMs;
                trend.lagAtStart = trend.lag;
            }
        } else if (total < trend.lag) {
            trend.growingSinceMs = 0; // the consumers caught up a little: not a steady growth
        }
        trend.lag = total;
        trend.sampledAtMs = first.sampledAtMs;
    }
    out.judge({first.cluster, -1, AlertRule::LagGrowing}, trend.growingSinceMs != 0 && trend.lag > trend.lagAtStart,
              Severity::Warning,
              tr("consumer lag grew from %1 to %2 messages").arg(Formatter::count(trend.lagAtStart), Formatter::count(trend.lag)),
              t.lagGrowingHoldMs, trend.growingSinceMs);
}

void AlertEngine::apply(const Judgement &j, QList<AlertTransition> &transitions)
{
    const qint64 nowMs = m_clock.nowMs();
    QHash<AlertKey, qint64> &since = m_breachSince[j.judged.first().cluster];
    QSet<AlertKey> breached;
    for (const Finding &f : j.breached) {
        breached.insert(f.key);
        const qint64 start = f.sinceMs > 0 ? f.sinceMs : since.value(f.key, j.sampledAtMs);
        since.insert(f.key, start);
        const auto found = m_active.find(f.key);
        if (found != m_active.end()) {
            Alert &alert = *found;
            if (alert.severity == f.severity && alert.message == f.message && alert.lastSeenMs >= j.sampledAtMs)
                continue;
            const Severity previous = alert.severity;
            alert.severity = f.severity;
            alert.message = f.message;
            alert.lastSeenMs = std::max(alert.lastSeenMs, j.sampledAtMs);
            transitions.append(AlertTransition{AlertTransition::Kind::Updated, alert, previous});
        } else if (nowMs - start >= f.holdMs) {
            Alert alert;
            alert.key = f.key;
            alert.severity = f.severity;
            alert.message = f.message;
            alert.firstSeenMs = start;
            alert.lastSeenMs = j.sampledAtMs;
            m_active.insert(f.key, alert);
            transitions.append(AlertTransition{AlertTransition::Kind::Raised, alert, Severity::Healthy});
        }
    }
    const QSet<AlertKey> judged(j.judged.cbegin(), j.judged.cend());
    for (const AlertKey &key : judged) {
        if (breached.contains(key))
            continue;
        since.remove(key);
        if (const auto found = m_active.find(key); found != m_active.end()) {
            Alert alert = *found;
            m_active.erase(found);
            alert.clearedAtMs = std::max(j.sampledAtMs, alert.lastSeenMs);
            transitions.append(AlertTransition{AlertTransition::Kind::Cleared, alert, alert.severity});
        }
    }
    // A hold cannot be proven across samples that could not decide a rule: start it afresh.
    for (auto it = since.begin(); it != since.end();) {
        if (!judged.contains(it.key()) && !m_active.contains(it.key()))
            it = since.erase(it);
        else
            ++it;
    }
}

} // namespace fleetscope

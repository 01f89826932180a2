#include "session/FleetSession.h"

#include "alerts/AlertService.h"
#include "collect/CollectionEngine.h"
#include "health/HealthJudge.h"
#include "history/HistoryService.h"
#include "mirror/MirrorLinkEvaluator.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>

namespace fleetscope {

FleetSession::FleetSession(const Clock &clock, HistoryService *history, AlertService *alerts, QObject *parent)
    : QObject(parent), m_clock(clock), m_history(history), m_alerts(alerts), m_factory(&FleetSession::collectionEngine),
      m_localAlerts(std::make_unique<AlertEngine>(clock))
{
    qRegisterMetaType<ClusterSnapshot>();
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200); // one judgement per burst of snapshots, not one per cluster
    connect(&m_coalesce, &QTimer::timeout, this, &FleetSession::refreshReports);
    m_tick.setInterval(1000); // ages move on without data: that is how data turns stale
    connect(&m_tick, &QTimer::timeout, this, &FleetSession::refreshReports);
    if (m_alerts)
        connect(m_alerts, &AlertService::thresholdsChanged, this, [this] {
            refreshReports();
            Q_EMIT thresholdsChanged();
        });
}

FleetSession::~FleetSession()
{
    close();
}

std::unique_ptr<SnapshotSource> FleetSession::collectionEngine(const Fleet &fleet, const Clock &clock)
{
    return std::make_unique<CollectionEngine>(fleet, clock);
}

void FleetSession::close()
{
    m_coalesce.stop();
    m_tick.stop();
    if (!m_source)
        return;
    // The old source goes once its running polls are done, off the GUI thread's back.
    SnapshotSource *old = m_source.release();
    old->disconnect(this);
    old->setParent(nullptr);
    if (old->isStopped() && old->pollsInFlight() == 0) {
        old->deleteLater();
        return;
    }
    connect(old, &SnapshotSource::stopped, old, &QObject::deleteLater);
    old->stop();
}

void FleetSession::open(const Fleet &fleet)
{
    close();
    m_fleet = fleet;
    m_latest.clear();
    m_reports.clear();
    m_thresholds.setFleet(m_fleet);
    m_localAlerts = std::make_unique<AlertEngine>(m_clock);
    m_localAlerts->setThresholds(m_thresholds.resolved());
    if (m_alerts)
        m_alerts->setFleet(m_fleet);
    m_source = m_factory(m_fleet, m_clock);
    connect(m_source.get(), &SnapshotSource::clusterSampled, this, &FleetSession::onSnapshot);
    connect(m_source.get(), &SnapshotSource::activityChanged, this,
            [this](int inFlight) { Q_EMIT activityChanged(inFlight, clusterCount()); });
    Q_EMIT fleetOpened(m_fleet);
    m_source->start();
    m_tick.start();
    refreshReports();
}

const ThresholdStore &FleetSession::thresholdStore() const
{
    return m_alerts ? m_alerts->thresholdStore() : m_thresholds;
}

void FleetSession::setDialogThresholds(const ThresholdOverrideSet &overrides)
{
    m_thresholds.setDialogOverrides(overrides);
    m_localAlerts->setThresholds(m_thresholds.resolved());
    refreshReports();
    Q_EMIT thresholdsChanged();
}

void FleetSession::pollNow(const QString &cluster)
{
    if (m_source)
        m_source->pollNow(cluster);
}

void FleetSession::joinMirror(const ClusterConfig &edge, ClusterSnapshot &snapshot,
                              const QHash<QString, ClusterSnapshot> &latest, qint64 nowMs)
{
    if (!edge.mirror)
        return;
    const auto central = latest.constFind(edge.mirror->intoCluster);
    snapshot.mirror = MirrorLinkEvaluator::evaluate(edge, snapshot, central == latest.cend() ? nullptr : &*central, nowMs);
}

void FleetSession::onSnapshot(ClusterSnapshot snapshot)
{
    const ClusterConfig *config = m_fleet.findCluster(snapshot.cluster);
    if (!config)
        return; // of a fleet no longer open
    joinMirror(*config, snapshot, m_latest, m_clock.nowMs());
    m_latest.insert(snapshot.cluster, snapshot);
    if (m_history)
        m_history->record(snapshot, config->pollInterval.count());
    Q_EMIT snapshotArrived(snapshot);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void FleetSession::refreshReports()
{
    if (!m_source)
        return;
    const ThresholdStore &store = thresholdStore();
    QList<NodeReport> reports = NodeReportBuilder::build(m_fleet, m_latest, m_clock.nowMs(), store.resolved());
    if (m_alerts) {
        m_alerts->evaluate(reports);
        HealthJudge::foldAlerts(reports, m_alerts->engine().active());
    } else {
        m_localAlerts->evaluate(reports);
        HealthJudge::foldAlerts(reports, m_localAlerts->active());
    }
    m_reports = std::move(reports);
    Q_EMIT reportsChanged(m_reports);
}

bool FleetSession::pollOnce(qint64 deadlineMs)
{
    if (!m_source)
        return false;
    QElapsedTimer elapsed;
    elapsed.start();
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    const int clusters = clusterCount();
    auto waitForRound = [&] {
        QSet<QString> seen;
        const QMetaObject::Connection c = connect(this, &FleetSession::snapshotArrived, &loop,
                                                  [&](const ClusterSnapshot &s) {
                                                      seen.insert(s.cluster);
                                                      if (seen.size() >= clusters)
                                                          loop.quit();
                                                  });
        deadline.start(int(std::max<qint64>(1, deadlineMs - elapsed.elapsed())));
        if (seen.size() < clusters)
            loop.exec();
        disconnect(c);
        return seen.size() >= clusters;
    };
    bool complete = waitForRound();
    // librdkafka reports link statistics on its own interval: a broker without them has no state yet.
    const bool linksMissing = std::any_of(m_latest.cbegin(), m_latest.cend(), [](const ClusterSnapshot &s) {
        return s.reachable
            && std::any_of(s.brokers.cbegin(), s.brokers.cend(), [](const BrokerStatus &b) { return !b.link; });
    });
    if (complete && linksMissing && elapsed.elapsed() < deadlineMs) {
        qint64 wait = 0;
        for (const SiteConfig &site : std::as_const(m_fleet.sites))
            for (const ClusterConfig &cluster : site.clusters)
                wait = std::max<qint64>(wait, std::clamp<qint64>(cluster.pollInterval.count() / 2, 500, 5000));
        QTimer::singleShot(int(std::min(wait, std::max<qint64>(1, deadlineMs - elapsed.elapsed()))), &loop, &QEventLoop::quit);
        loop.exec();
        for (const SiteConfig &site : std::as_const(m_fleet.sites))
            for (const ClusterConfig &cluster : site.clusters)
                pollNow(cluster.name);
        complete = waitForRound();
    }
    // Edges that answered before their central did are joined again with the round's central.
    for (const SiteConfig &site : std::as_const(m_fleet.sites))
        for (const ClusterConfig &cluster : site.clusters)
            if (auto it = m_latest.find(cluster.name); it != m_latest.end())
                joinMirror(cluster, *it, m_latest, m_clock.nowMs());
    refreshReports();
    return complete;
}

} // namespace fleetscope

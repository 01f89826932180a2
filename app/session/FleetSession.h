#pragma once

#include "alerts/AlertEngine.h"
#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "health/NodeReport.h"
#include "health/ThresholdStore.h"
#include "session/SnapshotSource.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace fleetscope {

class AlertService;
class HistoryService;

// The one owner of an open fleet at run time, for the window and the commands alike: the fleet,
// the source of its snapshots, the single cache of each cluster's newest snapshot (with its
// MirrorMaker 2 link joined to the newest central snapshot), history recording, alert evaluation and
// the judged reports. Views subscribe to its signals; none of them routes data to another.
//
// Reports are judged (HealthJudge, through NodeReportBuilder) at most once per burst of snapshots
// and once a second, since data turns stale with time alone.
class FleetSession final : public QObject
{
    Q_OBJECT

public:
    using SourceFactory = std::function<std::unique_ptr<SnapshotSource>(const Fleet &, const Clock &)>;

    // history and alerts may be null (commands, tests). Without alerts the session judges with a
    // ThresholdStore of its own (setDialogThresholds) and an alert engine in memory.
    explicit FleetSession(const Clock &clock, HistoryService *history = nullptr, AlertService *alerts = nullptr,
                          QObject *parent = nullptr);
    ~FleetSession() override;
    Q_DISABLE_COPY_MOVE(FleetSession)

    // The real source is the CollectionEngine; tests and benchmarks give a synthetic one.
    void setSourceFactory(SourceFactory factory) { m_factory = std::move(factory); }
    static std::unique_ptr<SnapshotSource> collectionEngine(const Fleet &fleet, const Clock &clock);

    // Stops the old fleet's source (deleted once its running polls are done, never waited for) and
    // starts the new one.
    void open(const Fleet &fleet);
    void close();
    bool isOpen() const { return m_source != nullptr; }
    const Fleet &fleet() const { return m_fleet; }
    const Clock &clock() const { return m_clock; }
    HistoryService *history() const { return m_history; }
    AlertService *alerts() const { return m_alerts; }
    SnapshotSource *source() const { return m_source.get(); }

    const QHash<QString, ClusterSnapshot> &latest() const { return m_latest; }
    const QList<NodeReport> &reports() const { return m_reports; }
    const ThresholdStore &thresholdStore() const;
    HealthThresholds thresholdsFor(const QString &cluster) const { return thresholdStore().forCluster(cluster); }
    // Without an AlertService: the dialog layer read by a command from alerts.sqlite.
    void setDialogThresholds(const ThresholdOverrideSet &overrides);

    void pollNow(const QString &cluster);
    int clusterCount() const { return m_source ? m_source->clusterCount() : 0; }
    int pollsInFlight() const { return m_source ? m_source->pollsInFlight() : 0; }

    // Judges every row now (the window's coalescing timer and once-a-second tick call it).
    void refreshReports();

    // For commands: waits (in a local event loop) until every cluster of the open fleet has
    // answered or failed once, with one more round when librdkafka's link statistics were not in
    // yet, and at most deadlineMs. Returns whether every cluster has a snapshot.
    bool pollOnce(qint64 deadlineMs);

    // The edge's MirrorMaker 2 link against the newest snapshot of the central it mirrors into.
    static void joinMirror(const ClusterConfig &edge, ClusterSnapshot &snapshot,
                           const QHash<QString, ClusterSnapshot> &latest, qint64 nowMs);

Q_SIGNALS:
    void fleetOpened(const fleetscope::Fleet &fleet);
    void snapshotArrived(const fleetscope::ClusterSnapshot &snapshot);
    // Every row of the fleet, judged: the overview, the tree, the wall screen and the tray show these.
    void reportsChanged(const QList<fleetscope::NodeReport> &reports);
    void activityChanged(int pollsInFlight, int clusters);
    // Only for the judge's limits; the alert service signals its own.
    void thresholdsChanged();

private:
    void onSnapshot(ClusterSnapshot snapshot);

    const Clock &m_clock;
    HistoryService *m_history;
    AlertService *m_alerts;
    SourceFactory m_factory;
    Fleet m_fleet;
    std::unique_ptr<SnapshotSource> m_source;
    QHash<QString, ClusterSnapshot> m_latest;
    QList<NodeReport> m_reports;
    ThresholdStore m_thresholds;  // without an AlertService
    std::unique_ptr<AlertEngine> m_localAlerts; // without an AlertService: rules judged in memory only
    QTimer m_coalesce;
    QTimer m_tick;
};

} // namespace fleetscope

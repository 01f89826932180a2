#pragma once

#include "health/NodeReport.h"

#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "health/HealthThresholds.h"

#include <QFutureWatcher>
#include <QHash>

#include <QTimer>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace fleetscope {

class ClusterBrokersModel;
class ClusterTopicsModel;
class ConsumerGroupsModel;

// One cluster in three tabs: its brokers, its topics and its consumer groups (group -> topic ->
// partition). A line above says how old the data is; when the cluster stops answering the tables
// keep the last data they had, greyed, and the line says since when.
class ClusterDetailView final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { BrokersTab, TopicsTab, GroupsTab };

    explicit ClusterDetailView(const Clock &clock, QWidget *parent = nullptr);

    // Switches to a cluster (clearing the tables if it is another one). pollIntervalMs sets when the
    // data counts as stale.
    void showCluster(const QString &cluster, qint64 pollIntervalMs);
    // How to reach the shown cluster, for the topics' retention (one DescribeConfigs off the GUI
    // thread whenever the topic list changes, and every five minutes). Without it retention stays "—".
    void setClusterConfig(const ClusterConfig &config);
    // The shown cluster's limits (its overrides or the fleet's), for the disk and heap bars.
    void setThresholds(const HealthThresholds &thresholds);
    // A new snapshot of the shown cluster; others are ignored.
    void applySnapshot(const ClusterSnapshot &snapshot);
    // The session's judged rows: the line under the title says what the judge says of this cluster.
    void setReports(const QList<NodeReport> &reports);
    QString healthText() const;

    const QString &cluster() const { return m_cluster; }
    ClusterBrokersModel *brokersModel() const { return m_brokers; }
    ClusterTopicsModel *topicsModel() const { return m_topics; }
    ConsumerGroupsModel *groupsModel() const { return m_groups; }
    QTabWidget *tabs() const { return m_tabs; }
    QString ageText() const;
    QTableView *topicsView() const { return m_topicsView; }

Q_SIGNALS:
    // The context menu was asked for on a topic row (globalPos: where to show it).
    void topicMenuRequested(const QString &cluster, const QString &topic, const QPoint &globalPos);

private:
    void refreshAge();
    void setStale(bool stale);
    void readRetentions(const QStringList &topics);
    void applyRetentions();

    const Clock &m_clock;
    ClusterBrokersModel *m_brokers;
    ClusterTopicsModel *m_topics;
    ConsumerGroupsModel *m_groups;
    QLabel *m_title;
    QLabel *m_age;
    QLabel *m_health;
    QTabWidget *m_tabs;
    QTableView *m_brokersView;
    QTableView *m_topicsView;
    QTreeView *m_groupsView;
    QTimer m_ageTimer;
    QString m_cluster;
    qint64 m_pollIntervalMs = 10000;
    qint64 m_dataAtMs = 0;  // the newest reachable snapshot the tables show
    qint64 m_polledAtMs = 0; // the newest snapshot, reachable or not
    QString m_error;         // why the newest poll failed
    bool m_stale = false;
    std::optional<ClusterConfig> m_config;
    HealthThresholds m_thresholds;
    QStringList m_retentionTopics; // the topics last asked for
    qint64 m_retentionAtMs = 0;
    QFutureWatcher<Result<QHash<QString, qint64>>> m_retentionRead;
};

} // namespace fleetscope

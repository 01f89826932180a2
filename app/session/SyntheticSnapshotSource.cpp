#include "session/SyntheticSnapshotSource.h"

#include <QTimer>

namespace fleetscope {

SyntheticSnapshotSource::SyntheticSnapshotSource(const Fleet &fleet, const Clock &clock, Generator generator,
                                                 QObject *parent)
    : SnapshotSource(parent), m_clock(clock), m_generator(std::move(generator))
{
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &config : site.clusters) {
            Cluster cluster{config, new QTimer(this), 0};
            cluster.timer->setInterval(int(config.pollInterval.count()));
            connect(cluster.timer, &QTimer::timeout, this, [this, name = config.name] { pollNow(name); });
            m_clusters.insert(config.name, cluster);
        }
    }
}

SyntheticSnapshotSource::~SyntheticSnapshotSource() = default;

void SyntheticSnapshotSource::start()
{
    m_stopped = false;
    if (m_manual)
        return;
    for (const Cluster &cluster : std::as_const(m_clusters)) {
        cluster.timer->start();
        QMetaObject::invokeMethod(this, [this, name = cluster.config.name] { pollNow(name); }, Qt::QueuedConnection);
    }
}

void SyntheticSnapshotSource::stop()
{
    m_stopped = true;
    for (const Cluster &cluster : std::as_const(m_clusters))
        cluster.timer->stop();
    QMetaObject::invokeMethod(this, &SnapshotSource::stopped, Qt::QueuedConnection);
}

void SyntheticSnapshotSource::pollNow(const QString &name)
{
    const auto found = m_clusters.find(name);
    if (m_stopped || found == m_clusters.end())
        return;
    ClusterSnapshot snapshot = m_generator(found->config, m_clock.nowMs(), found->polls++);
    snapshot.cluster = name;
    Q_EMIT clusterSampled(snapshot);
}

} // namespace fleetscope

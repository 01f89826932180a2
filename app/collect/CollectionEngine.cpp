#include "collect/CollectionEngine.h"

#include "collect/ClusterPoller.h"
#include "core/Logging.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace fleetscope {

struct CollectionEngine::Slot
{
    std::shared_ptr<ClusterPoller> poller; // shared with a running poll, which may outlive the engine
    QTimer *timer = nullptr;
    QElapsedTimer sinceLaunch; // intervals run start to start: a poll's own duration is not added
    bool busy = false;
    int failures = 0;
};

CollectionEngine::CollectionEngine(const Fleet &fleet, const Clock &clock, QObject *parent)
    : CollectionEngine(fleet, clock, Options{}, parent)
{
}

CollectionEngine::CollectionEngine(const Fleet &fleet, const Clock &clock, Options options, QObject *parent)
    : SnapshotSource(parent), m_clock(clock), m_options(options), m_budget(options.maxLiveHandles)
{
    qRegisterMetaType<ClusterSnapshot>();
    m_pool.setMaxThreadCount(std::max(1, options.maxConcurrentPolls));
    m_pool.setExpiryTimeout(60'000);
    const QHash<QString, QStringList> mirroredInto = fleet.mirroredAliasesByCentral();
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            auto slot = std::make_shared<Slot>();
            slot->poller = std::make_shared<ClusterPoller>(cluster, m_clock, mirroredInto.value(cluster.name), &m_budget);
            slot->timer = new QTimer(this);
            slot->timer->setSingleShot(true);
            connect(slot->timer, &QTimer::timeout, this, [this, name = cluster.name] {
                if (auto it = m_slots.find(name); it != m_slots.end())
                    launch(**it);
            });
            m_slots.insert(cluster.name, slot);
        }
    }
}

CollectionEngine::~CollectionEngine()
{
    // Polls already running end within their request timeout; queued ones are dropped. The pollers
    // go before the budget they hold slots of.
    m_pool.clear();
    m_pool.waitForDone();
    m_slots.clear();
}

void CollectionEngine::start()
{
    for (const auto &slot : std::as_const(m_slots))
        launch(*slot);
}

void CollectionEngine::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_cancelled->store(true);
    for (const auto &slot : std::as_const(m_slots))
        slot->timer->stop();
    // Queued polls are not taken out of the pool: their futures would never finish, and stopped()
    // would never come. They start, see the flag and end at once.
    if (m_inFlight == 0)
        QMetaObject::invokeMethod(this, &CollectionEngine::stopped, Qt::QueuedConnection);
}

void CollectionEngine::pollNow(const QString &cluster)
{
    if (auto it = m_slots.find(cluster); it != m_slots.end())
        launch(**it);
}

qint64 CollectionEngine::nextDelayMs(qint64 intervalMs, int failures, qint64 maxBackoffMs)
{
    // Back off to at most eight intervals: an unreachable site is still noticed soon after it returns.
    const qint64 cap = std::max(intervalMs, std::min(maxBackoffMs, 8 * intervalMs));
    qint64 delay = intervalMs;
    for (int i = 0; i < failures && delay < cap; ++i)
        delay *= 2;
    return std::min(delay, cap);
}

void CollectionEngine::launch(Slot &slot)
{
    if (slot.busy || m_stopping)
        return; // the running poll reschedules when it ends
    slot.timer->stop();
    slot.busy = true;
    slot.sinceLaunch.start();
    ++m_inFlight;
    Q_EMIT activityChanged(m_inFlight);

    auto *watcher = new QFutureWatcher<ClusterSnapshot>(this);
    const QString name = slot.poller->config().name;
    connect(watcher, &QFutureWatcher<ClusterSnapshot>::finished, this, [this, watcher, name] {
        finish(name, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [poller = slot.poller, cancelled = m_cancelled] {
        return cancelled->load() ? ClusterSnapshot{} : poller->poll();
    }));
}

void CollectionEngine::finish(const QString &cluster, ClusterSnapshot snapshot)
{
    --m_inFlight;
    Q_EMIT activityChanged(m_inFlight);
    if (m_stopping) {
        if (m_inFlight == 0)
            Q_EMIT stopped();
        return; // nobody listens for snapshots any more
    }
    auto it = m_slots.find(cluster);
    if (it == m_slots.end())
        return;
    Slot &slot = **it;
    slot.busy = false;
    slot.failures = snapshot.reachable ? 0 : slot.failures + 1;
    const qint64 interval = slot.poller->config().pollInterval.count();
    const qint64 delay = std::max<qint64>(0, nextDelayMs(interval, slot.failures, m_options.maxBackoffMs)
                                                 - slot.sinceLaunch.elapsed());
    if (slot.failures > 0)
        qCInfo(lcCollect) << cluster << "unreachable" << slot.failures << "time(s); next try in" << delay << "ms";
    slot.timer->start(int(delay));

    qCDebug(lcCollect) << cluster << "polled; links from metadata:" << snapshot.linkFromMetadata << "brokers:" << snapshot.brokers.size();
    Q_EMIT clusterSampled(snapshot);
}

} // namespace fleetscope

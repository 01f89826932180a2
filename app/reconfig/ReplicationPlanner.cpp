#include "reconfig/ReplicationPlanner.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReplicationPlanner", text);
}

// The running counts a plan is balanced against, updated as replicas are added and dropped.
class Loads final
{
public:
    Loads(const ClusterMetadata &metadata, const QString &topic, const QMap<int, QString> &racks)
        : m_racks(racks)
    {
        for (const BrokerAddress &broker : metadata.brokers)
            m_overall.insert(broker.nodeId, 0);
        for (const TopicMetadata &t : metadata.topics) {
            for (const PartitionMetadata &p : t.partitions) {
                for (int id : p.replicas) {
                    ++m_overall[id];
                    if (t.name == topic)
                        ++m_topic[id];
                }
            }
        }
    }

    void add(int id)
    {
        ++m_overall[id];
        ++m_topic[id];
    }
    void remove(int id)
    {
        --m_overall[id];
        --m_topic[id];
    }
    int topic(int id) const { return m_topic.value(id); }
    int overall(int id) const { return m_overall.value(id); }
    const QMap<int, int> &overall() const { return m_overall; }

    // A broker without a known rack counts as a rack of its own, so it never looks like a duplicate.
    QString rackOf(int id) const { return m_racks.value(id, QStringLiteral("\x01node-%1").arg(id)); }
    int sameRack(int id, const QList<int> &replicas) const
    {
        const QString rack = rackOf(id);
        return int(std::count_if(replicas.cbegin(), replicas.cend(), [&](int other) { return other != id && rackOf(other) == rack; }));
    }

private:
    const QMap<int, QString> &m_racks;
    QMap<int, int> m_overall;
    QMap<int, int> m_topic;
};

// Current replicas with the partition's leader first (when it has one and it is a replica).
QList<int> leaderFirst(const PartitionMetadata &partition)
{
    QList<int> replicas = partition.replicas;
    const qsizetype at = replicas.indexOf(partition.leader);
    if (at > 0)
        replicas.move(at, 0);
    return replicas;
}

// brokers: sorted node ids. Ties are broken by the distance after the partition's leader on the ring
// of node ids (Kafka's own round-robin idea), so that equal loads do not all pile onto the lowest id.
void grow(QList<int> &replicas, int target, const QList<int> &brokers, int partition, Loads &loads)
{
    const qsizetype n = brokers.size();
    const qsizetype leaderAt = brokers.indexOf(replicas.value(0, -1));
    const qsizetype anchor = leaderAt >= 0 ? leaderAt : partition % n;
    auto ringDistance = [&](int id) { return (brokers.indexOf(id) - anchor + n) % n; };
    while (replicas.size() < target) {
        // Lowest key wins: a new rack first, then this topic's load, overall load, ring distance.
        auto key = [&](int id) {
            return std::make_tuple(loads.sameRack(id, replicas), loads.topic(id), loads.overall(id), ringDistance(id));
        };
        int best = -1;
        for (int id : brokers) {
            if (!replicas.contains(id) && (best < 0 || key(id) < key(best)))
                best = id;
        }
        if (best < 0)
            return; // cannot happen: the factor was checked against the broker count
        replicas.append(best);
        loads.add(best);
    }
}

void shrink(QList<int> &replicas, int target, const QList<int> &isr, Loads &loads)
{
    while (replicas.size() > target) {
        // Highest key goes first: out of the ISR, then a shared rack, then the heaviest broker. Index 0
        // (the leader) is never a candidate.
        auto key = [&](int id) {
            return std::make_tuple(!isr.contains(id), loads.sameRack(id, replicas), loads.topic(id), loads.overall(id), id);
        };
        qsizetype worst = 1;
        for (qsizetype i = 2; i < replicas.size(); ++i) {
            if (key(replicas[i]) > key(replicas[worst]))
                worst = i;
        }
        loads.remove(replicas[worst]);
        replicas.removeAt(worst);
    }
}

} // namespace

Result<ReplicationPlan> ReplicationPlanner::plan(const ClusterMetadata &metadata, const QString &topic,
    int targetReplicationFactor, const QMap<int, QString> &racks)
{
    const auto found = std::find_if(metadata.topics.cbegin(), metadata.topics.cend(),
        [&](const TopicMetadata &t) { return t.name == topic; });
    if (found == metadata.topics.cend())
        return Error { tr("Topic \"%1\" is not in the cluster's metadata; check its name.").arg(topic) };
    QList<int> brokers;
    QStringList brokerNames;
    for (const BrokerAddress &broker : metadata.brokers) {
        brokers.append(broker.nodeId);
        brokerNames.append(QString::number(broker.nodeId));
    }
    std::sort(brokers.begin(), brokers.end());
    if (targetReplicationFactor < 1)
        return Error { tr("A replication factor of %1 is not possible for topic \"%2\": it must be at least 1.")
                           .arg(targetReplicationFactor)
                           .arg(topic) };
    if (targetReplicationFactor > brokers.size())
        return Error { tr("Topic \"%1\" cannot have %2 replicas: the cluster has only %3 live broker(s) (%4). "
                          "Choose a replication factor of at most %3, or bring more brokers up first.")
                           .arg(topic)
                           .arg(targetReplicationFactor)
                           .arg(brokers.size())
                           .arg(brokerNames.join(QStringLiteral(", "))) };

    Loads loads(metadata, topic, racks);
    ReplicationPlan plan;
    plan.topic = topic;
    plan.targetReplicationFactor = targetReplicationFactor;
    plan.replicasPerBrokerBefore = loads.overall();
    plan.rackAware = !racks.isEmpty();

    QList<PartitionMetadata> partitions = found->partitions;
    std::sort(partitions.begin(), partitions.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const PartitionMetadata &partition : partitions) {
        if (partition.replicas.isEmpty())
            return Error { tr("Partition %1 of topic \"%2\" has no replicas in the metadata, so a new assignment "
                              "cannot keep its data; check the cluster's health first.")
                               .arg(partition.id)
                               .arg(topic) };
        PartitionAssignment assignment;
        assignment.partition = partition.id;
        assignment.current = partition.replicas;
        assignment.target = leaderFirst(partition);
        grow(assignment.target, targetReplicationFactor, brokers, partition.id, loads);
        shrink(assignment.target, targetReplicationFactor, partition.isr, loads);
        // Only the count matters to the user: the same replicas in the old order is no change.
        if (assignment.target.size() == assignment.current.size()
            && std::is_permutation(assignment.target.cbegin(), assignment.target.cend(), assignment.current.cbegin()))
            assignment.target = assignment.current;
        plan.partitions.append(assignment);
    }
    plan.replicasPerBrokerAfter = loads.overall();
    return plan;
}

} // namespace fleetscope

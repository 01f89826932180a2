#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace fleetscope {

struct TopicPartition
{
    QString topic;
    int partition = 0;

    friend bool operator==(const TopicPartition &a, const TopicPartition &b)
    {
        return a.partition == b.partition && a.topic == b.topic;
    }
};

inline size_t qHash(const TopicPartition &tp, size_t seed = 0)
{
    return qHashMulti(seed, tp.topic, tp.partition);
}

struct PartitionLag
{
    QString topic;
    int partition = 0;
    qint64 committed = -1; // -1: the group has no committed offset here
    qint64 endOffset = -1; // -1: the end offset could not be read
    int leader = -1;

    // end - committed, never negative; empty when either side is unknown.
    std::optional<qint64> lag() const
    {
        if (committed < 0 || endOffset < 0)
            return std::nullopt;
        return std::max<qint64>(0, endOffset - committed);
    }
};

// How far behind one group is, in messages and (estimated) in time.
struct GroupLag
{
    QString group;
    QString state; // librdkafka's name: Stable, Empty, PreparingRebalance, ...
    QString error; // why this group's offsets could not be read; empty if they could
    QList<PartitionLag> partitions;
    qint64 totalLag = 0;
    // An estimate: lag divided by the group's recent consume rate, or, when the group makes no
    // progress at all, the time since it last did. Empty until two polls have been compared.
    std::optional<double> lagSeconds;
    bool stalled = false; // the committed offsets did not move while there was lag
};

// What one poll learned about consumer lag in one cluster.
struct LagReport
{
    QList<GroupLag> groups;
    QHash<TopicPartition, qint64> endOffsets; // every partition of the cluster
    QString error; // a failure of the whole lag collection, e.g. the group list timed out

    qint64 totalLag() const;
    // The lag over the partitions a broker leads.
    QHash<int, qint64> lagByLeader() const;
};

} // namespace fleetscope

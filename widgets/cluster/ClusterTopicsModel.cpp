#include "cluster/ClusterTopicsModel.h"

#include "format/Formatter.h"

#include <algorithm>

namespace fleetscope {

int ClusterTopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterTopicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterTopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Topic"),       QT_TR_NOOP("Partitions"),
                                                    QT_TR_NOOP("Replication"), QT_TR_NOOP("Under-repl."),
                                                    QT_TR_NOOP("Size"),        QT_TR_NOOP("Retention")};
    static const char *const tips[ColumnCount] = {
        nullptr, nullptr, QT_TR_NOOP("Replication factor: replicas per partition"),
        QT_TR_NOOP("Partitions with fewer in-sync replicas than replicas"),
        QT_TR_NOOP("Bytes on disk over all replicas, from DescribeLogDirs"), QT_TR_NOOP("retention.ms of the topic")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole && tips[section])
        return tr(tips[section]);
    return {};
}

QVariant ClusterTopicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicRow &t = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(t, column);
    case RawValueRole:
        return raw(t, column);
    case Qt::ToolTipRole:
        if (column == RetentionColumn && !m_retentionMs.contains(t.name))
            return tr("Not known: the topic's configuration has not been read (DescribeConfigs)");
        if (column == SizeColumn && !t.sizeBytes)
            return tr("No broker has reported its log directories yet");
        if (column == UnderReplicatedColumn && t.offline > 0)
            return tr("%n partition(s) without a leader (offline)", "", t.offline);
        return {};
    case Qt::TextAlignmentRole:
        return column != NameColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ClusterTopicsModel::display(const TopicRow &t, int column) const
{
    switch (column) {
    case NameColumn:
        return t.name;
    case PartitionsColumn:
        return QString::number(t.partitions);
    case ReplicationColumn:
        return t.minReplicas == t.maxReplicas ? QString::number(t.maxReplicas)
                                              : QStringLiteral("%1–%2").arg(t.minReplicas).arg(t.maxReplicas);
    case UnderReplicatedColumn:
        return t.offline > 0 ? tr("%1 (%2 offline)").arg(t.underReplicated).arg(t.offline)
                             : QString::number(t.underReplicated);
    case SizeColumn:
        return t.sizeBytes ? Formatter::bytes(*t.sizeBytes) : Formatter::none();
    case RetentionColumn: {
        const auto found = m_retentionMs.constFind(t.name);
        if (found == m_retentionMs.cend())
            return Formatter::none();
        return *found < 0 ? tr("unlimited") : Formatter::duration(*found);
    }
    }
    return {};
}

QVariant ClusterTopicsModel::raw(const TopicRow &t, int column) const
{
    switch (column) {
    case NameColumn:
        return t.name;
    case PartitionsColumn:
        return t.partitions;
    case ReplicationColumn:
        return t.maxReplicas;
    case UnderReplicatedColumn:
        return t.underReplicated;
    case SizeColumn:
        return t.sizeBytes ? QVariant(*t.sizeBytes) : QVariant();
    case RetentionColumn:
        // Unlimited sorts after every finite retention.
        if (const auto found = m_retentionMs.constFind(t.name); found != m_retentionMs.cend())
            return *found < 0 ? std::numeric_limits<qint64>::max() : *found;
        return {};
    }
    return {};
}

QList<ClusterTopicsModel::TopicRow> ClusterTopicsModel::rowsFrom(const ClusterSnapshot &snapshot)
{
    QHash<QString, qint64> sizes;
    for (const BrokerStatus &broker : snapshot.brokers) {
        if (!broker.disk)
            continue;
        for (const LogDir &dir : broker.disk->logDirs)
            for (const LogDirTopic &topic : dir.topics)
                for (const LogDirPartition &partition : topic.partitions)
                    if (!partition.isFuture) // a copy on its way counts once it has arrived
                        sizes[topic.name] += partition.sizeBytes;
    }
    const bool anyDisk = std::any_of(snapshot.brokers.cbegin(), snapshot.brokers.cend(),
                                     [](const BrokerStatus &b) { return b.disk.has_value(); });

    QList<TopicRow> rows;
    rows.reserve(snapshot.topics.size());
    for (const TopicMetadata &topic : snapshot.topics) {
        TopicRow row;
        row.name = topic.name;
        row.partitions = int(topic.partitions.size());
        row.minReplicas = topic.partitions.isEmpty() ? 0 : std::numeric_limits<int>::max();
        for (const PartitionMetadata &p : topic.partitions) {
            row.minReplicas = std::min(row.minReplicas, int(p.replicas.size()));
            row.maxReplicas = std::max(row.maxReplicas, int(p.replicas.size()));
            if (p.isr.size() < p.replicas.size())
                ++row.underReplicated;
            if (p.leader < 0)
                ++row.offline;
        }
        if (anyDisk)
            row.sizeBytes = sizes.value(topic.name);
        rows.append(row);
    }
    return rows;
}

void ClusterTopicsModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    syncRows(m_rows, rowsFrom(snapshot), [](const TopicRow &t) { return t.name; },
             [](const TopicRow &a, const TopicRow &b) { return a == b; });
}

void ClusterTopicsModel::setRetention(const QString &topic, std::optional<qint64> retentionMs)
{
    const auto found = m_retentionMs.constFind(topic);
    const std::optional<qint64> old = found == m_retentionMs.cend() ? std::nullopt : std::optional<qint64>(*found);
    if (old == retentionMs)
        return;
    if (retentionMs)
        m_retentionMs.insert(topic, *retentionMs);
    else
        m_retentionMs.remove(topic);
    if (const int row = rowOf(topic); row >= 0)
        Q_EMIT dataChanged(index(row, RetentionColumn), index(row, RetentionColumn));
}

void ClusterTopicsModel::clearRetentions()
{
    m_retentionMs.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, RetentionColumn), index(int(m_rows.size()) - 1, RetentionColumn));
}

int ClusterTopicsModel::rowOf(const QString &topic) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), topic,
                                     [](const TopicRow &row, const QString &name) { return row.name < name; });
    return it != m_rows.cend() && it->name == topic ? int(it - m_rows.cbegin()) : -1;
}

} // namespace fleetscope

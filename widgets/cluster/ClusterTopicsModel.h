#pragma once

#include "cluster/SortedTableModel.h"
#include "collect/ClusterSnapshot.h"
#include "overview/OverviewTableModel.h"

#include <QHash>

#include <optional>

namespace fleetscope {

// The topics of one cluster: partitions, replication factor, under-replicated and offline
// partitions (metadata), size on disk over all replicas (DescribeLogDirs) and retention.
class ClusterTopicsModel final : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn, PartitionsColumn, ReplicationColumn, UnderReplicatedColumn, SizeColumn, RetentionColumn, ColumnCount
    };
    enum Role { RawValueRole = OverviewTableModel::RawValueRole };

    struct TopicRow
    {
        QString name;
        int partitions = 0;
        int minReplicas = 0; // replication factor; min and max differ while a reassignment runs
        int maxReplicas = 0;
        int underReplicated = 0;
        int offline = 0;
        std::optional<qint64> sizeBytes; // every replica on every broker that answered DescribeLogDirs

        friend bool operator==(const TopicRow &, const TopicRow &) = default;
    };

    using SortedTableModel::SortedTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes the topics of a reachable cluster's snapshot; only rows whose values changed repaint.
    void setSnapshot(const ClusterSnapshot &snapshot);
    // retention.ms of one topic as DescribeConfigs reported it (-1: unlimited); empty: not known.
    // Kept across snapshots; repaints that one cell.
    void setRetention(const QString &topic, std::optional<qint64> retentionMs);
    void clearRetentions();

    static QList<TopicRow> rowsFrom(const ClusterSnapshot &snapshot);
    const TopicRow &topic(int row) const { return m_rows.at(row); }
    int rowOf(const QString &topic) const;

private:
    QVariant display(const TopicRow &t, int column) const;
    QVariant raw(const TopicRow &t, int column) const;

    QList<TopicRow> m_rows; // by name
    QHash<QString, qint64> m_retentionMs;
};

} // namespace fleetscope

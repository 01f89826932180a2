#pragma once

#include "lag/ConsumerLag.h"
#include "overview/OverviewTableModel.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>

namespace fleetscope {

// The consumer groups of one cluster as a tree: group -> topic -> partition, with the lag at each
// level (a partition's is its end offset minus the committed one), the group's estimated lag in
// time, and the committed and end offsets of each partition. A new LagReport is merged in place:
// only rows whose numbers changed emit dataChanged, so expanded groups stay expanded.
class ConsumerGroupsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, LagColumn, LagTimeColumn, CommittedColumn, EndOffsetColumn, ColumnCount };
    enum Kind { GroupKind, TopicKind, PartitionKind };
    enum Role { RawValueRole = OverviewTableModel::RawValueRole, KindRole = Qt::UserRole + 20 };

    explicit ConsumerGroupsModel(QObject *parent = nullptr);
    ~ConsumerGroupsModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLag(const LagReport &lag);

    QModelIndex groupIndex(const QString &group) const;

private:
    struct Node;
    using NodePtr = std::shared_ptr<Node>;
    static NodePtr treeFrom(const LagReport &lag);
    void syncChildren(Node *parent, const QList<NodePtr> &incoming);
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *nodeAt(const QModelIndex &index) const;
    QVariant display(const Node &node, int column) const;
    QVariant raw(const Node &node, int column) const;

    NodePtr m_root;
};

} // namespace fleetscope

#include "cluster/ConsumerGroupsModel.h"

#include "cluster/SortedRowSync.h"
#include "format/Formatter.h"

#include <QMap>

namespace fleetscope {

struct ConsumerGroupsModel::Node
{
    Kind kind = GroupKind;
    Node *parent = nullptr;
    QString name;       // group id or topic; empty for partitions
    int partition = -1; // partitions only
    QString state;      // groups
    QString error;      // groups whose offsets could not be read
    std::optional<qint64> lag;
    std::optional<double> lagSeconds; // groups
    bool stalled = false;
    qint64 committed = -1; // partitions
    qint64 endOffset = -1;
    QList<NodePtr> children; // sorted by key()

    std::pair<int, QString> key() const { return {partition, name}; }
    bool sameValues(const Node &o) const
    {
        return state == o.state && error == o.error && lag == o.lag && lagSeconds == o.lagSeconds
            && stalled == o.stalled && committed == o.committed && endOffset == o.endOffset;
    }
    void copyValues(const Node &o)
    {
        state = o.state;
        error = o.error;
        lag = o.lag;
        lagSeconds = o.lagSeconds;
        stalled = o.stalled;
        committed = o.committed;
        endOffset = o.endOffset;
    }
    NodePtr adopt(NodePtr child)
    {
        child->parent = this;
        children.append(child);
        return child;
    }
};

namespace {

void addLag(std::optional<qint64> &sum, std::optional<qint64> value)
{
    if (value)
        sum = sum.value_or(0) + *value;
}

} // namespace

ConsumerGroupsModel::ConsumerGroupsModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_shared<Node>()) { }

ConsumerGroupsModel::~ConsumerGroupsModel() = default;

ConsumerGroupsModel::NodePtr ConsumerGroupsModel::treeFrom(const LagReport &lag)
{
    auto root = std::make_shared<Node>();
    QMap<QString, const GroupLag *> byName; // sorted, as syncChildren needs
    for (const GroupLag &group : lag.groups)
        byName.insert(group.group, &group);
    for (const GroupLag *group : std::as_const(byName)) {
        auto g = root->adopt(std::make_shared<Node>());
        g->kind = GroupKind;
        g->name = group->group;
        g->state = group->state;
        g->error = group->error;
        g->lag = group->error.isEmpty() ? std::optional<qint64>(group->totalLag) : std::nullopt;
        g->lagSeconds = group->lagSeconds;
        g->stalled = group->stalled;
        QMap<QString, QMap<int, const PartitionLag *>> byTopic;
        for (const PartitionLag &p : group->partitions)
            byTopic[p.topic].insert(p.partition, &p);
        for (auto topic = byTopic.cbegin(); topic != byTopic.cend(); ++topic) {
            auto t = g->adopt(std::make_shared<Node>());
            t->kind = TopicKind;
            t->name = topic.key();
            for (const PartitionLag *p : topic.value()) {
                auto leaf = t->adopt(std::make_shared<Node>());
                leaf->kind = PartitionKind;
                leaf->partition = p->partition;
                leaf->committed = p->committed;
                leaf->endOffset = p->endOffset;
                leaf->lag = p->lag();
                addLag(t->lag, leaf->lag);
            }
        }
    }
    return root;
}

void ConsumerGroupsModel::setLag(const LagReport &lag)
{
    const NodePtr incoming = treeFrom(lag);
    syncChildren(m_root.get(), incoming->children);
}

void ConsumerGroupsModel::syncChildren(Node *parent, const QList<NodePtr> &incoming)
{
    struct Hooks
    {
        ConsumerGroupsModel *model;
        Node *parent;
        QModelIndex parentIndex;
        void beginRemove(int row) { model->beginRemoveRows(parentIndex, row, row); }
        void endRemove() { model->endRemoveRows(); }
        void beginInsert(int row, const NodePtr &node)
        {
            node->parent = parent;
            model->beginInsertRows(parentIndex, row, row);
        }
        void endInsert() { model->endInsertRows(); }
        void update(int row, const NodePtr &in)
        {
            Node &current = *parent->children[row];
            if (!current.sameValues(*in)) {
                current.copyValues(*in);
                Q_EMIT model->dataChanged(model->index(row, 0, parentIndex), model->index(row, ColumnCount - 1, parentIndex));
            }
            model->syncChildren(&current, in->children);
        }
    };
    syncSortedRows(parent->children, incoming, [](const NodePtr &node) { return node->key(); },
                   Hooks{this, parent, indexOf(parent)});
}

ConsumerGroupsModel::Node *ConsumerGroupsModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    const auto *parent = static_cast<const Node *>(index.internalPointer());
    return parent->children.at(index.row()).get();
}

QModelIndex ConsumerGroupsModel::indexOf(const Node *node, int column) const
{
    if (!node || !node->parent)
        return {};
    const QList<NodePtr> &siblings = node->parent->children;
    for (int row = 0; row < siblings.size(); ++row)
        if (siblings[row].get() == node)
            return createIndex(row, column, node->parent);
    return {};
}

QModelIndex ConsumerGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeAt(parent));
}

QModelIndex ConsumerGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer()));
}

int ConsumerGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeAt(parent)->children.size());
}

int ConsumerGroupsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConsumerGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Group / topic / partition"), QT_TR_NOOP("State"),
                                                    QT_TR_NOOP("Lag"), QT_TR_NOOP("Lag time"),
                                                    QT_TR_NOOP("Committed"), QT_TR_NOOP("End offset")};
    static const char *const tips[ColumnCount] = {
        nullptr, QT_TR_NOOP("The group's state as its coordinator reports it"),
        QT_TR_NOOP("Messages behind: end offset minus committed offset"),
        QT_TR_NOOP("Estimated from the group's recent consume rate"), QT_TR_NOOP("The group's committed offset"),
        QT_TR_NOOP("The partition's end offset (high watermark)")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole && tips[section])
        return tr(tips[section]);
    return {};
}

QVariant ConsumerGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeAt(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(node, column);
    case RawValueRole:
        return raw(node, column);
    case KindRole:
        return int(node.kind);
    case Qt::ToolTipRole:
        if (!node.error.isEmpty())
            return node.error;
        if (node.kind == PartitionKind && node.committed < 0)
            return tr("The group has no committed offset on this partition");
        if (node.kind == GroupKind && column == LagTimeColumn && node.stalled)
            return tr("The group's committed offsets did not move while it had lag");
        return {};
    case Qt::TextAlignmentRole:
        return column >= LagColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ConsumerGroupsModel::display(const Node &node, int column) const
{
    switch (column) {
    case NameColumn:
        return node.kind == PartitionKind ? tr("partition %1").arg(node.partition) : node.name;
    case StateColumn:
        if (node.kind != GroupKind)
            return {};
        return node.error.isEmpty() ? node.state : tr("error");
    case LagColumn:
        return node.lag ? Formatter::count(*node.lag) : Formatter::none();
    case LagTimeColumn:
        if (node.kind != GroupKind)
            return {};
        if (!node.lagSeconds)
            return Formatter::none();
        //: "~" marks an estimate; "stalled": the group makes no progress
        return node.stalled ? tr("~%1, stalled").arg(Formatter::duration(qint64(*node.lagSeconds * 1000)))
                            : tr("~%1").arg(Formatter::duration(qint64(*node.lagSeconds * 1000)));
    case CommittedColumn:
        if (node.kind != PartitionKind)
            return {};
        return node.committed >= 0 ? QString::number(node.committed) : Formatter::none();
    case EndOffsetColumn:
        if (node.kind != PartitionKind)
            return {};
        return node.endOffset >= 0 ? QString::number(node.endOffset) : Formatter::none();
    }
    return {};
}

QVariant ConsumerGroupsModel::raw(const Node &node, int column) const
{
    switch (column) {
    case NameColumn:
        return node.kind == PartitionKind ? QVariant(node.partition) : QVariant(node.name);
    case StateColumn:
        return node.state;
    case LagColumn:
        return node.lag ? QVariant(*node.lag) : QVariant();
    case LagTimeColumn:
        return node.lagSeconds ? QVariant(*node.lagSeconds) : QVariant();
    case CommittedColumn:
        return node.kind == PartitionKind && node.committed >= 0 ? QVariant(node.committed) : QVariant();
    case EndOffsetColumn:
        return node.kind == PartitionKind && node.endOffset >= 0 ? QVariant(node.endOffset) : QVariant();
    }
    return {};
}

QModelIndex ConsumerGroupsModel::groupIndex(const QString &group) const
{
    for (const NodePtr &g : m_root->children)
        if (g->name == group)
            return indexOf(g.get());
    return {};
}

} // namespace fleetscope

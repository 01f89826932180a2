#include "fleet/FleetTreeModel.h"

#include "common/StatusIcons.h"
#include "format/Formatter.h"
#include "health/ClusterSummary.h"
#include "health/NodeReport.h"

#include <QGuiApplication>
#include <QPalette>

#include <optional>

namespace fleetscope {

struct FleetTreeModel::Node
{
    Kind kind = SiteKind;
    QString name;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    // Cluster nodes
    qint64 pollIntervalMs = 10000;
    std::optional<ClusterSnapshot> snapshot;
    // Broker nodes
    int nodeId = -1;
    // Every node, from the judged reports
    bool judged = false;
    bool stale = false;
    Severity severity = Severity::Healthy;
    QStringList reasons;

    Node *addChild(Kind childKind, const QString &childName)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->name = childName;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    const BrokerStatus *brokerStatus() const
    {
        return parent && parent->snapshot ? parent->snapshot->broker(nodeId) : nullptr;
    }
};

FleetTreeModel::FleetTreeModel(const Fleet &fleet, const Clock &clock, QObject *parent)
    : QAbstractItemModel(parent), m_clock(clock), m_root(std::make_unique<Node>())
{
    for (const SiteConfig &site : fleet.sites) {
        Node *siteNode = m_root->addChild(SiteKind, site.name);
        for (const ClusterConfig &cluster : site.clusters) {
            Node *clusterNode = siteNode->addChild(ClusterKind, cluster.name);
            clusterNode->pollIntervalMs = cluster.pollInterval.count();
        }
    }
}

FleetTreeModel::~FleetTreeModel() = default;

FleetTreeModel::Node *FleetTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex FleetTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex FleetTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *parentNode = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[std::size_t(row)].get());
}

QModelIndex FleetTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    return child.isValid() ? indexFor(node->parent, 0) : QModelIndex();
}

int FleetTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int FleetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case HealthColumn:
        return tr("Health");
    case RttColumn:
        return tr("Round trip");
    case AgeColumn:
        return tr("Updated");
    }
    return {};
}

bool FleetTreeModel::isStale(const Node &clusterNode) const
{
    // Stale as the judge found it, with the cluster's own limits; nothing is decided here.
    return clusterNode.snapshot && clusterNode.judged && clusterNode.stale;
}

QVariant FleetTreeModel::healthData(const Node &node, int role) const
{
    if (!node.judged)
        return role == Qt::DisplayRole ? QVariant(Formatter::none()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return severityName(node.severity);
    case SeverityRole:
        return int(node.severity);
    case Qt::ToolTipRole:
        return node.reasons.isEmpty() ? QVariant() : QVariant(node.reasons.join(QLatin1Char('\n')));
    case Qt::ForegroundRole:
        return node.severity == Severity::Healthy ? QVariant()
                                                  : QVariant(QBrush(StatusIcons::colorFor(node.severity, QGuiApplication::palette())));
    default:
        return {};
    }
}

void FleetTreeModel::setReports(const QList<NodeReport> &reports)
{
    // Clusters at their worst, with the brokers each reason is about, as the overview's cluster rows.
    QHash<QString, NodeReport> clusters;
    for (const NodeReport &cluster : ClusterSummary::summarize(reports))
        clusters.insert(cluster.cluster, cluster);
    QHash<QString, const NodeReport *> brokers; // "cluster/node"
    for (const NodeReport &r : reports)
        if (r.nodeId >= 0)
            brokers.insert(r.cluster + QLatin1Char('/') + QString::number(r.nodeId), &r);
    const auto update = [this](Node &node, Severity severity, const QStringList &reasons, bool stale) {
        if (node.judged && node.severity == severity && node.reasons == reasons && node.stale == stale)
            return;
        node.judged = true;
        node.severity = severity;
        node.reasons = reasons;
        node.stale = stale;
        Q_EMIT dataChanged(indexFor(&node, 0), indexFor(&node, ColumnCount - 1));
    };
    for (const auto &site : m_root->children) {
        Severity siteSeverity = Severity::Healthy;
        QStringList siteReasons;
        for (const auto &cluster : site->children) {
            const auto found = clusters.constFind(cluster->name);
            if (found == clusters.cend())
                continue;
            siteSeverity = worst(siteSeverity, found->severity);
            for (const QString &reason : found->reasons)
                siteReasons.append(QStringLiteral("%1: %2").arg(cluster->name, reason));
            for (const auto &broker : cluster->children)
                if (const NodeReport *r = brokers.value(cluster->name + QLatin1Char('/') + QString::number(broker->nodeId)))
                    update(*broker, r->severity, r->reasons, r->stale);
            update(*cluster, found->severity, found->reasons, found->stale);
        }
        update(*site, siteSeverity, siteReasons, false);
    }
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeFor(index);
    if (role == KindRole)
        return node.kind;
    const bool identity = role == ClusterNameRole || role == NodeIdRole || role == StaleRole || role == LinkStateRole;
    if ((index.column() == HealthColumn || role == SeverityRole) && !identity)
        return healthData(node, role);
    switch (node.kind) {
    case SiteKind:
        return siteData(node, index.column(), role);
    case ClusterKind:
        return clusterData(node, index.column(), role);
    case BrokerKind:
        return brokerData(node, index.column(), role);
    }
    return {};
}

QVariant FleetTreeModel::siteData(const Node &node, int column, int role) const
{
    int unreachable = 0;
    int waiting = 0;
    for (const auto &cluster : node.children) {
        if (!cluster->snapshot)
            ++waiting;
        else if (!cluster->snapshot->reachable)
            ++unreachable;
    }
    if (role == Qt::DisplayRole) {
        if (column == NameColumn)
            return node.name;
        if (column == StateColumn) {
            if (unreachable > 0)
                return tr("%n of %1 cluster(s) unreachable", "", unreachable).arg(node.children.size());
            return tr("%n cluster(s)", "", int(node.children.size()));
        }
    }
    if (role == Qt::DecorationRole && column == NameColumn) {
        if (unreachable == int(node.children.size()) && unreachable > 0)
            return StatusIcons::unreachable();
        if (unreachable > 0)
            return StatusIcons::forState(LinkState::Down, false);
        return StatusIcons::forState(waiting > 0 ? LinkState::Unknown : LinkState::Up, false);
    }
    return {};
}

QVariant FleetTreeModel::clusterData(const Node &node, int column, int role) const
{
    const ClusterSnapshot *snap = node.snapshot ? &*node.snapshot : nullptr;
    const bool stale = isStale(node);
    switch (role) {
    case ClusterNameRole:
        return node.name;
    case StaleRole:
        return stale;
    case LinkStateRole:
        if (!snap)
            return int(LinkState::Unknown);
        return int(!snap->reachable || snap->brokersUp() < snap->brokers.size() ? LinkState::Down : LinkState::Up);
    case RawValueRole:
        return column == AgeColumn && snap ? QVariant(m_clock.nowMs() - snap->sampledAtMs) : QVariant();
    case Qt::ToolTipRole:
        return snap && !snap->error.isEmpty() ? snap->error : QVariant();
    case Qt::ForegroundRole:
        return stale ? QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text) : QVariant();
    case Qt::DecorationRole:
        if (column != NameColumn)
            return {};
        if (!snap)
            return StatusIcons::forState(LinkState::Unknown, false);
        if (!snap->reachable)
            return StatusIcons::unreachable();
        return StatusIcons::forState(snap->brokersUp() < snap->brokers.size() ? LinkState::Down : LinkState::Up,
                                     stale);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return node.name;
    case StateColumn:
        if (!snap)
            return tr("waiting for first poll…");
        if (!snap->reachable)
            return tr("unreachable");
        return tr("%1 of %2 brokers up").arg(snap->brokersUp()).arg(snap->brokers.size());
    case AgeColumn:
        return snap ? Formatter::age(m_clock.nowMs() - snap->sampledAtMs) : tr("never");
    }
    return {};
}

QVariant FleetTreeModel::brokerData(const Node &node, int column, int role) const
{
    const BrokerStatus *status = node.brokerStatus();
    const bool stale = isStale(*node.parent);
    const LinkState state = status ? status->state : LinkState::Unknown;
    const std::optional<qint64> rtt = status ? status->rttUs : std::nullopt;
    const qint64 sampledAt = status && status->linkSampledAtMs > 0 ? status->linkSampledAtMs
                                                                   : node.parent->snapshot->sampledAtMs;
    switch (role) {
    case ClusterNameRole:
        return node.parent->name;
    case NodeIdRole:
        return node.nodeId;
    case LinkStateRole:
        return int(state);
    case StaleRole:
        return stale;
    case RawValueRole:
        if (column == RttColumn)
            return rtt ? QVariant(*rtt) : QVariant();
        if (column == AgeColumn)
            return m_clock.nowMs() - sampledAt;
        return {};
    case Qt::ForegroundRole:
        return stale ? QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text) : QVariant();
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(StatusIcons::forState(state, stale)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = status ? QStringLiteral("%1:%2").arg(status->host).arg(status->port) : QString();
        if (status && status->link)
            tip += QLatin1Char('\n')
                + tr("librdkafka state %1 for %2; %3 disconnects, %4 request timeouts")
                      .arg(status->link->rawState, Formatter::duration(status->link->stateAgeMs))
                      .arg(status->link->disconnects)
                      .arg(status->link->requestTimeouts);
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return tr("broker %1").arg(node.nodeId);
    case StateColumn:
        if (stale)
            return tr("last seen %1").arg(Formatter::age(m_clock.nowMs() - sampledAt));
        if (state == LinkState::Down && status && status->lastUpAtMs > 0)
            return tr("down, last up %1").arg(Formatter::age(m_clock.nowMs() - status->lastUpAtMs));
        return linkStateName(state);
    case RttColumn:
        return rtt && state == LinkState::Up ? Formatter::latencyUs(*rtt) : Formatter::none();
    case AgeColumn:
        return Formatter::age(m_clock.nowMs() - sampledAt);
    }
    return {};
}

void FleetTreeModel::applySnapshot(const ClusterSnapshot &snapshot)
{
    const QModelIndex clusterIdx = clusterIndex(snapshot.cluster);
    if (!clusterIdx.isValid())
        return;
    Node *cluster = nodeFor(clusterIdx);
    cluster->snapshot = snapshot;

    for (const BrokerStatus &broker : snapshot.brokers) {
        const bool known = std::any_of(cluster->children.begin(), cluster->children.end(),
                                       [&](const auto &child) { return child->nodeId == broker.nodeId; });
        if (known)
            continue;
        // Brokers arrive sorted by node id; keep the rows in that order.
        const int row = int(std::count_if(cluster->children.begin(), cluster->children.end(),
                                           [&](const auto &child) { return child->nodeId < broker.nodeId; }));
        beginInsertRows(clusterIdx, row, row);
        auto child = std::make_unique<Node>();
        child->kind = BrokerKind;
        child->nodeId = broker.nodeId;
        child->name = QString::number(broker.nodeId);
        child->parent = cluster;
        cluster->children.insert(cluster->children.begin() + row, std::move(child));
        for (int i = row; i < int(cluster->children.size()); ++i)
            cluster->children[std::size_t(i)]->row = i;
        endInsertRows();
    }

    Q_EMIT dataChanged(indexFor(cluster, 0), indexFor(cluster, ColumnCount - 1));
    if (!cluster->children.empty())
        Q_EMIT dataChanged(index(0, 0, clusterIdx), index(int(cluster->children.size()) - 1, ColumnCount - 1, clusterIdx));
    Q_EMIT dataChanged(indexFor(cluster->parent, 0), indexFor(cluster->parent, ColumnCount - 1));
}

void FleetTreeModel::refreshAges()
{
    static const QList<int> roles{Qt::DisplayRole, Qt::ForegroundRole, Qt::DecorationRole, StaleRole, RawValueRole};
    for (const auto &site : m_root->children) {
        for (const auto &cluster : site->children) {
            const QModelIndex clusterIdx = indexFor(cluster.get(), 0);
            Q_EMIT dataChanged(indexFor(cluster.get(), StateColumn), indexFor(cluster.get(), AgeColumn), roles);
            if (!cluster->children.empty())
                Q_EMIT dataChanged(index(0, NameColumn, clusterIdx),
                                   index(int(cluster->children.size()) - 1, AgeColumn, clusterIdx), roles);
        }
    }
}

QModelIndex FleetTreeModel::clusterIndex(const QString &cluster) const
{
    for (const auto &site : m_root->children)
        for (const auto &node : site->children)
            if (node->name == cluster)
                return indexFor(node.get(), 0);
    return {};
}

QModelIndex FleetTreeModel::brokerIndex(const QString &cluster, int nodeId) const
{
    const QModelIndex clusterIdx = clusterIndex(cluster);
    if (!clusterIdx.isValid())
        return {};
    for (const auto &node : nodeFor(clusterIdx)->children)
        if (node->nodeId == nodeId)
            return indexFor(node.get(), 0);
    return {};
}

} // namespace fleetscope

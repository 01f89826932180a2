#pragma once

#include "collect/ClusterSnapshot.h"
#include "core/Clock.h"
#include "fleet/Fleet.h"
#include "health/NodeReport.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace fleetscope {

// The fleet as a tree: sites -> clusters -> brokers, with each broker's live link state, its health
// as HealthJudge decided it, round-trip time and the age of its data. Brokers appear as the cluster's metadata and statistics reveal them.
class FleetTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, HealthColumn, RttColumn, AgeColumn, ColumnCount };
    enum Kind { SiteKind, ClusterKind, BrokerKind };
    enum Role {
        KindRole = Qt::UserRole + 1,
        ClusterNameRole, // the cluster's name, for cluster and broker rows
        NodeIdRole,      // broker rows
        LinkStateRole,   // int(LinkState) for brokers; cluster rows: worst state of their brokers
        StaleRole,       // true when the row's data is older than three poll intervals
        RawValueRole,    // the number behind the text: RTT in µs, age in ms
        SeverityRole,    // int(Severity) as HealthJudge decided it; sites and clusters: their worst row
    };

    FleetTreeModel(const Fleet &fleet, const Clock &clock, QObject *parent = nullptr);
    ~FleetTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Takes a cluster's newest snapshot; touches only that cluster's rows.
    void applySnapshot(const ClusterSnapshot &snapshot);
    // The session's judged rows: the Health column and staleness say what the judge says. Only
    // rows whose judgement changed emit dataChanged.
    void setReports(const QList<NodeReport> &reports);
    // Ages move with time, not with data: call once a second to refresh the age and staleness.
    void refreshAges();

    QModelIndex clusterIndex(const QString &cluster) const;
    QModelIndex brokerIndex(const QString &cluster, int nodeId) const;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column) const;
    QVariant clusterData(const Node &node, int column, int role) const;
    QVariant brokerData(const Node &node, int column, int role) const;
    QVariant siteData(const Node &node, int column, int role) const;
    QVariant healthData(const Node &node, int role) const;
    bool isStale(const Node &clusterNode) const;

    const Clock &m_clock;
    std::unique_ptr<Node> m_root;
};

} // namespace fleetscope

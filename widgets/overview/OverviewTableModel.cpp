#include "overview/OverviewTableModel.h"

#include "common/StatusIcons.h"
#include "format/Formatter.h"

#include <QGuiApplication>
#include <QPalette>

namespace fleetscope {

namespace {

QString keyOf(const QString &cluster, int nodeId)
{
    return cluster + QLatin1Char('/') + QString::number(nodeId);
}

QString stateText(const NodeReport &r)
{
    if (r.sampledAtMs == 0)
        return QCoreApplication::translate("OverviewTableModel", "waiting");
    if (!r.clusterReachable)
        return QCoreApplication::translate("OverviewTableModel", "site unreachable");
    if (r.link == LinkState::Down)
        return QCoreApplication::translate("OverviewTableModel", "broker down");
    return linkStateName(r.link);
}

} // namespace

OverviewTableModel::OverviewTableModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) { }

int OverviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Site"), QT_TR_NOOP("Cluster"), QT_TR_NOOP("Node"), QT_TR_NOOP("State"), QT_TR_NOOP("RTT"),
        QT_TR_NOOP("Lag"), QT_TR_NOOP("Lag time"), QT_TR_NOOP("Disk"), QT_TR_NOOP("Heap"),
        QT_TR_NOOP("Replication"), QT_TR_NOOP("Under-repl."), QT_TR_NOOP("Age")};
    static const char *const tips[ColumnCount] = {
        nullptr, nullptr, QT_TR_NOOP("Broker node id"), nullptr, QT_TR_NOOP("Round-trip time from Fleetscope to the broker"),
        QT_TR_NOOP("Consumer lag in messages over the partitions this broker leads"),
        QT_TR_NOOP("Estimated lag in time of the cluster's slowest group"), QT_TR_NOOP("Disk used of total"),
        QT_TR_NOOP("JVM heap used of max"), QT_TR_NOOP("Age of the newest MirrorMaker 2 heartbeat on central"),
        QT_TR_NOOP("Under-replicated partitions in the cluster"), QT_TR_NOOP("Age of this row's data")};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return tips[section] ? tr(tips[section]) : QVariant();
    return tr(titles[section]);
}

QVariant OverviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const NodeReport &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case SeverityRole:
        return int(r.severity);
    case StaleRole:
        return r.stale;
    case FractionRole:
        if (column == DiskColumn)
            return r.diskUsedFraction() ? QVariant(*r.diskUsedFraction()) : QVariant();
        if (column == HeapColumn)
            return r.heapUsedFraction() ? QVariant(*r.heapUsedFraction()) : QVariant();
        return {};
    case FilterTextRole:
        return QStringList{r.site, r.cluster, QString::number(r.nodeId), stateText(r), severityName(r.severity)}
                   .join(QLatin1Char(' '))
            + QLatin1Char(' ') + m_tags.value(r.cluster).join(QLatin1Char(' '));
    case Qt::DecorationRole:
        if (column != StateColumn)
            return {};
        if (r.sampledAtMs > 0 && !r.clusterReachable)
            return StatusIcons::unreachable();
        return StatusIcons::forState(r.link, r.stale);
    case Qt::ToolTipRole:
        if (!r.clusterError.isEmpty())
            return r.clusterError;
        return r.reasons.isEmpty() ? severityName(r.severity) : r.reasons.join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        return r.stale || (r.sampledAtMs > 0 && !r.clusterReachable)
            ? QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text)
            : QVariant();
    case Qt::TextAlignmentRole:
        return column >= RttColumn && column != MirrorColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant OverviewTableModel::display(const NodeReport &r, int column) const
{
    const bool live = r.clusterReachable && !r.stale;
    switch (column) {
    case SiteColumn:
        return r.site;
    case ClusterColumn:
        return r.cluster;
    case NodeColumn:
        return r.nodeId >= 0 ? QString::number(r.nodeId) : Formatter::none();
    case StateColumn:
        if (r.stale)
            return tr("last seen %1").arg(Formatter::age(m_clock.nowMs() - r.sampledAtMs));
        return stateText(r);
    case RttColumn:
        return live && r.rttUs ? Formatter::latencyUs(*r.rttUs) : Formatter::none();
    case LagColumn:
        return r.sampledAtMs ? Formatter::count(r.lagMessages) : Formatter::none();
    case LagSecondsColumn:
        //: "~" marks the value as an estimate
        return r.lagSeconds ? tr("~%1").arg(Formatter::duration(qint64(*r.lagSeconds * 1000))) : Formatter::none();
    case DiskColumn:
        return r.diskUsedFraction() ? Formatter::percent(*r.diskUsedFraction())
                                    : r.diskUsedBytes ? Formatter::bytes(*r.diskUsedBytes) : Formatter::none();
    case HeapColumn:
        return r.heapUsedFraction() ? Formatter::percent(*r.heapUsedFraction()) : Formatter::none();
    case MirrorColumn:
        if (!r.mirror)
            return Formatter::none();
        if (r.mirror->heartbeatAgeMs)
            return Formatter::duration(*r.mirror->heartbeatAgeMs);
        return r.mirror->state == MirrorLinkState::Down ? tr("down") : tr("unknown");
    case UnderReplicatedColumn:
        return r.sampledAtMs ? QString::number(r.underReplicatedPartitions) : Formatter::none();
    case AgeColumn:
        return r.sampledAtMs ? Formatter::age(m_clock.nowMs() - r.sampledAtMs) : tr("never");
    }
    return {};
}

QVariant OverviewTableModel::raw(const NodeReport &r, int column) const
{
    auto opt = [](const auto &value) { return value ? QVariant::fromValue(*value) : QVariant(); };
    switch (column) {
    case SiteColumn:
        return r.site;
    case ClusterColumn:
        return r.cluster;
    case NodeColumn:
        return r.nodeId;
    case StateColumn:
        return int(r.severity);
    case RttColumn:
        return opt(r.rttUs);
    case LagColumn:
        return r.lagMessages;
    case LagSecondsColumn:
        return opt(r.lagSeconds);
    case DiskColumn:
        return opt(r.diskUsedFraction());
    case HeapColumn:
        return opt(r.heapUsedFraction());
    case MirrorColumn:
        return r.mirror ? opt(r.mirror->heartbeatAgeMs) : QVariant();
    case UnderReplicatedColumn:
        return r.underReplicatedPartitions;
    case AgeColumn:
        return r.sampledAtMs ? QVariant(m_clock.nowMs() - r.sampledAtMs) : QVariant();
    }
    return {};
}

bool OverviewTableModel::sameContent(const NodeReport &a, const NodeReport &b)
{
    auto mirrorKey = [](const std::optional<MirrorLinkStatus> &m) {
        return m ? std::make_tuple(int(m->state), m->heartbeatAgeMs, m->offsetLag) : std::make_tuple(-1, std::optional<qint64>(), std::optional<qint64>());
    };
    return a.sampledAtMs == b.sampledAtMs && a.link == b.link && a.clusterReachable == b.clusterReachable
        && a.rttUs == b.rttUs && a.lagMessages == b.lagMessages && a.lagSeconds == b.lagSeconds
        && a.diskUsedBytes == b.diskUsedBytes && a.diskTotalBytes == b.diskTotalBytes
        && a.heapUsedBytes == b.heapUsedBytes && a.heapMaxBytes == b.heapMaxBytes && a.stale == b.stale
        && a.severity == b.severity && a.underReplicatedPartitions == b.underReplicatedPartitions
        && mirrorKey(a.mirror) == mirrorKey(b.mirror);
}

void OverviewTableModel::setReports(const QList<NodeReport> &reports)
{
    QSet<QString> incoming;
    for (const NodeReport &r : reports)
        incoming.insert(keyOf(r.cluster, r.nodeId));

    // Rows that went away (e.g. a cluster's placeholder row once its brokers are known).
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(keyOf(m_rows[row].cluster, m_rows[row].nodeId)))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_rowByKey.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByKey.insert(keyOf(m_rows[row].cluster, m_rows[row].nodeId), row);

    for (const NodeReport &r : reports) {
        const QString key = keyOf(r.cluster, r.nodeId);
        const auto found = m_rowByKey.constFind(key);
        if (found == m_rowByKey.cend()) {
            const int row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(r);
            m_rowByKey.insert(key, row);
            endInsertRows();
        } else if (!sameContent(m_rows[*found], r)) {
            m_rows[*found] = r;
            Q_EMIT dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
        }
    }
}

void OverviewTableModel::refreshAges()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn),
                       {Qt::DisplayRole, RawValueRole});
}

int OverviewTableModel::rowOf(const QString &cluster, int nodeId) const
{
    return m_rowByKey.value(keyOf(cluster, nodeId), -1);
}

} // namespace fleetscope

#include "cluster/ClusterBrokersModel.h"

#include "common/StatusIcons.h"
#include "format/Formatter.h"

#include <QDateTime>

namespace fleetscope {

namespace {

std::optional<double> fraction(std::optional<qint64> used, std::optional<qint64> total)
{
    if (!used || !total || *total <= 0)
        return std::nullopt;
    return double(*used) / double(*total);
}

std::optional<double> heapFraction(const BrokerStatus &b)
{
    return b.heap ? fraction(b.heap->usedBytes, b.heap->maxBytes) : std::nullopt;
}

QVariant optionalVariant(const auto &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

} // namespace

int ClusterBrokersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterBrokersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterBrokersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Node"), QT_TR_NOOP("Address"), QT_TR_NOOP("State"),
                                                    QT_TR_NOOP("RTT"),  QT_TR_NOOP("Disk"),    QT_TR_NOOP("Heap"),
                                                    QT_TR_NOOP("Rack")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Broker node id"), QT_TR_NOOP("Advertised host and port"), QT_TR_NOOP("Link from Fleetscope to the broker"),
        QT_TR_NOOP("Round-trip time from Fleetscope to the broker"),
        QT_TR_NOOP("Disk used of the volume (DescribeLogDirs); only partition sizes on brokers older than Kafka 3.3"),
        QT_TR_NOOP("JVM heap used of max (JMX exporter)"), QT_TR_NOOP("The broker's rack, when known")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

QVariant ClusterBrokersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrokerStatus &b = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(b, column);
    case RawValueRole:
        return raw(b, column);
    case FractionRole:
        if (column == DiskColumn)
            return optionalVariant(fraction(b.diskUsedBytes(), b.diskTotalBytes()));
        if (column == HeapColumn)
            return optionalVariant(heapFraction(b));
        return {};
    case Qt::DecorationRole:
        return column == StateColumn ? QVariant(StatusIcons::forState(b.state, false)) : QVariant();
    case Qt::ToolTipRole:
        switch (column) {
        case StateColumn:
            return b.link ? tr("librdkafka state %1 for %2").arg(b.link->rawState, Formatter::duration(b.link->stateAgeMs))
                          : tr("No link statistics from librdkafka yet");
        case DiskColumn:
            if (!b.diskError.isEmpty())
                return b.diskError;
            return b.diskTotalBytes() ? QVariant() : tr("The broker reports partition sizes only (Kafka older than 3.3)");
        case HeapColumn:
            return b.heapError.isEmpty() ? QVariant() : b.heapError;
        case RackColumn:
            return tr("librdkafka 2.0.2's metadata carries no rack ids, so the rack is not known");
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= RttColumn && column <= HeapColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ClusterBrokersModel::display(const BrokerStatus &b, int column) const
{
    switch (column) {
    case NodeColumn:
        return QString::number(b.nodeId);
    case AddressColumn:
        return b.host.isEmpty() ? Formatter::none() : QStringLiteral("%1:%2").arg(b.host).arg(b.port);
    case StateColumn:
        if (b.state == LinkState::Down && b.lastUpAtMs > 0)
            return tr("down, last up %1")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(b.lastUpAtMs).time(), QLocale::ShortFormat));
        return linkStateName(b.state);
    case RttColumn:
        return b.state == LinkState::Up && b.rttUs ? Formatter::latencyUs(*b.rttUs) : Formatter::none();
    case DiskColumn: {
        const std::optional<qint64> used = b.diskUsedBytes();
        const std::optional<qint64> total = b.diskTotalBytes();
        if (!used)
            return Formatter::none();
        if (!total)
            return Formatter::bytes(*used);
        //: disk: "69 % of 50.0 GiB"
        return tr("%1 of %2").arg(Formatter::percent(*fraction(used, total)), Formatter::bytes(*total));
    }
    case HeapColumn:
        if (const std::optional<double> f = heapFraction(b))
            return tr("%1 of %2").arg(Formatter::percent(*f), Formatter::bytes(*b.heap->maxBytes));
        return Formatter::none();
    case RackColumn:
        return Formatter::none();
    }
    return {};
}

QVariant ClusterBrokersModel::raw(const BrokerStatus &b, int column) const
{
    switch (column) {
    case NodeColumn:
        return b.nodeId;
    case AddressColumn:
        return b.host;
    case StateColumn:
        return int(b.state);
    case RttColumn:
        return b.state == LinkState::Up ? optionalVariant(b.rttUs) : QVariant();
    case DiskColumn:
        return optionalVariant(b.diskUsedBytes());
    case HeapColumn:
        return b.heap ? QVariant(b.heap->usedBytes) : QVariant();
    }
    return {};
}

bool ClusterBrokersModel::sameContent(const BrokerStatus &a, const BrokerStatus &b)
{
    auto heapKey = [](const BrokerStatus &s) {
        return s.heap ? std::make_pair(std::optional<qint64>(s.heap->usedBytes), s.heap->maxBytes)
                      : std::make_pair(std::optional<qint64>(), std::optional<qint64>());
    };
    auto linkKey = [](const BrokerStatus &s) { return s.link ? s.link->rawState : QString(); };
    return a.state == b.state && a.host == b.host && a.port == b.port && a.rttUs == b.rttUs
        && a.lastUpAtMs == b.lastUpAtMs && a.diskUsedBytes() == b.diskUsedBytes()
        && a.diskTotalBytes() == b.diskTotalBytes() && heapKey(a) == heapKey(b) && a.diskError == b.diskError
        && a.heapError == b.heapError && linkKey(a) == linkKey(b);
}

void ClusterBrokersModel::setBrokers(const QList<BrokerStatus> &brokers)
{
    syncRows(m_rows, brokers, [](const BrokerStatus &b) { return b.nodeId; }, &ClusterBrokersModel::sameContent);
}

} // namespace fleetscope

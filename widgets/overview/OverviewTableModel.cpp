#include "overview/OverviewTableModel.h"

#include "common/StatusIcons.h"
#include "format/Formatter.h"
#include "health/ClusterSummary.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace fleetscope {

namespace {

bool absent(const NodeReport &r)
{
    return r.sampledAtMs > 0 && !r.clusterReachable;
}

bool someBrokerDown(const NodeReport &r)
{
    return r.clusterReachable && r.sampledAtMs > 0 && (r.link == LinkState::Down || r.brokersUp < r.brokerCount);
}

// A state whose text includes "last seen ... ago" changes every second.
bool stateShowsAge(const NodeReport &r)
{
    return r.lastSeenMs > 0 && (r.stale || absent(r) || (r.nodeId >= 0 && r.link == LinkState::Down));
}

} // namespace

OverviewTableModel::OverviewTableModel(const Clock &clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) { }

OverviewTableModel::~OverviewTableModel() = default;

QString OverviewTableModel::keyOf(const NodeReport &r)
{
    return r.cluster + QLatin1Char('/') + QString::number(r.nodeId);
}

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
        QT_TR_NOOP("Consumer lag in messages over the partitions this broker leads; the line is the last hour"),
        QT_TR_NOOP("Estimated lag in time of the cluster's slowest group"),
        QT_TR_NOOP("Disk used of total; the line is the last hour"),
        QT_TR_NOOP("JVM heap used of max; the line is the last hour"),
        QT_TR_NOOP("Age of the newest MirrorMaker 2 heartbeat on central"),
        QT_TR_NOOP("Under-replicated partitions in the cluster"), QT_TR_NOOP("Age of this row's data")};
    if (section < 0 || section >= ColumnCount)
        return {};
    if (m_mode == Mode::Clusters && section == NodeColumn)
        return role == Qt::ToolTipRole ? tr("Brokers up of all brokers in the cluster") : tr("Brokers");
    if (role == Qt::ToolTipRole)
        return tips[section] ? tr(tips[section]) : QVariant();
    return tr(titles[section]);
}

QVariant OverviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const NodeReport &r = row.report;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case RawValueRole:
        return raw(r, column);
    case SeverityRole:
        return int(r.severity);
    case StaleRole:
        return r.stale || absent(r);
    case FractionRole:
        if (column == DiskColumn)
            return r.diskUsedFraction() ? QVariant(*r.diskUsedFraction()) : QVariant();
        if (column == HeapColumn)
            return r.heapUsedFraction() ? QVariant(*r.heapUsedFraction()) : QVariant();
        return {};
    case SparklineRole:
        if (column == LagColumn && !row.lines.lag.isEmpty())
            return QVariant::fromValue(row.lines.lag);
        if (column == DiskColumn && !row.lines.disk.isEmpty())
            return QVariant::fromValue(row.lines.disk);
        if (column == HeapColumn && !row.lines.heap.isEmpty())
            return QVariant::fromValue(row.lines.heap);
        return {};
    case Qt::DecorationRole:
        if (column != StateColumn)
            return {};
        if (absent(r))
            return StatusIcons::unreachable();
        return StatusIcons::forState(someBrokerDown(r) ? LinkState::Down : r.link, r.stale);
    case Qt::ToolTipRole: // the whole state (the column may elide it), then why
        return stateText(r) + QLatin1Char('\n')
            + (!r.clusterError.isEmpty() ? r.clusterError
               : r.reasons.isEmpty()     ? severityName(r.severity)
                                         : r.reasons.join(QLatin1Char('\n')));
    case Qt::ForegroundRole:
        return foreground(r, column);
    case Qt::FontRole:
        if (absent(r)) { // unreachable: grey and italic, unlike a broker that is down (red, upright)
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column >= RttColumn && column != MirrorColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant OverviewTableModel::foreground(const NodeReport &r, int column) const
{
    const QPalette palette = QGuiApplication::palette();
    if (r.stale || absent(r))
        return palette.brush(QPalette::Disabled, QPalette::Text);
    if (!someBrokerDown(r))
        return {};
    // A broker that is down is news, not old data: its state in red; its last known values grey.
    if (column == StateColumn)
        return QBrush(StatusIcons::colorFor(LinkState::Down));
    if (r.nodeId >= 0 && column >= RttColumn && column <= HeapColumn)
        return palette.brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QString OverviewTableModel::stateText(const NodeReport &r) const
{
    if (r.sampledAtMs == 0)
        return tr("waiting");
    const QString lastSeen = r.lastSeenMs > 0 ? Formatter::age(m_clock.nowMs() - r.lastSeenMs) : tr("never");
    if (absent(r))
        //: %1 is an age such as "4 min ago" or "never"
        return tr("site unreachable, last seen %1").arg(lastSeen);
    if (r.stale)
        return tr("last seen %1").arg(lastSeen);
    if (r.nodeId < 0 && r.brokerCount > 0)
        return r.brokersUp == r.brokerCount ? linkStateName(LinkState::Up)
                                            : tr("%1 of %2 brokers up").arg(r.brokersUp).arg(r.brokerCount);
    if (r.link == LinkState::Down)
        return tr("broker down, last seen %1").arg(lastSeen);
    return linkStateName(r.link);
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
        if (r.nodeId < 0)
            return r.brokerCount > 0 ? tr("%1/%2").arg(r.brokersUp).arg(r.brokerCount) : Formatter::none();
        return QString::number(r.nodeId);
    case StateColumn:
        return stateText(r);
    case RttColumn:
        return live && r.rttUs ? Formatter::latencyUs(*r.rttUs) : Formatter::none();
    case LagColumn: // a cluster never heard from has no lag, not a lag of 0
        return r.lastSeenMs ? Formatter::count(r.lagMessages) : Formatter::none();
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
        return r.lastSeenMs ? QString::number(r.underReplicatedPartitions) : Formatter::none();
    case AgeColumn:
        return r.lastSeenMs ? Formatter::age(m_clock.nowMs() - r.lastSeenMs) : tr("never");
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
        return r.nodeId >= 0 ? r.nodeId : r.brokersUp - r.brokerCount; // clusters: most brokers missing first
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
        return r.lastSeenMs ? QVariant(m_clock.nowMs() - r.lastSeenMs) : QVariant();
    }
    return {};
}

std::pair<int, int> OverviewTableModel::changedColumns(const NodeReport &a, const NodeReport &b)
{
    auto mirrorKey = [](const std::optional<MirrorLinkStatus> &m) {
        return m ? std::make_tuple(int(m->state), m->heartbeatAgeMs, m->offsetLag) : std::make_tuple(-1, std::optional<qint64>(), std::optional<qint64>());
    };
    // What every cell of the row shows (severity, grey or italic, red, the tooltip): the whole row.
    if (a.severity != b.severity || a.stale != b.stale || a.clusterReachable != b.clusterReachable || a.link != b.link
        || a.brokersUp != b.brokersUp || a.brokerCount != b.brokerCount || a.reasons != b.reasons
        || a.clusterError != b.clusterError || (a.sampledAtMs == 0) != (b.sampledAtMs == 0)
        || ((stateShowsAge(a) || stateShowsAge(b)) && a.lastSeenMs != b.lastSeenMs))
        return {0, ColumnCount - 1};
    bool changed[ColumnCount] = {};
    changed[RttColumn] = a.rttUs != b.rttUs;
    changed[LagColumn] = a.lagMessages != b.lagMessages;
    changed[LagSecondsColumn] = a.lagSeconds != b.lagSeconds;
    changed[DiskColumn] = a.diskUsedBytes != b.diskUsedBytes || a.diskTotalBytes != b.diskTotalBytes;
    changed[HeapColumn] = a.heapUsedBytes != b.heapUsedBytes || a.heapMaxBytes != b.heapMaxBytes;
    changed[MirrorColumn] = mirrorKey(a.mirror) != mirrorKey(b.mirror);
    changed[UnderReplicatedColumn] = a.underReplicatedPartitions != b.underReplicatedPartitions;
    changed[AgeColumn] = a.lastSeenMs != b.lastSeenMs;
    int first = 0;
    while (first < ColumnCount && !changed[first])
        ++first;
    int last = ColumnCount - 1;
    while (last >= first && !changed[last])
        --last;
    return {first, last};
}

void OverviewTableModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    m_rows.clear();
    m_rowByKey.clear();
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, NodeColumn, NodeColumn);
    applyRows(m_mode == Mode::Clusters ? ClusterSummary::summarize(m_brokerReports) : m_brokerReports);
}

void OverviewTableModel::setReports(const QList<NodeReport> &brokerReports)
{
    m_brokerReports = brokerReports;
    applyRows(m_mode == Mode::Clusters ? ClusterSummary::summarize(brokerReports) : brokerReports);
}

void OverviewTableModel::applyRows(const QList<NodeReport> &reports)
{
    if (applyInPlace(reports))
        return;
    QHash<QString, const NodeReport *> incoming;
    incoming.reserve(reports.size());
    for (const NodeReport &r : reports)
        incoming.insert(keyOf(r), &r);

    // Rows that went away (e.g. a cluster's placeholder row once its brokers are known).
    bool removed = false;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (incoming.contains(keyOf(m_rows[row].report)))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        m_rowByKey.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowByKey.insert(keyOf(m_rows[row].report), row);
    }

    struct Change
    {
        int row;
        std::pair<int, int> columns;
    };
    QList<Change> changed;
    QList<const NodeReport *> added;
    auto update = [&](int row, const NodeReport &report) {
        const std::pair<int, int> columns = changedColumns(m_rows[row].report, report);
        if (columns.first <= columns.second) {
            m_rows[row].report = report;
            changed.append({row, columns});
        } else if (report.sampledAtMs != m_rows[row].report.sampledAtMs) {
            m_rows[row].report = report; // polled again, nothing to show: keep it without a signal
        }
    };
    for (auto it = incoming.cbegin(); it != incoming.cend(); ++it) {
        const auto found = m_rowByKey.constFind(it.key());
        if (found == m_rowByKey.cend())
            added.append(it.value());
        else
            update(*found, *it.value());
    }
    std::sort(changed.begin(), changed.end(), [](const Change &a, const Change &b) { return a.row < b.row; });
    // One range per run of neighbouring rows with the same changed columns.
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed[j + 1].row == changed[j].row + 1 && changed[j + 1].columns == changed[i].columns)
            ++j;
        Q_EMIT dataChanged(index(changed[i].row, changed[i].columns.first), index(changed[j].row, changed[i].columns.second));
        i = j + 1;
    }

    if (!added.isEmpty()) {
        // In the order of the reports (fleet order), all at once: one insertion for a whole fleet.
        std::sort(added.begin(), added.end());
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const NodeReport *r : std::as_const(added)) {
            m_rowByKey.insert(keyOf(*r), int(m_rows.size()));
            m_rows.append(Row{*r, {}, -1, 0});
        }
        endInsertRows();
    }
}

bool OverviewTableModel::applyInPlace(const QList<NodeReport> &reports)
{
    // The usual tick: the same rows in the same (fleet) order, some of them with new values.
    if (reports.size() != m_rows.size())
        return false;
    for (qsizetype row = 0; row < reports.size(); ++row)
        if (reports[row].nodeId != m_rows[row].report.nodeId || reports[row].cluster != m_rows[row].report.cluster)
            return false;
    QList<int> rows;
    std::pair<int, int> span{ColumnCount, -1};
    auto flush = [&] {
        if (!rows.isEmpty())
            Q_EMIT dataChanged(index(rows.first(), span.first), index(rows.last(), span.second));
        rows.clear();
    };
    for (int row = 0; row < reports.size(); ++row) {
        const std::pair<int, int> columns = changedColumns(m_rows[row].report, reports[row]);
        if (columns.first > columns.second) {
            if (reports[row].sampledAtMs != m_rows[row].report.sampledAtMs)
                m_rows[row].report = reports[row];
            continue;
        }
        m_rows[row].report = reports[row];
        if (rows.isEmpty() || rows.last() != row - 1 || columns != span)
            flush();
        span = columns;
        rows.append(row);
    }
    flush();
    return true;
}

void OverviewTableModel::emitRowRanges(const QList<int> &rows, int firstColumn, int lastColumn, const QList<int> &roles)
{
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], firstColumn), index(rows[j], lastColumn), roles);
        i = j + 1;
    }
}

void OverviewTableModel::refreshAges()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, AgeColumn), {Qt::DisplayRole, RawValueRole});
    QList<int> ageInState;
    for (int row = 0; row < m_rows.size(); ++row)
        if (stateShowsAge(m_rows[row].report))
            ageInState.append(row);
    emitRowRanges(ageInState, StateColumn, StateColumn, {Qt::DisplayRole});
}

void OverviewTableModel::setHistory(const TimeSeriesStore *store)
{
    m_sparklines.reset(store ? new SparklineSource(*store) : nullptr);
}

bool OverviewTableModel::sparklineDue(const Row &row, qint64 nowMs) const
{
    const qint64 age = nowMs - row.linesAtMs;
    return age >= sparklineMaxAgeMs || (row.linesForMs != row.report.lastSeenMs && age >= sparklineMinRefreshMs);
}

void OverviewTableModel::refreshSparklines()
{
    if (!m_sparklines || m_rows.isEmpty())
        return;
    const qint64 now = m_clock.nowMs();
    QHash<QString, QList<const NodeReport *>> brokersOf;
    if (m_mode == Mode::Clusters)
        for (const NodeReport &b : std::as_const(m_brokerReports))
            if (b.nodeId >= 0)
                brokersOf[b.cluster].append(&b);
    // Rows never drawn first, then the round robin over the rest.
    QList<int> due;
    for (int row = 0; row < m_rows.size() && due.size() < sparklineRowsPerTick; ++row)
        if (m_rows[row].linesForMs < 0)
            due.append(row);
    const int count = int(m_rows.size());
    for (int step = 0; step < count && due.size() < sparklineRowsPerTick; ++step) {
        const int row = (m_sparklineCursor + step) % count;
        if (m_rows[row].linesForMs >= 0 && sparklineDue(m_rows[row], now)) {
            due.append(row);
            m_sparklineCursor = (row + 1) % count;
        }
    }
    std::sort(due.begin(), due.end());
    QList<int> changed;
    for (int row : std::as_const(due)) {
        Row &r = m_rows[row];
        const QList<const NodeReport *> brokers =
            m_mode == Mode::Clusters ? brokersOf.value(r.report.cluster) : QList<const NodeReport *>{&r.report};
        Sparklines lines = m_sparklines->linesFor(r.report, brokers, now);
        r.linesForMs = r.report.lastSeenMs;
        r.linesAtMs = now;
        if (lines == r.lines)
            continue;
        r.lines = std::move(lines);
        changed.append(row);
    }
    emitRowRanges(changed, LagColumn, HeapColumn, {SparklineRole});
}

int OverviewTableModel::rowOf(const QString &cluster, int nodeId) const
{
    if (m_mode == Mode::Clusters)
        nodeId = -1;
    return m_rowByKey.value(cluster + QLatin1Char('/') + QString::number(nodeId), -1);
}

} // namespace fleetscope

#include "alerts/AlertListModel.h"

#include "alerts/AlertStore.h"
#include "common/StatusIcons.h"
#include "format/Formatter.h"

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>
#include <QLocale>

#include <algorithm>

namespace fleetscope {

namespace {

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

AlertListModel::AlertListModel(const AlertStore &store, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_clock(clock), m_rows(int(store.alerts().size()))
{
    connect(&store, &AlertStore::changed, this, &AlertListModel::storeChanged);
    connect(&store, &AlertStore::ready, this, [this] {
        beginResetModel();
        m_rows = int(m_store.alerts().size());
        endResetModel();
    });
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AlertListModel::storeChanged(const QList<qint64> &ids)
{
    const int total = int(m_store.alerts().size());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
    // Records are appended in id order, so a record's row is found by binary search on its id.
    const QList<Alert> &alerts = m_store.alerts();
    for (const qint64 id : ids) {
        const auto it = std::lower_bound(alerts.cbegin(), alerts.cbegin() + m_rows, id,
                                         [](const Alert &a, qint64 wanted) { return a.id < wanted; });
        if (it == alerts.cbegin() + m_rows || it->id != id)
            continue;
        const int row = int(it - alerts.cbegin());
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void AlertListModel::refreshAges()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, LastSeenColumn), index(m_rows - 1, LastSeenColumn),
                           {Qt::DisplayRole, RawValueRole});
}

int AlertListModel::activeCount() const
{
    const QList<Alert> &alerts = m_store.alerts();
    return int(std::count_if(alerts.cbegin(), alerts.cbegin() + m_rows, [](const Alert &a) { return a.isActive(); }));
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_store.alerts().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(alert, index.column());
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(alert.message) : QVariant();
    case RawValueRole:
        return raw(alert, index.column());
    case AlertIdRole:
        return alert.id;
    case ActiveRole:
        return alert.isActive();
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn || !alert.isActive())
            return {};
        return StatusIcons::forState(alert.severity == Severity::Critical ? LinkState::Down : LinkState::Connecting,
                                     false);
    case Qt::ForegroundRole:
        // A cleared alert is history: dimmed, like stale data.
        return alert.isActive() ? QVariant() : QVariant::fromValue(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text));
    default:
        return {};
    }
}

QVariant AlertListModel::display(const Alert &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        return a.isActive() ? severityName(a.severity) : tr("cleared");
    case SourceColumn:
        return a.source();
    case RuleColumn:
        return alertRuleTitle(a.key.rule);
    case MessageColumn:
        return a.message;
    case FirstSeenColumn:
        return timeText(a.firstSeenMs);
    case LastSeenColumn:
        return Formatter::age(std::max<qint64>(0, m_clock.nowMs() - a.lastSeenMs));
    case AcknowledgedColumn:
        return a.acknowledgedAtMs ? tr("%1, %2").arg(a.acknowledgedBy, timeText(*a.acknowledgedAtMs)) : QString();
    case ClearedColumn:
        return a.clearedAtMs ? timeText(*a.clearedAtMs) : QString();
    default:
        return {};
    }
}

QVariant AlertListModel::raw(const Alert &a, int column) const
{
    switch (column) {
    case SeverityColumn:
        return a.isActive() ? int(a.severity) + 1 : 0; // active critical first, cleared last
    case FirstSeenColumn:
        return a.firstSeenMs;
    case LastSeenColumn:
        return a.lastSeenMs;
    case AcknowledgedColumn:
        return a.acknowledgedAtMs.value_or(0);
    case ClearedColumn:
        return a.clearedAtMs.value_or(0);
    default:
        return display(a, column);
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case SourceColumn: return tr("Cluster/node");
    case RuleColumn: return tr("Rule");
    case MessageColumn: return tr("Message");
    case FirstSeenColumn: return tr("First seen");
    case LastSeenColumn: return tr("Last seen");
    case AcknowledgedColumn: return tr("Acknowledged");
    case ClearedColumn: return tr("Cleared");
    default: return {};
    }
}

} // namespace fleetscope

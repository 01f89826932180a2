#include "reconfig/ConfigPlanModel.h"

#include "reconfig/ConfigValueParser.h"

#include <QBrush>
#include <QPalette>

namespace fleetscope {

ConfigPlanModel::ConfigPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ConfigPlanModel::setPlan(const ConfigPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    rebuildRows();
    endResetModel();
}

void ConfigPlanModel::rebuildRows()
{
    m_rows.clear();
    for (int t = 0; t < m_plan.targets.size(); ++t) {
        const PlannedTarget &target = m_plan.targets.at(t);
        if (target.keys.isEmpty())
            m_rows.append({t, -1});
        for (int k = 0; k < target.keys.size(); ++k)
            m_rows.append({t, k});
    }
}

void ConfigPlanModel::updateTarget(const PlannedTarget &target)
{
    for (int t = 0; t < m_plan.targets.size(); ++t) {
        if (!(m_plan.targets.at(t).target == target.target))
            continue;
        const bool sameShape = m_plan.targets.at(t).keys.size() == target.keys.size();
        if (!sameShape) {
            beginResetModel();
            m_plan.targets[t] = target;
            rebuildRows();
            endResetModel();
            return;
        }
        m_plan.targets[t] = target;
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).target == t)
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
}

int ConfigPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConfigPlanModel::valueText(const QString &key, const std::optional<QString> &value, bool sensitive)
{
    if (sensitive)
        return tr("(sensitive)");
    return ConfigValueParser::humanize(key, value);
}

QString ConfigPlanModel::newValueText(const PlannedKey &key)
{
    if (key.newValue)
        return valueText(key.key, key.newValue, key.sensitive);
    return inheritedText(key.key, key.inheritedValue, key.inheritedSource, key.sensitive);
}

QString ConfigPlanModel::inheritedText(const QString &key, const std::optional<QString> &value, ConfigSource source,
                                       bool sensitive)
{
    if (source == ConfigSource::Unknown)
        return tr("(removed: inherited)");
    return tr("(inherited: %1 (%2))").arg(valueText(key, value, sensitive), configSourceText(source));
}

QVariant ConfigPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PlannedTarget &target = m_plan.targets.at(row.target);
    const PlannedKey *key = row.key >= 0 ? &target.keys.at(row.key) : nullptr;
    if (role == TargetIndexRole)
        return row.target;
    if (role == FailedRole)
        return isFailure(target.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && isFailure(target.state))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole && key && !key->documentation.isEmpty())
        return key->documentation;
    if (role == RawValueRole) {
        if (index.column() == StateColumn)
            return int(target.state);
        if (key && index.column() == OldColumn && !key->sensitive && key->oldValue)
            return *key->oldValue;
        if (key && index.column() == NewColumn && !key->sensitive && key->newValue)
            return *key->newValue;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TargetColumn:
        return target.target.text();
    case KeyColumn:
        return key ? key->key : QString();
    case OldColumn:
        return key ? tr("%1 (%2)").arg(valueText(key->key, key->oldValue, key->sensitive),
                                       configSourceText(key->oldSource))
                   : QString();
    case NewColumn:
        if (!key)
            return QString();
        return newValueText(*key);
    case StateColumn:
        return targetStateText(target.state);
    case MessageColumn:
        return target.message;
    }
    return {};
}

QVariant ConfigPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TargetColumn:
        return tr("Target");
    case KeyColumn:
        return tr("Key");
    case OldColumn:
        return tr("Current");
    case NewColumn:
        return tr("New");
    case StateColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace fleetscope

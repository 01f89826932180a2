#include "reconfig/ReplicationPlanModel.h"

#include "protocol/KafkaErrorCode.h"

#include <QBrush>
#include <QColor>

namespace fleetscope {

void ReplicationPlanModel::setPlan(const ReplicationPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_states.clear();
    m_adding.clear();
    m_refusals.clear();
    for (const PartitionAssignment &p : m_plan.partitions)
        m_states.append(p.changes() ? State::ToCopy : State::Unchanged);
    endResetModel();
}

void ReplicationPlanModel::clear()
{
    setPlan({});
}

void ReplicationPlanModel::applyProgress(const ReplicationProgress &progress)
{
    m_adding.clear();
    for (const OngoingReassignment &o : progress.ongoing)
        m_adding.insert(o.partition, o.addingReplicas);
    for (int row = 0; row < m_plan.partitions.size(); ++row) {
        if (m_states[row] == State::Unchanged || m_states[row] == State::Refused)
            continue;
        m_states[row] = m_adding.contains(m_plan.partitions[row].partition) ? State::Copying : State::Done;
    }
    stateColumnChanged();
}

void ReplicationPlanModel::applyResult(const ReplicationResult &result)
{
    for (const ReassignmentPartitionResult &r : result.refusedPartitions) {
        m_refusals.insert(r.partition, r.errorMessage.isEmpty() ? kafkaErrorText(r.errorCode) : r.errorMessage);
        for (int row = 0; row < m_plan.partitions.size(); ++row) {
            if (m_plan.partitions[row].partition == r.partition)
                m_states[row] = State::Refused;
        }
    }
    if (result.outcome == ReplicationOutcome::Cancelled) {
        // Those still copying went back; those done stay done.
        for (int row = 0; row < m_plan.partitions.size(); ++row) {
            if (m_states[row] == State::Copying || m_states[row] == State::ToCopy)
                m_states[row] = State::Reverted;
        }
    } else if (result.outcome == ReplicationOutcome::Completed) {
        for (State &state : m_states) {
            if (state == State::ToCopy || state == State::Copying)
                state = State::Done;
        }
    }
    m_adding.clear();
    stateColumnChanged();
}

void ReplicationPlanModel::stateColumnChanged()
{
    if (!m_states.isEmpty())
        Q_EMIT dataChanged(index(0, StateColumn), index(int(m_states.size()) - 1, StateColumn));
}

int ReplicationPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.partitions.size());
}

int ReplicationPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicationPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PartitionAssignment &p = m_plan.partitions[index.row()];
    const State state = m_states[index.row()];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case PartitionColumn:
            return p.partition;
        case CurrentColumn:
            return replicasText(p.current);
        case NewColumn:
            return replicasText(p.target);
        case StateColumn:
            switch (state) {
            case State::Unchanged:
                return tr("unchanged");
            case State::ToCopy:
                return tr("to copy onto %1").arg(replicasText(p.adding()));
            case State::Copying:
                return tr("copying onto %1").arg(replicasText(m_adding.value(p.partition)));
            case State::Done:
                return tr("done");
            case State::Reverted:
                return tr("back on its old replicas");
            case State::Refused:
                return tr("refused: %1").arg(m_refusals.value(p.partition));
            }
            break;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == PartitionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (state == State::Refused)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (state == State::Unchanged)
            return QBrush(QColor(0x80, 0x80, 0x80));
    }
    return {};
}

QVariant ReplicationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PartitionColumn:
        return tr("Partition");
    case CurrentColumn:
        return tr("Replicas now");
    case NewColumn:
        return tr("New replicas");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace fleetscope

#pragma once

#include "reconfig/ConfigPlan.h"

#include <QAbstractTableModel>

namespace fleetscope {

// A ConfigPlan as a table: one row per target and key, old -> new side by side, and where the target
// stands (planned, dry run passed or refused with the broker's message, applied, ...).
class ConfigPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TargetColumn, KeyColumn, OldColumn, NewColumn, StateColumn, MessageColumn, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // Kafka's value for the old/new columns; int(TargetState) for state
        TargetIndexRole,                 // index into plan().targets
        FailedRole,                      // the target's state counts as a failure
    };

    explicit ConfigPlanModel(QObject *parent = nullptr);

    void setPlan(const ConfigPlan &plan);
    // One target's new state (a progress update while a plan is applied); matched by target.
    void updateTarget(const PlannedTarget &target);
    const ConfigPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2d (dynamic per broker)" style text of a value for people; "(sensitive)" for secrets.
    static QString valueText(const QString &key, const std::optional<QString> &value, bool sensitive);
    // The new value of a planned key for people; a delete reads "(inherited: 7d (static broker config))"
    // when the broker's synonyms tell what the key falls back to.
    static QString newValueText(const PlannedKey &key);
    // "(inherited: 7d (static broker config))"; "(removed: inherited)" when the source is unknown.
    static QString inheritedText(const QString &key, const std::optional<QString> &value, ConfigSource source,
                                 bool sensitive);

private:
    struct Row
    {
        int target = 0;
        int key = -1; // -1: a target without keys (its state and message still show)
    };
    void rebuildRows();

    ConfigPlan m_plan;
    QList<Row> m_rows;
};

} // namespace fleetscope

#pragma once

#include "alerts/AlertThresholdSet.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace fleetscope {

// Edits the alert thresholds of a fleet: its defaults, and for any cluster a set of its own.
class ThresholdsDialog final : public QDialog
{
    Q_OBJECT

public:
    ThresholdsDialog(AlertThresholdSet thresholds, const QStringList &clusters, QWidget *parent = nullptr);

    // What the dialog holds now, with the visible form's edits.
    AlertThresholdSet thresholds();

    // For tests and keyboard users: the form's scope, "" for the fleet's defaults.
    void selectScope(const QString &cluster);
    QDoubleSpinBox *field(const QString &objectName) const;
    QCheckBox *ownThresholdsBox() const { return m_own; }

private:
    void showScope(int index);
    void storeForm();
    void loadForm(const HealthThresholds &thresholds, bool editable);

    AlertThresholdSet m_set;
    QComboBox *m_scope;
    QCheckBox *m_own;
    QList<QDoubleSpinBox *> m_boxes; // one per editable threshold, in the form's order
    int m_shownScope = 0;            // 0 = fleet, n = cluster n - 1
};

} // namespace fleetscope

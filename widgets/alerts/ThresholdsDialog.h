#pragma once

#include "health/ThresholdStore.h"

#include <QDialog>
#include <optional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QToolButton;

namespace fleetscope {

// Edits the dialog's layer of the alert thresholds: for the whole fleet, and for any cluster on its
// own. Beside each limit it says where the value comes from (built in, the fleet file, set here for
// the fleet or for this cluster); a limit changed here is kept as set here, one put back to what it
// inherits is no longer, and the reset button takes the value set here away.
class ThresholdsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ThresholdsDialog(ThresholdStore thresholds, QWidget *parent = nullptr);
    ~ThresholdsDialog() override;

    // The dialog's layer as the form holds it now.
    ThresholdOverrideSet overrides() const { return m_store.dialogOverrides(); }
    // The limits that would apply with it.
    const ThresholdStore &thresholds() const { return m_store; }

    // For tests and keyboard users: the form's scope, "" for the whole fleet.
    void selectScope(const QString &cluster);
    QDoubleSpinBox *field(const QString &objectName) const;
    QLabel *sourceLabel(const QString &objectName) const;
    QToolButton *resetButton(const QString &objectName) const;

private:
    struct Row;
    QString scope() const;
    void showScope();
    void edited(int row, double shown);
    void reset(int row);
    // The dialog's own value of a limit at the shown scope; nullopt: none, it inherits.
    void setHere(int row, std::optional<double> value);

    ThresholdStore m_store;
    QComboBox *m_scope;
    std::vector<Row> m_rows; // one per editable threshold, in the form's order
    bool m_loading = false;
};

} // namespace fleetscope

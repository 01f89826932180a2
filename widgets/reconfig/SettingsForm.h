#pragma once

#include "core/Result.h"
#include "protocol/Configs.h"
#include "reconfig/ConfigPlan.h"
#include "reconfig/ReconfigJob.h" // Q_DECLARE_METATYPE(ConfigPlan), before this header's signals use it

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace fleetscope {

class ConfigPlanModel;
class ReconfigController;
class ReconfigJob;

// The retention/replication form of one target (a topic, a broker, or the cluster-wide default): the
// common keys as fields with their current value and its source, an advanced editor for any other key
// with the broker's own documentation, validation as you type, a "Reset to inherited" per key set on
// this very resource (the delete the CLI's `key=` plans), a preview (old -> new, and what a retention
// change does to the disk), then apply through ReconfigJob (dry run, apply, read back).
class SettingsForm final : public QDialog
{
    Q_OBJECT

public:
    SettingsForm(ReconfigController &controller, ConfigTarget target, QWidget *parent = nullptr);
    ~SettingsForm() override;
    Q_DISABLE_COPY_MOVE(SettingsForm)

    // For tests and scripts of the form.
    QLineEdit *editorFor(const QString &key) const { return m_fields.value(key).editor; }
    // "Reset to inherited": checked, the key is removed at this level (as `key=` on the command line).
    QToolButton *resetButtonFor(const QString &key) const { return m_fields.value(key).reset; }
    QString inlineError(const QString &key) const;
    ConfigPlanModel *planModel() const { return m_planModel; }
    QPushButton *previewButton() const { return m_preview; }
    QPushButton *applyButton() const { return m_apply; }
    QCheckBox *deletionConfirmation() const { return m_confirmDeletion; }
    QString resultText() const;
    QString impactText() const;

Q_SIGNALS:
    void loaded();              // current values read (or the reason they could not be)
    void previewed();           // the plan table shows old -> new
    void applied(const fleetscope::ConfigPlan &plan); // every target's result is shown

private:
    struct Field
    {
        QLabel *current = nullptr;
        QLineEdit *editor = nullptr;
        QLabel *error = nullptr;
        QToolButton *reset = nullptr;
        QString hint; // the editor's placeholder while the key is not being reset
        ConfigType type = ConfigType::Unknown;
        bool readOnly = false;
        QString inheritedText; // what the key falls back to, shown while it is being reset
    };

    void buildFields();
    QWidget *buildAdvanced();
    void startLoading();
    void showCurrent(const Result<ResourceConfigs> &configs);
    void showAdvancedKey(const QString &key);
    void showReset(const QString &key, const ConfigEntry *entry);
    void toggleReset(const QString &key, bool reset);
    bool validate(); // inline errors; true when every entry is valid
    QList<ConfigChange> changes() const;
    void previewChanges();
    void showPlan(const ConfigPlan &plan);
    void applyPlan();
    void showResult(const ConfigPlan &plan);
    void updateButtons();

    ReconfigController &m_controller;
    ConfigTarget m_target;
    QString m_readOnly; // why writes are blocked; empty when they are not
    ReconfigJob *m_job;
    ResourceConfigs m_current;
    bool m_loaded = false;
    QHash<QString, Field> m_fields;
    QStringList m_keys;
    QGridLayout *m_grid = nullptr;
    QLabel *m_status;
    QComboBox *m_advancedKey;
    QLabel *m_advancedCurrent;
    QLabel *m_advancedDoc;
    QLineEdit *m_advancedValue;
    QLabel *m_advancedError;
    ConfigPlanModel *m_planModel;
    QTableView *m_planTable;
    QLabel *m_impact;
    QCheckBox *m_confirmDeletion;
    QLabel *m_result;
    QPushButton *m_preview;
    QPushButton *m_apply;
    bool m_planReady = false;
};

} // namespace fleetscope

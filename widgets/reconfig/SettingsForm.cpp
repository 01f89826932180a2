#include "reconfig/SettingsForm.h"

#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/CommonConfigKeys.h"
#include "reconfig/ConfigPlanModel.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ConfigValueParser.h"
#include "reconfig/InheritedValue.h"
#include "reconfig/ReconfigController.h"
#include "reconfig/ReconfigJob.h"
#include "reconfig/RetentionImpact.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

namespace {

TargetSelection selectionOf(const ConfigTarget &target)
{
    TargetSelection selection;
    selection.clusters = {target.cluster};
    if (target.resource.type == ConfigResourceType::Topic) {
        selection.scope = TargetSelection::Scope::Topic;
        selection.name = target.resource.name;
    } else if (target.resource.isClusterDefault()) {
        selection.scope = TargetSelection::Scope::ClusterDefault;
    } else {
        selection.scope = TargetSelection::Scope::Broker;
        selection.brokerId = target.resource.name.toInt();
    }
    return selection;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b02020;"));
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsForm::SettingsForm(ReconfigController &controller, ConfigTarget target, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_target(std::move(target))
    , m_readOnly(controller.writeBlockedReason(m_target.cluster))
    , m_job(new ReconfigJob(controller.fleet(), controller.database(), controller.jobOptions(), this))
    , m_keys(CommonConfigKeys::forResource(m_target.resource))
    , m_status(new QLabel(this))
    , m_advancedKey(new QComboBox(this))
    , m_advancedCurrent(new QLabel(this))
    , m_advancedDoc(new QLabel(this))
    , m_advancedValue(new QLineEdit(this))
    , m_advancedError(errorLabel(this))
    , m_planModel(new ConfigPlanModel(this))
    , m_planTable(new QTableView(this))
    , m_impact(new QLabel(this))
    , m_confirmDeletion(new QCheckBox(tr("I understand that existing data will be deleted"), this))
    , m_result(new QLabel(this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setWindowTitle(tr("Settings of %1").arg(m_target.text()));
    setObjectName(QStringLiteral("settingsForm"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<b>%1</b>").arg(m_target.text().toHtmlEscaped()), this);
    layout->addWidget(heading);
    if (!m_readOnly.isEmpty()) {
        auto *banner = errorLabel(this);
        banner->setObjectName(QStringLiteral("readOnlyBanner"));
        banner->setText(m_readOnly);
        layout->addWidget(banner);
    }
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *fields = new QGroupBox(tr("Common settings (empty = unchanged)"), this);
    m_grid = new QGridLayout(fields);
    buildFields();
    layout->addWidget(fields);
    layout->addWidget(buildAdvanced());

    m_planTable->setModel(m_planModel);
    m_planTable->setObjectName(QStringLiteral("planTable"));
    m_planTable->horizontalHeader()->setStretchLastSection(true);
    m_planTable->verticalHeader()->hide();
    m_planTable->setColumnHidden(ConfigPlanModel::TargetColumn, true); // one target: the heading says it
    layout->addWidget(m_planTable, 1);
    m_impact->setWordWrap(true);
    m_impact->setObjectName(QStringLiteral("impact"));
    layout->addWidget(m_impact);
    m_confirmDeletion->setObjectName(QStringLiteral("confirmDeletion"));
    m_confirmDeletion->hide();
    layout->addWidget(m_confirmDeletion);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("result"));
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_apply->setObjectName(QStringLiteral("applyButton"));
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_preview, &QPushButton::clicked, this, &SettingsForm::previewChanges);
    connect(m_apply, &QPushButton::clicked, this, &SettingsForm::applyPlan);
    connect(m_confirmDeletion, &QCheckBox::toggled, this, &SettingsForm::updateButtons);
    connect(m_job, &ReconfigJob::planned, this, &SettingsForm::showPlan);
    connect(m_job, &ReconfigJob::planFailed, this, [this](const QString &message) {
        m_result->setText(tr("Could not prepare the change: %1").arg(message));
        updateButtons();
        Q_EMIT previewed();
    });
    connect(m_job, &ReconfigJob::finished, this, [this](const ConfigPlan &plan, qint64) { showResult(plan); });

    resize(820, 640);
    updateButtons();
    startLoading();
}

SettingsForm::~SettingsForm() = default;

void SettingsForm::buildFields()
{
    m_grid->addWidget(new QLabel(tr("<i>Key</i>"), this), 0, 0);
    m_grid->addWidget(new QLabel(tr("<i>Current (source)</i>"), this), 0, 1);
    m_grid->addWidget(new QLabel(tr("<i>New</i>"), this), 0, 2);
    int row = 1;
    for (const QString &key : std::as_const(m_keys)) {
        Field field;
        field.current = new QLabel(tr("reading…"), this);
        field.editor = new QLineEdit(this);
        field.editor->setObjectName(QStringLiteral("new:%1").arg(key));
        field.error = errorLabel(this);
        const QStringList choices = CommonConfigKeys::choicesFor(key);
        if (!choices.isEmpty())
            field.editor->setCompleter(new QCompleter(choices, field.editor));
        else if (ConfigValueParser::unitOf(key) == ConfigValueParser::Unit::Duration)
            field.editor->setPlaceholderText(tr("e.g. 7d, 12h, unlimited"));
        else if (ConfigValueParser::unitOf(key) == ConfigValueParser::Unit::Bytes)
            field.editor->setPlaceholderText(tr("e.g. 10 GiB, 512 MiB, unlimited"));
        field.hint = field.editor->placeholderText();
        field.editor->setEnabled(false); // until the current values are known
        field.reset = new QToolButton(this);
        field.reset->setObjectName(QStringLiteral("reset:%1").arg(key));
        field.reset->setText(tr("Reset to inherited"));
        field.reset->setCheckable(true);
        field.reset->setEnabled(false);
        connect(field.reset, &QToolButton::toggled, this, [this, key](bool reset) { toggleReset(key, reset); });
        connect(field.editor, &QLineEdit::textChanged, this, [this] {
            m_planReady = false;
            validate();
            updateButtons();
        });
        m_grid->addWidget(new QLabel(key, this), row, 0);
        m_grid->addWidget(field.current, row, 1);
        m_grid->addWidget(field.editor, row, 2);
        m_grid->addWidget(field.reset, row, 3);
        m_grid->addWidget(field.error, row, 4);
        m_fields.insert(key, field);
        ++row;
    }
    m_grid->setColumnStretch(4, 1);
}

QWidget *SettingsForm::buildAdvanced()
{
    auto *box = new QGroupBox(tr("Advanced: any other key"), this);
    auto *grid = new QGridLayout(box);
    m_advancedKey->setEditable(true);
    m_advancedKey->setObjectName(QStringLiteral("advancedKey"));
    m_advancedKey->setEnabled(false);
    m_advancedValue->setObjectName(QStringLiteral("advancedValue"));
    m_advancedValue->setEnabled(false);
    m_advancedDoc->setWordWrap(true);
    m_advancedDoc->setObjectName(QStringLiteral("advancedDocumentation"));
    grid->addWidget(new QLabel(tr("Key"), this), 0, 0);
    grid->addWidget(m_advancedKey, 0, 1);
    grid->addWidget(m_advancedCurrent, 0, 2);
    grid->addWidget(new QLabel(tr("New value"), this), 1, 0);
    grid->addWidget(m_advancedValue, 1, 1);
    grid->addWidget(m_advancedError, 1, 2);
    grid->addWidget(m_advancedDoc, 2, 0, 1, 3);
    grid->setColumnStretch(2, 1);
    connect(m_advancedKey, &QComboBox::currentTextChanged, this, [this](const QString &key) {
        showAdvancedKey(key);
        m_planReady = false;
        validate();
        updateButtons();
    });
    connect(m_advancedValue, &QLineEdit::textChanged, this, [this] {
        m_planReady = false;
        validate();
        updateButtons();
    });
    return box;
}

void SettingsForm::startLoading()
{
    const ClusterConfig *cluster = m_controller.fleet().findCluster(m_target.cluster);
    if (!cluster) {
        m_status->setText(tr("%1 is not a cluster of this fleet.").arg(m_target.cluster));
        Q_EMIT loaded();
        return;
    }
    m_status->setText(tr("Reading the current values from %1…").arg(m_target.cluster));
    auto *watcher = new QFutureWatcher<Result<ResourceConfigs>>(this);
    connect(watcher, &QFutureWatcher<Result<ResourceConfigs>>::finished, this, [this, watcher] {
        showCurrent(watcher->result());
        watcher->deleteLater();
    });
    const int timeoutMs = m_controller.jobOptions().planner.timeoutMs;
    watcher->setFuture(QtConcurrent::run([config = *cluster, resource = m_target.resource, timeoutMs] {
        ClusterConfigGateway gateway(config, timeoutMs);
        return gateway.describe(resource);
    }));
}

void SettingsForm::showCurrent(const Result<ResourceConfigs> &configs)
{
    if (!configs || configs->errorCode != 0) {
        m_status->setText(configs ? tr("%1 refused to describe %2: %3")
                                        .arg(m_target.cluster, configResourceText(m_target.resource),
                                             configs->errorMessage.value_or(QString::number(configs->errorCode)))
                                  : tr("%1 did not answer: %2").arg(m_target.cluster, configs.errorMessage()));
        Q_EMIT loaded();
        return;
    }
    m_current = *configs;
    m_loaded = true;
    m_status->setText(tr("Current values as %1 reported them just now. Values take units: 7d, 12h, 10 GiB, "
                         "unlimited.").arg(m_target.cluster));
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        Field &field = it.value();
        const ConfigEntry *entry = m_current.find(it.key());
        field.type = entry ? entry->type : ConfigType::Unknown;
        field.readOnly = entry && entry->readOnly;
        field.current->setText(entry ? tr("%1 (%2)").arg(ConfigPlanModel::valueText(it.key(), entry->value, entry->sensitive),
                                                         configSourceText(entry->source))
                                     : tr("not set at this level"));
        if (entry && entry->documentation)
            field.current->setToolTip(*entry->documentation);
        field.editor->setEnabled(true);
        showReset(it.key(), entry);
        const QString readOnlyKey = field.readOnly
            ? tr("Kafka cannot change %1 while the brokers run (read-only key).").arg(it.key())
            : QString();
        for (QWidget *write : std::initializer_list<QWidget *>{field.editor, field.reset}) {
            ReconfigController::blockWrites(write, readOnlyKey);
            ReconfigController::blockWrites(write, m_readOnly);
        }
    }
    QStringList others;
    for (const ConfigEntry &entry : std::as_const(m_current.entries))
        if (!m_fields.contains(entry.name))
            others.append(entry.name);
    others.sort();
    m_advancedKey->addItem(QString());
    m_advancedKey->addItems(others);
    m_advancedKey->setEnabled(true);
    m_advancedValue->setEnabled(true);
    ReconfigController::blockWrites(m_advancedValue, m_readOnly);
    updateButtons();
    Q_EMIT loaded();
}

void SettingsForm::showReset(const QString &key, const ConfigEntry *entry)
{
    Field &field = m_fields[key];
    // Only a value set on this very resource can be removed here; anything else is inherited already.
    const ConfigSource own = ConfigPlanner::ownSource(m_target.resource);
    const bool setHere = entry && entry->source == own;
    field.reset->setEnabled(setHere);
    if (!setHere) {
        field.reset->setToolTip(tr("%1 is not set on %2 itself: it is inherited already.")
                                    .arg(key, configResourceText(m_target.resource)));
        return;
    }
    const std::optional<ConfigSynonym> inherited = InheritedValue::of(*entry, own);
    field.inheritedText = inherited ? ConfigPlanModel::inheritedText(key, inherited->value, inherited->source,
                                                                     entry->sensitive)
                                    : ConfigPlanModel::inheritedText(key, std::nullopt, ConfigSource::Unknown, false);
    field.reset->setToolTip(tr("Remove %1 from %2, so that it falls back to the inherited value %3.")
                                .arg(key, configResourceText(m_target.resource), field.inheritedText));
}

void SettingsForm::toggleReset(const QString &key, bool reset)
{
    Field &field = m_fields[key];
    if (reset)
        field.editor->clear();
    field.editor->setEnabled(!reset);
    field.editor->setPlaceholderText(reset ? field.inheritedText : field.hint);
    m_planReady = false;
    validate();
    updateButtons();
}

void SettingsForm::showAdvancedKey(const QString &key)
{
    const ConfigEntry *entry = m_current.find(key.trimmed());
    m_advancedCurrent->setText(entry ? tr("now %1 (%2)%3")
                                           .arg(ConfigPlanModel::valueText(entry->name, entry->value, entry->sensitive),
                                                configSourceText(entry->source),
                                                entry->readOnly ? tr(", read-only") : QString())
                                     : QString());
    m_advancedDoc->setText(entry && entry->documentation ? *entry->documentation
                                                         : (key.isEmpty() ? QString() : tr("The broker gave no description of this key.")));
}

bool SettingsForm::validate()
{
    bool valid = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
        const QString input = it->editor->text().trimmed();
        QString problem;
        if (!input.isEmpty())
            if (const Result<QString> value = ConfigValueParser::normalize(it.key(), input, it->type); !value)
                problem = value.errorMessage();
        it->error->setText(problem);
        valid = valid && problem.isEmpty();
    }
    const QString key = m_advancedKey->currentText().trimmed();
    const QString input = m_advancedValue->text().trimmed();
    QString problem;
    if (!input.isEmpty() && key.isEmpty())
        problem = tr("Choose or type a key first.");
    else if (!input.isEmpty()) {
        const ConfigEntry *entry = m_current.find(key);
        if (entry && entry->readOnly)
            problem = tr("%1 is read-only: Kafka cannot change it while the brokers run.").arg(key);
        else if (const Result<QString> value = ConfigValueParser::normalize(key, input, entry ? entry->type : ConfigType::Unknown); !value)
            problem = value.errorMessage();
    }
    m_advancedError->setText(problem);
    return valid && problem.isEmpty();
}

QList<ConfigChange> SettingsForm::changes() const
{
    QList<ConfigChange> changes;
    auto add = [&changes](const QString &key, const QString &input, ConfigType type) {
        if (input.isEmpty())
            return;
        const Result<QString> value = ConfigValueParser::normalize(key, input, type);
        if (value)
            changes.append({key, input, *value});
    };
    for (const QString &key : m_keys) {
        const Field &field = m_fields.value(key);
        if (field.reset->isChecked())
            changes.append({key, QString(), std::nullopt}); // a delete, as `key=` is for the CLI
        else
            add(key, field.editor->text().trimmed(), field.type);
    }
    const QString key = m_advancedKey->currentText().trimmed();
    const ConfigEntry *entry = m_current.find(key);
    if (!key.isEmpty())
        add(key, m_advancedValue->text().trimmed(), entry ? entry->type : ConfigType::Unknown);
    return changes;
}

void SettingsForm::previewChanges()
{
    if (!validate() || changes().isEmpty())
        return;
    m_result->clear();
    m_status->setText(tr("Reading the current values and checking the new ones…"));
    m_job->plan(selectionOf(m_target), changes());
    updateButtons();
}

void SettingsForm::showPlan(const ConfigPlan &plan)
{
    m_planModel->setPlan(plan);
    m_planTable->resizeColumnsToContents();
    QStringList notes;
    bool deletes = false;
    const DiskFacts facts = m_controller.diskFacts(m_target);
    for (const PlannedTarget &target : plan.targets) {
        if (target.state != TargetState::Planned)
            notes.append(tr("<b>%1</b>: %2").arg(targetStateText(target.state), target.message.toHtmlEscaped()));
        for (const PlannedKey &key : target.keys) {
            if (const auto field = m_fields.find(key.key); field != m_fields.end() && field->reset->isChecked())
                field->editor->setPlaceholderText(ConfigPlanModel::newValueText(key)); // the planner may know more now
            if (!CommonConfigKeys::isRetentionTime(key.key) && !CommonConfigKeys::isRetentionSize(key.key))
                continue;
            // A reset to inherited deletes data too when the inherited value is shorter.
            const std::optional<QString> effective = key.newValue ? key.newValue : key.inheritedValue;
            const RetentionImpact impact = RetentionImpact::assess(key.key, key.oldValue, effective, facts);
            if (!impact.fitWarning.isEmpty())
                notes.append(tr("⚠ %1").arg(impact.fitWarning.toHtmlEscaped()));
            if (impact.shortens) {
                deletes = true;
                notes.append(tr("⚠ %1: %2").arg(key.key, impact.deletionText.toHtmlEscaped()));
            }
            if (!impact.isEmpty())
                notes.append(tr("<small>%1</small>").arg(impact.basis.toHtmlEscaped()));
        }
    }
    m_impact->setText(notes.join(QStringLiteral("<br>")));
    m_confirmDeletion->setChecked(false);
    m_confirmDeletion->setVisible(deletes);
    m_planReady = plan.count(TargetState::Planned) == plan.targets.size() && !plan.targets.isEmpty();
    m_status->setText(m_planReady ? tr("Check old → new, then Apply: a dry run, the change, and a read back.")
                                  : tr("This change cannot be applied as it is: see the result column."));
    updateButtons();
    Q_EMIT previewed();
}

void SettingsForm::applyPlan()
{
    if (!m_planReady || !m_readOnly.isEmpty())
        return;
    m_status->setText(tr("Applying: dry run, change, read back…"));
    m_job->apply(m_planModel->plan());
    updateButtons();
}

void SettingsForm::showResult(const ConfigPlan &plan)
{
    m_planModel->setPlan(plan);
    m_planReady = false;
    QStringList lines;
    for (const PlannedTarget &target : plan.targets)
        lines.append(target.message.isEmpty() ? tr("%1: %2").arg(target.target.text(), targetStateText(target.state))
                                              : tr("%1: %2: %3").arg(target.target.text(), targetStateText(target.state),
                                                                     target.message));
    m_result->setText(lines.join(u'\n'));
    m_status->setText(plan.allSucceeded() ? tr("Applied and read back.") : tr("Not everything was applied: see below."));
    updateButtons();
    Q_EMIT applied(plan);
}

void SettingsForm::updateButtons()
{
    const bool busy = m_job->isBusy();
    m_preview->setEnabled(m_loaded && !busy && !changes().isEmpty());
    m_apply->setEnabled(m_planReady && !busy && (m_confirmDeletion->isHidden() || m_confirmDeletion->isChecked()));
    ReconfigController::blockWrites(m_preview, m_readOnly);
    ReconfigController::blockWrites(m_apply, m_readOnly);
}

QString SettingsForm::inlineError(const QString &key) const
{
    if (const auto it = m_fields.constFind(key); it != m_fields.cend())
        return it->error->text();
    return m_advancedError->text();
}

QString SettingsForm::resultText() const
{
    return m_result->text();
}

QString SettingsForm::impactText() const
{
    return m_impact->text();
}

} // namespace fleetscope

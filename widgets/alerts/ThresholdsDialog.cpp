#include "alerts/ThresholdsDialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace fleetscope {

namespace {

// One editable threshold: shown in a unit people think in (%, minutes), stored in the value type's.
struct FormField
{
    const char *objectName;
    const char *fieldId; // ThresholdField::id
    const char *label;
    const char *suffix;
    double scale; // stored value = shown value * scale
    double maximum;
    int decimals;
};

constexpr double percent = 0.01, second = 1000, minute = 60'000, hour = 3'600'000;

const QList<FormField> &formFields()
{
    static const QList<FormField> all{
        {"diskWarning", "diskWarning", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Disk warning at"), " %", percent, 100, 0},
        {"diskCritical", "diskCritical", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Disk critical at"), " %", percent, 100, 0},
        {"diskFullWithin", "diskFullWithinMs", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Disk full forecast within"), " h", hour, 24 * 30, 1},
        {"heapWarning", "heapWarning", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Heap warning at"), " %", percent, 100, 0},
        {"heapHold", "heapHoldMs", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "… for at least"), " min", minute, 24 * 60, 1},
        {"linkDownHold", "linkDownHoldMs", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Broker down for at least"), " s", second, 3600, 0},
        {"unreachableHold", "unreachableHoldMs", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Cluster unreachable for at least"), " s", second, 3600, 0},
        {"heartbeatMaxAge", "heartbeatMaxAgeMs", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Replication heartbeat older than"), " s", second, 24 * 3600, 0},
        {"lagGrowingHold", "lagGrowingHoldMs", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Lag growing for at least"), " min", minute, 24 * 60, 1},
        {"lagSecondsLimit", "lagSecondsLimit", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Lag in time over (0 = off)"), " min", 60, 7 * 24 * 60, 1},
        {"underReplicatedMax", "underReplicatedMax", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Under-replicated partitions over"), "", 1, 100000, 0},
        {"offlineMax", "offlineMax", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Offline partitions over"), "", 1, 100000, 0},
    };
    return all;
}

// Shown values are rounded to the box's decimals; compare what a person sees.
bool sameShown(double a, double b, int decimals)
{
    return std::abs(a - b) < 0.5 * std::pow(10.0, -decimals);
}

} // namespace

struct ThresholdsDialog::Row
{
    const FormField *form;
    const ThresholdField *field;
    QDoubleSpinBox *box;
    QLabel *source;
    QToolButton *reset;

    double shown(const HealthThresholds &t) const { return field->get(t) / form->scale; }
};

ThresholdsDialog::ThresholdsDialog(ThresholdStore thresholds, QWidget *parent)
    : QDialog(parent), m_store(std::move(thresholds)), m_scope(new QComboBox(this))
{
    setWindowTitle(tr("Alert Thresholds"));
    m_scope->addItem(tr("Whole fleet"), QString());
    for (const QString &cluster : m_store.clusters())
        m_scope->addItem(tr("Cluster %1").arg(cluster), cluster);
    m_scope->setObjectName(QStringLiteral("thresholdScope"));

    auto *form = new QFormLayout;
    form->addRow(tr("Applies to"), m_scope);
    for (const FormField &formField : formFields()) {
        Row row{&formField, ThresholdField::byId(QString::fromLatin1(formField.fieldId)), new QDoubleSpinBox(this),
                new QLabel(this), new QToolButton(this)};
        Q_ASSERT(row.field);
        const QString name = QLatin1String(formField.objectName);
        row.box->setObjectName(name);
        row.box->setDecimals(formField.decimals);
        row.box->setRange(0, formField.maximum);
        row.box->setSuffix(QLatin1String(formField.suffix));
        row.source->setObjectName(name + QLatin1String("Source"));
        row.source->setForegroundRole(QPalette::PlaceholderText);
        row.reset->setObjectName(name + QLatin1String("Reset"));
        row.reset->setText(tr("Reset"));
        row.reset->setToolTip(tr("Take away the value set here: the limit follows the fleet file or the fleet-wide value again"));
        auto *line = new QHBoxLayout;
        line->addWidget(row.box);
        line->addWidget(row.source, 1);
        line->addWidget(row.reset);
        form->addRow(QCoreApplication::translate("fleetscope::ThresholdsDialog", formField.label), line);
        const int index = int(m_rows.size());
        connect(row.box, &QDoubleSpinBox::valueChanged, this, [this, index](double value) { edited(index, value); });
        connect(row.reset, &QToolButton::clicked, this, [this, index] { reset(index); });
        m_rows.push_back(row);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ThresholdsDialog::showScope);
    showScope();
}

ThresholdsDialog::~ThresholdsDialog() = default;

QString ThresholdsDialog::scope() const
{
    return m_scope->currentData().toString();
}

void ThresholdsDialog::showScope()
{
    const QString cluster = scope();
    const HealthThresholds effective = m_store.forCluster(cluster);
    m_loading = true;
    for (const Row &row : std::as_const(m_rows)) {
        const QString id = QLatin1String(row.field->id);
        const ThresholdStore::Source source = m_store.sourceOf(cluster, id);
        row.box->setValue(row.shown(effective));
        row.source->setText(thresholdSourceName(source));
        const bool setHere = cluster.isEmpty() ? source == ThresholdStore::Source::Dialog
                                               : source == ThresholdStore::Source::ClusterDialog;
        row.reset->setEnabled(setHere);
    }
    m_loading = false;
}

void ThresholdsDialog::edited(int index, double shown)
{
    if (m_loading)
        return;
    const Row &row = m_rows[index];
    const QString cluster = scope();
    // Back to what it inherits: nothing of its own. 70 % is stored as 0.7, not 0.70000000000000007.
    if (sameShown(shown, row.shown(m_store.inherited(cluster)), row.form->decimals))
        setHere(index, std::nullopt);
    else
        setHere(index, std::round(shown * row.form->scale * 1e9) / 1e9);
}

void ThresholdsDialog::reset(int index)
{
    setHere(index, std::nullopt);
}

void ThresholdsDialog::setHere(int index, std::optional<double> value)
{
    const QString cluster = scope();
    const QString id = QLatin1String(m_rows[index].field->id);
    ThresholdOverrideSet dialog = m_store.dialogOverrides();
    ThresholdOverrides &level = cluster.isEmpty() ? dialog.fleet : dialog.clusters[cluster];
    if (value)
        level.values.insert(id, *value);
    else
        level.values.remove(id);
    if (!cluster.isEmpty() && level.isEmpty())
        dialog.clusters.remove(cluster);
    m_store.setDialogOverrides(dialog);
    showScope();
}

void ThresholdsDialog::selectScope(const QString &cluster)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(cluster)));
}

QDoubleSpinBox *ThresholdsDialog::field(const QString &objectName) const
{
    return findChild<QDoubleSpinBox *>(objectName);
}

QLabel *ThresholdsDialog::sourceLabel(const QString &objectName) const
{
    return findChild<QLabel *>(objectName + QLatin1String("Source"));
}

QToolButton *ThresholdsDialog::resetButton(const QString &objectName) const
{
    return findChild<QToolButton *>(objectName + QLatin1String("Reset"));
}

} // namespace fleetscope

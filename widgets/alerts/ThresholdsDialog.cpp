#include "alerts/ThresholdsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

namespace fleetscope {

namespace {

// One editable threshold: shown in a unit people think in (%, minutes), stored in the value type's.
struct ThresholdField
{
    const char *name;
    const char *label;
    const char *suffix;
    double scale; // stored value = shown value * scale
    double maximum;
    int decimals;
    std::function<double &(HealthThresholds &)> doubleRef;
    std::function<qint64 &(HealthThresholds &)> intRef;

    double get(HealthThresholds &t) const { return (doubleRef ? doubleRef(t) : double(intRef(t))) / scale; }
    void set(HealthThresholds &t, double shown) const
    {
        if (doubleRef)
            doubleRef(t) = shown * scale;
        else
            intRef(t) = qint64(std::llround(shown * scale));
    }
};

using F = std::function<double &(HealthThresholds &)>;
using I = std::function<qint64 &(HealthThresholds &)>;
constexpr double percent = 0.01, second = 1000, minute = 60'000, hour = 3'600'000;

const QList<ThresholdField> &fields()
{
    static const QList<ThresholdField> all{
        {"diskWarning", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Disk warning at"), " %", percent, 100, 0, F([](HealthThresholds &t) -> double & { return t.diskWarning; }), {}},
        {"diskCritical", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Disk critical at"), " %", percent, 100, 0, F([](HealthThresholds &t) -> double & { return t.diskCritical; }), {}},
        {"diskFullWithin", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Disk full forecast within"), " h", hour, 24 * 30, 1, {}, I([](HealthThresholds &t) -> qint64 & { return t.diskFullWithinMs; })},
        {"heapWarning", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Heap warning at"), " %", percent, 100, 0, F([](HealthThresholds &t) -> double & { return t.heapWarning; }), {}},
        {"heapHold", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "… for at least"), " min", minute, 24 * 60, 1, {}, I([](HealthThresholds &t) -> qint64 & { return t.heapHoldMs; })},
        {"linkDownHold", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Broker down for at least"), " s", second, 3600, 0, {}, I([](HealthThresholds &t) -> qint64 & { return t.linkDownHoldMs; })},
        {"unreachableHold", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Cluster unreachable for at least"), " s", second, 3600, 0, {}, I([](HealthThresholds &t) -> qint64 & { return t.unreachableHoldMs; })},
        {"heartbeatMaxAge", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Replication heartbeat older than"), " s", second, 24 * 3600, 0, {}, I([](HealthThresholds &t) -> qint64 & { return t.heartbeatMaxAgeMs; })},
        {"lagGrowingHold", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Lag growing for at least"), " min", minute, 24 * 60, 1, {}, I([](HealthThresholds &t) -> qint64 & { return t.lagGrowingHoldMs; })},
        {"lagSecondsLimit", QT_TRANSLATE_NOOP("fleetscope::ThresholdsDialog", "Lag in time over (0 = off)"), " min", 60, 7 * 24 * 60, 1, F([](HealthThresholds &t) -> double & { return t.lagSecondsLimit; }), {}},
    };
    return all;
}

} // namespace

ThresholdsDialog::ThresholdsDialog(AlertThresholdSet thresholds, const QStringList &clusters, QWidget *parent)
    : QDialog(parent), m_set(std::move(thresholds)), m_scope(new QComboBox(this)),
      m_own(new QCheckBox(tr("Own thresholds for this cluster"), this))
{
    setWindowTitle(tr("Alert Thresholds"));
    m_scope->addItem(tr("Fleet defaults"), QString());
    for (const QString &cluster : clusters)
        m_scope->addItem(tr("Cluster %1").arg(cluster), cluster);
    m_scope->setObjectName(QStringLiteral("thresholdScope"));

    auto *form = new QFormLayout;
    form->addRow(tr("Applies to"), m_scope);
    form->addRow(QString(), m_own);
    for (const ThresholdField &field : fields()) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(QLatin1String(field.name));
        box->setDecimals(field.decimals);
        box->setRange(0, field.maximum);
        box->setSuffix(QLatin1String(field.suffix));
        form->addRow(QCoreApplication::translate("fleetscope::ThresholdsDialog", field.label), box);
        m_boxes.append(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &ThresholdsDialog::showScope);
    connect(m_own, &QCheckBox::toggled, this, [this](bool own) {
        const QString cluster = m_scope->currentData().toString();
        if (own)
            m_set.clusters.insert(cluster, m_set.fleet); // starts from the fleet's defaults
        else
            m_set.clusters.remove(cluster);
        loadForm(m_set.forCluster(cluster), own);
    });
    m_own->setEnabled(false); // the fleet's defaults are shown first
    loadForm(m_set.fleet, true);
}

void ThresholdsDialog::showScope(int index)
{
    storeForm();
    m_shownScope = index;
    const QString cluster = m_scope->itemData(index).toString();
    const bool own = m_set.clusters.contains(cluster);
    const QSignalBlocker blocker(m_own);
    m_own->setEnabled(index > 0);
    m_own->setChecked(own);
    loadForm(m_set.forCluster(cluster), index == 0 || own);
}

void ThresholdsDialog::loadForm(const HealthThresholds &thresholds, bool editable)
{
    HealthThresholds copy = thresholds;
    for (int i = 0; i < m_boxes.size(); ++i) {
        m_boxes[i]->setValue(fields()[i].get(copy));
        m_boxes[i]->setEnabled(editable);
    }
}

void ThresholdsDialog::storeForm()
{
    const QString cluster = m_scope->itemData(m_shownScope).toString();
    HealthThresholds *target = m_shownScope == 0 ? &m_set.fleet : nullptr;
    if (!target && m_set.clusters.contains(cluster))
        target = &m_set.clusters[cluster];
    if (!target)
        return; // the cluster follows the fleet's defaults: nothing of its own to keep
    for (int i = 0; i < m_boxes.size(); ++i)
        fields()[i].set(*target, m_boxes[i]->value());
}

AlertThresholdSet ThresholdsDialog::thresholds()
{
    storeForm();
    return m_set;
}

void ThresholdsDialog::selectScope(const QString &cluster)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(cluster)));
}

QDoubleSpinBox *ThresholdsDialog::field(const QString &objectName) const
{
    return findChild<QDoubleSpinBox *>(objectName);
}

} // namespace fleetscope

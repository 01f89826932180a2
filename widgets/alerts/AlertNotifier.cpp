#include "alerts/AlertNotifier.h"

#include <QGuiApplication>
#include <QIcon>
#include <QSystemTrayIcon>

namespace fleetscope {

namespace {
constexpr int coalesceMs = 500;
constexpr int messageMs = 10'000;
} // namespace

AlertNotifier::AlertNotifier(QObject *parent) : QObject(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(coalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &AlertNotifier::showPending);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/fleetscope.svg")), this);
    m_tray->setToolTip(tr("Fleetscope"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, &AlertNotifier::activated);
    m_tray->show();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::notify(const Alert &alert)
{
    if (!m_tray)
        return;
    m_pending.append(alert);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

QString AlertNotifier::summarize(const QList<NodeReport> &reports)
{
    int critical = 0;
    int warning = 0;
    for (const NodeReport &report : reports) {
        critical += report.severity == Severity::Critical;
        warning += report.severity == Severity::Warning;
    }
    const int rows = int(reports.size());
    if (critical == 0 && warning == 0)
        return tr("all %n node(s) healthy", "", rows);
    return tr("%1 critical, %2 warning of %n node(s)", "", rows).arg(critical).arg(warning);
}

void AlertNotifier::showFleetHealth(const QList<NodeReport> &reports)
{
    m_summary = summarize(reports);
    if (m_tray)
        m_tray->setToolTip(tr("Fleetscope: %1").arg(m_summary));
}

void AlertNotifier::showPending()
{
    if (m_pending.isEmpty())
        return;
    Severity worstSeen = Severity::Healthy;
    for (const Alert &alert : std::as_const(m_pending))
        worstSeen = worst(worstSeen, alert.severity);
    const QSystemTrayIcon::MessageIcon icon =
        worstSeen == Severity::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning;
    if (m_pending.size() == 1) {
        const Alert &alert = m_pending.first();
        m_tray->showMessage(tr("%1: %2").arg(alert.source(), alertRuleTitle(alert.key.rule)), alert.message, icon,
                            messageMs);
    } else {
        QStringList lines;
        for (const Alert &alert : std::as_const(m_pending).first(std::min<qsizetype>(m_pending.size(), 5)))
            lines.append(tr("%1: %2").arg(alert.source(), alert.message));
        m_tray->showMessage(tr("%n new alert(s)", "", int(m_pending.size())), lines.join(QLatin1Char('\n')), icon,
                            messageMs);
    }
    m_pending.clear();
}

} // namespace fleetscope

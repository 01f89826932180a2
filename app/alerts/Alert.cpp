#include "alerts/Alert.h"

#include <QCoreApplication>

#include <array>

namespace fleetscope {

namespace {

struct RuleName
{
    const char *id;
    const char *title;
};

// In AlertRule order.
constexpr std::array<RuleName, alertRuleCount> ruleNames{{
    {"cluster.unreachable", QT_TRANSLATE_NOOP("AlertRule", "Cluster unreachable")},
    {"data.stale", QT_TRANSLATE_NOOP("AlertRule", "Data stale")},
    {"broker.down", QT_TRANSLATE_NOOP("AlertRule", "Broker down")},
    {"disk.usage", QT_TRANSLATE_NOOP("AlertRule", "Disk usage")},
    {"disk.forecast", QT_TRANSLATE_NOOP("AlertRule", "Disk full soon")},
    {"heap.high", QT_TRANSLATE_NOOP("AlertRule", "Heap high")},
    {"mirror.heartbeat", QT_TRANSLATE_NOOP("AlertRule", "Replication heartbeat")},
    {"lag.growing", QT_TRANSLATE_NOOP("AlertRule", "Lag growing")},
    {"lag.seconds", QT_TRANSLATE_NOOP("AlertRule", "Lag in time")},
    {"partitions.under_replicated", QT_TRANSLATE_NOOP("AlertRule", "Under-replicated partitions")},
    {"partitions.offline", QT_TRANSLATE_NOOP("AlertRule", "Offline partitions")},
}};

} // namespace

QString alertRuleId(AlertRule rule)
{
    return QString::fromLatin1(ruleNames[std::size_t(rule)].id);
}

std::optional<AlertRule> alertRuleFromId(const QString &id)
{
    for (int i = 0; i < alertRuleCount; ++i)
        if (id == QLatin1String(ruleNames[std::size_t(i)].id))
            return AlertRule(i);
    return std::nullopt;
}

QString alertRuleTitle(AlertRule rule)
{
    return QCoreApplication::translate("AlertRule", ruleNames[std::size_t(rule)].title);
}

QString Alert::source() const
{
    return key.nodeId < 0 ? key.cluster : QStringLiteral("%1/%2").arg(key.cluster).arg(key.nodeId);
}

} // namespace fleetscope

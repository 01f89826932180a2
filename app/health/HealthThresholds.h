#pragma once

#include "mirror/MirrorHeartbeat.h"

#include <QtGlobal>

namespace fleetscope {

// Limits that make a value a warning or critical, and how long a condition must last before it is
// an alert. The one source of truth for the overview's severity, the check command and the alert
// rules; defaults suit small edge brokers. AlertThresholdSet holds one per fleet and per cluster.
struct HealthThresholds
{
    double diskWarning = 0.80;
    double diskCritical = 0.90;
    qint64 diskFullWithinMs = 24 * 3600 * 1000;   // forecast "full in" below this: an alert
    qint64 diskForecastWindowMs = 6 * 3600 * 1000; // the trend the forecast fits
    double heapWarning = 0.85;
    qint64 heapHoldMs = 5 * 60 * 1000;
    qint64 linkDownHoldMs = 30 * 1000;
    qint64 unreachableHoldMs = 30 * 1000;
    qint64 heartbeatMaxAgeMs = MirrorLinkStatus::degradedAfterMs;
    qint64 lagGrowingHoldMs = 10 * 60 * 1000;
    double lagSecondsLimit = 15 * 60; // 0 = no limit
    int underReplicatedMax = 0;       // more than this: an alert
    int offlineMax = 0;
    qint64 staleAfterIntervals = 3;

    bool operator==(const HealthThresholds &) const = default;
};

} // namespace fleetscope

#pragma once

#include "health/Severity.h"

#include <QString>

namespace fleetscope {

// What a site's tile on the wall screen says. Unreachable, stale and waiting are states of their
// own, never a shade of healthy.
enum class TileState { Healthy, Warning, Critical, Unreachable, Stale, Waiting };

struct KioskTile
{
    QString site;
    TileState state = TileState::Waiting;
    Severity severity = Severity::Warning;
    int rank = 0;      // within a severity: which kind of problem is worse (site unreachable highest)
    QString headline;  // the worst metric in words and numbers: "disk 93 % on edge-b-2"
    QString detail;    // "+2 more problems · 3 of 4 brokers up · updated 5 s ago"
    int problems = 0;  // how many findings are warnings or worse
    int brokers = 0;
    int brokersUp = 0;

    bool isProblem() const { return state != TileState::Healthy; }
    // Worse tiles compare greater: severity first, then the kind of problem.
    int priority() const { return int(severity) * 1000 + rank; }
    friend bool operator==(const KioskTile &, const KioskTile &) = default;
};

} // namespace fleetscope

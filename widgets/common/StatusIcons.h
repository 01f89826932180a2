#pragma once

#include "kafka/BrokerLink.h"

#include "health/Severity.h"

#include <QColor>
#include <QPalette>
#include <QIcon>

namespace fleetscope {

// Health icons drawn in code, so they stay crisp at any device pixel ratio and need no image plugin.
// Shape as well as colour carries the meaning, for colour-blind operators: a disc for a broker's
// state, a hollow ring for stale data, a square with a cross for an unreachable cluster or site.
class StatusIcons final
{
public:
    static QIcon forState(LinkState state, bool stale);
    static QIcon unreachable();
    static QColor colorFor(LinkState state);
    // The judge's severity as a text colour: amber, red, or the palette's own text when healthy.
    static QColor colorFor(Severity severity, const QPalette &palette);
};

} // namespace fleetscope

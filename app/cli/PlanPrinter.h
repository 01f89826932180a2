#pragma once

#include "reconfig/ConfigPlan.h"

#include <QTextStream>

namespace fleetscope {

// The text the reconfiguration commands print: the plan (target, key, old -> new, with the old
// value's source) and one result line per target. Sensitive values never appear.
class PlanPrinter final
{
public:
    static void printPlan(const ConfigPlan &plan, QTextStream &out);
    static void printResults(const ConfigPlan &plan, QTextStream &out);
};

} // namespace fleetscope

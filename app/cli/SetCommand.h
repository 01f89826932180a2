#pragma once

#include <QStringList>
#include <QTextStream>

namespace fleetscope {

// `fleetscope set FLEET.yaml --cluster C [--topic T | --topic-regex RE | --broker ID | --all-brokers |
// --cluster-default] KEY=VALUE... [--dry-run]`, also --tag, --operator, --database. The same plan,
// validation, dry run, audit and pending queue as the GUI. Exit code: 0 every target succeeded (or
// passed its dry run), 1 some target failed, 2 nothing failed but some are pending (cluster down),
// 3 the command could not run (bad arguments, fleet file, read-only fleet).
class SetCommand final
{
public:
    static constexpr int someFailed = 1;
    static constexpr int somePending = 2;
    static constexpr int cannotRun = 3;

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace fleetscope

#include "cli/CommandFleet.h"

#include "fleet/FleetFileParser.h"
#include "security/ClusterCredentials.h"

#include <QCoreApplication>

namespace fleetscope {

Result<Fleet> CommandFleet::load(const QString &path, QTextStream &err)
{
    const Result<Fleet> fleet = parseFleetFile(path);
    if (!fleet)
        return fleet;
    const QList<CredentialNeed> needs = ClusterCredentials::needs(*fleet);
    const ClusterCredentials credentials = ClusterCredentials::fromEnvironment(needs);
    for (const CredentialNeed &need : needs) {
        if (!credentials.has(need))
            err << need.missingFromEnvironment() << '\n';
    }
    return credentials.applyTo(*fleet);
}

Result<Fleet> CommandFleet::loadWritable(const QString &path, QTextStream &err)
{
    Result<Fleet> fleet = load(path, err);
    if (fleet && fleet->readOnly)
        return Error { QCoreApplication::translate("CommandFleet", "%1 is read-only (read_only: true): nothing is changed.")
                           .arg(path) };
    return fleet;
}

} // namespace fleetscope

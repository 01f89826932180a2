#pragma once

#include "fleet/Fleet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fleetscope::test {

// The secured cluster of the test fleet (edge-s: SASL_SSL, SCRAM, ACLs). tools/fleet writes
// fleet-secured.yaml (every cluster, edge-s without its password) and credentials.json (0600)
// next to the fleet file that $FLEETSCOPE_TEST_FLEET names.
class SecuredTestFleet final
{
public:
    static inline const QString kCluster = QStringLiteral("edge-s");

    static QString fleetDir();
    // fleet-secured.yaml, parsed; an error message says how to get it.
    static std::optional<Fleet> load(QString *error);
    // The password of a user (admin, monitor, limited) of a secured cluster; empty if unknown.
    static QByteArray password(const QString &user, const QString &cluster = kCluster);
    // A file of the fleet's TLS material (ca.pem, other-ca.pem, client.pem, client.key).
    static QString tlsFile(const QString &name);
    static const ClusterConfig *find(const Fleet &fleet, const QString &cluster);
};

} // namespace fleetscope::test

#define FLEETSCOPE_REQUIRE_SECURED_FLEET(var)                                                                   \
    QString var##Error;                                                                                        \
    const std::optional<fleetscope::Fleet> var##Loaded = fleetscope::test::SecuredTestFleet::load(&var##Error); \
    if (!var##Loaded)                                                                                          \
        QFAIL(qPrintable(var##Error));                                                                         \
    const fleetscope::Fleet &var = *var##Loaded

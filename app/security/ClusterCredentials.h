#pragma once

#include "fleet/Fleet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace fleetscope {

// What a cluster needs that the fleet file must not hold: the SASL password of its user.
struct CredentialNeed
{
    QString cluster;
    QString username;
    QString mechanism;
    QString bootstrapServers;

    // The keychain entry: bound to the user and the cluster's address, so a cluster of the same
    // name in another fleet file (another address) never receives this password.
    QString keychainKey() const;
    // FLEETSCOPE_PASSWORD_<CLUSTER>: the cluster name upper-cased, other than A-Z and 0-9 as "_".
    QString environmentVariable() const;
};

// Passwords by cluster name, in memory only. Applying them to a fleet puts sasl.password into the
// clusters' properties (librdkafka and our own client read it there) and tells the Redactor.
class ClusterCredentials final
{
public:
    // Clusters with security.protocol SASL_* , a PLAIN/SCRAM mechanism and a sasl.username.
    static QList<CredentialNeed> needs(const Fleet &fleet);

    void set(const QString &cluster, const QByteArray &password);
    void remove(const QString &cluster);
    bool has(const QString &cluster) const { return m_passwords.contains(cluster); }
    int size() const { return int(m_passwords.size()); }

    // A copy of the fleet with each known password in its cluster's properties.
    Fleet applyTo(Fleet fleet) const;

    // fleetscope check: the password of every needed cluster from its environment variable.
    static ClusterCredentials fromEnvironment(const QList<CredentialNeed> &needs);

private:
    QHash<QString, QByteArray> m_passwords;
};

} // namespace fleetscope

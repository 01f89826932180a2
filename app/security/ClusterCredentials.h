#pragma once

#include "fleet/Fleet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace fleetscope {

// What a cluster needs that the fleet file must not hold: the SASL password of its user, or the
// passphrase of its encrypted client key (mutual TLS).
struct CredentialNeed
{
    enum class Kind { SaslPassword, KeyPassword };

    QString cluster;
    QString username; // SaslPassword
    QString mechanism; // SaslPassword
    QString bootstrapServers;
    Kind kind = Kind::SaslPassword;
    QString keyLocation; // KeyPassword: the encrypted key file (ssl.key.location)

    // The keychain entry: bound to the user and the cluster's address (a key's passphrase: to the
    // key file), so a cluster of the same name in another fleet file never receives this password.
    QString keychainKey() const;
    // FLEETSCOPE_PASSWORD_<CLUSTER> (FLEETSCOPE_KEY_PASSWORD_<CLUSTER>): the cluster name
    // upper-cased, other than A-Z and 0-9 as "_".
    QString environmentVariable() const;
    // The property it fills in: sasl.password or ssl.key.password.
    QString property() const;
    // "user monitor", "client key passphrase": what is asked for, for menus and messages.
    QString description() const;
    // One line for the command line when the environment lacks it.
    QString missingFromEnvironment() const;
    // Unique within a fleet: the cluster and the property.
    QString id() const { return cluster + QLatin1Char('/') + property(); }
};

// Passwords by cluster and property, in memory only. Applying them to a fleet puts sasl.password and
// ssl.key.password into the clusters' properties (librdkafka and our own client read them there)
// and tells the Redactor.
class ClusterCredentials final
{
public:
    // Clusters with security.protocol SASL_*, a PLAIN/SCRAM mechanism and a sasl.username; and
    // clusters whose ssl.key.location is an encrypted PEM key. Blocking: reads the key files, so
    // call it off the GUI thread.
    static QList<CredentialNeed> needs(const Fleet &fleet);
    // Whether a PEM key file is encrypted (needs ssl.key.password); false when it cannot be read.
    static bool isEncryptedKeyFile(const QString &path);
    static bool isEncryptedKey(const QByteArray &pem);

    void set(const CredentialNeed &need, const QByteArray &password);
    // The SASL password of a cluster.
    void set(const QString &cluster, const QByteArray &password);
    void remove(const CredentialNeed &need);
    bool has(const CredentialNeed &need) const { return m_passwords.contains(need.id()); }
    int size() const { return int(m_passwords.size()); }

    // A copy of the fleet with each known password in its cluster's properties.
    Fleet applyTo(Fleet fleet) const;

    // fleetscope check: the password of every needed cluster from its environment variable.
    static ClusterCredentials fromEnvironment(const QList<CredentialNeed> &needs);

private:
    struct Entry
    {
        QString cluster;
        QString property;
        QByteArray password;
    };
    QHash<QString, Entry> m_passwords; // by CredentialNeed::id()
};

} // namespace fleetscope

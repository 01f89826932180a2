#include "security/ClusterCredentials.h"

#include "security/Redactor.h"

#include <QCoreApplication>
#include <QFile>
#include <QtGlobal>

namespace fleetscope {

namespace {

const QString kPasswordKey = QStringLiteral("sasl.password");
const QString kKeyPasswordKey = QStringLiteral("ssl.key.password");

} // namespace

QString CredentialNeed::keychainKey() const
{
    if (kind == Kind::KeyPassword)
        return QStringLiteral("%1 for %2 (%3)").arg(kKeyPasswordKey, keyLocation, cluster);
    return QStringLiteral("%1@%2 (%3)").arg(username, bootstrapServers, cluster);
}

QString CredentialNeed::environmentVariable() const
{
    QString name = kind == Kind::KeyPassword ? QStringLiteral("FLEETSCOPE_KEY_PASSWORD_") : QStringLiteral("FLEETSCOPE_PASSWORD_");
    for (const QChar c : cluster.toUpper())
        name += (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ? c : u'_';
    return name;
}

QString CredentialNeed::property() const
{
    return kind == Kind::KeyPassword ? kKeyPasswordKey : kPasswordKey;
}

QString CredentialNeed::description() const
{
    if (kind == Kind::KeyPassword)
        return QCoreApplication::translate("fleetscope::CredentialNeed", "client key passphrase");
    return QCoreApplication::translate("fleetscope::CredentialNeed", "user %1").arg(username);
}

QString CredentialNeed::missingFromEnvironment() const
{
    if (kind == Kind::KeyPassword)
        return QCoreApplication::translate("fleetscope::CredentialNeed",
            "%1: the client key \"%2\" is encrypted and there is no passphrase for it; set %3.")
            .arg(cluster, keyLocation, environmentVariable());
    return QCoreApplication::translate("fleetscope::CredentialNeed", "%1: no password for SASL user \"%2\"; set %3.")
        .arg(cluster, username, environmentVariable());
}

bool ClusterCredentials::isEncryptedKeyFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    return isEncryptedKey(file.read(64 * 1024));
}

bool ClusterCredentials::isEncryptedKey(const QByteArray &pem)
{
    // PKCS#8 ("BEGIN ENCRYPTED PRIVATE KEY") or the traditional form's "Proc-Type: 4,ENCRYPTED"
    return pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || pem.contains("Proc-Type: 4,ENCRYPTED");
}

QList<CredentialNeed> ClusterCredentials::needs(const Fleet &fleet)
{
    QList<CredentialNeed> out;
    for (const SiteConfig &site : fleet.sites) {
        for (const ClusterConfig &cluster : site.clusters) {
            const QMap<QString, QString> &p = cluster.properties;
            const QString protocol = p.value(QStringLiteral("security.protocol")).trimmed().toUpper();
            const QString mechanism
                = p.value(QStringLiteral("sasl.mechanism"), p.value(QStringLiteral("sasl.mechanisms"))).trimmed().toUpper();
            const QString username = p.value(QStringLiteral("sasl.username"));
            if (protocol.startsWith(QLatin1String("SASL_")) && !username.isEmpty()
                && (mechanism == QLatin1String("PLAIN") || mechanism.startsWith(QLatin1String("SCRAM-"))))
                out.append({ cluster.name, username, mechanism, cluster.bootstrapServers(), CredentialNeed::Kind::SaslPassword, {} });
            const QString keyLocation = p.value(QStringLiteral("ssl.key.location")).trimmed();
            if (protocol.endsWith(QLatin1String("SSL")) && isEncryptedKeyFile(keyLocation))
                out.append({ cluster.name, {}, {}, cluster.bootstrapServers(), CredentialNeed::Kind::KeyPassword, keyLocation });
        }
    }
    return out;
}

void ClusterCredentials::set(const CredentialNeed &need, const QByteArray &password)
{
    Redactor::rememberSecret(password);
    m_passwords.insert(need.id(), { need.cluster, need.property(), password });
}

void ClusterCredentials::set(const QString &cluster, const QByteArray &password)
{
    set(CredentialNeed { cluster, {}, {}, {}, CredentialNeed::Kind::SaslPassword, {} }, password);
}

void ClusterCredentials::remove(const CredentialNeed &need)
{
    m_passwords.remove(need.id());
}

Fleet ClusterCredentials::applyTo(Fleet fleet) const
{
    for (SiteConfig &site : fleet.sites) {
        for (ClusterConfig &cluster : site.clusters) {
            for (const Entry &entry : m_passwords) {
                if (entry.cluster == cluster.name)
                    cluster.properties.insert(entry.property, QString::fromUtf8(entry.password));
            }
        }
    }
    return fleet;
}

ClusterCredentials ClusterCredentials::fromEnvironment(const QList<CredentialNeed> &needs)
{
    ClusterCredentials credentials;
    for (const CredentialNeed &need : needs) {
        const QByteArray value = qgetenv(need.environmentVariable().toLatin1().constData());
        if (!value.isEmpty())
            credentials.set(need, value);
    }
    return credentials;
}

} // namespace fleetscope

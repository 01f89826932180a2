#include "security/ClusterCredentials.h"

#include "security/Redactor.h"

#include <QtGlobal>

namespace fleetscope {

namespace {

const QString kPasswordKey = QStringLiteral("sasl.password");

} // namespace

QString CredentialNeed::keychainKey() const
{
    return QStringLiteral("%1@%2 (%3)").arg(username, bootstrapServers, cluster);
}

QString CredentialNeed::environmentVariable() const
{
    QString name = QStringLiteral("FLEETSCOPE_PASSWORD_");
    for (const QChar c : cluster.toUpper())
        name += (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ? c : u'_';
    return name;
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
            if (!protocol.startsWith(QLatin1String("SASL_")) || username.isEmpty())
                continue;
            if (mechanism != QLatin1String("PLAIN") && !mechanism.startsWith(QLatin1String("SCRAM-")))
                continue;
            out.append({ cluster.name, username, mechanism, cluster.bootstrapServers() });
        }
    }
    return out;
}

void ClusterCredentials::set(const QString &cluster, const QByteArray &password)
{
    Redactor::rememberSecret(password);
    m_passwords.insert(cluster, password);
}

void ClusterCredentials::remove(const QString &cluster)
{
    m_passwords.remove(cluster);
}

Fleet ClusterCredentials::applyTo(Fleet fleet) const
{
    for (SiteConfig &site : fleet.sites) {
        for (ClusterConfig &cluster : site.clusters) {
            const auto it = m_passwords.constFind(cluster.name);
            if (it != m_passwords.cend())
                cluster.properties.insert(kPasswordKey, QString::fromUtf8(*it));
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
            credentials.set(need.cluster, value);
    }
    return credentials;
}

} // namespace fleetscope

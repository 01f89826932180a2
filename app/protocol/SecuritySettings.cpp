#include "protocol/SecuritySettings.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SecuritySettings", text);
}

bool isFalse(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("no");
}

} // namespace

QString SecuritySettings::mechanismName(SaslMechanism mechanism)
{
    switch (mechanism) {
    case SaslMechanism::Plain:
        return QStringLiteral("PLAIN");
    case SaslMechanism::ScramSha256:
        return QStringLiteral("SCRAM-SHA-256");
    case SaslMechanism::ScramSha512:
        return QStringLiteral("SCRAM-SHA-512");
    case SaslMechanism::None:
        break;
    }
    return QStringLiteral("none");
}

Result<SecuritySettings> SecuritySettings::fromProperties(const QMap<QString, QString> &properties)
{
    const QString protocol
        = properties.value(QStringLiteral("security.protocol"), QStringLiteral("PLAINTEXT")).trimmed().toUpper();
    SecuritySettings settings;
    bool sasl = false;
    if (protocol == QLatin1String("SSL")) {
        settings.tls = true;
    } else if (protocol == QLatin1String("SASL_SSL")) {
        settings.tls = sasl = true;
    } else if (protocol == QLatin1String("SASL_PLAINTEXT")) {
        sasl = true;
    } else if (protocol != QLatin1String("PLAINTEXT")) {
        return Error { tr("security.protocol \"%1\" is unknown; use PLAINTEXT, SSL, SASL_PLAINTEXT or "
                          "SASL_SSL.")
                           .arg(protocol) };
    }

    TlsSettings &tls = settings.tlsSettings;
    tls.caLocation = properties.value(QStringLiteral("ssl.ca.location")).trimmed();
    if (tls.caLocation.compare(QLatin1String("probe"), Qt::CaseInsensitive) == 0)
        tls.caLocation.clear(); // librdkafka's "probe" = the system's CAs, which is our default
    tls.certificateLocation = properties.value(QStringLiteral("ssl.certificate.location")).trimmed();
    tls.keyLocation = properties.value(QStringLiteral("ssl.key.location")).trimmed();
    tls.keyPassword = properties.value(QStringLiteral("ssl.key.password")).toUtf8();
    tls.verifyCertificate
        = !isFalse(properties.value(QStringLiteral("enable.ssl.certificate.verification"), QStringLiteral("true")));
    tls.verifyHostName
        = properties.value(QStringLiteral("ssl.endpoint.identification.algorithm"), QStringLiteral("https"))
              .trimmed()
              .compare(QLatin1String("none"), Qt::CaseInsensitive)
        != 0;
    if (tls.certificateLocation.isEmpty() != tls.keyLocation.isEmpty())
        return Error { tr("mutual TLS needs both ssl.certificate.location and ssl.key.location; only one "
                          "is set.") };

    if (!sasl)
        return settings;
    // librdkafka's name is sasl.mechanisms, sasl.mechanism its alias; its default is GSSAPI.
    const QString mechanism = properties
                                  .value(QStringLiteral("sasl.mechanism"),
                                      properties.value(QStringLiteral("sasl.mechanisms"), QStringLiteral("GSSAPI")))
                                  .trimmed()
                                  .toUpper();
    if (mechanism == QLatin1String("PLAIN"))
        settings.sasl.mechanism = SaslMechanism::Plain;
    else if (mechanism == QLatin1String("SCRAM-SHA-256"))
        settings.sasl.mechanism = SaslMechanism::ScramSha256;
    else if (mechanism == QLatin1String("SCRAM-SHA-512"))
        settings.sasl.mechanism = SaslMechanism::ScramSha512;
    else
        return Error { tr("SASL mechanism %1 is not spoken by Fleetscope's own Kafka client, so disk "
                          "usage (log dirs), committed offsets and lag, and reconfiguration are not "
                          "available for this cluster. Brokers, topics, partitions, link state and "
                          "heap are still collected (through librdkafka and the JMX exporter). Use "
                          "PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 for everything.")
                           .arg(mechanism) };
    settings.sasl.username = properties.value(QStringLiteral("sasl.username"));
    settings.sasl.password = properties.value(QStringLiteral("sasl.password")).toUtf8();
    if (settings.sasl.username.isEmpty())
        return Error { tr("sasl.username is missing: add it to the cluster's properties in the fleet "
                          "file (the password is asked for, never written there).") };
    if (settings.sasl.password.isEmpty())
        return Error { tr("no password for SASL user \"%1\": enter it when Fleetscope asks (or, for "
                          "fleetscope check, set the environment variable).")
                           .arg(settings.sasl.username) };
    return settings;
}

} // namespace fleetscope

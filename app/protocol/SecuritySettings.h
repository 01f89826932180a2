#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

namespace fleetscope {

// How our own Kafka client (BrokerChannel) connects, read from the cluster's librdkafka
// properties so that one fleet-file entry configures both clients the same way:
// security.protocol, ssl.ca.location, ssl.certificate.location, ssl.key.location, ssl.key.password,
// ssl.endpoint.identification.algorithm, enable.ssl.certificate.verification, sasl.mechanism(s),
// sasl.username, sasl.password. Passwords reach the properties in memory only (CredentialStore).
struct TlsSettings
{
    QString caLocation;          // a PEM file or a directory of them; empty: the system's CAs
    QString certificateLocation; // client certificate (PEM) for mutual TLS
    QString keyLocation;         // its private key (PEM)
    QByteArray keyPassword;
    bool verifyCertificate = true;
    bool verifyHostName = true;  // ssl.endpoint.identification.algorithm=https (librdkafka's default)
    QString peerName;            // the name checked against the certificate; empty: the host connected to
};

enum class SaslMechanism { None, Plain, ScramSha256, ScramSha512 };

struct SaslSettings
{
    SaslMechanism mechanism = SaslMechanism::None;
    QString username;
    QByteArray password;
};

struct SecuritySettings
{
    bool tls = false;
    TlsSettings tlsSettings;
    SaslSettings sasl;

    // Errors name the property and what to do; GSSAPI and OAUTHBEARER say what still works.
    static Result<SecuritySettings> fromProperties(const QMap<QString, QString> &properties);
    static QString mechanismName(SaslMechanism mechanism);
};

} // namespace fleetscope

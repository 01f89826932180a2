#include "protocol/TlsTransport.h"

#include "security/ClusterCredentials.h"

#include "protocol/ProtocolLogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TlsTransport", text);
}

bool isUnknownIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

// One sentence for the first certificate problem, in the words of the setting that fixes it.
QString describe(const QList<QSslError> &errors, const QString &host, const TlsSettings &settings)
{
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch)
            return tr("the broker's certificate is not valid for the name \"%1\" (wrong host). Connect "
                      "by a name the certificate lists, or fix the broker's certificate.")
                .arg(settings.peerName.isEmpty() ? host : settings.peerName);
    }
    for (const QSslError &error : errors) {
        if (isUnknownIssuer(error.error()))
            return settings.caLocation.isEmpty()
                ? tr("the broker's certificate was issued by an unknown CA (not one of this system's "
                     "CAs): set ssl.ca.location to the CA file of the cluster.")
                : tr("the broker's certificate was issued by an unknown CA (not in %1): check "
                     "ssl.ca.location.")
                      .arg(settings.caLocation);
        if (error.error() == QSslError::CertificateExpired || error.error() == QSslError::CertificateNotYetValid)
            return tr("the broker's certificate is outside its validity period (%1).").arg(error.errorString());
    }
    QStringList texts;
    for (const QSslError &error : errors)
        texts << error.errorString();
    return tr("the broker's certificate was not accepted (%1).").arg(texts.join(QStringLiteral("; ")));
}

Result<QByteArray> readFile(const QString &path, const char *property)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { tr("cannot read %1 \"%2\" (%3).").arg(QLatin1String(property), path, file.errorString()) };
    return file.readAll();
}

} // namespace

TlsTransport::TlsTransport(TlsSettings settings)
    : m_settings(std::move(settings))
{
}

Status TlsTransport::loadFiles()
{
    if (m_loaded)
        return Done {};
    if (!QSslSocket::supportsSsl())
        return Error { tr("TLS is not available: Qt found no TLS backend (install libssl3 and Qt's "
                          "OpenSSL plugin).") };
    if (!m_settings.caLocation.isEmpty()) {
        const QFileInfo info(m_settings.caLocation);
        m_caCertificates = info.isDir()
            ? QSslCertificate::fromPath(m_settings.caLocation + QStringLiteral("/*"), QSsl::Pem,
                                        QSslCertificate::PatternSyntax::Wildcard)
            : QSslCertificate::fromPath(m_settings.caLocation);
        if (m_caCertificates.isEmpty())
            return Error { tr("ssl.ca.location \"%1\" holds no PEM certificate (missing or unreadable?).")
                               .arg(m_settings.caLocation) };
    }
    if (!m_settings.certificateLocation.isEmpty()) {
        m_localChain = QSslCertificate::fromPath(m_settings.certificateLocation);
        if (m_localChain.isEmpty())
            return Error { tr("ssl.certificate.location \"%1\" holds no PEM certificate.")
                               .arg(m_settings.certificateLocation) };
        Result<QByteArray> pem = readFile(m_settings.keyLocation, "ssl.key.location");
        if (!pem)
            return pem.error();
        for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            QSslKey key(*pem, algorithm, QSsl::Pem, QSsl::PrivateKey, m_settings.keyPassword);
            if (!key.isNull()) {
                m_privateKey = key;
                break;
            }
        }
        const bool encrypted = ClusterCredentials::isEncryptedKey(*pem);
        if (!m_privateKey && encrypted && m_settings.keyPassword.isEmpty())
            return Error { tr("ssl.key.location \"%1\" is encrypted and no passphrase was given: enter it when "
                              "Fleetscope asks, or on the command line set FLEETSCOPE_KEY_PASSWORD_<CLUSTER> "
                              "(ssl.key.password).")
                               .arg(m_settings.keyLocation) };
        if (!m_privateKey && encrypted)
            return Error { tr("ssl.key.location \"%1\" could not be decrypted: the passphrase (ssl.key.password) "
                              "is wrong.")
                               .arg(m_settings.keyLocation) };
        if (!m_privateKey)
            return Error { tr("ssl.key.location \"%1\" holds no private key Fleetscope can read (RSA, EC "
                              "or DSA in PEM).")
                               .arg(m_settings.keyLocation) };
    }
    m_loaded = true;
    return Done {};
}

std::unique_ptr<QTcpSocket> TlsTransport::createSocket()
{
    return std::make_unique<QSslSocket>();
}

Status TlsTransport::afterConnected(QTcpSocket &tcpSocket, const QString &host, const QDeadlineTimer &deadline)
{
    if (Status loaded = loadFiles(); !loaded)
        return loaded;
    auto &socket = static_cast<QSslSocket &>(tcpSocket);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_caCertificates.isEmpty())
        configuration.setCaCertificates(m_caCertificates); // this CA only, as librdkafka does
    if (m_privateKey) {
        configuration.setLocalCertificateChain(m_localChain);
        configuration.setPrivateKey(*m_privateKey);
    }
    configuration.setPeerVerifyMode(m_settings.verifyCertificate ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    socket.setSslConfiguration(configuration);
    if (!m_settings.peerName.isEmpty())
        socket.setPeerVerifyName(m_settings.peerName);
    if (!m_settings.verifyHostName) {
        // ssl.endpoint.identification.algorithm=none: the chain is still checked, the name is not.
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [&socket](const QList<QSslError> &errors) {
            for (const QSslError &error : errors) {
                if (error.error() != QSslError::HostNameMismatch)
                    return;
            }
            socket.ignoreSslErrors();
        });
    }
    socket.startClientEncryption();
    if (socket.waitForEncrypted(remainingMs(deadline)))
        return Done {};
    const QList<QSslError> errors = socket.sslHandshakeErrors();
    qCDebug(lcProtocol) << "TLS handshake with" << host << "failed:" << socket.errorString();
    if (!errors.isEmpty())
        return Error { tr("TLS: %1").arg(describe(errors, host, m_settings)) };
    if (deadline.hasExpired())
        return Error { tr("TLS: no handshake within the timeout. Is this port a TLS listener (SSL or "
                          "SASL_SSL)?") };
    return Error { tr("TLS: the handshake failed (%1). Is this port a TLS listener, and does the broker "
                      "accept this client certificate?")
                       .arg(socket.errorString()) };
}

} // namespace fleetscope

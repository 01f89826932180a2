#pragma once

#include "protocol/SecuritySettings.h"
#include "protocol/TcpTransport.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

namespace fleetscope {

// SSL and SASL_SSL: TcpTransport plus a TLS handshake (QSslSocket, blocking like its base) before
// connectTo() returns. The certificate chain is checked against ssl.ca.location (or the system's
// CAs) and the broker's name against the certificate; a failed check closes the connection before
// a single Kafka byte is written. Errors say which check failed.
class TlsTransport final : public TcpTransport
{
public:
    explicit TlsTransport(TlsSettings settings);
    Q_DISABLE_COPY_MOVE(TlsTransport)

    // The settings' files, loaded; an error names the file and what is wrong with it.
    Status loadFiles();

protected:
    std::unique_ptr<QTcpSocket> createSocket() override;
    Status afterConnected(QTcpSocket &socket, const QString &host, const QDeadlineTimer &deadline) override;

private:
    TlsSettings m_settings;
    bool m_loaded = false;
    QList<QSslCertificate> m_caCertificates;
    QList<QSslCertificate> m_localChain;
    std::optional<QSslKey> m_privateKey;
};

} // namespace fleetscope

#include "protocol/SaslAuthenticator.h"

#include "protocol/ApiKey.h"
#include "protocol/BrokerChannel.h"
#include "protocol/KafkaErrorCode.h"
#include "protocol/ProtocolLogging.h"
#include "protocol/SaslMessages.h"
#include "protocol/ScramClient.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SaslAuthenticator", text);
}

} // namespace

SaslAuthenticator::SaslAuthenticator(SaslSettings settings)
    : m_settings(std::move(settings))
{
}

Result<QByteArray> SaslAuthenticator::step(
    BrokerChannel &channel, qint16 version, const QByteArray &token, int timeoutMs)
{
    Result<QByteArray> answer = channel.roundTrip(
        ApiKey::SaslAuthenticate, version, SaslMessages::encodeAuthenticate(version, token), timeoutMs);
    if (!answer)
        return answer.error();
    Result<SaslAuthenticateResponse> response = SaslMessages::decodeAuthenticate(*answer, version);
    if (!response)
        return channel.failure(tr("its SaslAuthenticate answer cannot be read (%1).").arg(response.errorMessage()));
    if (response->errorCode == KafkaErrorCode::SaslAuthenticationFailed)
        return channel.failure(tr("authentication failed for user \"%1\" (%2): check the user name and password.")
                           .arg(m_settings.username, SecuritySettings::mechanismName(m_settings.mechanism)));
    if (response->errorCode != KafkaErrorCode::None)
        return channel.failure(tr("SASL authentication was refused with %1%2.")
                           .arg(kafkaErrorText(response->errorCode),
                               response->errorMessage ? QStringLiteral(" (%1)").arg(*response->errorMessage)
                                                      : QString()));
    return response->authBytes;
}

Status SaslAuthenticator::authenticate(BrokerChannel &channel, int timeoutMs)
{
    const QString mechanism = SecuritySettings::mechanismName(m_settings.mechanism);
    const std::optional<qint16> handshakeVersion = channel.negotiatedVersion(
        ApiKey::SaslHandshake, SaslMessages::kHandshakeVersion, SaslMessages::kHandshakeVersion);
    const std::optional<qint16> authVersion = channel.negotiatedVersion(ApiKey::SaslAuthenticate,
        SaslMessages::kAuthenticateMinVersion, SaslMessages::kAuthenticateMaxVersion);
    if (!handshakeVersion || !authVersion)
        return channel.failure(tr("the broker offers no SASL authentication on this port (older than Kafka 1.0, or "
                          "not a SASL listener): check security.protocol."));

    Result<QByteArray> answer = channel.roundTrip(
        ApiKey::SaslHandshake, *handshakeVersion, SaslMessages::encodeHandshake(mechanism), timeoutMs);
    if (!answer)
        return answer.error();
    Result<SaslHandshakeResponse> handshake = SaslMessages::decodeHandshake(*answer);
    if (!handshake)
        return channel.failure(tr("its SaslHandshake answer cannot be read (%1).").arg(handshake.errorMessage()));
    if (handshake->errorCode == KafkaErrorCode::UnsupportedSaslMechanism)
        return channel.failure(tr("the broker does not enable SASL mechanism %1 on this listener; it offers %2. "
                          "Set sasl.mechanism accordingly.")
                           .arg(mechanism, handshake->enabledMechanisms.join(QStringLiteral(", "))));
    if (handshake->errorCode != KafkaErrorCode::None)
        return channel.failure(tr("SaslHandshake was refused with %1.").arg(kafkaErrorText(handshake->errorCode)));

    if (m_settings.mechanism == SaslMechanism::Plain) {
        // RFC 4616: authzid NUL authcid NUL password (empty authzid: act as the user itself).
        const QByteArray token = '\0' + m_settings.username.toUtf8() + '\0' + m_settings.password;
        Result<QByteArray> done = step(channel, *authVersion, token, timeoutMs);
        if (!done)
            return done.error();
    } else {
        ScramClient scram(m_settings.mechanism == SaslMechanism::ScramSha256 ? ScramClient::Algorithm::Sha256
                                                                             : ScramClient::Algorithm::Sha512,
            m_settings.username, m_settings.password);
        Result<QByteArray> serverFirst = step(channel, *authVersion, scram.firstMessage(), timeoutMs);
        if (!serverFirst)
            return serverFirst.error();
        Result<QByteArray> clientFinal = scram.finalMessage(*serverFirst);
        if (!clientFinal)
            return channel.failure(clientFinal.errorMessage());
        Result<QByteArray> serverFinal = step(channel, *authVersion, *clientFinal, timeoutMs);
        if (!serverFinal)
            return serverFinal.error();
        if (Status verified = scram.verifyServerFinal(*serverFinal); !verified)
            return channel.failure(verified.errorMessage());
    }
    qCDebug(lcProtocol) << channel.brokerName() << "authenticated as" << m_settings.username << "with" << mechanism;
    return Done {};
}

} // namespace fleetscope

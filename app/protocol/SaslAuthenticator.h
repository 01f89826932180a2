#pragma once

#include "core/Result.h"
#include "protocol/SecuritySettings.h"

namespace fleetscope {

class BrokerChannel;

// Authenticates an open channel (ApiVersions done, nothing else sent): SaslHandshake v1 naming the
// mechanism, then SaslAuthenticate rounds carrying PLAIN's single token or SCRAM's two messages,
// whose server signature is verified. A wrong password comes back as "authentication failed"; the
// broker then closes the connection. Error texts never contain the password.
class SaslAuthenticator final
{
public:
    explicit SaslAuthenticator(SaslSettings settings);

    Status authenticate(BrokerChannel &channel, int timeoutMs);

private:
    Result<QByteArray> step(BrokerChannel &channel, qint16 version, const QByteArray &token, int timeoutMs);

    SaslSettings m_settings;
};

} // namespace fleetscope

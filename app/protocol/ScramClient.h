#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

namespace fleetscope {

// The client side of SCRAM (RFC 5802) with SHA-256 or SHA-512 (RFC 7677), as Kafka speaks it: no
// channel binding ("n,,"), the password as raw UTF-8 (Kafka does no SASLprep). Three steps:
// firstMessage(), finalMessage(serverFirst), verifyServerFinal(serverFinal). The server's
// signature is checked, so a server that does not know the password cannot pass itself off as
// the broker. Messages never include the password; the salted password stays inside this object.
class ScramClient final
{
public:
    enum class Algorithm { Sha256, Sha512 };

    // nonce: printable ASCII without ','; empty makes a random one (tests give RFC 7677's).
    ScramClient(Algorithm algorithm, QString username, QByteArray password, QByteArray nonce = {});

    QByteArray firstMessage() const;
    Result<QByteArray> finalMessage(const QByteArray &serverFirst);
    Status verifyServerFinal(const QByteArray &serverFinal) const;

    // "SCRAM-SHA-256" / "SCRAM-SHA-512"
    static QString mechanismName(Algorithm algorithm);
    // Kafka accepts 4096..16384; more than this would only let a hostile server burn our CPU.
    static constexpr int kMaxIterations = 100000;

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;

    Algorithm m_algorithm;
    QCryptographicHash::Algorithm m_hash;
    QByteArray m_firstBare;
    QByteArray m_password;
    QByteArray m_nonce;
    QByteArray m_expectedServerSignature;
};

} // namespace fleetscope

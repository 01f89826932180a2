#include "protocol/ScramClient.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScramClient", text);
}

// RFC 5802 5.1: ',' and '=' in a user name are escaped as "=2C" and "=3D".
QByteArray escapeUsername(const QString &username)
{
    QByteArray out;
    for (const char c : username.toUtf8()) {
        if (c == ',')
            out += "=2C";
        else if (c == '=')
            out += "=3D";
        else
            out += c;
    }
    return out;
}

QByteArray randomNonce()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// "a=x,b=y" -> value of `key`; empty when absent.
QByteArray attribute(const QByteArray &message, char key)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}

} // namespace

ScramClient::ScramClient(Algorithm algorithm, QString username, QByteArray password, QByteArray nonce)
    : m_algorithm(algorithm)
    , m_hash(algorithm == Algorithm::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha512)
    , m_password(std::move(password))
    , m_nonce(nonce.isEmpty() ? randomNonce() : std::move(nonce))
{
    m_firstBare = "n=" + escapeUsername(username) + ",r=" + m_nonce;
}

QString ScramClient::mechanismName(Algorithm algorithm)
{
    return algorithm == Algorithm::Sha256 ? QStringLiteral("SCRAM-SHA-256") : QStringLiteral("SCRAM-SHA-512");
}

QByteArray ScramClient::firstMessage() const
{
    return "n,," + m_firstBare;
}

QByteArray ScramClient::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_hash);
}

Result<QByteArray> ScramClient::finalMessage(const QByteArray &serverFirst)
{
    const QString mechanism = mechanismName(m_algorithm);
    if (serverFirst.startsWith("m="))
        return Error { tr("the broker asks for a SCRAM extension Fleetscope does not know (%1).").arg(mechanism) };
    if (const QByteArray error = attribute(serverFirst, 'e'); !error.isEmpty())
        return Error { tr("the broker refused %1: %2.").arg(mechanism, QString::fromUtf8(error)) };
    const QByteArray nonce = attribute(serverFirst, 'r');
    const QByteArray salt = QByteArray::fromBase64(attribute(serverFirst, 's'));
    bool numeric = false;
    const int iterations = attribute(serverFirst, 'i').toInt(&numeric);
    if (!nonce.startsWith(m_nonce) || nonce.size() == m_nonce.size())
        return Error { tr("the broker's %1 answer does not continue our nonce; the conversation was "
                          "stopped (a broken or hostile server).")
                           .arg(mechanism) };
    if (salt.isEmpty() || !numeric || iterations < 1 || iterations > kMaxIterations)
        return Error { tr("the broker's %1 answer has no usable salt or iteration count (i=%2).")
                           .arg(mechanism)
                           .arg(QString::fromUtf8(attribute(serverFirst, 'i'))) };

    const int keyLength = m_algorithm == Algorithm::Sha256 ? 32 : 64;
    const QByteArray saltedPassword
        = QPasswordDigestor::deriveKeyPbkdf2(m_hash, m_password, salt, iterations, quint64(keyLength));
    const QByteArray clientKey = hmac(saltedPassword, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_hash);
    const QByteArray withoutProof = "c=biws,r=" + nonce; // biws = base64("n,,")
    const QByteArray authMessage = m_firstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ clientSignature.at(i));
    m_expectedServerSignature = hmac(hmac(saltedPassword, "Server Key"), authMessage);
    return withoutProof + ",p=" + proof.toBase64();
}

Status ScramClient::verifyServerFinal(const QByteArray &serverFinal) const
{
    const QString mechanism = mechanismName(m_algorithm);
    if (const QByteArray error = attribute(serverFinal, 'e'); !error.isEmpty())
        return Error { tr("the broker refused %1: %2.").arg(mechanism, QString::fromUtf8(error)) };
    if (m_expectedServerSignature.isEmpty())
        return Error { tr("the %1 conversation is out of order.").arg(mechanism) };
    const QByteArray signature = QByteArray::fromBase64(attribute(serverFinal, 'v'));
    if (signature != m_expectedServerSignature)
        return Error { tr("the broker's %1 signature is wrong: it does not know this user's "
                          "credentials, so it is not the broker it claims to be. Nothing more was "
                          "sent.")
                           .arg(mechanism) };
    return Done {};
}

} // namespace fleetscope

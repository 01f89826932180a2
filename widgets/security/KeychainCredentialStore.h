#pragma once

#include "security/ClusterCredentials.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace fleetscope {

// Cluster passwords in the system keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain's asynchronous jobs: nothing here blocks the GUI thread. Where no
// keychain answers, passwords are kept in memory for this session only and keychainUnavailable()
// says so once. QtKeychain's plain-text fallback is never enabled.
class KeychainCredentialStore final : public QObject
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

    static inline const QString kService = QStringLiteral("Fleetscope");

    // Answers with passwordRead(need.id(), ...); an empty optional when there is none.
    void read(const CredentialNeed &need);
    void write(const CredentialNeed &need, const QByteArray &password);
    void forget(const CredentialNeed &need);

    bool keychainAvailable() const { return m_keychainAvailable; }
    const QString &unavailableReason() const { return m_unavailableReason; }

Q_SIGNALS:
    void passwordRead(const QString &needId, const std::optional<QByteArray> &password);
    void keychainUnavailable(const QString &reason);
    void failed(const QString &message);

private:
    void markUnavailable(const QString &reason);

    bool m_keychainAvailable = true;
    QString m_unavailableReason;
    QHash<QString, QByteArray> m_session; // by keychain key, when there is no keychain
};

} // namespace fleetscope

#pragma once

#include "fleet/Fleet.h"
#include "security/ClusterCredentials.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace fleetscope {

class KeychainCredentialStore;

// Before a fleet is shown: the needs are worked out on a worker (key files are read to see whether
// they are encrypted); for every SASL password and key passphrase needed, the keychain is asked
// (asynchronously); what it lacks is asked for in a PasswordDialog. Then resolved() carries the
// fleet with the passwords in memory. A skipped cluster is polled without one and shows the
// authentication error; the other clusters are not held up by it.
class CredentialResolver final : public QObject
{
    Q_OBJECT

public:
    CredentialResolver(KeychainCredentialStore &store, QWidget *dialogParent, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CredentialResolver)

    void resolve(const Fleet &fleet);
    // Removes the cluster's password from the keychain and from memory; asked again next time.
    void forget(const CredentialNeed &need);
    const QList<CredentialNeed> &needs() const { return m_needs; }

Q_SIGNALS:
    void resolved(const fleetscope::Fleet &fleet);

private:
    void onNeeds(quint64 generation, const QList<CredentialNeed> &needs);
    void onPasswordRead(const QString &needId, const std::optional<QByteArray> &password);
    void askNext(quint64 generation);
    void finishIfDone();

    KeychainCredentialStore &m_store;
    QPointer<QWidget> m_dialogParent;
    Fleet m_fleet;
    QList<CredentialNeed> m_needs;
    ClusterCredentials m_credentials;
    QList<CredentialNeed> m_toAsk;
    bool m_asking = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace fleetscope

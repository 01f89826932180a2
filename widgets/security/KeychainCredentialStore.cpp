#include "security/KeychainCredentialStore.h"

#include <qt6keychain/keychain.h>

namespace fleetscope {

namespace {

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent)
    : QObject(parent)
{
}

void KeychainCredentialStore::markUnavailable(const QString &reason)
{
    if (!m_keychainAvailable)
        return;
    m_keychainAvailable = false;
    m_unavailableReason = tr("No system keychain is available (%1): passwords are kept in memory for "
                             "this session only and asked for again next time.")
                              .arg(reason);
    Q_EMIT keychainUnavailable(m_unavailableReason);
}

void KeychainCredentialStore::read(const CredentialNeed &need)
{
    const QString key = need.keychainKey();
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        Q_EMIT passwordRead(need.id(), *it);
        return;
    }
    if (!m_keychainAvailable) {
        Q_EMIT passwordRead(need.id(), std::nullopt);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const QString id = need.id();
    connect(job, &QKeychain::Job::finished, this, [this, job, id](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            Q_EMIT passwordRead(id, job->binaryData());
            return;
        }
        if (meansNoKeychain(job->error()))
            markUnavailable(job->errorString());
        Q_EMIT passwordRead(id, std::nullopt);
    });
    job->start();
}

void KeychainCredentialStore::write(const CredentialNeed &need, const QByteArray &password)
{
    const QString key = need.keychainKey();
    if (!m_keychainAvailable) {
        m_session.insert(key, password);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, password](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            return;
        m_session.insert(key, password); // kept for this session at least
        if (meansNoKeychain(job->error()))
            markUnavailable(job->errorString());
        else
            Q_EMIT failed(tr("The password could not be saved in the keychain (%1); it is kept for this "
                             "session only.")
                              .arg(job->errorString()));
    });
    job->start();
}

void KeychainCredentialStore::forget(const CredentialNeed &need)
{
    const QString key = need.keychainKey();
    m_session.remove(key);
    if (!m_keychainAvailable)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            Q_EMIT failed(tr("The password could not be removed from the keychain (%1).").arg(job->errorString()));
    });
    job->start();
}

} // namespace fleetscope

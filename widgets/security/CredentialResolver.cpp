#include "security/CredentialResolver.h"

#include "security/KeychainCredentialStore.h"
#include "security/PasswordDialog.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

CredentialResolver::CredentialResolver(KeychainCredentialStore &store, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogParent(dialogParent)
{
    connect(&m_store, &KeychainCredentialStore::passwordRead, this, &CredentialResolver::onPasswordRead);
}

void CredentialResolver::resolve(const Fleet &fleet)
{
    const quint64 generation = ++m_generation;
    m_fleet = fleet;
    m_needs.clear();
    m_credentials = ClusterCredentials {};
    m_toAsk.clear();
    m_pending = 0;
    auto *watcher = new QFutureWatcher<QList<CredentialNeed>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        onNeeds(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([fleet] { return ClusterCredentials::needs(fleet); }));
}

void CredentialResolver::onNeeds(quint64 generation, const QList<CredentialNeed> &needs)
{
    if (generation != m_generation)
        return; // another fleet was opened meanwhile
    m_needs = needs;
    m_pending = int(m_needs.size());
    if (m_pending == 0) {
        Q_EMIT resolved(m_fleet);
        return;
    }
    for (const CredentialNeed &need : std::as_const(m_needs))
        m_store.read(need);
}

void CredentialResolver::onPasswordRead(const QString &needId, const std::optional<QByteArray> &password)
{
    const auto need = std::find_if(
        m_needs.cbegin(), m_needs.cend(), [&](const CredentialNeed &n) { return n.id() == needId; });
    if (m_pending == 0 || need == m_needs.cend() || m_credentials.has(*need))
        return;
    if (password) {
        m_credentials.set(*need, *password);
        --m_pending;
        finishIfDone();
        return;
    }
    // The keychain has none: ask, one dialog after the other.
    m_toAsk.append(*need);
    if (!m_asking)
        QTimer::singleShot(0, this, [this, generation = m_generation] { askNext(generation); });
}

void CredentialResolver::askNext(quint64 generation)
{
    if (m_asking || generation != m_generation || m_toAsk.isEmpty())
        return;
    m_asking = true;
    const CredentialNeed asked = m_toAsk.takeFirst();
    PasswordDialog dialog(asked, m_store.keychainAvailable() ? QString() : m_store.unavailableReason(), m_dialogParent);
    const bool accepted = dialog.exec() == QDialog::Accepted && !dialog.password().isEmpty();
    m_asking = false;
    if (generation != m_generation)
        return; // another fleet was opened meanwhile
    if (accepted) {
        m_credentials.set(asked, dialog.password());
        if (dialog.remember())
            m_store.write(asked, dialog.password());
    }
    --m_pending;
    if (!m_toAsk.isEmpty())
        QTimer::singleShot(0, this, [this, generation] { askNext(generation); });
    finishIfDone();
}

void CredentialResolver::finishIfDone()
{
    if (m_pending == 0)
        Q_EMIT resolved(m_credentials.applyTo(m_fleet));
}

void CredentialResolver::forget(const CredentialNeed &need)
{
    m_store.forget(need);
    m_credentials.remove(need);
}

} // namespace fleetscope

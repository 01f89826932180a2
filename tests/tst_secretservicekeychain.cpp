// KeychainCredentialStore and CredentialResolver against a REAL freedesktop Secret Service
// (gnome-keyring-daemon on a private session bus, see support/PrivateSecretService.h), reached the
// way the app reaches it: QtKeychain → libsecret → D-Bus. What the store writes is then read back
// over the bus with the Secret Service API itself, so a store that only kept passwords in memory
// (or in a file) fails here.
#include "security/CredentialResolver.h"
#include "security/KeychainCredentialStore.h"
#include "security/PasswordDialog.h"
#include "support/PrivateSecretService.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace fleetscope;

namespace {

constexpr int kJobTimeoutMs = 15000;

CredentialNeed saslNeed(const QString &user)
{
    CredentialNeed need;
    need.cluster = QStringLiteral("edge-s");
    need.username = user;
    need.mechanism = QStringLiteral("SCRAM-SHA-512");
    need.bootstrapServers = QStringLiteral("127.0.0.1:19093");
    return need;
}

// The store's answer to read(need): waits for its passwordRead.
std::optional<std::optional<QByteArray>> readBack(KeychainCredentialStore &store, const CredentialNeed &need)
{
    QSignalSpy read(&store, &KeychainCredentialStore::passwordRead);
    store.read(need);
    if (!QTest::qWaitFor([&] { return !read.isEmpty(); }, kJobTimeoutMs) || read.first().first().toString() != need.id())
        return std::nullopt;
    return read.first().at(1).value<std::optional<QByteArray>>();
}

// The secret of the Secret Service item QtKeychain filed under the need's keychain key (it keeps
// binary data base64-encoded and says so in the item's "type" attribute).
std::optional<QByteArray> secretInService(const PrivateSecretService &service, const CredentialNeed &need)
{
    for (const PrivateSecretService::Item &item : service.items()) {
        if (!item.attributes.values().contains(need.keychainKey()))
            continue;
        return item.attributes.value(QStringLiteral("type")) == QLatin1String("base64") ? QByteArray::fromBase64(item.secret)
                                                                                       : item.secret;
    }
    return std::nullopt;
}

} // namespace

class TestSecretServiceKeychain final : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretServiceKeychain(PrivateSecretService &service)
        : m_service(service)
    {
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString missing = PrivateSecretService::missingTools(); !missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("not installed: %1 (tools/bootstrap installs them)").arg(missing)));
        if (const auto error = m_service.start())
            QFAIL(qPrintable(QStringLiteral("cannot start a private Secret Service: ") + *error));
    }

    void storedPasswordIsInTheSecretServiceAndForgotten()
    {
        const CredentialNeed need = saslNeed(QStringLiteral("monitor"));
        const QByteArray password = "s3cret:with\xc3\xa9 and \n newline";
        KeychainCredentialStore store;
        QSignalSpy unavailable(&store, &KeychainCredentialStore::keychainUnavailable);
        QSignalSpy failed(&store, &KeychainCredentialStore::failed);

        QCOMPARE(readBack(store, need), std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));
        store.write(need, password);
        // write() has no success signal: the item appears in the Secret Service, with this secret.
        QTRY_COMPARE_WITH_TIMEOUT(secretInService(m_service, need), std::optional<QByteArray>(password), kJobTimeoutMs);

        // Read back through QtKeychain by another store (nothing in its memory).
        KeychainCredentialStore other;
        QCOMPARE(readBack(other, need), std::optional<std::optional<QByteArray>>(password));
        QCOMPARE(readBack(store, need), std::optional<std::optional<QByteArray>>(password));

        // Bound to the user: another user of the same cluster has none.
        QCOMPARE(readBack(other, saslNeed(QStringLiteral("admin"))),
            std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));

        store.forget(need);
        QTRY_VERIFY_WITH_TIMEOUT(!secretInService(m_service, need), kJobTimeoutMs);
        // "Not found" is an empty answer, and the keychain is still available.
        QCOMPARE(readBack(other, need), std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));
        QVERIFY(store.keychainAvailable());
        QVERIFY(other.keychainAvailable());
        QCOMPARE(unavailable.count(), 0);
        QCOMPARE(failed.count(), 0);
    }

    // The bus is up but nothing owns org.freedesktop.secrets (and nothing can be auto-started).
    void withoutSecretServiceStoreKeepsPasswordsForTheSessionOnly()
    {
        if (const auto error = m_service.stopKeyring())
            QFAIL(qPrintable(*error));
        const CredentialNeed need = saslNeed(QStringLiteral("monitor"));
        KeychainCredentialStore store;
        QSignalSpy unavailable(&store, &KeychainCredentialStore::keychainUnavailable);

        QCOMPARE(readBack(store, need), std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(unavailable.first().first().toString(), store.unavailableReason());
        QVERIFY2(store.unavailableReason().contains(QStringLiteral("this session only")), qPrintable(store.unavailableReason()));

        store.write(need, "kept-in-memory");
        QCOMPARE(readBack(store, need), std::optional<std::optional<QByteArray>>(QByteArray("kept-in-memory")));
        KeychainCredentialStore fresh; // another session: nothing was stored anywhere it can find
        QCOMPARE(readBack(fresh, need), std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));
        store.forget(need);
        QCOMPARE(readBack(store, need), std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));
        QCOMPARE(unavailable.count(), 1); // said once
    }

    // The resolver asks, says why nothing can be remembered, and the password lives in the
    // resolved fleet only.
    void withoutSecretServiceResolverAsksAndKeepsThePasswordInMemory()
    {
        ClusterConfig secured;
        secured.name = QStringLiteral("edge-s");
        secured.properties = { { QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:19093") },
            { QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL") },
            { QStringLiteral("sasl.mechanism"), QStringLiteral("SCRAM-SHA-512") },
            { QStringLiteral("sasl.username"), QStringLiteral("monitor") } };
        Fleet fleet;
        fleet.sites.append(SiteConfig { QStringLiteral("site"), {}, {}, { secured } });

        KeychainCredentialStore store;
        CredentialResolver resolver(store, nullptr);
        QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
        QString note;
        bool rememberOffered = true;
        QTimer answerDialog;
        connect(&answerDialog, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const auto *remember = dialog->findChild<QCheckBox *>();
            rememberOffered = remember->isEnabled() || remember->isChecked();
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                note += label->text();
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("typed-no-keychain"));
            dialog->accept();
        });
        answerDialog.start(20);
        resolver.resolve(fleet);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 30000);

        QVERIFY(!store.keychainAvailable());
        QVERIFY2(note.contains(store.unavailableReason()), qPrintable(note));
        QVERIFY(!rememberOffered);
        const Fleet withPassword = resolved.first().first().value<Fleet>();
        QCOMPARE(withPassword.sites.first().clusters.first().properties.value(QStringLiteral("sasl.password")),
            QStringLiteral("typed-no-keychain"));
        QCOMPARE(readBack(store, resolver.needs().first()),
            std::optional<std::optional<QByteArray>>(std::optional<QByteArray>())); // not "remembered"
    }

    // Started again, the Secret Service holds nothing from the sessions without it.
    void secretServiceBackHoldsNothingFromTheSessionWithoutIt()
    {
        if (const auto error = m_service.startKeyring())
            QFAIL(qPrintable(*error));
        QVERIFY(m_service.items().isEmpty());
        KeychainCredentialStore store;
        QCOMPARE(readBack(store, saslNeed(QStringLiteral("monitor"))),
            std::optional<std::optional<QByteArray>>(std::optional<QByteArray>()));
        QVERIFY(store.keychainAvailable());
    }

private:
    PrivateSecretService &m_service;
};

int main(int argc, char **argv)
{
    // Before QApplication: the environment (HOME, XDG_*, DBUS_SESSION_BUS_ADDRESS) must point at
    // the private bus and keyring before anything in this process looks at D-Bus.
    PrivateSecretService service;
    QApplication app(argc, argv);
    TestSecretServiceKeychain test(service);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretservicekeychain.moc"

#include "security/CredentialResolver.h"
#include "security/KeychainCredentialStore.h"
#include "security/PasswordDialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace fleetscope;

namespace {

Fleet fleetWithSecuredCluster()
{
    ClusterConfig secured;
    secured.name = QStringLiteral("edge-s");
    secured.properties = { { QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:1") },
        { QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL") },
        { QStringLiteral("sasl.mechanism"), QStringLiteral("PLAIN") },
        // a user name no real keychain holds, so the dialog is always asked
        { QStringLiteral("sasl.username"), QStringLiteral("tst-credentialresolver-%1").arg(QCoreApplication::applicationPid()) } };
    ClusterConfig plain;
    plain.name = QStringLiteral("edge-a");
    plain.properties = { { QStringLiteral("bootstrap.servers"), QStringLiteral("127.0.0.1:2") } };
    Fleet fleet;
    fleet.sites.append(SiteConfig { QStringLiteral("site"), {}, {}, { secured, plain } });
    return fleet;
}

} // namespace

class TestCredentialResolver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fleetWithoutPasswordsIsResolvedAtOnce()
    {
        KeychainCredentialStore store;
        CredentialResolver resolver(store, nullptr);
        QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
        Fleet fleet = fleetWithSecuredCluster();
        fleet.sites.first().clusters.removeFirst();
        resolver.resolve(fleet);
        QTRY_COMPARE(resolved.count(), 1); // the needs are worked out on a worker
    }

    // Whatever the keychain says (none on a test machine without Secret Service), a missing
    // password is asked for and ends up in the cluster's properties, and only there.
    void missingPasswordIsAskedFor()
    {
        KeychainCredentialStore store;
        CredentialResolver resolver(store, nullptr);
        QSignalSpy resolved(&resolver, &CredentialResolver::resolved);
        bool asked = false;
        QTimer poke;
        connect(&poke, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<PasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked = true;
            dialog->findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("typed-in-dialog"));
            dialog->accept();
        });
        poke.start(20);
        resolver.resolve(fleetWithSecuredCluster());
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 30000);
        QVERIFY(asked);
        const Fleet fleet = resolved.first().first().value<Fleet>();
        QCOMPARE(fleet.sites.first().clusters.first().properties.value(QStringLiteral("sasl.password")),
            QStringLiteral("typed-in-dialog"));
        QVERIFY(!fleet.sites.first().clusters.last().properties.contains(QStringLiteral("sasl.password")));
        store.forget(resolver.needs().first()); // leave no entry behind where a keychain exists
    }
};

QTEST_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"

// The last test of a run (tools/test runs it after every other test, label "secretscan"): no
// password of the test fleet is in ctest's log of the run (every test's output, so our log lines),
// in the run's artefacts (databases, exports, logs: $FLEETSCOPE_TEST_ARTIFACTS), in the fleet files
// or in the fleet's log. The broker's own configuration, which must hold them, is not searched.
#include "SecuredTestFleet.h"
#include "TestArtifacts.h"

#include "security/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fleetscope;
using namespace fleetscope::test;

namespace {

// Every string in credentials.json, labelled by its place ("edge-s/monitor").
void collectSecrets(const QJsonObject &object, const QString &prefix, QList<SecretScanner::Secret> &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString label = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('/') + it.key();
        if (it->isObject())
            collectSecrets(it->toObject(), label, out);
        else if (it->isString())
            out.append({ label, it->toString().toUtf8() });
    }
}

} // namespace

class TestSecretScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPasswordAfterTheTestRun()
    {
        if (!qEnvironmentVariableIsSet(TestArtifacts::kEnvironmentVariable))
            QSKIP("the secret scan runs at the end of tools/test, which sets FLEETSCOPE_TEST_ARTIFACTS and "
                  "copies ctest's log there");
        const QString fleetDir = SecuredTestFleet::fleetDir();
        QVERIFY2(!fleetDir.isEmpty(), "FLEETSCOPE_TEST_FLEET is not set: whose passwords should be searched for?");
        QFile credentials(fleetDir + QStringLiteral("/credentials.json"));
        QVERIFY2(credentials.open(QIODevice::ReadOnly), qPrintable(credentials.fileName() + QLatin1String(": ") + credentials.errorString()));
        QList<SecretScanner::Secret> secrets;
        collectSecrets(QJsonDocument::fromJson(credentials.readAll()).object(), {}, secrets);
        QVERIFY2(secrets.size() >= 3, "credentials.json lists fewer passwords than the secured cluster has users");
        for (const SecretScanner::Secret &secret : std::as_const(secrets))
            QVERIFY2(SecretScanner::isSearchable(secret.value), qPrintable(secret.label + QLatin1String(" is too short to search for")));

        // ctest's log of the run must be there: without it the scan would miss every test's output
        const QString artifacts = TestArtifacts::root();
        const QFileInfo lastTestLog(artifacts + QStringLiteral("/logs/LastTest.log"));
        QVERIFY2(lastTestLog.size() > 1000,
            qPrintable(QStringLiteral("%1 is missing or nearly empty: tools/test copies ctest's "
                                      "Testing/Temporary/LastTest.log there before this test")
                           .arg(lastTestLog.filePath())));

        const SecretScanner scanner(secrets);
        struct Searched
        {
            QString what;
            SecretScanner::Report report;
        };
        const QList<Searched> searched {
            { QStringLiteral("run artefacts and logs in %1").arg(artifacts), scanner.scan({ artifacts }) },
            { QStringLiteral("fleet files (*.yaml, *.yml) in %1").arg(fleetDir),
                scanner.scan({ fleetDir }, { QStringLiteral("*.yaml"), QStringLiteral("*.yml") }) },
        };
        int findings = 0;
        for (const Searched &s : searched) {
            qInfo().noquote() << QStringLiteral("searched %1 files, %2 bytes: %3, for %4 passwords (plain and encoded)")
                                     .arg(s.report.files)
                                     .arg(s.report.bytes)
                                     .arg(s.what)
                                     .arg(secrets.size());
            for (const QString &path : s.report.unreadable)
                qWarning().noquote() << "could not read" << path;
            for (const SecretScanner::Finding &f : s.report.findings)
                qWarning().noquote() << QStringLiteral("PASSWORD FOUND: %1 at byte %2: the password of %3, %4")
                                            .arg(f.path)
                                            .arg(f.offset)
                                            .arg(f.label, f.form);
            findings += int(s.report.findings.size());
            QVERIFY2(s.report.unreadable.isEmpty(), "some files could not be searched (see above)");
        }
        QVERIFY2(findings == 0, qPrintable(QStringLiteral("%1 passwords found (files and offsets above)").arg(findings)));
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"

#include "protocol/ScramClient.h"
#include "protocol/SecuritySettings.h"

#include <QTest>

using namespace fleetscope;

namespace {
// QVERIFY2 evaluates its message even when the check passes (Qt 6.4): ask a Result for its error
// only when there is one.
template <typename R> QString why(const R &result)
{
    return result ? QString() : result.errorMessage();
}
} // namespace

class TestScramClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // RFC 7677 section 3: user "user", password "pencil", client nonce fixed.
    void rfc7677TestVector()
    {
        ScramClient client(ScramClient::Algorithm::Sha256, QStringLiteral("user"), "pencil", "rOprNGfwEbeRWgbNEkqO");
        QCOMPARE(client.firstMessage(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        const QByteArray serverFirst
            = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        const Result<QByteArray> clientFinal = client.finalMessage(serverFirst);
        QVERIFY2(clientFinal, qPrintable(why(clientFinal)));
        QCOMPARE(*clientFinal,
            QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                       "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        const Status verified = client.verifyServerFinal("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        QVERIFY2(verified, qPrintable(why(verified)));
    }

    void wrongServerSignatureIsRefused()
    {
        ScramClient client(ScramClient::Algorithm::Sha256, QStringLiteral("user"), "pencil", "rOprNGfwEbeRWgbNEkqO");
        QVERIFY(client.finalMessage(
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"));
        const Status verified = client.verifyServerFinal("v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
        QVERIFY(!verified);
        QVERIFY(verified.errorMessage().contains(QLatin1String("signature is wrong")));
        QVERIFY(!verified.errorMessage().contains(QLatin1String("pencil")));
    }

    void serverMustExtendOurNonce()
    {
        ScramClient client(ScramClient::Algorithm::Sha512, QStringLiteral("user"), "pencil", "abc");
        QVERIFY(!client.finalMessage("r=xyz123,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"));
        QVERIFY(!client.finalMessage("r=abc,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"));
    }

    void hostileIterationCountIsRefused()
    {
        ScramClient client(ScramClient::Algorithm::Sha512, QStringLiteral("user"), "pencil", "abc");
        const Result<QByteArray> final = client.finalMessage("r=abcdef,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=999999999");
        QVERIFY(!final);
        QVERIFY(final.errorMessage().contains(QLatin1String("i=999999999")));
    }

    void usernameIsEscaped()
    {
        ScramClient client(ScramClient::Algorithm::Sha512, QStringLiteral("a,b=c"), "x", "n1");
        QCOMPARE(client.firstMessage(), QByteArray("n,,n=a=2Cb=3Dc,r=n1"));
    }

    void randomNoncesDiffer()
    {
        ScramClient one(ScramClient::Algorithm::Sha512, QStringLiteral("u"), "p");
        ScramClient two(ScramClient::Algorithm::Sha512, QStringLiteral("u"), "p");
        QVERIFY(one.firstMessage() != two.firstMessage());
        QVERIFY(one.firstMessage().size() > 20);
    }

    void securitySettingsFromProperties()
    {
        QMap<QString, QString> properties { { QStringLiteral("security.protocol"), QStringLiteral("sasl_ssl") },
            { QStringLiteral("sasl.mechanism"), QStringLiteral("SCRAM-SHA-512") },
            { QStringLiteral("sasl.username"), QStringLiteral("monitor") },
            { QStringLiteral("sasl.password"), QStringLiteral("s3cret") },
            { QStringLiteral("ssl.ca.location"), QStringLiteral("/etc/ca.pem") } };
        Result<SecuritySettings> settings = SecuritySettings::fromProperties(properties);
        QVERIFY2(settings, qPrintable(why(settings)));
        QVERIFY(settings->tls);
        QVERIFY(settings->tlsSettings.verifyHostName);
        QCOMPARE(settings->tlsSettings.caLocation, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(settings->sasl.mechanism, SaslMechanism::ScramSha512);

        properties.remove(QStringLiteral("sasl.password"));
        settings = SecuritySettings::fromProperties(properties);
        QVERIFY(!settings);
        QVERIFY(settings.errorMessage().contains(QLatin1String("no password")));

        properties.insert(QStringLiteral("sasl.mechanism"), QStringLiteral("GSSAPI"));
        settings = SecuritySettings::fromProperties(properties);
        QVERIFY(!settings);
        // says what still works and what does not
        QVERIFY(settings.errorMessage().contains(QLatin1String("still collected")));
        QVERIFY(settings.errorMessage().contains(QLatin1String("log dirs")));

        properties.insert(QStringLiteral("ssl.endpoint.identification.algorithm"), QStringLiteral("none"));
        properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SSL"));
        settings = SecuritySettings::fromProperties(properties);
        QVERIFY2(settings, qPrintable(why(settings)));
        QVERIFY(!settings->tlsSettings.verifyHostName);
        QCOMPARE(settings->sasl.mechanism, SaslMechanism::None);
    }
};

QTEST_GUILESS_MAIN(TestScramClient)
#include "tst_scramclient.moc"

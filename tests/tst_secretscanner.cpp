// SecretScanner finds a planted secret in every form and every kind of file the final secret scan
// of a test run searches (tst_secretscan), so that scan can fail.
#include "security/SecretScanner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace fleetscope;

namespace {

// Every character class an encoding treats specially: space, quote, backslash, slash, plus,
// percent, a control character and beyond ASCII.
const QByteArray kSecret = QStringLiteral("Pa ss/w\"rd\\+%~\té-7Q").toUtf8();
const QByteArray kOther = QByteArrayLiteral("another-secret-42");

SecretScanner scanner()
{
    return SecretScanner({ { QStringLiteral("edge-s/monitor"), kSecret }, { QStringLiteral("edge-s/admin"), kOther } });
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList formsFound(const SecretScanner::Report &report)
{
    QStringList forms;
    for (const SecretScanner::Finding &finding : report.findings)
        forms.append(finding.form);
    return forms;
}

} // namespace

class TestSecretScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsEachEncodedForm_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("form");
        const QString text = QString::fromUtf8(kSecret);
        QTest::newRow("plain in a log line") << "12:00 connecting with " + kSecret + " now" << "plain";
        QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16") << "xx" + utf16 << "UTF-16LE";
        // HTTP basic authentication: the secret sits in a longer base64 text, at each alignment
        for (const QByteArray &user : { QByteArray("u:"), QByteArray("us:"), QByteArray("usr:") })
            QTest::addRow("base64 after %s", user.constData())
                << "Authorization: Basic " + (user + kSecret + "!").toBase64() << "base64";
        QTest::newRow("base64url") << (QByteArray("a") + kSecret).toBase64(QByteArray::Base64UrlEncoding)
                                   << "base64url";
        QUrl url(QStringLiteral("https://broker.example:9093/x"));
        url.setUserName(QStringLiteral("monitor"));
        url.setPassword(text);
        QTest::newRow("percent-encoded URL") << url.toEncoded() << "percent-encoded";
        QByteArray lowerEscapes = "p=";
        for (const char c : kSecret)
            lowerEscapes += QByteArrayView("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz").contains(c) ? QByteArray(1, c) : '%' + QByteArray(1, c).toHex();
        QTest::newRow("lower-case escapes, every byte") << lowerEscapes << "percent-encoded";
        QTest::newRow("form-encoded") << QByteArray("password=") + QUrl::toPercentEncoding(text, " ").replace(' ', '+')
                                      << "percent-encoded";
        const QByteArray json = QJsonDocument(QJsonObject { { QStringLiteral("value"), text } }).toJson();
        QTest::newRow("JSON export") << json << "JSON-escaped";
        QTest::newRow("JSON with \\u escapes") << QByteArray("{\"v\":\"Pa ss\\/w\\\"rd\\\\+%~\\t\\u00e9-7Q\"}")
                                                << "JSON-escaped";
        QTest::newRow("hex dump") << "bytes " + kSecret.toHex() << "hex";
    }
    void findsEachEncodedForm()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, form);
        QVERIFY2(!content.contains(kSecret) || form == QLatin1String("plain"), "the planted form is the plain text");
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("export.out")), content);
        const SecretScanner::Report report = scanner().scan({ dir.path() });
        QCOMPARE(report.files, 1);
        QVERIFY2(formsFound(report).contains(form), qPrintable(formsFound(report).join(u',')));
        for (const SecretScanner::Finding &finding : report.findings)
            QCOMPARE(finding.label, QStringLiteral("edge-s/monitor"));
    }

    void reportsFileAndOffsetAcrossChunks()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("logs/deep")));
        // straddling the scanner's 4 MiB read boundary
        QByteArray big(4 << 20, 'x');
        const qint64 at = (4 << 20) - 5;
        big.replace(at, kOther.size(), kOther);
        big.append(QByteArray(100, 'y'));
        const QString path = dir.filePath(QStringLiteral("logs/deep/.hidden.log"));
        write(path, big);
        const SecretScanner::Report report = scanner().scan({ dir.path() });
        QCOMPARE(report.findings.size(), 1);
        QCOMPARE(report.findings.first().path, path);
        QCOMPARE(report.findings.first().offset, at);
        QCOMPARE(report.findings.first().label, QStringLiteral("edge-s/admin"));
        QCOMPARE(report.bytes, qint64(big.size()));
    }

    // A database file is searched byte-wise: a value in a row, and one deleted again.
    void findsSecretsInSqliteFiles_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("UTF-8") << "UTF-8";
        QTest::newRow("UTF-16le") << "UTF-16le";
    }
    void findsSecretsInSqliteFiles()
    {
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scan"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA encoding = '%1'").arg(encoding)));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, detail TEXT)")));
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO audit (detail) VALUES (?)")));
            query.addBindValue(QStringLiteral("changed with password ") + QString::fromUtf8(kOther));
            QVERIFY(query.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scan"));
        const SecretScanner::Report report = scanner().scan({ dir.path() }, { QStringLiteral("*.sqlite*") });
        QVERIFY2(!report.findings.isEmpty(), "the password in the database was not found");
        QCOMPARE(report.findings.first().label, QStringLiteral("edge-s/admin"));
    }

    void cleanFilesAndFilteredNamesGiveNothing()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("clean.log")), "sasl.password=[redacted] another-secret-4 " + kSecret.left(8));
        write(dir.filePath(QStringLiteral("broker.properties")), kOther);
        const SecretScanner::Report report = scanner().scan({ dir.path() }, { QStringLiteral("*.log"), QStringLiteral("*.yaml") });
        QCOMPARE(report.files, 1);
        QVERIFY(report.findings.isEmpty());
        QVERIFY(scanner().scan({ dir.path() }).findings.size() == 1); // without the filter: found
    }

    void shortSecretsAreLeftOut()
    {
        QVERIFY(!SecretScanner::isSearchable("abc"));
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.log")), "abc abc abc");
        QVERIFY(SecretScanner({ { QStringLiteral("short"), "abc" } }).scan({ dir.path() }).findings.isEmpty());
    }

    void missingFilesAreReportedUnreadable()
    {
        const SecretScanner::Report report = scanner().scan({ QStringLiteral("/nonexistent/fleetscope/file.log") });
        QCOMPARE(report.files, 0);
        QCOMPARE(report.unreadable.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSecretScanner)
#include "tst_secretscanner.moc"

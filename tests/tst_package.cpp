// The installer: CPack builds the .deb and the .tar.gz, and they carry what a desktop install needs.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestPackage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void debianPackageHasEverything();

private:
    static QString run(const QString &program, const QStringList &arguments, const QString &workingDir);
};

QString TestPackage::run(const QString &program, const QStringList &arguments, const QString &workingDir)
{
    QProcess process;
    process.setWorkingDirectory(workingDir);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300'000) || process.exitCode() != 0)
        qWarning().noquote() << program << arguments << "failed:" << process.readAll();
    return process.exitCode() == 0 ? QString::fromUtf8(process.readAll()) : QString();
}

void TestPackage::debianPackageHasEverything()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString cpackOutput = run(QStringLiteral("cpack"),
                                    {QStringLiteral("--config"), QStringLiteral(FLEETSCOPE_BINARY_DIR "/CPackConfig.cmake"),
                                     QStringLiteral("-G"), QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), out.path()},
                                    out.path());
    QVERIFY2(!cpackOutput.isEmpty(), "cpack failed");

    const QStringList debs = QDir(out.path()).entryList({QStringLiteral("fleetscope_*.deb")});
    QCOMPARE(debs.size(), 1);
    QCOMPARE(QDir(out.path()).entryList({QStringLiteral("fleetscope-*.tar.gz")}).size(), 1);

    const QString listing = run(QStringLiteral("dpkg"), {QStringLiteral("-c"), debs.first()}, out.path());
    for (const char *expected : {"./usr/bin/fleetscope", "./usr/share/applications/org.fleetscope.Fleetscope.desktop",
                                 "./usr/share/icons/hicolor/scalable/apps/org.fleetscope.Fleetscope.svg",
                                 "./usr/share/metainfo/org.fleetscope.Fleetscope.metainfo.xml",
                                 "./usr/share/fleetscope/translations/fleetscope_de.qm"})
        QVERIFY2(listing.contains(QLatin1String(expected)), expected);

    const QString depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), debs.first(), QStringLiteral("Depends")},
                                out.path());
    QVERIFY2(depends.contains(QStringLiteral("librdkafka1")), qPrintable(depends));
    QVERIFY2(depends.contains(QStringLiteral("libqt6widgets6")), qPrintable(depends));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"

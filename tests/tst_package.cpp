// The installer: CPack builds the .deb and the .tar.gz, and they carry what a desktop install needs,
// with the librdkafka CMake chose (app/kafka/rdkafka.cmake): the static one tools/bootstrap builds
// (then no librdkafka1 dependency), or the system's shared one.
#include <QDir>
#include <QFileInfo>
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
    static QString buildDeb(const QString &outDir);
};

// cpack into outDir: the .deb's file name, or empty when cpack failed or wrote not exactly one.
QString TestPackage::buildDeb(const QString &outDir)
{
    const QString cpackOutput = run(QStringLiteral("cpack"),
                                    {QStringLiteral("--config"), QStringLiteral(FLEETSCOPE_BINARY_DIR "/CPackConfig.cmake"),
                                     QStringLiteral("-G"), QStringLiteral("DEB;TGZ"), QStringLiteral("-B"), outDir},
                                    outDir);
    if (cpackOutput.isEmpty())
        return {};
    const QStringList debs = QDir(outDir).entryList({QStringLiteral("fleetscope_*.deb")});
    return debs.size() == 1 ? debs.first() : QString();
}

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
    const QString deb = buildDeb(out.path());
    QVERIFY2(!deb.isEmpty(), "cpack failed or wrote no single fleetscope_*.deb");
    QCOMPARE(QDir(out.path()).entryList({QStringLiteral("fleetscope-*.tar.gz")}).size(), 1);

    const QString listing = run(QStringLiteral("dpkg"), {QStringLiteral("-c"), deb}, out.path());
    for (const char *expected : {"./usr/bin/fleetscope", "./usr/share/applications/org.fleetscope.Fleetscope.desktop",
                                 "./usr/share/icons/hicolor/scalable/apps/org.fleetscope.Fleetscope.svg",
                                 "./usr/share/metainfo/org.fleetscope.Fleetscope.metainfo.xml",
                                 "./usr/share/fleetscope/translations/fleetscope_de.qm"})
        QVERIFY2(listing.contains(QLatin1String(expected)), expected);

    // dpkg -I: the control file's Depends, as a user installing the .deb sees it
    const QString info = run(QStringLiteral("dpkg"), {QStringLiteral("-I"), deb}, out.path());
    const qsizetype at = info.indexOf(QLatin1String("\n Depends:"));
    QVERIFY2(at >= 0, qPrintable(info));
    const QString depends = info.mid(at + 1, info.indexOf(QLatin1Char('\n'), at + 1) - at - 1);
    QVERIFY2(depends.contains(QStringLiteral("libqt6widgets6")), qPrintable(depends));
    QVERIFY2(depends.contains(QStringLiteral("librdkafka1")) == !FLEETSCOPE_RDKAFKA_STATIC, qPrintable(depends));
    // statically linked, its own libraries come in through shlibdeps, e.g. libssl3
    if (FLEETSCOPE_RDKAFKA_STATIC)
        QVERIFY2(depends.contains(QStringLiteral("libssl3")), qPrintable(depends));

    // The installed binary: what it needs at run time, and the librdkafka it reports.
    run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, QStringLiteral("root")}, out.path());
    const QString binary = out.filePath(QStringLiteral("root/usr/bin/fleetscope"));
    QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
    const QString dynamic = run(QStringLiteral("readelf"), {QStringLiteral("-d"), binary}, out.path());
    QVERIFY2(dynamic.contains(QLatin1String("(NEEDED)")), qPrintable(dynamic));
    QVERIFY2(dynamic.contains(QLatin1String("librdkafka.so")) == !FLEETSCOPE_RDKAFKA_STATIC, qPrintable(dynamic));
    const QString version = run(binary, {QStringLiteral("--version")}, out.path());
    QVERIFY2(version.startsWith(QLatin1String("fleetscope ")), qPrintable(version));
    QVERIFY2(version.contains(QLatin1String("\nlibrdkafka " FLEETSCOPE_RDKAFKA_VERSION "\n")), qPrintable(version));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"

// Replays every input kept under tests/fuzz through its fuzz target in the regular build, so that
// every CI run checks them: corpus/<target>/ (seeds captured from the test fleet, see
// capture_corpus.cpp) and regressions/<target>/ (inputs that once crashed a fuzzer or broke a
// property, each kept with its fix). A crash or a broken property aborts this test.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace fleetscope;

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds_data();
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
    void noStrayDirectories();
};

namespace {

const QString kFuzzDir = QStringLiteral(FLEETSCOPE_SOURCE_DIR "/tests/fuzz");

QStringList inputsOf(const QString &kind, const char *target)
{
    QDir dir(kFuzzDir + u'/' + kind + u'/' + QLatin1String(target));
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

} // namespace

void TestFuzzRegressions::everyTargetHasSeeds_data()
{
    QTest::addColumn<QString>("target");
    for (const fuzz::Target &target : fuzz::targets())
        QTest::newRow(target.name) << QString::fromLatin1(target.name);
}

void TestFuzzRegressions::everyTargetHasSeeds()
{
    QFETCH(QString, target);
    const QStringList seeds = inputsOf(QStringLiteral("corpus"), qPrintable(target));
    QVERIFY2(!seeds.isEmpty(), qPrintable(QStringLiteral("no seed corpus for ") + target));
    qint64 bytes = 0;
    for (const QString &path : seeds)
        bytes += QFileInfo(path).size();
    // The corpora live in the repository: a few KB each (issue 13).
    QVERIFY2(bytes <= 64 * 1024, qPrintable(QStringLiteral("%1's corpus has %2 bytes").arg(target).arg(bytes)));
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const fuzz::Target &target : fuzz::targets())
        for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") })
            for (const QString &path : inputsOf(kind, target.name))
                QTest::newRow(qPrintable(QStringLiteral("%1/%2/%3").arg(kind, QLatin1String(target.name),
                                  QFileInfo(path).fileName())))
                    << QString::fromLatin1(target.name) << path;
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray input = file.readAll();
    const fuzz::Target *found = fuzz::findTarget(target.toStdString());
    QVERIFY(found);
    found->run(input); // aborts on a broken property; a crash ends the test
}

// A directory named for no target would be an input nobody replays.
void TestFuzzRegressions::noStrayDirectories()
{
    for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
        const QStringList names = QDir(kFuzzDir + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &name : names)
            QVERIFY2(fuzz::findTarget(name.toStdString()), qPrintable(kind + u'/' + name + QStringLiteral(" is no target")));
    }
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"

#include "core/Clock.h"
#include "history/HistoryDatabase.h"
#include "history/HistoryLoader.h"
#include "history/TimeSeriesStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/types.h>

using namespace fleetscope;

namespace {

constexpr qint64 kHour = TierLayout::hourMs;
constexpr qint64 kStart = 1'700'000'000'000 / kHour * kHour;

// The child process of killedWriterKeepsEveryCommittedSample: samples n = 0, 1, 2, ... go to series
// n % kWriterSeries at slot n / kWriterSeries, one slot a millisecond.
constexpr int kWriterSeries = 20;
constexpr qint64 kWriterStepMs = 1000;

float writerValue(int series, qint64 slot)
{
    return float(series * 1000 + slot % 997) + 0.5f;
}

QString writerKey(int series)
{
    return QStringLiteral("writer/%1/value").arg(series);
}

int runWriter(const QString &path, qint64 startMs)
{
    SystemClock clock;
    TimeSeriesStore store;
    HistoryDatabase db({.path = path, .commitIntervalMs = 100, .maintenanceIntervalMs = 300}, clock);
    if (const Status opened = db.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorMessage()));
        return 2;
    }
    std::vector<SeriesId> ids;
    for (int s = 0; s < kWriterSeries; ++s)
        ids.push_back(store.intern(writerKey(s), kWriterStepMs));
    db.attach(store);
    // Printed only once the commit has returned: everything counted is in the file.
    QObject::connect(&db, &HistoryDatabase::committed, [](qint64 total, qint64) {
        std::printf("committed %lld\n", static_cast<long long>(total));
        std::fflush(stdout);
    });
    qint64 slot = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        for (int s = 0; s < kWriterSeries; ++s)
            store.append(ids[std::size_t(s)], startMs + slot * kWriterStepMs, writerValue(s, slot));
        ++slot;
    });
    timer.start(1);
    return QCoreApplication::exec(); // until the parent kills us
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void compareRanges(const SeriesRange &a, const SeriesRange &b)
{
    QCOMPARE(b.tier, a.tier);
    QCOMPARE(b.bucketMs, a.bucketMs);
    QCOMPARE(b.t, a.t);
    for (std::size_t i = 0; i < a.size(); ++i) {
        QVERIFY2(sameValue(a.min[i], b.min[i]) && sameValue(a.max[i], b.max[i]) && sameValue(a.avg[i], b.avg[i]),
                 qPrintable(QStringLiteral("bucket %1 of %2 (tier %3): %4 vs %5")
                                .arg(i)
                                .arg(a.size())
                                .arg(a.tier)
                                .arg(a.avg[i])
                                .arg(b.avg[i])));
    }
}

} // namespace

class TestHistoryDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripThroughTheFile();
    void tiersSurviveMaintenanceAndRestart();
    void killedWriterKeepsEveryCommittedSample();
    void unwritableFolderGivesAClearError();
    void fileThatIsNotADatabaseGivesAClearError();
    void failedWritesKeepTheSamples();
    void loadAfterAttachIsRefused();
};

void TestHistoryDatabase::roundTripThroughTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("data/history.sqlite")); // the folder is made too
    ManualClock clock(kStart + kHour);
    TimeSeriesStore before;
    {
        HistoryDatabase db({.path = path}, clock);
        const Status opened = db.open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.errorMessage()));
        db.attach(before);
        QSignalSpy committed(&db, &HistoryDatabase::committed);
        for (int s = 0; s < 10; ++s) {
            const SeriesId id = before.intern(QStringLiteral("cluster/c/broker/%1/disk.used").arg(s));
            for (int i = 0; i < 360; ++i) {
                if (i < 100 || i > 120) // an outage: must come back as one
                    before.append(id, kStart + i * 10'000 + 1'234, s * 1e9 + i * 4096.0);
            }
        }
        QVERIFY(db.commitNow());
        QVERIFY(committed.wait(5000) || committed.size() > 0);
        QCOMPARE(committed.last().at(0).toLongLong(), 10 * 339);
    }
    TimeSeriesStore after;
    HistoryDatabase db({.path = path}, clock);
    const auto report = db.load(after);
    QVERIFY2(report, qPrintable(report ? QString() : report.errorMessage()));
    QCOMPARE(report->series, 10);
    QCOMPARE(report->samplesReplayed, 10 * 339);
    QCOMPARE(report->rowsSkipped, 0);
    for (int s = 0; s < 10; ++s) {
        const QString key = QStringLiteral("cluster/c/broker/%1/disk.used").arg(s);
        compareRanges(before.query(*before.find(key), kStart, kStart + kHour, 100'000),
                      after.query(*after.find(key), kStart, kStart + kHour, 100'000));
    }
}

void TestHistoryDatabase::tiersSurviveMaintenanceAndRestart()
{
    // 9 simulated days of 4 series: the file ends up with raw rows for the last ~6 h, 1-min rows for
    // two days, 10-min rows for the whole days and 1-h rows for the whole week; a restart must
    // rebuild the same store, tier by tier.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    ManualClock clock(kStart);
    TimeSeriesStore before;
    std::vector<SeriesId> ids;
    {
        HistoryDatabase db({.path = path}, clock);
        QVERIFY(db.open());
        db.attach(before);
        for (int s = 0; s < 4; ++s)
            ids.push_back(before.intern(QStringLiteral("s%1").arg(s)));
        for (int slot = 0; slot < 9 * 24 * 360; ++slot) {
            clock.set(kStart + slot * 10'000);
            for (int s = 0; s < 4; ++s) {
                if (s != 3 || slot % 1000 > 100) // series 3 has outages
                    before.append(ids[std::size_t(s)], clock.nowMs(), std::sin(slot / (30.0 + s)) * 1000 + slot);
            }
            if (slot % 60 == 59)
                QVERIFY(db.commitNow());
            if (slot % 360 == 359)
                QVERIFY(db.maintainNow());
        }
        QVERIFY(db.maintainNow());
    }
    {
        QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("SELECT tier, COUNT(*), MIN(start_ms) FROM chunk GROUP BY tier")));
        QMap<int, std::pair<int, qint64>> rows;
        while (q.next())
            rows.insert(q.value(0).toInt(), {q.value(1).toInt(), q.value(2).toLongLong()});
        QVERIFY(rows.value(0).first <= 4 * 7);                     // raw hours past 6 h are gone
        QVERIFY(rows.value(0).second >= clock.nowMs() - 7 * kHour);
        QVERIFY(rows.value(1).first >= 4 * 40);                    // 1-min rows: 48 h less the raw part
        QVERIFY(rows.value(1).second >= clock.nowMs() - 49 * kHour); // and no more
        QVERIFY(rows.value(2).first >= 4 * 8);                     // whole days in 10-min rows
        QVERIFY(rows.value(3).first >= 4);                         // a whole week in 1-h rows
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM journal")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // folded
        q.finish();
        check.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    TimeSeriesStore after;
    const auto report = HistoryLoader::load(path, after, clock);
    QVERIFY2(report, qPrintable(report ? QString() : report.errorMessage()));
    QCOMPARE(report->rowsSkipped, 0);
    const qint64 now = clock.nowMs() + 10'000;
    for (int s = 0; s < 4; ++s) {
        const SeriesId a = ids[std::size_t(s)];
        const SeriesId b = *after.find(QStringLiteral("s%1").arg(s));
        compareRanges(before.query(a, now - 5 * kHour, now, 100'000), after.query(b, now - 5 * kHour, now, 100'000));
        compareRanges(before.query(a, now - 24 * kHour, now, 100'000), after.query(b, now - 24 * kHour, now, 100'000));
        compareRanges(before.query(a, kStart, now, 100'000), after.query(b, kStart, now, 100'000));
        compareRanges(before.query(a, kStart, now, 2000), after.query(b, kStart, now, 2000));
        compareRanges(before.query(a, now - 3 * TierLayout::dayMs, now, 100'000),
                      after.query(b, now - 3 * TierLayout::dayMs, now, 100'000));
        compareRanges(before.query(a, now - 365 * TierLayout::dayMs, now, 100'000),
                      after.query(b, now - 365 * TierLayout::dayMs, now, 100'000));
    }
}

void TestHistoryDatabase::killedWriterKeepsEveryCommittedSample()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const qint64 start = TierLayout::floorTo(QDateTime::currentMSecsSinceEpoch() - kHour, kHour);
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--writer"), path, QString::number(start)});
    QVERIFY(child.waitForStarted());

    qint64 committed = 0;
    int commits = 0;
    const auto readCommits = [&] {
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            if (line.startsWith("committed ")) {
                committed = std::max(committed, line.mid(10).toLongLong());
                ++commits;
            }
        }
    };
    QElapsedTimer waited;
    waited.start();
    while (commits < 10 && waited.elapsed() < 30'000 && child.state() == QProcess::Running) {
        child.waitForReadyRead(500);
        readCommits();
    }
    QVERIFY2(commits >= 10, child.readAllStandardError().constData());
    QCOMPARE(::kill(pid_t(child.processId()), SIGKILL), 0);
    QVERIFY(child.waitForFinished(10'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    readCommits(); // a line printed before the kill counts too: it was printed after its commit

    SystemClock clock;
    TimeSeriesStore store;
    const auto report = HistoryLoader::load(path, store, clock);
    QVERIFY2(report, qPrintable(report ? QString() : report.errorMessage()));
    QCOMPARE(report->series, kWriterSeries);
    QVERIFY(report->samplesReplayed >= committed);
    const qint64 slotCount = TierLayout::ceilDiv(committed, kWriterSeries);
    qDebug() << "killed after" << commits << "commits," << committed << "samples committed";
    for (int s = 0; s < kWriterSeries; ++s) {
        const auto id = store.find(writerKey(s));
        QVERIFY(id);
        const SeriesRange r = store.query(*id, start, start + slotCount * kWriterStepMs, int(slotCount));
        QCOMPARE(r.tier, 0);
        QCOMPARE(r.size(), std::size_t(slotCount));
        for (qint64 n = s; n < committed; n += kWriterSeries) {
            const qint64 slot = n / kWriterSeries;
            QVERIFY2(r.avg[std::size_t(slot)] == double(writerValue(s, slot)),
                     qPrintable(QStringLiteral("series %1 slot %2 of %3").arg(s).arg(slot).arg(slotCount)));
        }
    }
    QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
    check.setDatabaseName(path);
    QVERIFY(check.open());
    {
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
}

void TestHistoryDatabase::unwritableFolderGivesAClearError()
{
    // A folder that cannot be made (a file stands in its place): fails even for root.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ManualClock clock;
    HistoryDatabase db({.path = dir.filePath(QStringLiteral("blocker/history.sqlite"))}, clock);
    QSignalSpy failed(&db, &HistoryDatabase::failed);
    const Status opened = db.open();
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(QLatin1String("cannot be created")), qPrintable(opened.errorMessage()));
    QVERIFY(opened.errorMessage().contains(QLatin1String("writable")));
    QTRY_COMPARE(failed.size(), 1);

    TimeSeriesStore store;
    db.attach(store);
    store.append(store.intern(QStringLiteral("s")), kStart, 1.0);
    const Status commit = db.commitNow();
    QVERIFY(!commit);
    QVERIFY(commit.errorMessage().contains(QLatin1String("kept in memory")));
}

void TestHistoryDatabase::fileThatIsNotADatabaseGivesAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray junk = QByteArray("this is not SQLite, just text that took its name\n").repeated(200);
    file.write(junk);
    file.close();
    ManualClock clock;
    HistoryDatabase db({.path = path}, clock);
    const Status opened = db.open();
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(QLatin1String("not readable as a database")),
             qPrintable(opened.errorMessage()));
    QVERIFY(opened.errorMessage().contains(QLatin1String("Move the file aside")));
    TimeSeriesStore store;
    const auto loaded = db.load(store);
    QVERIFY(!loaded);
    QCOMPARE(store.seriesCount(), 0);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk); // left as it was, for the user to look at
}

void TestHistoryDatabase::failedWritesKeepTheSamples()
{
    // Another process holds the write lock (a second Fleetscope, a backup tool): commits fail,
    // samples stay buffered, and all of them land once the lock is gone.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    ManualClock clock(kStart);
    TimeSeriesStore store;
    HistoryDatabase db({.path = path, .busyTimeoutMs = 50}, clock);
    QVERIFY(db.open());
    db.attach(store);
    QSignalSpy failed(&db, &HistoryDatabase::failed);
    const SeriesId id = store.intern(QStringLiteral("s"));
    for (int i = 0; i < 10; ++i)
        store.append(id, kStart + i * 10'000, i);
    QVERIFY(db.commitNow());

    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        for (int i = 10; i < 20; ++i)
            store.append(id, kStart + i * 10'000, i);
        const Status blocked = db.commitNow();
        QVERIFY(!blocked);
        QVERIFY2(blocked.errorMessage().contains(QLatin1String("10 samples")), qPrintable(blocked.errorMessage()));
        QVERIFY(blocked.errorMessage().contains(QLatin1String("kept")));
        QTRY_COMPARE(failed.size(), 1);
        for (int i = 20; i < 30; ++i)
            store.append(id, kStart + i * 10'000, i);
        QVERIFY(!db.commitNow());
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(db.commitNow());

    TimeSeriesStore restored;
    HistoryDatabase reader({.path = path}, clock);
    QVERIFY(reader.load(restored));
    const SeriesRange r = restored.query(*restored.find(QStringLiteral("s")), kStart, kStart + 300'000, 100);
    QCOMPARE(r.size(), std::size_t(30));
    for (int i = 0; i < 30; ++i)
        QCOMPARE(r.avg[std::size_t(i)], double(i));
}

void TestHistoryDatabase::loadAfterAttachIsRefused()
{
    QTemporaryDir dir;
    ManualClock clock;
    TimeSeriesStore store;
    HistoryDatabase db({.path = dir.filePath(QStringLiteral("history.sqlite"))}, clock);
    QVERIFY(db.open());
    db.attach(store);
    const auto loaded = db.load(store);
    QVERIFY(!loaded);
    QVERIFY(loaded.errorMessage().contains(QLatin1String("load first")));
}

// A main of our own: with --writer the binary is the child that the SIGKILL test launches.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && qstrcmp(argv[1], "--writer") == 0)
        return runWriter(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong());
    TestHistoryDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historydatabase.moc"

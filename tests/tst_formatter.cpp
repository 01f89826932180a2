#include "format/Formatter.h"

#include <QLocale>
#include <QTest>

using namespace fleetscope;

class TestFormatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void bytes_data();
    void bytes();
    void duration_data();
    void duration();
    void latency_data();
    void latency();
    void age_data();
    void age();
    void count_data();
    void count();
    void percent_data();
    void percent();
};

void TestFormatter::bytes_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << "0 B";
    QTest::newRow("below a KiB") << 1023LL << "1023 B";
    QTest::newRow("one KiB") << 1024LL << "1.00 KiB";
    QTest::newRow("12.3 MiB") << qint64(12.3 * 1024 * 1024) << "12.3 MiB";
    QTest::newRow("999 MiB -> GiB") << 1000LL * 1024 * 1024 << "0.98 GiB";
    QTest::newRow("1.5 GiB") << 1536LL * 1024 * 1024 << "1.50 GiB";
    QTest::newRow("250 GiB") << 250LL * 1024 * 1024 * 1024 << "250 GiB";
    QTest::newRow("negative") << -2048LL << "−2.00 KiB";
}

void TestFormatter::bytes()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(Formatter::bytes(value), text);
}

void TestFormatter::duration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("ms") << 850LL << "850 ms";
    QTest::newRow("seconds") << 12'400LL << "12 s";
    QTest::newRow("minutes and seconds") << 245'000LL << "4 min 5 s";
    QTest::newRow("whole minutes") << 240'000LL << "4 min";
    QTest::newRow("hours and minutes") << 12'000'000LL << "3 h 20 min";
    QTest::newRow("whole hours") << 7'200'000LL << "2 h";
    QTest::newRow("days and hours") << 187'200'000LL << "2 d 4 h";
    QTest::newRow("whole days") << 604'800'000LL << "7 d";
}

void TestFormatter::duration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(Formatter::duration(ms), text);
}

void TestFormatter::latency_data()
{
    QTest::addColumn<qint64>("us");
    QTest::addColumn<QString>("text");
    QTest::newRow("sub-ms") << 250LL << "0.25 ms";
    QTest::newRow("ms") << 12'000LL << "12.0 ms";
    QTest::newRow("hundreds of ms") << 480'000LL << "480 ms";
    QTest::newRow("seconds") << 1'200'000LL << "1.20 s";
    QTest::newRow("unknown") << -1LL << "—";
}

void TestFormatter::latency()
{
    QFETCH(qint64, us);
    QFETCH(QString, text);
    QCOMPARE(Formatter::latencyUs(us), text);
}

void TestFormatter::age_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("now") << 300LL << "just now";
    QTest::newRow("seconds") << 12'700LL << "12 s ago";
    QTest::newRow("minutes") << 240'500LL << "4 min ago";
}

void TestFormatter::age()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(Formatter::age(ms), text);
}

void TestFormatter::count_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0LL << "0";
    QTest::newRow("hundreds") << 999LL << "999";
    QTest::newRow("thousands") << 12'345LL << "12.3 k";
    QTest::newRow("millions") << 4'560'000LL << "4.56 M";
    QTest::newRow("rounds up to next unit") << 999'999LL << "1.00 M";
    QTest::newRow("billions") << 7'890'000'000LL << "7.89 G";
}

void TestFormatter::count()
{
    QFETCH(qint64, value);
    QFETCH(QString, text);
    QCOMPARE(Formatter::count(value), text);
}

void TestFormatter::percent_data()
{
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0.0 << "0 %";
    QTest::newRow("small") << 0.075 << "7.5 %";
    QTest::newRow("high") << 0.85 << "85 %";
    QTest::newRow("full") << 1.0 << "100 %";
    QTest::newRow("not a number") << std::nan("") << "—";
}

void TestFormatter::percent()
{
    QFETCH(double, fraction);
    QFETCH(QString, text);
    QCOMPARE(Formatter::percent(fraction), text);
}

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"

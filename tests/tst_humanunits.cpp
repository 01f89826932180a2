#include "units/HumanUnits.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace fleetscope;
using std::chrono::milliseconds;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 week = 7 * day;
constexpr qint64 maxInt64 = std::numeric_limits<qint64>::max();

// Stands for std::nullopt in data columns, which cannot hold an optional.
constexpr qint64 unlimited = kafkaUnlimited;

} // namespace

class TestHumanUnits : public QObject
{
    Q_OBJECT

private slots:
    void parseDuration_data();
    void parseDuration();
    void parseDurationError_data();
    void parseDurationError();
    void parseDurationLimit_data();
    void parseDurationLimit();
    void parseDurationLimitError_data();
    void parseDurationLimitError();
    void formatDuration_data();
    void formatDuration();
    void formatDurationLimit();
    void durationRoundTrip_data();
    void durationRoundTrip();
    void durationRoundTripRandom();

    void parseBytes_data();
    void parseBytes();
    void parseBytesError_data();
    void parseBytesError();
    void parseByteLimit_data();
    void parseByteLimit();
    void parseByteLimitError_data();
    void parseByteLimitError();
    void formatBytes_data();
    void formatBytes();
    void formatByteLimit();
    void bytesRoundTrip_data();
    void bytesRoundTrip();
    void bytesRoundTripRandom();
};

void TestHumanUnits::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("plainUnit"); // milliseconds
    QTest::addColumn<qint64>("expected"); // milliseconds

    QTest::newRow("ms") << "500ms" << qint64(1) << qint64(500);
    QTest::newRow("s") << "10s" << qint64(1) << 10 * second;
    QTest::newRow("m") << "2m" << qint64(1) << 2 * minute;
    QTest::newRow("h") << "12h" << qint64(1) << 12 * hour;
    QTest::newRow("d") << "7d" << qint64(1) << 7 * day;
    QTest::newRow("w") << "1w" << qint64(1) << week;
    QTest::newRow("zero") << "0s" << qint64(1) << qint64(0);
    QTest::newRow("leading zeros") << "007s" << qint64(1) << 7 * second;
    QTest::newRow("combination") << "1h30m" << qint64(1) << hour + 30 * minute;
    QTest::newRow("every unit") << "1w2d3h4m5s6ms" << qint64(1)
                                << week + 2 * day + 3 * hour + 4 * minute + 5 * second + 6;
    QTest::newRow("gaps between units") << "1d30s" << qint64(1) << day + 30 * second;
    QTest::newRow("term above the next unit") << "1s1500ms" << qint64(1) << qint64(2500);
    QTest::newRow("spaces between terms") << "1h 30m" << qint64(1) << hour + 30 * minute;
    QTest::newRow("spaces everywhere") << "  1 h  30 m " << qint64(1) << hour + 30 * minute;
    QTest::newRow("upper case") << "1H30M" << qint64(1) << hour + 30 * minute;
    QTest::newRow("upper case ms") << "250MS" << qint64(1) << qint64(250);
    QTest::newRow("mixed case ms") << "250mS" << qint64(1) << qint64(250);
    QTest::newRow("plain number in ms") << "604800000" << qint64(1) << 7 * day;
    QTest::newRow("plain number in seconds") << "10" << second << 10 * second;
    QTest::newRow("plain number in minutes") << "5" << minute << 5 * minute;
    QTest::newRow("plain number with spaces") << " 10 " << second << 10 * second;
    QTest::newRow("plain zero") << "0" << second << qint64(0);
    QTest::newRow("unit wins over plain unit") << "10ms" << second << qint64(10);
    QTest::newRow("largest") << "9223372036854775807" << qint64(1) << maxInt64;
    QTest::newRow("largest in ms") << "9223372036854775807ms" << qint64(1) << maxInt64;
    QTest::newRow("largest in days") << "106751991167d" << qint64(1) << 106751991167 * day;
}

void TestHumanUnits::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, plainUnit);
    QFETCH(qint64, expected);

    const Result<milliseconds> parsed = fleetscope::parseDuration(text, milliseconds(plainUnit));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(parsed->count(), expected);
}

void TestHumanUnits::parseDurationError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    const auto malformed = [](const char *text) {
        QTest::newRow(text) << QString::fromUtf8(
            text) << QStringLiteral("expected a duration such as 7d, 12h or 30m, got \"%1\"").arg(text);
    };
    malformed("");
    malformed("   ");
    malformed("abc");
    malformed("ms");
    malformed("10x");
    malformed("10 sec");
    malformed("10 20");
    malformed("10s 5");
    malformed("5 10s");
    malformed("30m1h");
    malformed("1m1m");
    malformed("1.5h");
    malformed("1,5h");
    malformed("+5s");
    malformed("5s-");
    malformed("unlimited");
    malformed("-abc");
    malformed("٣s"); // Arabic-Indic digit three: digits are ASCII only
    malformed("99999999999999999999999x");

    QTest::newRow("minus one") << "-1"
                               << "expected a duration of zero or more, got \"-1\"";
    QTest::newRow("negative") << "-5s"
                              << "expected a duration of zero or more, got \"-5s\"";
    QTest::newRow("negative zero") << "-0"
                                   << "expected a duration of zero or more, got \"-0\"";
    QTest::newRow("number too large") << "9223372036854775808"
                                      << "duration \"9223372036854775808\" is too large";
    QTest::newRow("term too large") << "9223372036854775807s"
                                    << "duration \"9223372036854775807s\" is too large";
    QTest::newRow("days too large") << "106751991168d"
                                    << "duration \"106751991168d\" is too large";
    QTest::newRow("sum too large") << "106751991167d23h"
                                   << "duration \"106751991167d23h\" is too large";
}

void TestHumanUnits::parseDurationError()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<milliseconds> parsed = fleetscope::parseDuration(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestHumanUnits::parseDurationLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // milliseconds, or `unlimited`

    QTest::newRow("unlimited") << "unlimited" << unlimited;
    QTest::newRow("Unlimited") << "Unlimited" << unlimited;
    QTest::newRow("UNLIMITED with spaces") << " UNLIMITED " << unlimited;
    QTest::newRow("minus one") << "-1" << unlimited;
    QTest::newRow("minus one with spaces") << " -1 " << unlimited;
    QTest::newRow("duration") << "7d" << 7 * day;
    QTest::newRow("plain number") << "604800000" << 7 * day;
    QTest::newRow("zero") << "0" << qint64(0);
}

void TestHumanUnits::parseDurationLimit()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Result<std::optional<milliseconds>> parsed = fleetscope::parseDurationLimit(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(parsed->has_value(), expected != unlimited);
    if (expected != unlimited)
        QCOMPARE((*parsed)->count(), expected);
}

void TestHumanUnits::parseDurationLimitError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed")
        << "forever"
        << "expected a duration such as 7d, 12h or 30m, or \"unlimited\", got \"forever\"";
    QTest::newRow("minus two") << "-2"
                               << "expected a duration of zero or more, or -1 for unlimited, got \"-2\"";
    QTest::newRow("minus one with unit")
        << "-1s"
        << "expected a duration of zero or more, or -1 for unlimited, got \"-1s\"";
    QTest::newRow("too large") << "106751991168d"
                               << "duration \"106751991168d\" is too large";
}

void TestHumanUnits::parseDurationLimitError()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<std::optional<milliseconds>> parsed = fleetscope::parseDurationLimit(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestHumanUnits::formatDuration_data()
{
    QTest::addColumn<qint64>("duration"); // milliseconds
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << "0s";
    QTest::newRow("one ms") << qint64(1) << "1ms";
    QTest::newRow("below a second") << qint64(999) << "999ms";
    QTest::newRow("second") << second << "1s";
    QTest::newRow("sub-second part") << qint64(1500) << "1500ms";
    QTest::newRow("sub-second part of an hour") << hour + 1 << "3600001ms";
    QTest::newRow("minute") << minute << "1m";
    QTest::newRow("minute and seconds") << minute + 30 * second << "1m30s";
    QTest::newRow("hour and a half") << qint64(5400000) << "1h30m";
    QTest::newRow("two days") << qint64(172800000) << "2d";
    QTest::newRow("every unit below weeks") << day + hour + minute + second << "1d1h1m1s";
    QTest::newRow("gap") << day + 30 * second << "1d30s";
    QTest::newRow("week") << week << "1w";
    QTest::newRow("two weeks") << 2 * week << "2w";
    QTest::newRow("eight days") << 8 * day << "8d";
    QTest::newRow("ten days") << 10 * day << "10d";
    QTest::newRow("week and an hour") << week + hour << "7d1h";
    QTest::newRow("largest") << maxInt64 << "9223372036854775807ms";
    QTest::newRow("largest whole seconds") << maxInt64 / 1000 * 1000 << "106751991167d7h12m55s";
    QTest::newRow("negative") << qint64(-1) << "-1ms";
    QTest::newRow("negative seconds") << qint64(-5000) << "-5000ms";
}

void TestHumanUnits::formatDuration()
{
    QFETCH(qint64, duration);
    QFETCH(QString, expected);

    QCOMPARE(fleetscope::formatDuration(milliseconds(duration)), expected);
}

void TestHumanUnits::formatDurationLimit()
{
    QCOMPARE(fleetscope::formatDurationLimit(std::nullopt), QStringLiteral("unlimited"));
    QCOMPARE(fleetscope::formatDurationLimit(milliseconds(7 * day)), QStringLiteral("1w"));
    QCOMPARE(fleetscope::formatDurationLimit(milliseconds(0)), QStringLiteral("0s"));

    const Result<std::optional<milliseconds>> parsed = fleetscope::parseDurationLimit(u"unlimited");
    QVERIFY(parsed.ok());
    QCOMPARE(fleetscope::formatDurationLimit(*parsed), QStringLiteral("unlimited"));
}

void TestHumanUnits::durationRoundTrip_data()
{
    QTest::addColumn<qint64>("duration"); // milliseconds

    for (const qint64 duration : { qint64(0), qint64(1), qint64(999), second, second + 1, minute - 1, minute,
             hour, hour + 30 * minute, day - 1, day, week - second, week, week + 1, 10 * day, 52 * week,
             106751991167 * day, maxInt64 / 1000 * 1000, maxInt64 - 1, maxInt64 })
        QTest::addRow("%lld", duration) << duration;
}

void TestHumanUnits::durationRoundTrip()
{
    QFETCH(qint64, duration);

    const QString text = fleetscope::formatDuration(milliseconds(duration));
    const Result<milliseconds> parsed = fleetscope::parseDuration(text);
    QVERIFY2(parsed.ok(), qPrintable(text));
    QCOMPARE(parsed->count(), duration);
    QCOMPARE(fleetscope::formatDuration(*parsed), text);
}

void TestHumanUnits::durationRoundTripRandom()
{
    // Whole seconds, minutes and so on are where formatting takes the mixed-unit path.
    QRandomGenerator random(20240611);
    for (const qint64 scale : { qint64(1), second, minute, hour, day }) {
        for (int i = 0; i < 2000; ++i) {
            const qint64 duration = random.bounded(maxInt64 / scale) * scale;
            const QString text = fleetscope::formatDuration(milliseconds(duration));
            const Result<milliseconds> parsed = fleetscope::parseDuration(text);
            QVERIFY2(parsed.ok(), qPrintable(text));
            QCOMPARE(parsed->count(), duration);
        }
    }
}

void TestHumanUnits::parseBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("plain") << "1024" << qint64(1024);
    QTest::newRow("plain with spaces") << "  42  " << qint64(42);
    QTest::newRow("B") << "100 B" << qint64(100);
    QTest::newRow("B unspaced") << "100B" << qint64(100);
    QTest::newRow("b") << "100b" << qint64(100);
    QTest::newRow("KB") << "1 KB" << qint64(1000);
    QTest::newRow("kB") << "1kB" << qint64(1000);
    QTest::newRow("kb") << "1 kb" << qint64(1000);
    QTest::newRow("KiB") << "1 KiB" << qint64(1024);
    QTest::newRow("kib") << "1kib" << qint64(1024);
    QTest::newRow("MB") << "3 MB" << qint64(3000000);
    QTest::newRow("MiB") << "512MiB" << qint64(536870912);
    QTest::newRow("GB") << "10 GB" << qint64(10000000000);
    QTest::newRow("GiB") << "10 GiB" << qint64(10737418240);
    QTest::newRow("GIB") << "10 GIB" << qint64(10737418240);
    QTest::newRow("TB") << "2 TB" << qint64(2000000000000);
    QTest::newRow("TiB") << "2 TiB" << qint64(2) * (qint64(1) << 40);
    QTest::newRow("PB") << "1 PB" << qint64(1000000000000000);
    QTest::newRow("PiB") << "1 PiB" << (qint64(1) << 50);
    QTest::newRow("EB") << "9 EB" << qint64(9000000000000000000);
    QTest::newRow("EiB") << "7 EiB" << qint64(7) * (qint64(1) << 60);
    QTest::newRow("fraction GB") << "1.5 GB" << qint64(1500000000);
    QTest::newRow("fraction GiB") << "1.5 GiB" << qint64(1610612736);
    QTest::newRow("fraction KiB") << "0.5 KiB" << qint64(512);
    QTest::newRow("fraction KB") << "1.25 KB" << qint64(1250);
    QTest::newRow("one byte in KB") << "0.001 KB" << qint64(1);
    QTest::newRow("trailing zeros") << "1.000 MB" << qint64(1000000);
    QTest::newRow("many trailing zeros") << "1.0000000000000000000000 EB" << qint64(1000000000000000000);
    QTest::newRow("fraction of bytes that is whole") << "2.0 B" << qint64(2);
    QTest::newRow("largest") << "9223372036854775807" << maxInt64;
    QTest::newRow("largest with fraction") << "9.223372036854775807 EB" << maxInt64;
}

void TestHumanUnits::parseBytes()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Result<qint64> parsed = fleetscope::parseBytes(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(*parsed, expected);
}

void TestHumanUnits::parseBytesError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    const auto malformed = [](const char *text) {
        QTest::newRow(text) << QString::fromUtf8(
            text) << QStringLiteral("expected a size such as 1024, 512 MiB or 1.5 GB, got \"%1\"").arg(text);
    };
    malformed("");
    malformed("abc");
    malformed("GiB");
    malformed("10 XB");
    malformed("10 G");
    malformed("10 GiBs");
    malformed("10 GiB extra");
    malformed("10 Gi B");
    malformed("1.5.5 GB");
    malformed("1. GB");
    malformed(".5 GB");
    malformed("1,5 GB");
    malformed("1 000");
    malformed("+5 GB");
    malformed("unlimited");
    malformed("-lots");

    QTest::newRow("minus one") << "-1"
                               << "expected a size of zero or more, got \"-1\"";
    QTest::newRow("negative") << "-5 GB"
                              << "expected a size of zero or more, got \"-5 GB\"";
    QTest::newRow("number too large") << "9223372036854775808"
                                      << "size \"9223372036854775808\" is too large";
    QTest::newRow("EiB too large") << "8 EiB"
                                   << "size \"8 EiB\" is too large";
    QTest::newRow("GB too large") << "99999999999999999999 GB"
                                  << "size \"99999999999999999999 GB\" is too large";
    QTest::newRow("fraction too large") << "9.3 EB"
                                        << "size \"9.3 EB\" is too large";
    QTest::newRow("fraction of a byte") << "1.5 B"
                                        << "size \"1.5 B\" is not a whole number of bytes";
    QTest::newRow("fraction of a byte, plain") << "1.5"
                                               << "size \"1.5\" is not a whole number of bytes";
    QTest::newRow("fraction of a KiB") << "0.3 KiB"
                                       << "size \"0.3 KiB\" is not a whole number of bytes";
    QTest::newRow("tiny fraction of a KB") << "0.0001 KB"
                                           << "size \"0.0001 KB\" is not a whole number of bytes";
    QTest::newRow("nineteen fraction digits")
        << "1.0000000000000000001 EB"
        << "size \"1.0000000000000000001 EB\" is not a whole number of bytes";
}

void TestHumanUnits::parseBytesError()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<qint64> parsed = fleetscope::parseBytes(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestHumanUnits::parseByteLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // bytes, or `unlimited`

    QTest::newRow("unlimited") << "unlimited" << unlimited;
    QTest::newRow("Unlimited") << "Unlimited" << unlimited;
    QTest::newRow("minus one") << "-1" << unlimited;
    QTest::newRow("size") << "1 GiB" << (qint64(1) << 30);
    QTest::newRow("zero") << "0" << qint64(0);
}

void TestHumanUnits::parseByteLimit()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);

    const Result<std::optional<qint64>> parsed = fleetscope::parseByteLimit(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.errorMessage()));
    QCOMPARE(parsed->has_value(), expected != unlimited);
    if (expected != unlimited)
        QCOMPARE(**parsed, expected);
}

void TestHumanUnits::parseByteLimitError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed")
        << "lots"
        << "expected a size such as 1024, 512 MiB or 1.5 GB, or \"unlimited\", got \"lots\"";
    QTest::newRow("minus two") << "-2"
                               << "expected a size of zero or more, or -1 for unlimited, got \"-2\"";
    QTest::newRow("minus one with unit")
        << "-1 B"
        << "expected a size of zero or more, or -1 for unlimited, got \"-1 B\"";
    QTest::newRow("not whole") << "0.5 B"
                               << "size \"0.5 B\" is not a whole number of bytes";
}

void TestHumanUnits::parseByteLimitError()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    const Result<std::optional<qint64>> parsed = fleetscope::parseByteLimit(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestHumanUnits::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << qint64(0) << "0 B";
    QTest::newRow("one") << qint64(1) << "1 B";
    QTest::newRow("below a KB") << qint64(999) << "999 B";
    QTest::newRow("KB") << qint64(1000) << "1 KB";
    QTest::newRow("KiB") << qint64(1024) << "1 KiB";
    QTest::newRow("neither") << qint64(1536) << "1536 B";
    QTest::newRow("Kafka's max.message.bytes") << qint64(1048588) << "1048588 B";
    QTest::newRow("MiB and a half") << qint64(1572864) << "1536 KiB";
    QTest::newRow("KiB wins over KB") << qint64(1024000) << "1000 KiB";
    QTest::newRow("GiB") << qint64(10737418240) << "10 GiB";
    QTest::newRow("GB") << qint64(1000000000) << "1 GB";
    QTest::newRow("GB and a half") << qint64(1500000000) << "1500 MB";
    QTest::newRow("Kafka's segment.bytes") << qint64(1073741824) << "1 GiB";
    QTest::newRow("TiB") << (qint64(1) << 40) << "1 TiB";
    QTest::newRow("EiB") << (qint64(1) << 60) << "1 EiB";
    QTest::newRow("EB") << qint64(1000000000000000000) << "1 EB";
    QTest::newRow("largest") << maxInt64 << "9223372036854775807 B";
    QTest::newRow("negative") << qint64(-1) << "-1 B";
    QTest::newRow("negative KiB") << qint64(-1024) << "-1024 B";
}

void TestHumanUnits::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);

    QCOMPARE(fleetscope::formatBytes(bytes), expected);
}

void TestHumanUnits::formatByteLimit()
{
    QCOMPARE(fleetscope::formatByteLimit(std::nullopt), QStringLiteral("unlimited"));
    QCOMPARE(fleetscope::formatByteLimit(qint64(1) << 30), QStringLiteral("1 GiB"));

    const Result<std::optional<qint64>> parsed = fleetscope::parseByteLimit(u"-1");
    QVERIFY(parsed.ok());
    QCOMPARE(fleetscope::formatByteLimit(*parsed), QStringLiteral("unlimited"));
}

void TestHumanUnits::bytesRoundTrip_data()
{
    QTest::addColumn<qint64>("bytes");

    for (const qint64 bytes : { qint64(0), qint64(1), qint64(999), qint64(1000), qint64(1023), qint64(1024),
             qint64(1048588), qint64(1572864), qint64(1024000), qint64(10737418240), qint64(1500000000),
             qint64(1) << 60, qint64(1000000000000000000), maxInt64 - 1, maxInt64 })
        QTest::addRow("%lld", bytes) << bytes;
}

void TestHumanUnits::bytesRoundTrip()
{
    QFETCH(qint64, bytes);

    const QString text = fleetscope::formatBytes(bytes);
    const Result<qint64> parsed = fleetscope::parseBytes(text);
    QVERIFY2(parsed.ok(), qPrintable(text));
    QCOMPARE(*parsed, bytes);
    QCOMPARE(fleetscope::formatBytes(*parsed), text);
}

void TestHumanUnits::bytesRoundTripRandom()
{
    QRandomGenerator random(20240611);
    for (const qint64 scale :
        { qint64(1), qint64(1000), qint64(1024), qint64(1) << 20, qint64(1000000000) }) {
        for (int i = 0; i < 2000; ++i) {
            const qint64 bytes = random.bounded(maxInt64 / scale) * scale;
            const QString text = fleetscope::formatBytes(bytes);
            const Result<qint64> parsed = fleetscope::parseBytes(text);
            QVERIFY2(parsed.ok(), qPrintable(text));
            QCOMPARE(*parsed, bytes);
        }
    }
}

QTEST_GUILESS_MAIN(TestHumanUnits)

#include "tst_humanunits.moc"

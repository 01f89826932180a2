#include "metrics/PrometheusTextParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace fleetscope;

class TestPrometheusTextParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidLines_data();
    void parsesValidLines();
    void readsAWholeExposition();
    void stopsAtOpenMetricsEof();
    void rejectsMalformedLines_data();
    void rejectsMalformedLines();
    void namesTheLineOfTheError();
    void parsesOneHundredThousandLines();
    void refusesAnOverlongLine();
    void refusesTooManySamples();
    void refusesTooManyLabels();
    void filterKeepsOnlyWantedNamesAndSkipsTheirLines();
    void sharesRepeatedNames();
    void survivesMangledInput();
};

namespace {

// One sample as text, so that a data row states the whole expected result in one string.
QByteArray render(const PrometheusSample &sample)
{
    QByteArray out = sample.name + '{';
    for (const PrometheusSample::Label &label : sample.labels) {
        QByteArray value = label.value;
        value.replace('\n', "\\n");
        out += label.name + "=<" + value + ">;";
    }
    out += "} ";
    if (std::isnan(sample.value))
        out += "NaN";
    else if (std::isinf(sample.value))
        out += sample.value > 0 ? "+Inf" : "-Inf";
    else
        out += QByteArray::number(sample.value, 'g', 17);
    if (sample.timestampMs)
        out += " @" + QByteArray::number(*sample.timestampMs);
    return out;
}

} // namespace

void TestPrometheusTextParser::parsesValidLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("no labels") << QByteArray("up 1") << QByteArray("up{} 1");
    QTest::newRow("integer") << QByteArray("x 42") << QByteArray("x{} 42");
    QTest::newRow("1.x label") << QByteArray(R"(jvm_memory_used_bytes{area="heap"} 9051232.0)")
                               << QByteArray("jvm_memory_used_bytes{area=<heap>;} 9051232");
    QTest::newRow("0.x trailing comma") << QByteArray(R"(jvm_memory_bytes_used{area="heap",} 3.12475832E8)")
                                        << QByteArray("jvm_memory_bytes_used{area=<heap>;} 312475832");
    QTest::newRow("exponent") << QByteArray("x 4.98597888E8") << QByteArray("x{} 498597888");
    QTest::newRow("negative exponent") << QByteArray("x 1.5e-3") << QByteArray("x{} 0.0015");
    QTest::newRow("plus sign") << QByteArray("x +2.5") << QByteArray("x{} 2.5");
    QTest::newRow("minus one") << QByteArray("x -1.0") << QByteArray("x{} -1");
    QTest::newRow("leading dot") << QByteArray("x .5") << QByteArray("x{} 0.5");
    QTest::newRow("NaN") << QByteArray("x NaN") << QByteArray("x{} NaN");
    QTest::newRow("+Inf") << QByteArray(R"(x_bucket{le="+Inf"} +Inf)")
                          << QByteArray("x_bucket{le=<+Inf>;} +Inf");
    QTest::newRow("-Inf") << QByteArray("x -Inf") << QByteArray("x{} -Inf");
    QTest::newRow("Go spellings") << QByteArray("x -infinity") << QByteArray("x{} -Inf");
    QTest::newRow("lower-case inf") << QByteArray("x inf") << QByteArray("x{} +Inf");
    QTest::newRow("lower-case nan") << QByteArray("x nan") << QByteArray("x{} NaN");
    QTest::newRow("timestamp") << QByteArray("x 1 1700000000000") << QByteArray("x{} 1 @1700000000000");
    QTest::newRow("negative timestamp") << QByteArray("x 1 -5") << QByteArray("x{} 1 @-5");
    QTest::newRow("escapes") << QByteArray(R"(x{path="C:\\dir\\",msg="say \"hi\"\nbye"} 1)")
                             << QByteArray(R"(x{path=<C:\dir\>;msg=<say "hi"\nbye>;} 1)");
    QTest::newRow("empty labels") << QByteArray("x{} 3") << QByteArray("x{} 3");
    QTest::newRow("empty value") << QByteArray(R"(x{a=""} 3)") << QByteArray("x{a=<>;} 3");
    QTest::newRow("utf-8 value") << QByteArray("x{a=\"m\xc3\xbc\x64\x65\"} 3")
                                 << QByteArray("x{a=<m\xc3\xbc\x64\x65>;} 3");
    QTest::newRow("braces in value") << QByteArray(R"(x{a="}{,="} 3)") << QByteArray("x{a=<}{,=>;} 3");
    QTest::newRow("blanks everywhere")
        << QByteArray("  x { a = \"1\" ,\tb=\"2\" }   7   42  ") << QByteArray("x{a=<1>;b=<2>;} 7 @42");
    QTest::newRow("tab separator") << QByteArray("x\t1") << QByteArray("x{} 1");
    QTest::newRow("colon in name") << QByteArray("kafka:rate5m 0.25") << QByteArray("kafka:rate5m{} 0.25");
    QTest::newRow("CRLF") << QByteArray("x 1\r") << QByteArray("x{} 1");
}

void TestPrometheusTextParser::parsesValidLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, expected);
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser().parse(line);
    QVERIFY2(samples.ok(), qPrintable(samples.ok() ? QString() : samples.errorMessage()));
    QCOMPARE(samples->size(), 1);
    QCOMPARE(render(samples->first()), expected);
}

void TestPrometheusTextParser::readsAWholeExposition()
{
    const QByteArray text
        = "# HELP jvm_gc_collection_seconds Time spent in a given JVM garbage collector in seconds.\n"
          "# TYPE jvm_gc_collection_seconds summary\n"
          "jvm_gc_collection_seconds_count{gc=\"G1 Young Generation\"} 12\n"
          "jvm_gc_collection_seconds_sum{gc=\"G1 Young Generation\"} 0.125\n"
          "\n"
          "# a comment that is neither HELP nor TYPE\n"
          "#\n"
          "# HELP empty_help\n"
          "# TYPE h histogram\n"
          "h_bucket{le=\"0.5\"} 3\n";
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser().parse(text);
    QVERIFY2(samples.ok(), qPrintable(samples.ok() ? QString() : samples.errorMessage()));
    QCOMPARE(samples->size(), 3);
    QCOMPARE(
        render((*samples)[1]), QByteArray("jvm_gc_collection_seconds_sum{gc=<G1 Young Generation>;} 0.125"));
    QCOMPARE((*samples)[2].label("le"), std::optional<QByteArray>("0.5"));
    QCOMPARE((*samples)[2].label("gc"), std::optional<QByteArray>());
}

void TestPrometheusTextParser::stopsAtOpenMetricsEof()
{
    const Result<QList<PrometheusSample>> samples
        = PrometheusTextParser().parse("a 1\n# EOF\nthis is not read\n");
    QVERIFY(samples.ok());
    QCOMPARE(samples->size(), 1);
}

void TestPrometheusTextParser::rejectsMalformedLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");

    QTest::newRow("no name") << QByteArray(R"({a="1"} 1)")
                             << R"(line 1: expected a metric name, found '{a="1"} 1')";
    QTest::newRow("digit first") << QByteArray("1x 1") << "line 1: expected a metric name, found '1x 1'";
    QTest::newRow("binary") << QByteArray("\x01\x02\x7f") << "line 1: expected a metric name, found '\?\?\?'";
    QTest::newRow("no value") << QByteArray("x") << "line 1: expected a sample value after 'x'";
    QTest::newRow("no value after labels")
        << QByteArray(R"(x{a="1"})") << "line 1: expected a sample value after 'x'";
    QTest::newRow("word value") << QByteArray("x abc")
                                << "line 1: expected a number as the value of 'x', found 'abc'";
    QTest::newRow("hex value") << QByteArray("x 0x1A")
                               << "line 1: expected a number as the value of 'x', found '0x1A'";
    QTest::newRow("word after sign") << QByteArray("x -Infx")
                                     << "line 1: expected a number as the value of 'x', found '-Infx'";
    QTest::newRow("two signs") << QByteArray("x +-1")
                               << "line 1: expected a number as the value of 'x', found '+-1'";
    QTest::newRow("nan payload") << QByteArray("x nan(1)")
                                 << "line 1: expected a number as the value of 'x', found 'nan(1)'";
    QTest::newRow("out of range") << QByteArray("x 1e999")
                                  << "line 1: expected a number as the value of 'x', found '1e999'";
    QTest::newRow("float timestamp")
        << QByteArray("x 1 1.5")
        << "line 1: expected a timestamp in integer milliseconds after the value of 'x', "
           "found '1.5'";
    QTest::newRow("extra field") << QByteArray("x 1 2 3")
                                 << "line 1: unexpected text after the timestamp of 'x': '3'";
    QTest::newRow("unclosed labels")
        << QByteArray(R"(x{a="1")")
        << "line 1: expected ',' or '}' after the value of label 'a', found the end of "
           "the line";
    QTest::newRow("missing comma")
        << QByteArray(R"(x{a="1" b="2"} 1)")
        << R"(line 1: expected ',' or '}' after the value of label 'a', found 'b="2"} 1')";
    QTest::newRow("unquoted value") << QByteArray("x{a=1} 1")
                                    << R"(line 1: expected '"' to open the value of label 'a')";
    QTest::newRow("missing =") << QByteArray(R"(x{a "1"} 1)") << "line 1: expected '=' after label name 'a'";
    QTest::newRow("unterminated value")
        << QByteArray(R"(x{a="1} 1)") << R"(line 1: the value of label 'a' has no closing '"')";
    QTest::newRow("bad escape")
        << QByteArray(R"(x{a="\t"} 1)")
        << R"(line 1: invalid escape '\t' in the value of label 'a' (expected \\, \" or \n))";
    QTest::newRow("backslash at end") << QByteArray(
        R"(x{a="\)") << R"(line 1: invalid escape '\' in the value of label 'a' (expected \\, \" or \n))";
    QTest::newRow("bad label name") << QByteArray(R"(x{1a="1"} 1)")
                                    << R"(line 1: expected a label name or '}', found '1a="1"} 1')";
    QTest::newRow("colon in label name")
        << QByteArray(R"(x{a:b="1"} 1)") << "line 1: expected '=' after label name 'a'";
    QTest::newRow("open brace only") << QByteArray("x{")
                                     << "line 1: expected a label name or '}', found the end of the line";
    QTest::newRow("duplicate label") << QByteArray(R"(x{a="1",a="2"} 1)")
                                     << "line 1: label 'a' appears twice";
    QTest::newRow("TYPE without name")
        << QByteArray("# TYPE") << "line 1: expected a metric name after '# TYPE', found the end of the line";
    QTest::newRow("TYPE without type")
        << QByteArray("# TYPE x") << "line 1: expected a metric type after '# TYPE x'";
    QTest::newRow("TYPE unknown")
        << QByteArray("# TYPE x bogus")
        << "line 1: unknown metric type 'bogus' for 'x' (expected counter, gauge, histogram, "
           "summary or untyped)";
    QTest::newRow("TYPE extra") << QByteArray("# TYPE x gauge extra")
                                << "line 1: unexpected text after '# TYPE x gauge': 'extra'";
    QTest::newRow("HELP bad name") << QByteArray("# HELP 9x doc")
                                   << "line 1: expected a metric name after '# HELP', found '9x doc'";
    QTest::newRow("long excerpt is cut") << QByteArray("x " + QByteArray(100, 'z'))
                                         << "line 1: expected a number as the value of 'x', found "
                                            "'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz...'";
}

void TestPrometheusTextParser::rejectsMalformedLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser().parse(line);
    QVERIFY(!samples.ok());
    QCOMPARE(samples.errorMessage(), error);
}

void TestPrometheusTextParser::namesTheLineOfTheError()
{
    const Result<QList<PrometheusSample>> samples
        = PrometheusTextParser().parse("# TYPE ok gauge\nok 1\n\n   \nok{a=\"2\"} 2\nbroken{\n");
    QVERIFY(!samples.ok());
    QCOMPARE(samples.errorMessage(),
        QStringLiteral("line 6: expected a label name or '}', found the end of the line"));
}

void TestPrometheusTextParser::parsesOneHundredThousandLines()
{
    QByteArray text;
    text.reserve(6 * 1024 * 1024);
    for (int family = 0; family < 1000; ++family) {
        const QByteArray name = "kafka_topic_partition_metric_" + QByteArray::number(family);
        text += "# HELP " + name + " Some help text that the exporter repeats for every family.\n";
        text += "# TYPE " + name + " gauge\n";
        for (int i = 0; i < 98; ++i)
            text += name + "{topic=\"topic-" + QByteArray::number(i) + "\",partition=\""
                + QByteArray::number(i % 12) + "\"} " + QByteArray::number(family * 1000.5 + i, 'g', 17)
                + '\n';
    }
    QCOMPARE(text.count('\n'), 100'000);

    QElapsedTimer timer;
    timer.start();
    const Result<QList<PrometheusSample>> all = PrometheusTextParser().parse(text);
    const qint64 allMs = timer.restart();
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.errorMessage()));
    QCOMPARE(all->size(), 98'000);
    QCOMPARE(render(all->last()),
        QByteArray("kafka_topic_partition_metric_999{topic=<topic-97>;partition=<1>;} 999596.5"));

    PrometheusTextParser::Options options;
    options.keep = PrometheusTextParser::keepNames({ "kafka_topic_partition_metric_7" });
    const Result<QList<PrometheusSample>> some = PrometheusTextParser(options).parse(text);
    const qint64 filteredMs = timer.elapsed();
    QVERIFY(some.ok());
    QCOMPARE(some->size(), 98);
    qInfo("%.1f MB, 100,000 lines: %lld ms keeping all, %lld ms keeping one family", text.size() / 1e6, allMs,
        filteredMs);
}

void TestPrometheusTextParser::refusesAnOverlongLine()
{
    const QByteArray prefix = "x{a=\"";
    const QByteArray suffix = "\"} 1";
    const QByteArray fits = prefix + QByteArray(64 * 1024 - prefix.size() - suffix.size(), 'v') + suffix;
    QCOMPARE(fits.size(), 64 * 1024);
    QVERIFY(PrometheusTextParser().parse("ok 1\n" + fits + "\n").ok());

    const QByteArray tooLong = prefix + QByteArray(64 * 1024, 'v') + suffix;
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser().parse("ok 1\n" + tooLong + "\n");
    QVERIFY(!samples.ok());
    QCOMPARE(samples.errorMessage(), QStringLiteral("line 2 is longer than 65536 bytes"));
}

void TestPrometheusTextParser::refusesTooManySamples()
{
    QByteArray text;
    for (int i = 0; i < 200'001; ++i)
        text += "x 1\n";
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser().parse(text);
    QVERIFY(!samples.ok());
    QCOMPARE(samples.errorMessage(),
        QStringLiteral(
            "line 200001: more than 200000 samples, far more than a metrics endpoint should serve"));

    PrometheusTextParser::Options options;
    options.maxSamples = 10;
    QVERIFY(PrometheusTextParser(options).parse(text.left(10 * 4)).ok());
    QVERIFY(!PrometheusTextParser(options).parse(text.left(11 * 4)).ok());
    // Samples the filter drops cost nothing and so do not count.
    options.keep = PrometheusTextParser::keepNames({ "y" });
    QVERIFY(PrometheusTextParser(options).parse(text).ok());
}

void TestPrometheusTextParser::refusesTooManyLabels()
{
    QByteArray labels;
    for (int i = 0; i < 64; ++i)
        labels += "l" + QByteArray::number(i) + "=\"v\",";
    QVERIFY(PrometheusTextParser().parse("x{" + labels + "} 1").ok());
    const Result<QList<PrometheusSample>> samples
        = PrometheusTextParser().parse("x{" + labels + "l64=\"v\"} 1");
    QVERIFY(!samples.ok());
    QCOMPARE(samples.errorMessage(), QStringLiteral("line 1: more than 64 labels"));
}

void TestPrometheusTextParser::filterKeepsOnlyWantedNamesAndSkipsTheirLines()
{
    const QByteArray text = "jvm_memory_used_bytes{area=\"heap\"} 5\n"
                            "kafka_something{this line is broken but unwanted 1\n"
                            "jvm_threads_current 12\n"
                            "process_open_fds 40\n";
    PrometheusTextParser::Options options;
    options.keep = PrometheusTextParser::keepPrefixes({ "jvm_" });
    const Result<QList<PrometheusSample>> samples = PrometheusTextParser(options).parse(text);
    QVERIFY2(samples.ok(), qPrintable(samples.ok() ? QString() : samples.errorMessage()));
    QCOMPARE(samples->size(), 2);
    QCOMPARE(samples->at(1).name, QByteArray("jvm_threads_current"));

    // Without the filter, the broken line is an error: only the names of dropped lines are read.
    QVERIFY(!PrometheusTextParser().parse(text).ok());
    // A line whose name itself is broken fails either way.
    QVERIFY(!PrometheusTextParser(options).parse("jvm_ok 1\n{x=\"y\"} 2\n").ok());
}

void TestPrometheusTextParser::sharesRepeatedNames()
{
    const Result<QList<PrometheusSample>> samples
        = PrometheusTextParser().parse("m{pool=\"a\",area=\"x\"} 1\nm{pool=\"b\",area=\"y\"} 2\n");
    QVERIFY(samples.ok());
    QVERIFY(samples->at(0).name.isSharedWith(samples->at(1).name));
    QVERIFY(samples->at(0).labels[1].name.isSharedWith(samples->at(1).labels[1].name));
}

void TestPrometheusTextParser::survivesMangledInput()
{
    // Random damage to a realistic text: every result must be a value or an error, never a crash.
    const QByteArray good = "# HELP jvm_memory_used_bytes Used bytes.\n# TYPE jvm_memory_used_bytes gauge\n"
                            "jvm_memory_used_bytes{area=\"heap\"} 9.051232E7\n"
                            "jvm_memory_used_bytes{area=\"nonheap\",} 1.1490688E7 1700000000000\n"
                            "x_bucket{le=\"+Inf\",path=\"a\\\\b\\\"c\\nd\"} +Inf\n";
    QRandomGenerator random(20240501);
    int errors = 0;
    for (int round = 0; round < 5000; ++round) {
        QByteArray text = good;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(text.size());
            switch (random.bounded(3)) {
            case 0:
                text[at] = char(random.bounded(256));
                break;
            case 1:
                text.remove(at, 1 + random.bounded(8));
                break;
            default:
                text.insert(at, "{\"\\=,}#\n"[random.bounded(8)]);
                break;
            }
        }
        const Result<QList<PrometheusSample>> samples = PrometheusTextParser().parse(text);
        if (!samples.ok()) {
            ++errors;
            QVERIFY(samples.errorMessage().startsWith(QLatin1String("line ")));
        }
    }
    QVERIFY(errors > 0);
}

QTEST_GUILESS_MAIN(TestPrometheusTextParser)
#include "tst_prometheustextparser.moc"

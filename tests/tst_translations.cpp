// German is complete for every string, and the program finds the translations whatever context
// the code asks in.
#include "core/ContextFreeTranslator.h"
#include "format/Formatter.h"
#include "kafka/BrokerLink.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace fleetscope;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsComplete();
    void programUsesTheGermanTranslations();
};

void TestTranslations::germanIsComplete()
{
    QFile file(QStringLiteral(FLEETSCOPE_SOURCE_DIR "/translations/fleetscope_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool open = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (open || text.trimmed().isEmpty())
                unfinished.append(source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
}

void TestTranslations::programUsesTheGermanTranslations()
{
    ContextFreeTranslator translator;
    QVERIFY(translator.load(QStringLiteral(FLEETSCOPE_BINARY_DIR "/share/fleetscope/translations/fleetscope_de.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(Formatter::age(5'000), QStringLiteral("vor 5 s"));
    QCOMPARE(linkStateName(LinkState::Up), QStringLiteral("erreichbar"));
    // A context lupdate could not know: the lookup is by source text.
    QCOMPARE(QCoreApplication::translate("SomewhereElse", "broker down"), QStringLiteral("Broker ausgefallen"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(linkStateName(LinkState::Up), QStringLiteral("up"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

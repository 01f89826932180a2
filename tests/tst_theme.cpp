// Light and dark palettes: Dark and Light are what they say, System gives the desktop's palette back.
#include "main/Theme.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace fleetscope;

class TestTheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void darkAndLightAndBackToSystem();
    void choicesSurviveTheSettingsFile();
};

void TestTheme::darkAndLightAndBackToSystem()
{
    const QPalette system = QApplication::palette();
    const QString systemStyle = QApplication::style()->name();
    Theme theme;
    QSignalSpy changed(&theme, &Theme::changed);

    theme.apply(Theme::Choice::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // Disabled (stale) text must stay readable yet differ from live text.
    QVERIFY(QApplication::palette().color(QPalette::Disabled, QPalette::Text) != QApplication::palette().color(QPalette::Text));

    theme.apply(Theme::Choice::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));

    theme.apply(Theme::Choice::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    QCOMPARE(QApplication::style()->name(), systemStyle);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(theme.choice(), Theme::Choice::System);
}

void TestTheme::choicesSurviveTheSettingsFile()
{
    for (auto choice : {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark})
        QCOMPARE(Theme::fromSettingsName(Theme::settingsName(choice)), choice);
    QCOMPARE(Theme::fromSettingsName(QStringLiteral("purple")), Theme::Choice::System);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"

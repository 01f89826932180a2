// Fleetscope's entry point: the GUI, or without a display the headless commands.
#include "cli/AuditCommand.h"
#include "cli/CheckCommand.h"
#include "cli/ReplicateCommand.h"
#include "cli/SetCommand.h"
#include "core/Clock.h"
#include "core/ContextFreeTranslator.h"
#include "kafka/RdKafkaLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#ifdef FLEETSCOPE_WITH_GUI
#include "alerts/AlertService.h"
#include "history/HistoryService.h"
#include "main/FirstPaintProbe.h"
#include "main/MainWindow.h"
#include "session/FleetSession.h"
#include "main/ScreenshotTaker.h"

#include <QApplication>
#endif

#include <cstring>
#include <memory>

using namespace fleetscope;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Fleetscope"));
    QCoreApplication::setApplicationName(QStringLiteral("fleetscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETSCOPE_VERSION));
}

// Translations sit in share/fleetscope/translations beside bin/, in the build tree and when installed.
void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new ContextFreeTranslator(&app);
    const QString dir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/fleetscope/translations"));
    if (own->load(locale, QStringLiteral("fleetscope"), QStringLiteral("_"), dir))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

bool isCommand(int argc, char **argv, const char *command)
{
    return argc > 1 && !std::strcmp(argv[1], command);
}

// The reconfiguration commands (issue 5), each with its runner.
int runReconfigCommand(int argc, char **argv, QTextStream &out, QTextStream &err)
{
    const QStringList arguments = QCoreApplication::arguments().mid(2);
    if (isCommand(argc, argv, "set"))
        return SetCommand::run(arguments, out, err);
    if (isCommand(argc, argv, "audit"))
        return AuditCommand::runAudit(arguments, out, err);
    if (isCommand(argc, argv, "undo"))
        return AuditCommand::runUndo(arguments, out, err);
    if (isCommand(argc, argv, "replicate"))
        return ReplicateCommand::run(arguments, out, err);
    return AuditCommand::runPending(arguments, out, err);
}

bool isReconfigCommand(int argc, char **argv)
{
    return isCommand(argc, argv, "set") || isCommand(argc, argv, "audit") || isCommand(argc, argv, "undo")
        || isCommand(argc, argv, "pending") || isCommand(argc, argv, "replicate");
}

bool wantsHeadless(int argc, char **argv)
{
    if (isCommand(argc, argv, "check") || isReconfigCommand(argc, argv))
        return true;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--version") || !std::strcmp(arg, "-v") || !std::strcmp(arg, "--help")
            || !std::strcmp(arg, "-h"))
            return true;
    }
    return false;
}

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Watches a fleet of Apache Kafka clusters: consumer lag, disk, JVM heap and links."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "Wait for live data, save the window to <file> and exit."),
                      QCoreApplication::translate("main", "file")});
    parser.addOption({QStringLiteral("kiosk"),
                      QCoreApplication::translate("main", "Open the fleet on the full-screen wall screen (Esc leaves).")});
    parser.addOption({QStringLiteral("view"),
                      QCoreApplication::translate("main", "With --screenshot: overview (default), node:CLUSTER/ID or kiosk."),
                      QCoreApplication::translate("main", "view"), QStringLiteral("overview")});
    parser.addPositionalArgument(QStringLiteral("check"),
                                 QCoreApplication::translate("main", "fleetscope check FLEET.yaml [--json]: poll every "
                                                                     "cluster once and report; exit code 0 healthy, "
                                                                     "1 warning, 2 critical or unreachable."),
                                 QStringLiteral("[check]"));
    parser.addPositionalArgument(QStringLiteral("fleet"),
                                 QCoreApplication::translate("main", "The fleet file (YAML) to open."),
                                 QStringLiteral("[FLEET.yaml]"));
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);
    if (isCommand(argc, argv, "check")) {
        SystemClock clock;
        QTextStream out(stdout);
        QTextStream err(stderr);
        return CheckCommand::run(QCoreApplication::arguments().mid(2), clock, out, err);
    }
    if (isReconfigCommand(argc, argv)) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return runReconfigCommand(argc, argv, out, err);
    }
    QCommandLineParser parser;
    describeOptions(parser);
    // --version names the librdkafka in use too: the system's, or the one tools/bootstrap built.
    if (parser.parse(QCoreApplication::arguments()) && parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << "\nlibrdkafka " << RdKafkaLibrary::version() << '\n';
        return 0;
    }
    parser.process(app); // handles --help and bad options, and exits
    return 0;
}

#ifdef FLEETSCOPE_WITH_GUI
int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("org.fleetscope.Fleetscope"));
    installTranslators(app);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main", "Give at most one fleet file.\n");
        return 2;
    }

    SystemClock clock;
    HistoryService history(HistoryDatabase::defaultPath(), clock);
    history.start();
    AlertService alerts(AlertStore::defaultPath(), clock, &history.store());
    alerts.start();
    FleetSession session(clock, &history, &alerts);
    MainWindow window(session);
    const bool kiosk = parser.isSet(QStringLiteral("kiosk"));
    std::unique_ptr<ScreenshotTaker> screenshot;
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString view = kiosk && !parser.isSet(QStringLiteral("view")) ? QStringLiteral("kiosk")
                                                                            : parser.value(QStringLiteral("view"));
        screenshot = std::make_unique<ScreenshotTaker>(window, parser.value(QStringLiteral("screenshot")), view, 90'000);
    }
    std::unique_ptr<FirstPaintProbe> firstPaint;
    if (qEnvironmentVariableIsSet(FirstPaintProbe::environmentVariable))
        firstPaint = std::make_unique<FirstPaintProbe>(window);
    if (!positional.isEmpty())
        window.openFleetFile(positional.first());
    if (kiosk && !positional.isEmpty()) {
        // A fleet file that cannot be used is explained on the window's welcome page.
        QObject::connect(&window, &MainWindow::fleetFileFailed, &window, [&window] { window.leaveWallScreen(); });
        window.showWallScreen();
    } else {
        window.show();
    }
    return app.exec();
}
#endif

} // namespace

int main(int argc, char **argv)
{
#ifdef FLEETSCOPE_WITH_GUI
    if (!wantsHeadless(argc, argv))
        return runGui(argc, argv);
#endif
    return runHeadless(argc, argv);
}

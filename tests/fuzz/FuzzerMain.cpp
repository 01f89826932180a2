// libFuzzer's entry point, compiled once and linked into every fuzz_<name> executable: the name of
// the executable picks the target.
#include "FuzzTargets.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

const fleetscope::fuzz::Target *g_target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    const char *program = std::strrchr((*argv)[0], '/');
    program = program ? program + 1 : (*argv)[0];
    if (std::strncmp(program, "fuzz_", 5) == 0)
        g_target = fleetscope::fuzz::findTarget(program + 5);
    if (!g_target) {
        std::fprintf(stderr, "%s names no fuzz target (expected fuzz_<target>)\n", program);
        std::exit(2);
    }
    // Some decoders translate their messages; QCoreApplication makes that work as in the program.
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false")); // millions of inputs, no log
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) { });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    g_target->run(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}

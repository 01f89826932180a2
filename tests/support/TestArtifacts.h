#pragma once

#include <QByteArray>
#include <QString>

namespace fleetscope::test {

// What a test keeps for the secret scan at the end of tools/test (tst_secretscan): databases,
// exports and logs written while talking to the secured cluster. tools/test gives the whole ctest
// run one directory, $FLEETSCOPE_TEST_ARTIFACTS (build/test-artifacts, emptied at the start of a
// run); run alone, a test keeps its files under the system's temporary directory.
class TestArtifacts final
{
public:
    static inline const char *const kEnvironmentVariable = "FLEETSCOPE_TEST_ARTIFACTS";

    static QString root();
    // root()/test, made if missing; empty if it cannot be made.
    static QString dir(const QString &test);
    // Writes bytes to dir(test)/name; an error message, or empty.
    static QString save(const QString &test, const QString &name, const QByteArray &bytes);
};

} // namespace fleetscope::test

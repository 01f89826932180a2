#pragma once

#include "fleet/Fleet.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace fleetscope::test {

// The running test fleet (tools/fleet up --profile test), as tools/test hands it to the tests.
class TestFleet final
{
public:
    // The fleet file named by $FLEETSCOPE_TEST_FLEET, parsed; an error message says how to start it.
    static std::optional<Fleet> load(QString *error);

    // tools/fleet stop|start NODE, waiting until it is done. Returns tools/fleet's output on failure.
    static QString stopNode(const QString &node);
    static QString startNode(const QString &node);

    // A copy of the fleet file at `path` with read_only: true for the whole fleet (cluster empty) or
    // for one cluster. Returns an error text, empty on success.
    static QString writeReadOnlyCopy(const Fleet &fleet, const QString &path, const QString &cluster = {});

    // partition -> replicas of a topic, from the cluster's metadata (empty: no such topic, or no answer).
    static QMap<int, QList<int>> replicas(const ClusterConfig &cluster, const QString &topic);

    // Spins the event loop until predicate() is true or timeoutMs passes; returns predicate().
    static bool waitFor(const std::function<bool()> &predicate, int timeoutMs);

private:
    static QString runFleetTool(const QStringList &arguments);
};

} // namespace fleetscope::test

// In a test slot: loads the test fleet into `var` or fails the test saying how to start it.
#define FLEETSCOPE_REQUIRE_TEST_FLEET(var)                                                                 \
    QString var##Error;                                                                                   \
    const std::optional<fleetscope::Fleet> var##Loaded = fleetscope::test::TestFleet::load(&var##Error); \
    if (!var##Loaded)                                                                                     \
        QFAIL(qPrintable(var##Error));                                                                    \
    const fleetscope::Fleet &var = *var##Loaded

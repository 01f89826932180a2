// Reconfiguration against the secured cluster of the test fleet (edge-s: SASL over TLS, ACLs):
// the read-only monitoring user is refused with the broker's ACL reason already in the dry run, so
// nothing is attempted; the admin user's change goes through.
#include "SecuredTestFleet.h"
#include "TestArtifacts.h"
#include "TestFleet.h"
#include "protocol/ConfigsClient.h"
#include "protocol/KafkaErrorCode.h"
#include "reconfig/AuditLog.h"
#include "reconfig/ClusterConfigGateway.h"
#include "reconfig/ConfigApplier.h"
#include "reconfig/ConfigPlanner.h"
#include "reconfig/ReconfigDatabase.h"

#include <QFile>

#include <QTest>

using namespace fleetscope;
using namespace fleetscope::test;

namespace {

const QString kTopic = QStringLiteral("orders"); // made by the fleet's load generator on every edge
const QString kKey = QStringLiteral("retention.ms");

ClusterConfig as(const Fleet &fleet, const QString &user)
{
    ClusterConfig config = *SecuredTestFleet::find(fleet, SecuredTestFleet::kCluster);
    config.properties.insert(QStringLiteral("sasl.username"), user);
    config.properties.insert(QStringLiteral("sasl.password"), QString::fromUtf8(SecuredTestFleet::password(user)));
    return config;
}

// The fleet with edge-s connecting as `user`.
Fleet fleetAs(Fleet fleet, const QString &user)
{
    const ClusterConfig config = as(fleet, user);
    for (SiteConfig &site : fleet.sites)
        for (ClusterConfig &cluster : site.clusters)
            if (cluster.name == config.name)
                cluster = config;
    return fleet;
}

std::optional<ConfigEntry> entryOf(ClusterConfigGateway &gateway)
{
    const Result<ResourceConfigs> described = gateway.describe(ConfigResource::topic(kTopic));
    if (!described || described->errorCode != 0)
        return std::nullopt;
    const ConfigEntry *entry = described->find(kKey);
    return entry ? std::optional<ConfigEntry>(*entry) : std::nullopt;
}

std::optional<QString> retentionOf(ClusterConfigGateway &gateway)
{
    const std::optional<ConfigEntry> entry = entryOf(gateway);
    return entry ? entry->value : std::nullopt;
}

} // namespace

class TestSecuredReconfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monitorIsRefusedWithTheAclReasonAdminIsNot()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        ClusterConfigGateway monitor(as(fleet, QStringLiteral("monitor")), 20'000);
        ClusterConfigGateway admin(as(fleet, QStringLiteral("admin")), 20'000);

        // The monitoring user may read the configuration...
        std::optional<ConfigEntry> entry;
        QVERIFY2(TestFleet::waitFor([&] { return (entry = entryOf(monitor)).has_value() && entry->value; }, 60'000),
                 "the monitor user could not describe the topic's configuration");
        const std::optional<QString> before = entry->value;

        // ... but not change it: refused by the dry run, with the broker's reason, nothing changed.
        const QString wanted = *before == QLatin1String("172800000") ? QStringLiteral("259200000")
                                                                     : QStringLiteral("172800000");
        const QList<AlterableConfig> change{{kKey, AlterConfigOp::Set, wanted}};
        for (const bool validateOnly : {true, false}) {
            const Result<AlterConfigsResult> refused = monitor.alter(ConfigResource::topic(kTopic), change, validateOnly);
            if (!refused)
                QFAIL(qPrintable(refused.errorMessage()));
            QCOMPARE(refused->errorCode, qint16(29)); // TOPIC_AUTHORIZATION_FAILED
            const QString text = ConfigsClient::refusalText(refused->errorCode, refused->errorMessage);
            QVERIFY2(text.contains(QLatin1String("AUTHORIZATION")), qPrintable(text));
        }
        QCOMPARE(retentionOf(admin), before);

        // The admin user's change goes through, and is put back afterwards.
        const Result<AlterConfigsResult> dryRun = admin.alter(ConfigResource::topic(kTopic), change, true);
        if (!dryRun)
            QFAIL(qPrintable(dryRun.errorMessage()));
        QCOMPARE(dryRun->errorCode, qint16(0));
        const Result<AlterConfigsResult> applied = admin.alter(ConfigResource::topic(kTopic), change, false);
        if (!applied)
            QFAIL(qPrintable(applied.errorMessage()));
        QCOMPARE(applied->errorCode, qint16(0));
        QVERIFY2(TestFleet::waitFor([&] { return retentionOf(monitor) == wanted; }, 30'000),
                 "the admin's retention change does not show");
        // An override the topic had is set again; otherwise the key goes, back to the broker's default.
        const QList<AlterableConfig> restore{entry->source == ConfigSource::TopicConfig
                                                 ? AlterableConfig{kKey, AlterConfigOp::Set, before}
                                                 : AlterableConfig{kKey, AlterConfigOp::Delete, std::nullopt}};
        const Result<AlterConfigsResult> restored = admin.alter(ConfigResource::topic(kTopic), restore, false);
        QVERIFY(restored && restored->errorCode == 0);
        QVERIFY(TestFleet::waitFor([&] { return retentionOf(admin) == before; }, 30'000));
    }

    // The reconfiguration path the window and `fleetscope set` use, audited into a database that
    // is kept, with its CSV and JSON exports, for the secret scan at the end of the test run.
    void auditedDryRunsOnTheSecuredCluster()
    {
        FLEETSCOPE_REQUIRE_SECURED_FLEET(fleet);
        const QString dir = TestArtifacts::dir(QStringLiteral("securedreconfig"));
        QVERIFY(!dir.isEmpty());
        const QString path = dir + QStringLiteral("/reconfig.sqlite");
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(path + suffix);
        ReconfigDatabase database(path);
        QVERIFY(database.open());
        AuditLog audit(database);
        const Result<QList<ConfigChange>> changes = ConfigPlanner::parseAssignments({ QStringLiteral("retention.ms=3d") });
        QVERIFY(changes);
        TargetSelection selection;
        selection.name = kTopic;
        selection.clusters = { SecuredTestFleet::kCluster };
        for (const auto &[user, expected] : { std::pair { QStringLiteral("monitor"), TargetState::DryRunRefused },
                 std::pair { QStringLiteral("admin"), TargetState::DryRunPassed } }) {
            const Fleet asUser = fleetAs(fleet, user);
            Result<ConfigPlan> planned = ConfigPlanner(asUser).plan(selection, *changes);
            if (!planned)
                QFAIL(qPrintable(planned.errorMessage()));
            ConfigPlan plan = std::move(planned).value();
            ConfigApplier::Options options;
            options.audit = &audit;
            options.operatorName = user;
            ConfigApplier(asUser, options).dryRun(plan);
            QCOMPARE(plan.targets.size(), 1);
            QVERIFY2(plan.targets.first().state == expected, qPrintable(user + QLatin1String(": ") + plan.targets.first().message));
        }
        const Result<QList<AuditRecord>> rows = audit.query({});
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(TestArtifacts::save(QStringLiteral("securedreconfig"), QStringLiteral("audit.csv"), AuditLog::toCsv(*rows)), QString());
        QCOMPARE(TestArtifacts::save(QStringLiteral("securedreconfig"), QStringLiteral("audit.json"), AuditLog::toJson(*rows)), QString());
    }
};

QTEST_GUILESS_MAIN(TestSecuredReconfig)
#include "tst_securedreconfig.moc"

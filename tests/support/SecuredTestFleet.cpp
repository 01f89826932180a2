#include "SecuredTestFleet.h"

#include "fleet/FleetFileParser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fleetscope::test {

QString SecuredTestFleet::fleetDir()
{
    const QString path = qEnvironmentVariable("FLEETSCOPE_TEST_FLEET");
    return path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
}

std::optional<Fleet> SecuredTestFleet::load(QString *error)
{
    const QString dir = fleetDir();
    const QString path = dir + QStringLiteral("/fleet-secured.yaml");
    if (dir.isEmpty() || !QFileInfo::exists(path)) {
        *error = QStringLiteral("no fleet-secured.yaml beside $FLEETSCOPE_TEST_FLEET: start the fleet with "
                                "`tools/fleet up --profile test` (it runs the secured cluster edge-s) and "
                                "export FLEETSCOPE_TEST_FLEET=$(tools/fleet file).");
        return std::nullopt;
    }
    Result<Fleet> fleet = parseFleetFile(path);
    if (!fleet) {
        *error = fleet.errorMessage();
        return std::nullopt;
    }
    return std::move(fleet).value();
}

QByteArray SecuredTestFleet::password(const QString &user, const QString &cluster)
{
    QFile file(fleetDir() + QStringLiteral("/credentials.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
    return all.value(cluster).toObject().value(user).toString().toUtf8();
}

QString SecuredTestFleet::tlsFile(const QString &name)
{
    return fleetDir() + QStringLiteral("/tls/") + name;
}

const ClusterConfig *SecuredTestFleet::find(const Fleet &fleet, const QString &cluster)
{
    for (const SiteConfig &site : fleet.sites)
        for (const ClusterConfig &config : site.clusters)
            if (config.name == cluster)
                return &config;
    return nullptr;
}

} // namespace fleetscope::test

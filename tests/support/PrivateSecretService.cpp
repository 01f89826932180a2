#include "PrivateSecretService.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kSecrets = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");
constexpr int kStartTimeoutMs = 15000;

QVariant property(const QString &objectPath, const QString &interface, const QString &name)
{
    QDBusInterface props(kSecrets, objectPath, kProperties, QDBusConnection::sessionBus());
    const QDBusReply<QDBusVariant> reply = props.call(QStringLiteral("Get"), interface, name);
    return reply.isValid() ? reply.value().variant() : QVariant();
}

QString defaultCollection()
{
    QDBusInterface service(kSecrets, kServicePath, kServiceInterface, QDBusConnection::sessionBus());
    const QDBusReply<QDBusObjectPath> alias = service.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
    return alias.isValid() && alias.value().path() != QLatin1String("/") ? alias.value().path() : QString();
}

bool defaultCollectionUnlocked()
{
    const QString collection = defaultCollection();
    return !collection.isEmpty()
        && property(collection, QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked")) == QVariant(false);
}

bool secretsOnBus()
{
    const auto *bus = QDBusConnection::sessionBus().interface();
    return bus && bus->isServiceRegistered(kSecrets);
}

QString failure(const QString &what, QProcess &process)
{
    return QStringLiteral("%1 (%2 %3; exit status %4, stderr: %5)")
        .arg(what, process.program(), process.arguments().join(QLatin1Char(' ')))
        .arg(process.state() == QProcess::NotRunning ? QString::number(process.exitCode()) : QStringLiteral("running"))
        .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
}

} // namespace

PrivateSecretService::PrivateSecretService()
{
    for (const char *dir : { "home", "data", "config", "cache", "run" })
        QDir(m_dir.path()).mkpath(QString::fromLatin1(dir));
    QFile::setPermissions(path(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("HOME", QFile::encodeName(path(QStringLiteral("home"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(path(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(path(QStringLiteral("cache"))));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path(QStringLiteral("run"))));
    qputenv("DBUS_SESSION_BUS_ADDRESS", busAddress().toLocal8Bit());
    // QtKeychain picks KWallet on a KDE desktop; this test is about the Secret Service.
    for (const char *name : { "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_KEYRING_CONTROL" })
        qunsetenv(name);
}

PrivateSecretService::~PrivateSecretService()
{
    for (QProcess *daemon : { &m_keyring, &m_bus }) {
        daemon->kill();
        daemon->waitForFinished(5000);
    }
}

QString PrivateSecretService::missingTools()
{
    QStringList missing;
    for (const QString &tool : { QStringLiteral("dbus-daemon"), QStringLiteral("gnome-keyring-daemon") }) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing.append(tool);
    }
    return missing.join(QStringLiteral(", "));
}

QString PrivateSecretService::busAddress() const
{
    return QStringLiteral("unix:path=") + path(QStringLiteral("run/bus"));
}

std::optional<QString> PrivateSecretService::start()
{
    if (!m_dir.isValid())
        return QStringLiteral("cannot create a temporary directory: %1").arg(m_dir.errorString());
    // A session bus with no <servicedir>: a missing Secret Service stays missing.
    QFile config(path(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(config.fileName(), config.errorString());
    config.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)").arg(busAddress().toHtmlEscaped()).toUtf8());
    config.close();
    m_bus.start(QStringLiteral("dbus-daemon"),
        { QStringLiteral("--nofork"), QStringLiteral("--config-file=") + config.fileName() });
    if (!m_bus.waitForStarted(kStartTimeoutMs))
        return failure(QStringLiteral("dbus-daemon did not start"), m_bus);
    // The sessionBus() connection is made once: only once the socket is there.
    if (!QTest::qWaitFor([&] { return QFileInfo::exists(path(QStringLiteral("run/bus"))) || m_bus.state() != QProcess::Running; },
            kStartTimeoutMs)
        || m_bus.state() != QProcess::Running)
        return failure(QStringLiteral("dbus-daemon did not open its socket"), m_bus);
    if (!QDBusConnection::sessionBus().isConnected())
        return QStringLiteral("cannot connect to the private bus %1: %2")
            .arg(busAddress(), QDBusConnection::sessionBus().lastError().message());
    return startKeyring();
}

std::optional<QString> PrivateSecretService::startKeyring()
{
    // --unlock reads the password of the "login" keyring from stdin, creating it (and making it
    // the default collection) when there is none yet.
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
        { QStringLiteral("--foreground"), QStringLiteral("--components=secrets"), QStringLiteral("--unlock") });
    if (!m_keyring.waitForStarted(kStartTimeoutMs))
        return failure(QStringLiteral("gnome-keyring-daemon did not start"), m_keyring);
    m_keyring.write("throwaway-test-keyring");
    m_keyring.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return (secretsOnBus() && defaultCollectionUnlocked()) || m_keyring.state() != QProcess::Running; },
            kStartTimeoutMs)
        || m_keyring.state() != QProcess::Running)
        return failure(QStringLiteral("gnome-keyring-daemon did not offer an unlocked default collection on the bus"), m_keyring);
    return std::nullopt;
}

std::optional<QString> PrivateSecretService::stopKeyring()
{
    m_keyring.kill();
    m_keyring.waitForFinished(kStartTimeoutMs);
    if (!QTest::qWaitFor([] { return !secretsOnBus(); }, kStartTimeoutMs))
        return QStringLiteral("%1 is still on the bus after gnome-keyring-daemon was killed").arg(kSecrets);
    return std::nullopt;
}

QList<PrivateSecretService::Item> PrivateSecretService::items() const
{
    QList<Item> items;
    const QString collection = defaultCollection();
    if (collection.isEmpty())
        return items;
    QDBusInterface service(kSecrets, kServicePath, kServiceInterface, QDBusConnection::sessionBus());
    const QDBusMessage opened = service.call(QStringLiteral("OpenSession"), QStringLiteral("plain"), QVariant::fromValue(QDBusVariant(QString())));
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2)
        return items;
    const QDBusObjectPath session = opened.arguments().at(1).value<QDBusObjectPath>();
    const QVariant paths = property(collection, QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Items"));
    for (const QDBusObjectPath &itemPath : qdbus_cast<QList<QDBusObjectPath>>(paths)) {
        Item item;
        item.attributes = qdbus_cast<QMap<QString, QString>>(
            property(itemPath.path(), QStringLiteral("org.freedesktop.Secret.Item"), QStringLiteral("Attributes")));
        QDBusInterface itemInterface(kSecrets, itemPath.path(), QStringLiteral("org.freedesktop.Secret.Item"), QDBusConnection::sessionBus());
        const QDBusMessage secret = itemInterface.call(QStringLiteral("GetSecret"), QVariant::fromValue(session));
        if (secret.type() == QDBusMessage::ReplyMessage && !secret.arguments().isEmpty()) {
            // (oayays): session, parameters, value, content type
            const QDBusArgument argument = secret.arguments().first().value<QDBusArgument>();
            QDBusObjectPath secretSession;
            QByteArray parameters;
            argument.beginStructure();
            argument >> secretSession >> parameters >> item.secret >> item.contentType;
            argument.endStructure();
        }
        items.append(item);
    }
    QDBusInterface(kSecrets, session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QDBusConnection::sessionBus())
        .call(QStringLiteral("Close"));
    return items;
}

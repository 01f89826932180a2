#include "protocol/Configs.h"

#include <QCoreApplication>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Configs", text);
}

} // namespace

QString configSourceText(ConfigSource source)
{
    switch (source) {
    case ConfigSource::TopicConfig:
        return tr("set on the topic");
    case ConfigSource::DynamicBroker:
        return tr("dynamic per broker");
    case ConfigSource::DynamicDefaultBroker:
        return tr("dynamic cluster-wide");
    case ConfigSource::StaticBroker:
        return tr("static broker config");
    case ConfigSource::Default:
        return tr("default");
    case ConfigSource::DynamicBrokerLogger:
        return tr("dynamic broker logger");
    case ConfigSource::ClientMetrics:
        return tr("client metrics");
    case ConfigSource::Group:
        return tr("group config");
    case ConfigSource::Unknown:
        break;
    }
    return tr("unknown source");
}

QString configTypeText(ConfigType type)
{
    switch (type) {
    case ConfigType::Boolean:
        return QStringLiteral("boolean");
    case ConfigType::String:
        return QStringLiteral("string");
    case ConfigType::Int:
        return QStringLiteral("int");
    case ConfigType::Short:
        return QStringLiteral("short");
    case ConfigType::Long:
        return QStringLiteral("long");
    case ConfigType::Double:
        return QStringLiteral("double");
    case ConfigType::List:
        return QStringLiteral("list");
    case ConfigType::Class:
        return QStringLiteral("class");
    case ConfigType::Password:
        return QStringLiteral("password");
    case ConfigType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString configResourceText(const ConfigResource &resource)
{
    switch (resource.type) {
    case ConfigResourceType::Topic:
        return tr("topic %1").arg(resource.name);
    case ConfigResourceType::Broker:
        return resource.name.isEmpty() ? tr("cluster-wide default") : tr("broker %1").arg(resource.name);
    case ConfigResourceType::BrokerLogger:
        return tr("broker logger %1").arg(resource.name);
    case ConfigResourceType::Unknown:
        break;
    }
    return tr("resource %1").arg(resource.name);
}

} // namespace fleetscope

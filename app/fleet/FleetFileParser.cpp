#include "fleet/FleetFileParser.h"

#include "fleet/YamlNodeReader.h"
#include "units/HumanUnits.h"

#include <QFile>
#include <QHash>
#include <QUrl>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace fleetscope {

namespace {

using namespace Qt::StringLiterals;

using std::chrono::milliseconds;

// Fleetscope asks for these and keeps them in the system keychain; a fleet file gets copied,
// mailed and committed, so it must never hold them.
constexpr QStringView secretProperties[] = {
    u"sasl.password",
    u"ssl.key.password",
    u"ssl.keystore.password",
    u"ssl.truststore.password",
    u"ssl.key.pem",
    u"sasl.oauthbearer.client.secret",
};

const QStringList fleetKeys = { u"version"_s, u"read_only"_s, u"poll_interval"_s, u"thresholds"_s, u"sites"_s };
const QStringList siteKeys = { u"name"_s, u"location"_s, u"tags"_s, u"clusters"_s };
const QStringList clusterKeys = { u"name"_s, u"role"_s, u"mirror"_s, u"poll_interval"_s, u"read_only"_s,
    u"tags"_s, u"properties"_s, u"metrics"_s, u"thresholds"_s };
const QStringList mirrorKeys = { u"into"_s, u"alias"_s };
const QStringList metricsKeys = { u"url"_s, u"nodes"_s };

const QString fleetWhat = QStringLiteral("a map with version and sites");
const QString durationWhat = QStringLiteral("a positive duration such as 10s, 500ms or 2m");
const QString roleWhat = QStringLiteral("\"edge\" or \"central\"");
const QString centralWhat = QStringLiteral("the name of a central cluster");
const QString bootstrapWhat = QStringLiteral("the brokers to connect to, such as \"host1:9092,host2:9092\"");
const QString urlWhat = QStringLiteral("an http:// or https:// URL");

Result<milliseconds> readPollInterval(const YamlNodeReader &field)
{
    if (field.isScalar()) {
        // Plain numbers are seconds, as the format documents.
        const Result<milliseconds> interval = parseDuration(field.text(), std::chrono::seconds { 1 });
        if (interval && interval->count() > 0)
            return interval;
    }
    return field.expected(durationWhat);
}

Result<QStringList> readTags(const YamlNodeReader &field)
{
    Result<QStringList> tags = field.toTextList(QStringLiteral("a list of tags"), QStringLiteral("a tag"));
    if (tags)
        tags.value().removeDuplicates();
    return tags;
}

Result<QString> readUrl(const YamlNodeReader &field)
{
    Result<QString> text = field.toText(urlWhat);
    if (!text)
        return text;
    // A template's {host} is no valid host name; check the URL it stands for.
    const QUrl url(
        QString(*text).replace(QStringLiteral("{host}"), QStringLiteral("host")), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return field.expected(urlWhat);
    return text;
}

Result<double> readThresholdValue(const YamlNodeReader &value, ThresholdKind kind)
{
    const QString text = value.isScalar() ? value.text().trimmed() : QString();
    switch (kind) {
    case ThresholdKind::Fraction: {
        static const QString what = QStringLiteral("a percentage such as 80%");
        if (!text.endsWith(u'%'))
            return value.expected(what);
        bool ok = false;
        const double percent = text.chopped(1).trimmed().toDouble(&ok);
        if (!ok || !(percent > 0) || percent > 100)
            return value.expected(what);
        return percent / 100;
    }
    case ThresholdKind::DurationMs:
    case ThresholdKind::Seconds: {
        if (kind == ThresholdKind::Seconds && (text == u"0" || text.compare(u"off", Qt::CaseInsensitive) == 0))
            return 0.0;
        const Result<milliseconds> duration = parseDuration(text, std::chrono::seconds { 1 });
        if (!duration)
            return value.expected(kind == ThresholdKind::Seconds ? QStringLiteral("a duration such as 15m, or off")
                                                                 : QStringLiteral("a duration such as 30s, 5m or 24h"));
        return kind == ThresholdKind::Seconds ? double(duration->count()) / 1000 : double(duration->count());
    }
    case ThresholdKind::Count: {
        // Digits only: toInt() would also take "+1" or " 1".
        const bool digits = !text.isEmpty() && text.size() <= 6
            && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        if (!digits)
            return value.expected(QStringLiteral("a whole number of 0 or more"));
        return double(text.toInt());
    }
    }
    return value.expected(QStringLiteral("a value"));
}

Status checkThresholdOrder(const YamlNodeReader &field, const HealthThresholds &resolved)
{
    if (resolved.diskWarning > resolved.diskCritical)
        return field.error(QStringLiteral("disk_warning (%1%) is above disk_critical (%2%); the warning must come first")
                               .arg(resolved.diskWarning * 100)
                               .arg(resolved.diskCritical * 100));
    return Done {};
}

// `thresholds: { disk_warning: 80%, disk_critical: 90%, heap_hold: 5m, ... }`
Result<ThresholdOverrides> readThresholds(const YamlNodeReader &field)
{
    QStringList keys;
    for (const ThresholdField &threshold : ThresholdField::all())
        keys.append(QLatin1String(threshold.fileKey));
    if (Status map = field.expectMap(QStringLiteral("a map of limits such as disk_warning: 80%"), keys); !map)
        return map.error();
    ThresholdOverrides overrides;
    for (const auto &[key, value] : field.entries()) {
        const ThresholdField *threshold = ThresholdField::byFileKey(key.text());
        const Result<double> number = readThresholdValue(value, threshold->kind);
        if (!number)
            return number.error();
        overrides.values.insert(QLatin1String(threshold->id), *number);
    }
    return overrides;
}

std::optional<int> toNodeId(const QString &text)
{
    // Digits only: QString::toInt() would also take "+1", " 1" or "0x1".
    if (text.isEmpty() || text.size() > 9)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    return text.toInt();
}

Result<QMap<QString, QString>> readProperties(const YamlNodeReader &field)
{
    if (Status map = field.expectMap(QStringLiteral("a map of librdkafka properties")); !map)
        return map.error();
    QMap<QString, QString> properties;
    for (const auto &[key, value] : field.entries()) {
        for (const QStringView secret : secretProperties) {
            if (key.text().compare(secret, Qt::CaseInsensitive) == 0)
                return key.error(
                    QStringLiteral("secrets do not belong in the fleet file; Fleetscope asks for "
                                   "them and keeps them in the system keychain"));
        }
        if (!value.isScalar())
            return value.expected(QStringLiteral("a scalar (text, number or boolean)"));
        properties.insert(key.text(), value.text());
    }
    const Result<YamlNodeReader> bootstrap = field.requiredField(u"bootstrap.servers"_s, bootstrapWhat);
    if (!bootstrap)
        return bootstrap.error();
    if (const Result<QString> servers = bootstrap->toText(bootstrapWhat); !servers)
        return servers.error();
    return properties;
}

Result<MetricsEndpoints> readMetrics(const YamlNodeReader &field)
{
    if (Status map = field.expectMap(QStringLiteral("a map with url and nodes"), metricsKeys); !map)
        return map.error();
    MetricsEndpoints metrics;
    if (Status url = field.readOptional(u"url"_s, metrics.urlTemplate, readUrl); !url)
        return url.error();
    const std::optional<YamlNodeReader> nodes = field.field(u"nodes"_s);
    if (!nodes)
        return metrics;
    if (Status map = nodes->expectMap(QStringLiteral("a map of node id to URL")); !map)
        return map.error();
    for (const auto &[key, value] : nodes->entries()) {
        const std::optional<int> nodeId = toNodeId(key.text());
        if (!nodeId)
            return key.expected(QStringLiteral("a node id (an integer of 0 or more)"));
        // "1" and "01" are different YAML keys but the same node.
        if (metrics.perNode.contains(*nodeId))
            return key.error(QStringLiteral("duplicate node id %1").arg(*nodeId));
        const Result<QString> url = readUrl(value);
        if (!url)
            return url.error();
        metrics.perNode.insert(*nodeId, *url);
    }
    return metrics;
}

// The name field of a site or cluster, which must be new: kind is "site" or "cluster".
Result<QString> readUniqueName(
    const YamlNodeReader &map, QHash<QString, int> &seenOnLine, const QString &kind)
{
    const QString what = QStringLiteral("a %1 name").arg(kind);
    const Result<YamlNodeReader> field = map.requiredField(u"name"_s, what);
    if (!field)
        return field.error();
    const Result<QString> name = field->toText(what);
    if (!name)
        return name;
    if (const auto it = seenOnLine.constFind(*name); it != seenOnLine.cend())
        return field->error(QStringLiteral("duplicate %1 name \"%2\", already used on line %3")
                                .arg(kind, *name, QString::number(*it)));
    seenOnLine.insert(*name, field->line());
    return name;
}

// Reads a fleet document. Holds what one part of the file needs from another: the fleet-wide
// defaults, the names seen so far and the mirror targets to check once every cluster is known.
class FleetReader
{
public:
    Result<Fleet> read(const YamlNodeReader &root);

private:
    Result<SiteConfig> readSite(const YamlNodeReader &site);
    Result<ClusterConfig> readCluster(const YamlNodeReader &cluster, const QStringList &siteTags);
    Result<MirrorLink> readMirror(const YamlNodeReader &mirror, const QString &clusterName);
    Status checkMirrorTargets(const Fleet &fleet) const;

    bool m_readOnly = false;
    milliseconds m_pollInterval { 10000 };
    ThresholdOverrides m_thresholds; // the fleet-wide ones, under each cluster's own
    QHash<QString, int> m_siteNameLines;
    QHash<QString, int> m_clusterNameLines;
    QList<YamlNodeReader> m_mirrorTargets;
};

Result<Fleet> FleetReader::read(const YamlNodeReader &root)
{
    if (Status map = root.expectMap(fleetWhat); !map)
        return map.error();
    // The version comes first: a newer file's unknown keys are better explained by its version.
    const Result<YamlNodeReader> version = root.requiredField(u"version"_s, u"1"_s);
    if (!version)
        return version.error();
    if (version->text() != u"1")
        return version->expected(u"1"_s);
    if (Status keys = root.expectMap(fleetWhat, fleetKeys); !keys)
        return keys.error();

    Fleet fleet;
    if (Status readOnly = root.readOptional(u"read_only"_s, m_readOnly, &YamlNodeReader::toBool); !readOnly)
        return readOnly.error();
    fleet.readOnly = m_readOnly;
    if (Status interval = root.readOptional(u"poll_interval"_s, m_pollInterval, readPollInterval); !interval)
        return interval.error();
    if (const std::optional<YamlNodeReader> field = root.field(u"thresholds"_s)) {
        Result<ThresholdOverrides> thresholds = readThresholds(*field);
        if (!thresholds)
            return thresholds.error();
        m_thresholds = std::move(thresholds).value();
        HealthThresholds resolved;
        m_thresholds.applyTo(resolved);
        if (Status order = checkThresholdOrder(*field, resolved); !order)
            return order.error();
    }
    fleet.thresholds = m_thresholds;

    const Result<QList<YamlNodeReader>> sites = root.requiredNonEmptyList(u"sites"_s, u"site"_s);
    if (!sites)
        return sites.error();
    for (const YamlNodeReader &item : *sites) {
        Result<SiteConfig> site = readSite(item);
        if (!site)
            return site.error();
        fleet.sites.append(std::move(site).value());
    }
    if (Status mirrors = checkMirrorTargets(fleet); !mirrors)
        return mirrors.error();
    return fleet;
}

Result<SiteConfig> FleetReader::readSite(const YamlNodeReader &site)
{
    if (Status map = site.expectMap(QStringLiteral("a map with name and clusters"), siteKeys); !map)
        return map.error();
    SiteConfig config;
    const Result<QString> name = readUniqueName(site, m_siteNameLines, u"site"_s);
    if (!name)
        return name.error();
    config.name = *name;
    const auto readLocation = [](const YamlNodeReader &field) {
        return field.toText(QStringLiteral("a place such as \"Munich, DE\""));
    };
    if (Status location = site.readOptional(u"location"_s, config.location, readLocation); !location)
        return location.error();
    if (Status tags = site.readOptional(u"tags"_s, config.tags, readTags); !tags)
        return tags.error();

    const Result<QList<YamlNodeReader>> clusters = site.requiredNonEmptyList(u"clusters"_s, u"cluster"_s);
    if (!clusters)
        return clusters.error();
    for (const YamlNodeReader &item : *clusters) {
        Result<ClusterConfig> cluster = readCluster(item, config.tags);
        if (!cluster)
            return cluster.error();
        config.clusters.append(std::move(cluster).value());
    }
    return config;
}

Result<ClusterConfig> FleetReader::readCluster(const YamlNodeReader &cluster, const QStringList &siteTags)
{
    if (Status map = cluster.expectMap(QStringLiteral("a map with name, role and properties"), clusterKeys);
        !map)
        return map.error();
    ClusterConfig config;
    config.readOnly = m_readOnly;
    config.pollInterval = m_pollInterval;
    const Result<QString> name = readUniqueName(cluster, m_clusterNameLines, u"cluster"_s);
    if (!name)
        return name.error();
    config.name = *name;

    const Result<YamlNodeReader> role = cluster.requiredField(u"role"_s, roleWhat);
    if (!role)
        return role.error();
    if (role->text() == u"edge")
        config.role = ClusterRole::Edge;
    else if (role->text() == u"central")
        config.role = ClusterRole::Central;
    else
        return role->expected(roleWhat);

    if (const std::optional<YamlNodeReader> mirror = cluster.field(u"mirror"_s)) {
        if (config.role != ClusterRole::Edge)
            return mirror->error(
                QStringLiteral("only edge clusters mirror into a central cluster, this one is central"));
        Result<MirrorLink> link = readMirror(*mirror, config.name);
        if (!link)
            return link.error();
        config.mirror = std::move(link).value();
    }
    if (Status interval = cluster.readOptional(u"poll_interval"_s, config.pollInterval, readPollInterval);
        !interval)
        return interval.error();
    if (Status readOnly = cluster.readOptional(u"read_only"_s, config.readOnly, &YamlNodeReader::toBool);
        !readOnly)
        return readOnly.error();
    QStringList ownTags;
    if (Status tags = cluster.readOptional(u"tags"_s, ownTags, readTags); !tags)
        return tags.error();
    config.tags = siteTags;
    for (const QString &tag : std::as_const(ownTags)) {
        if (!config.tags.contains(tag))
            config.tags.append(tag);
    }

    const Result<YamlNodeReader> properties
        = cluster.requiredField(u"properties"_s, QStringLiteral("a map of librdkafka properties"));
    if (!properties)
        return properties.error();
    Result<QMap<QString, QString>> propertyMap = readProperties(*properties);
    if (!propertyMap)
        return propertyMap.error();
    config.properties = std::move(propertyMap).value();
    if (Status metrics = cluster.readOptional(u"metrics"_s, config.metrics, readMetrics); !metrics)
        return metrics.error();
    if (const std::optional<YamlNodeReader> field = cluster.field(u"thresholds"_s)) {
        Result<ThresholdOverrides> thresholds = readThresholds(*field);
        if (!thresholds)
            return thresholds.error();
        config.thresholds = std::move(thresholds).value();
        HealthThresholds resolved;
        m_thresholds.applyTo(resolved);
        config.thresholds.applyTo(resolved);
        if (Status order = checkThresholdOrder(*field, resolved); !order)
            return order.error();
    }
    return config;
}

Result<MirrorLink> FleetReader::readMirror(const YamlNodeReader &mirror, const QString &clusterName)
{
    if (Status map = mirror.expectMap(QStringLiteral("a map with into and alias"), mirrorKeys); !map)
        return map.error();
    MirrorLink link;
    const Result<YamlNodeReader> into = mirror.requiredField(u"into"_s, centralWhat);
    if (!into)
        return into.error();
    const Result<QString> intoName = into->toText(centralWhat);
    if (!intoName)
        return intoName.error();
    link.intoCluster = *intoName;
    m_mirrorTargets.append(*into);
    link.alias = clusterName;
    const auto readAlias
        = [](const YamlNodeReader &field) { return field.toText(QStringLiteral("a MirrorMaker 2 alias")); };
    if (Status alias = mirror.readOptional(u"alias"_s, link.alias, readAlias); !alias)
        return alias.error();
    return link;
}

Status FleetReader::checkMirrorTargets(const Fleet &fleet) const
{
    for (const YamlNodeReader &into : m_mirrorTargets) {
        const ClusterConfig *target = fleet.findCluster(into.text());
        if (target && target->role == ClusterRole::Central)
            continue;
        const QString why
            = target ? QStringLiteral("an edge cluster") : QStringLiteral("no cluster has that name");
        return into.error(QStringLiteral("expected %1, got %2 (%3)").arg(centralWhat, into.describe(), why));
    }
    return Done {};
}

// Where each document of a YAML stream starts, and where its root node is, without building it.
class DocumentStarts final : public YAML::EventHandler
{
public:
    std::vector<YAML::Mark> marks;
    std::vector<YAML::Mark> roots;
    void OnDocumentStart(const YAML::Mark &mark) override { marks.push_back(mark); }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { node(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { node(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t, const std::string &) override
    {
        node(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        node(mark);
    }
    void OnMapEnd() override { }

private:
    void node(const YAML::Mark &mark)
    {
        if (roots.size() < marks.size())
            roots.push_back(mark);
    }
};

Result<Fleet> parseYaml(const std::string &yaml, const QString &source)
{
    // yaml-cpp reports syntax errors by throwing; here they become values like every other error.
    try {
        // Not YAML::LoadAll: on some malformed input (",\x1b" is two bytes of it, found by
        // fuzz_fleetfile) yaml-cpp 0.7's parser hands out empty documents at the same place forever,
        // and LoadAll collects them until memory runs out. A document that starts where the one
        // before it started is that loop.
        std::istringstream stream(yaml);
        YAML::Parser parser(stream);
        DocumentStarts starts;
        while (parser.HandleNextDocument(starts)) {
            const std::size_t n = starts.marks.size();
            if (n >= 2 && starts.marks[n - 1].pos == starts.marks[n - 2].pos) {
                const YAML::Mark &mark = starts.marks.back();
                return Error { QStringLiteral("%1:%2: YAML syntax error at column %3: %4")
                                   .arg(source, QString::number(YamlNodeReader::lineOf(mark)),
                                       QString::number(mark.column + 1),
                                       QStringLiteral("the YAML parser cannot read on from here")) };
            }
        }
        const YAML::Node root = starts.marks.empty() ? YAML::Node() : YAML::Load(yaml);
        if (starts.marks.empty() || (starts.marks.size() == 1 && root.IsNull()))
            return Error { QStringLiteral("%1: expected %2, got an empty file").arg(source, fleetWhat) };
        if (starts.marks.size() > 1) {
            const YAML::Mark &where = starts.roots.size() > 1 ? starts.roots[1] : starts.marks[1];
            const YamlNodeReader second(YAML::Node(), source, {}, YamlNodeReader::lineOf(where));
            return second.error(QStringLiteral("expected one YAML document, got %1").arg(starts.marks.size()));
        }
        Result<Fleet> fleet
            = FleetReader().read(YamlNodeReader(root, source, {}, YamlNodeReader::lineOf(root.Mark())));
        if (fleet)
            fleet.value().sourcePath = source;
        return fleet;
    } catch (const YAML::Exception &e) {
        const QString message = QString::fromStdString(e.msg);
        if (e.mark.is_null())
            return Error { QStringLiteral("%1: YAML syntax error: %2").arg(source, message) };
        return Error { QStringLiteral("%1:%2: YAML syntax error at column %3: %4")
                           .arg(source, QString::number(YamlNodeReader::lineOf(e.mark)),
                               QString::number(e.mark.column + 1), message) };
    }
}

} // namespace

Result<Fleet> parseFleetFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error { QStringLiteral("%1: cannot read the fleet file: %2").arg(path, file.errorString()) };
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error { QStringLiteral("%1: cannot read the fleet file: %2").arg(path, file.errorString()) };
    return parseYaml(bytes.toStdString(), path);
}

Result<Fleet> parseFleetText(QStringView text, const QString &sourceName)
{
    return parseYaml(text.toUtf8().toStdString(), sourceName);
}

} // namespace fleetscope

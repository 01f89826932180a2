#include "fleet/YamlNodeReader.h"

#include <QHash>

namespace fleetscope {

YamlNodeReader::YamlNodeReader(YAML::Node node, QString source, QString path, int line)
    : m_node(std::move(node))
    , m_source(std::move(source))
    , m_path(std::move(path))
    , m_line(line)
{
}

bool YamlNodeReader::isScalar() const
{
    return m_node.IsScalar();
}

QString YamlNodeReader::text() const
{
    return isScalar() ? QString::fromStdString(m_node.Scalar()) : QString();
}

Error YamlNodeReader::error(const QString &message) const
{
    const QString where = QStringLiteral("%1:%2: ").arg(m_source, QString::number(m_line));
    return Error { m_path.isEmpty() ? where + message : where + m_path + QStringLiteral(": ") + message };
}

Error YamlNodeReader::expected(const QString &what) const
{
    return error(QStringLiteral("expected %1, got %2").arg(what, describe()));
}

QString YamlNodeReader::describe() const
{
    switch (m_node.Type()) {
    case YAML::NodeType::Scalar:
        return u'"' + text() + u'"';
    case YAML::NodeType::Sequence:
        return m_node.size() == 0 ? QStringLiteral("an empty list") : QStringLiteral("a list");
    case YAML::NodeType::Map:
        return m_node.size() == 0 ? QStringLiteral("an empty map") : QStringLiteral("a map");
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Result<QString> YamlNodeReader::toText(const QString &what) const
{
    if (!isScalar() || text().trimmed().isEmpty())
        return expected(what);
    return text();
}

Result<bool> YamlNodeReader::toBool() const
{
    // Only YAML 1.2's true and false: yaml-cpp would also take YAML 1.1's yes/no/on/off.
    const QString value = text();
    if (isScalar() && value.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (isScalar() && value.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return expected(QStringLiteral("true or false"));
}

Result<QList<YamlNodeReader>> YamlNodeReader::toList(const QString &what) const
{
    if (!m_node.IsSequence())
        return expected(what);
    QList<YamlNodeReader> items;
    for (const YAML::Node &item : m_node)
        items.append(child(item, m_path + u'[' + QString::number(items.size()) + u']', lineOf(item.Mark())));
    return items;
}

Result<QStringList> YamlNodeReader::toTextList(const QString &listWhat, const QString &itemWhat) const
{
    Result<QList<YamlNodeReader>> items = toList(listWhat);
    if (!items)
        return items.error();
    QStringList texts;
    for (const YamlNodeReader &item : *items) {
        Result<QString> text = item.toText(itemWhat);
        if (!text)
            return text.error();
        texts.append(*text);
    }
    return texts;
}

Status YamlNodeReader::expectMap(const QString &what) const
{
    if (!m_node.IsMap())
        return expected(what);
    QHash<QString, int> seenOnLine;
    for (const auto &entry : m_node) {
        if (!entry.first.IsScalar())
            return child(entry.first, m_path, lineOf(entry.first.Mark())).expected(QStringLiteral("a key"));
        const QString key = QString::fromStdString(entry.first.Scalar());
        const int line = lineOf(entry.first.Mark());
        if (const auto it = seenOnLine.constFind(key); it != seenOnLine.cend())
            return child(entry.second, childPath(key), line)
                .error(QStringLiteral("duplicate key, already set on line %1").arg(*it));
        seenOnLine.insert(key, line);
    }
    return Done {};
}

Status YamlNodeReader::expectMap(const QString &what, const QStringList &allowedKeys) const
{
    if (Status map = expectMap(what); !map)
        return map;
    for (const auto &[key, value] : entries()) {
        if (!allowedKeys.contains(key.text()))
            return key.error(QStringLiteral("unknown key, expected one of %1").arg(allowedKeys.join(u", ")));
    }
    return Done {};
}

std::optional<YamlNodeReader> YamlNodeReader::field(const QString &key) const
{
    if (!m_node.IsMap())
        return std::nullopt;
    for (const auto &entry : m_node) {
        if (entry.first.IsScalar() && QString::fromStdString(entry.first.Scalar()) == key)
            return child(entry.second, childPath(key), lineOf(entry.first.Mark()));
    }
    return std::nullopt;
}

Result<YamlNodeReader> YamlNodeReader::requiredField(const QString &key, const QString &what) const
{
    if (std::optional<YamlNodeReader> value = field(key))
        return *value;
    return child(YAML::Node(), childPath(key), m_line)
        .error(QStringLiteral("missing, expected %1").arg(what));
}

Result<QList<YamlNodeReader>> YamlNodeReader::requiredNonEmptyList(
    const QString &key, const QString &kind) const
{
    const QString what = QStringLiteral("a list of %1s").arg(kind);
    const Result<YamlNodeReader> list = requiredField(key, what);
    if (!list)
        return list.error();
    Result<QList<YamlNodeReader>> items = list->toList(what);
    if (items && items->isEmpty())
        return list->expected(QStringLiteral("at least one %1").arg(kind));
    return items;
}

QList<std::pair<YamlNodeReader, YamlNodeReader>> YamlNodeReader::entries() const
{
    QList<std::pair<YamlNodeReader, YamlNodeReader>> result;
    if (!m_node.IsMap())
        return result;
    for (const auto &entry : m_node) {
        const QString path = childPath(QString::fromStdString(entry.first.Scalar()));
        const int line = lineOf(entry.first.Mark());
        result.append({ child(entry.first, path, line), child(entry.second, path, line) });
    }
    return result;
}

YamlNodeReader YamlNodeReader::child(const YAML::Node &node, const QString &path, int line) const
{
    return YamlNodeReader(node, m_source, path, line);
}

QString YamlNodeReader::childPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

} // namespace fleetscope

#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>
#include <utility>

namespace fleetscope {

// One node of a YAML file together with where it is: the file, its field path
// ("sites[0].clusters[1].role") and its line. Every check answers with an Error that points a
// person at the spot: "FILE:LINE: FIELD: message". Fields take the line of their key, list items
// their own line.
class YamlNodeReader
{
public:
    YamlNodeReader(YAML::Node node, QString source, QString path, int line);

    // The 1-based line of a yaml-cpp mark (which counts from 0).
    static int lineOf(const YAML::Mark &mark) { return mark.line + 1; }

    const QString &path() const { return m_path; }
    int line() const { return m_line; }
    bool isScalar() const;

    // The scalar's text exactly as written (YAML quotes removed); empty for anything else.
    QString text() const;

    // "FILE:LINE: FIELD: message"; just "FILE:LINE: message" for the document itself.
    Error error(const QString &message) const;
    // "expected <what>, got <what this node is>".
    Error expected(const QString &what) const;
    // How this node reads in a message: "\"egde\"", "a list", "an empty map", "nothing", ...
    QString describe() const;

    // A scalar that is not blank. Numbers and booleans count: their text is taken as written.
    Result<QString> toText(const QString &what) const;
    // YAML's true or false, in any case.
    Result<bool> toBool() const;
    // The items of a list, each with its own path ("tags[2]") and line.
    Result<QList<YamlNodeReader>> toList(const QString &what) const;
    // A list of non-blank scalars.
    Result<QStringList> toTextList(const QString &listWhat, const QString &itemWhat) const;

    // A map whose keys are scalars, each at most once.
    Status expectMap(const QString &what) const;
    // The same, and every key is one of allowedKeys: a typo must not be silently ignored.
    Status expectMap(const QString &what, const QStringList &allowedKeys) const;
    // Of a map: the value under key, with its path and the key's line; nullopt when absent.
    std::optional<YamlNodeReader> field(const QString &key) const;
    // Like field(), but absence is an error naming the missing field and what it should hold.
    Result<YamlNodeReader> requiredField(const QString &key, const QString &what) const;
    // Of a map: reads the value under key, if there is one, with read(value) -> Result<T> into
    // target; target keeps its default when the key is absent.
    template <typename T, typename Read> Status readOptional(const QString &key, T &target, Read read) const
    {
        if (const std::optional<YamlNodeReader> value = field(key)) {
            auto result = std::invoke(read, *value);
            if (!result)
                return result.error();
            target = std::move(result).value();
        }
        return Done {};
    }
    // Of a map: the items of the list under key, which must be there and hold at least one;
    // kind names an item in messages ("site": "expected a list of sites").
    Result<QList<YamlNodeReader>> requiredNonEmptyList(const QString &key, const QString &kind) const;
    // Of a map whose keys are data (properties, node ids): key and value, both at path.key.
    QList<std::pair<YamlNodeReader, YamlNodeReader>> entries() const;

private:
    YamlNodeReader child(const YAML::Node &node, const QString &path, int line) const;
    QString childPath(const QString &key) const;

    YAML::Node m_node;
    QString m_source;
    QString m_path;
    int m_line;
};

} // namespace fleetscope

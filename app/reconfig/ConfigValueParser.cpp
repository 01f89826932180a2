#include "reconfig/ConfigValueParser.h"

#include "units/HumanUnits.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConfigValueParser", text);
}

Error badValue(const QString &key, const QString &input, const QString &why)
{
    return Error{tr("%1=%2: %3").arg(key, input, why)};
}

bool isIntegerType(ConfigType type)
{
    return type == ConfigType::Int || type == ConfigType::Short || type == ConfigType::Long;
}

} // namespace

Result<std::pair<QString, QString>> ConfigValueParser::splitAssignment(const QString &assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    const QString key = assignment.left(equals).trimmed();
    if (equals < 0 || key.isEmpty())
        return Error{tr("\"%1\" is not KEY=VALUE, for example retention.ms=2d (an empty value removes the key)")
                         .arg(assignment)};
    static const QRegularExpression keyPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!keyPattern.match(key).hasMatch())
        return Error{tr("\"%1\" is not a configuration key: use letters, digits, '.', '_' and '-'").arg(key)};
    return std::pair{key, assignment.mid(equals + 1).trimmed()};
}

ConfigValueParser::Unit ConfigValueParser::unitOf(const QString &key)
{
    if (key.endsWith(u".ms"))
        return Unit::Duration;
    if (key.endsWith(u".bytes"))
        return Unit::Bytes;
    return Unit::None;
}

Result<QString> ConfigValueParser::normalize(const QString &key, const QString &input, ConfigType declared)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return badValue(key, input, tr("a value is needed"));
    const qint64 max = declared == ConfigType::Short ? 32767 : declared == ConfigType::Int ? 2147483647 : INT64_MAX;
    switch (unitOf(key)) {
    case Unit::Duration: {
        const auto limit = parseDurationLimit(text);
        if (!limit)
            return badValue(key, input, limit.errorMessage());
        const qint64 ms = limit->has_value() ? qint64(limit->value().count()) : kafkaUnlimited;
        if (ms > max)
            return badValue(key, input, tr("at most %1 ms").arg(max));
        return QString::number(ms);
    }
    case Unit::Bytes: {
        const auto limit = parseByteLimit(text);
        if (!limit)
            return badValue(key, input, limit.errorMessage());
        if (limit->value_or(0) > max)
            return badValue(key, input, tr("at most %1 bytes (%2)").arg(max).arg(formatBytes(max)));
        return QString::number(limit->value_or(kafkaUnlimited));
    }
    case Unit::None:
        break;
    }
    if (declared == ConfigType::Boolean || key.endsWith(u".enable")) {
        const QString lower = text.toLower();
        if (lower != u"true" && lower != u"false")
            return badValue(key, input, tr("expected true or false"));
        return lower;
    }
    if (key == u"cleanup.policy" || key == u"log.cleanup.policy") {
        QStringList parts = text.toLower().split(u',', Qt::SkipEmptyParts);
        for (QString &part : parts) {
            part = part.trimmed();
            if (part != u"delete" && part != u"compact")
                return badValue(key, input, tr("expected delete, compact or \"compact,delete\""));
        }
        return parts.join(u',');
    }
    if (isIntegerType(declared) || key.endsWith(u"replicas")) {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (!ok)
            return badValue(key, input, tr("expected a whole number"));
        if (number > max)
            return badValue(key, input, tr("at most %1").arg(max));
        return QString::number(number);
    }
    if (declared == ConfigType::Double) {
        bool ok = false;
        text.toDouble(&ok);
        if (!ok)
            return badValue(key, input, tr("expected a number"));
    }
    return text;
}

QString ConfigValueParser::humanize(const QString &key, const std::optional<QString> &value)
{
    if (!value)
        return tr("(none)");
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok)
        return *value;
    switch (unitOf(key)) {
    case Unit::Duration:
        return number < 0 ? tr("unlimited") : formatDuration(std::chrono::milliseconds(number));
    case Unit::Bytes:
        return number < 0 ? tr("unlimited") : formatBytes(number);
    case Unit::None:
        break;
    }
    return *value;
}

bool ConfigValueParser::isSensitiveKey(const QString &key, ConfigType declared)
{
    if (declared == ConfigType::Password)
        return true;
    const QString lower = key.toLower();
    return lower.contains(u"password") || lower.contains(u"secret") || lower.contains(u"jaas")
        || lower.endsWith(u".key") || lower.contains(u"credential");
}

} // namespace fleetscope

#include "reconfig/AuditLog.h"

#include "reconfig/ReconfigDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditLog", text);
}

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QString> optionalText(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

AuditLog::AuditLog(ReconfigDatabase &database)
    : m_database(database)
{
}

QString AuditLog::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString AuditLog::sensitivePlaceholder()
{
    return QStringLiteral("(sensitive)");
}

Result<qint64> AuditLog::newBatch()
{
    qint64 batch = 0;
    const Status done = m_database.write([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO batches (time_ms) VALUES (?)"));
        query.bindValue(0, QDateTime::currentMSecsSinceEpoch());
        if (!query.exec())
            return ReconfigDatabase::sqlError(tr("Cannot write the audit log"), query.lastError().text());
        batch = query.lastInsertId().toLongLong();
        return Done{};
    });
    if (!done)
        return done.error();
    return batch;
}

Status AuditLog::append(QList<AuditRecord> records)
{
    for (AuditRecord &record : records) {
        if (record.sensitive) {
            record.oldValue = record.oldValue ? std::optional(sensitivePlaceholder()) : std::nullopt;
            record.newValue = record.newValue ? std::optional(sensitivePlaceholder()) : std::nullopt;
        }
    }
    return m_database.write([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO audit (time_ms, os_user, operator, cluster, resource_type, resource_name, config_key,"
            " old_value, old_source, old_set_here, new_value, dry_run, outcome, message, batch, undo_of, sensitive)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const AuditRecord &record : std::as_const(records)) {
            using N = ReconfigDatabase;
            const QVariantList values = {record.timeMs, N::notNull(record.osUser), N::notNull(record.operatorName),
                                         N::notNull(record.cluster), int(record.resource.type),
                                         N::notNull(record.resource.name), N::notNull(record.key),
                                         nullable(record.oldValue), int(record.oldSource), record.oldSetHere ? 1 : 0,
                                         nullable(record.newValue), N::notNull(record.dryRun),
                                         N::notNull(record.outcome), N::notNull(record.message),
                                         record.batch,
                                         record.undoOf ? QVariant(*record.undoOf) : QVariant(QMetaType(QMetaType::LongLong)),
                                         record.sensitive ? 1 : 0};
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values[i]);
            if (!query.exec())
                return ReconfigDatabase::sqlError(tr("Cannot write the audit log"), query.lastError().text());
        }
        return Done{};
    });
}

Result<QList<AuditRecord>> AuditLog::query(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    auto add = [&](const QString &clause, const QVariant &value) {
        where.append(clause);
        binds.append(value);
    };
    if (filter.fromMs)
        add(QStringLiteral("time_ms >= ?"), *filter.fromMs);
    if (filter.toMs)
        add(QStringLiteral("time_ms < ?"), *filter.toMs);
    if (!filter.cluster.isEmpty())
        add(QStringLiteral("cluster = ?"), filter.cluster);
    if (!filter.key.isEmpty())
        add(QStringLiteral("config_key = ?"), filter.key);
    if (!filter.outcome.isEmpty())
        add(QStringLiteral("outcome = ?"), filter.outcome);
    if (filter.batch)
        add(QStringLiteral("batch = ?"), *filter.batch);
    if (!filter.text.isEmpty()) {
        where.append(QStringLiteral("(instr(resource_name, ?) > 0 OR instr(os_user, ?) > 0 OR instr(operator, ?) > 0"
                                    " OR instr(message, ?) > 0)"));
        for (int i = 0; i < 4; ++i)
            binds.append(filter.text);
    }
    QString sql = QStringLiteral(
        "SELECT id, time_ms, os_user, operator, cluster, resource_type, resource_name, config_key, old_value,"
        " old_source, old_set_here, new_value, dry_run, outcome, message, batch, undo_of, sensitive FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(qMax(1, filter.limit));

    QList<AuditRecord> records;
    const Status done = m_database.read([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(sql);
        for (int i = 0; i < binds.size(); ++i)
            query.bindValue(i, binds[i]);
        if (!query.exec())
            return ReconfigDatabase::sqlError(tr("Cannot read the audit log"), query.lastError().text());
        while (query.next()) {
            AuditRecord r;
            r.id = query.value(0).toLongLong();
            r.timeMs = query.value(1).toLongLong();
            r.osUser = query.value(2).toString();
            r.operatorName = query.value(3).toString();
            r.cluster = query.value(4).toString();
            r.resource = {ConfigResourceType(query.value(5).toInt()), query.value(6).toString()};
            r.key = query.value(7).toString();
            r.oldValue = optionalText(query.value(8));
            r.oldSource = ConfigSource(query.value(9).toInt());
            r.oldSetHere = query.value(10).toBool();
            r.newValue = optionalText(query.value(11));
            r.dryRun = query.value(12).toString();
            r.outcome = query.value(13).toString();
            r.message = query.value(14).toString();
            r.batch = query.value(15).toLongLong();
            if (!query.value(16).isNull())
                r.undoOf = query.value(16).toLongLong();
            r.sensitive = query.value(17).toBool();
            records.append(std::move(r));
        }
        return Done{};
    });
    if (!done)
        return done.error();
    return records;
}

QByteArray AuditLog::toCsv(const QList<AuditRecord> &records)
{
    QString out = QStringLiteral("id,time,os_user,operator,cluster,resource,key,old_value,old_source,new_value,"
                                 "dry_run,outcome,message,batch,undo_of\n");
    for (const AuditRecord &r : records) {
        const QStringList fields = {QString::number(r.id), isoTime(r.timeMs), r.osUser, r.operatorName, r.cluster,
                                    configResourceText(r.resource), r.key, r.oldValue.value_or(QString()),
                                    configSourceText(r.oldSource), r.newValue.value_or(QStringLiteral("(deleted)")),
                                    r.dryRun, r.outcome, r.message, QString::number(r.batch),
                                    r.undoOf ? QString::number(*r.undoOf) : QString()};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        out += quoted.join(u',') + u'\n';
    }
    return out.toUtf8();
}

QByteArray AuditLog::toJson(const QList<AuditRecord> &records)
{
    QJsonArray rows;
    for (const AuditRecord &r : records) {
        QJsonObject row{{u"id"_s, r.id},
                        {u"time"_s, isoTime(r.timeMs)},
                        {u"osUser"_s, r.osUser},
                        {u"operator"_s, r.operatorName},
                        {u"cluster"_s, r.cluster},
                        {u"resourceType"_s, r.resource.type == ConfigResourceType::Topic ? u"topic"_s : u"broker"_s},
                        {u"resourceName"_s, r.resource.name},
                        {u"key"_s, r.key},
                        {u"oldValue"_s, r.oldValue ? QJsonValue(*r.oldValue) : QJsonValue()},
                        {u"oldSource"_s, configSourceText(r.oldSource)},
                        {u"newValue"_s, r.newValue ? QJsonValue(*r.newValue) : QJsonValue()},
                        {u"dryRun"_s, r.dryRun},
                        {u"outcome"_s, r.outcome},
                        {u"message"_s, r.message},
                        {u"batch"_s, r.batch},
                        {u"undoOf"_s, r.undoOf ? QJsonValue(*r.undoOf) : QJsonValue()}};
        rows.append(row);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace fleetscope

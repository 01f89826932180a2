#include "reconfig/PendingChangeStore.h"

#include "reconfig/ReconfigDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PendingChangeStore", text);
}

QString selectionToJson(const TargetSelection &selection)
{
    const QJsonObject object{{u"scope"_s, int(selection.scope)},
                             {u"name"_s, selection.name},
                             {u"brokerId"_s, selection.brokerId}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TargetSelection selectionFromJson(const QString &text, const QString &cluster)
{
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    TargetSelection selection;
    selection.scope = TargetSelection::Scope(object.value(u"scope").toInt());
    selection.name = object.value(u"name").toString();
    selection.brokerId = object.value(u"brokerId").toInt(-1);
    selection.clusters = {cluster};
    return selection;
}

// Only key and what was typed are kept: the value is normalised again when the change is re-planned.
QString changesToJson(const QList<ConfigChange> &changes)
{
    QJsonArray array;
    for (const ConfigChange &change : changes)
        array.append(QJsonObject{{u"key"_s, change.key},
                                 {u"input"_s, change.input},
                                 {u"value"_s, change.value ? QJsonValue(*change.value) : QJsonValue()}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ConfigChange> changesFromJson(const QString &text)
{
    QList<ConfigChange> changes;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        const QJsonValue value = object.value(u"value");
        changes.append({object.value(u"key").toString(), object.value(u"input").toString(),
                        value.isString() ? std::optional(value.toString()) : std::nullopt});
    }
    return changes;
}

PendingChange::State stateFromId(const QString &id)
{
    for (auto state : {PendingChange::State::Queued, PendingChange::State::Applied, PendingChange::State::Failed,
                       PendingChange::State::Cancelled})
        if (pendingStateId(state) == id)
            return state;
    return PendingChange::State::Failed;
}

} // namespace

QString pendingStateId(PendingChange::State state)
{
    switch (state) {
    case PendingChange::State::Queued:
        return u"queued"_s;
    case PendingChange::State::Applied:
        return u"applied"_s;
    case PendingChange::State::Failed:
        return u"failed"_s;
    case PendingChange::State::Cancelled:
        return u"cancelled"_s;
    }
    return u"failed"_s;
}

PendingChangeStore::PendingChangeStore(ReconfigDatabase &database)
    : m_database(database)
{
}

Result<qint64> PendingChangeStore::enqueue(const PendingChange &change)
{
    qint64 id = 0;
    const Status done = m_database.write([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO pending (created_ms, cluster, selection, changes, os_user, operator, state,"
                      " message, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const qint64 now = change.createdMs ? change.createdMs : QDateTime::currentMSecsSinceEpoch();
        using N = ReconfigDatabase;
        const QVariantList values = {now, N::notNull(change.cluster), selectionToJson(change.selection),
                                     changesToJson(change.changes), N::notNull(change.osUser),
                                     N::notNull(change.operatorName), pendingStateId(PendingChange::State::Queued),
                                     N::notNull(change.message), now};
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values[i]);
        if (!query.exec())
            return ReconfigDatabase::sqlError(tr("Cannot queue the change"), query.lastError().text());
        id = query.lastInsertId().toLongLong();
        return Done{};
    });
    if (!done)
        return done.error();
    return id;
}

Result<QList<PendingChange>> PendingChangeStore::queued(const QString &cluster) const
{
    if (cluster.isEmpty())
        return select(u"state = ?"_s, {pendingStateId(PendingChange::State::Queued)}, u"id ASC"_s);
    return select(u"state = ? AND cluster = ?"_s, {pendingStateId(PendingChange::State::Queued), cluster}, u"id ASC"_s);
}

Result<QList<PendingChange>> PendingChangeStore::all(int limit) const
{
    return select(u"1 = 1"_s, {}, u"id DESC LIMIT %1"_s.arg(qMax(1, limit)));
}

Status PendingChangeStore::finish(qint64 id, PendingChange::State state, const QString &message)
{
    return m_database.write([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(u"UPDATE pending SET state = ?, message = ?, updated_ms = ? WHERE id = ?"_s);
        query.bindValue(0, pendingStateId(state));
        query.bindValue(1, ReconfigDatabase::notNull(message));
        query.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        query.bindValue(3, id);
        if (!query.exec())
            return ReconfigDatabase::sqlError(tr("Cannot update pending change %1").arg(id), query.lastError().text());
        return Done{};
    });
}

Status PendingChangeStore::cancel(qint64 id)
{
    return m_database.write([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(u"UPDATE pending SET state = ?, updated_ms = ? WHERE id = ? AND state = ?"_s);
        query.bindValue(0, pendingStateId(PendingChange::State::Cancelled));
        query.bindValue(1, QDateTime::currentMSecsSinceEpoch());
        query.bindValue(2, id);
        query.bindValue(3, pendingStateId(PendingChange::State::Queued));
        if (!query.exec())
            return ReconfigDatabase::sqlError(tr("Cannot cancel pending change %1").arg(id), query.lastError().text());
        if (query.numRowsAffected() != 1)
            return Error{tr("Pending change %1 is not queued (it was applied, failed or cancelled already, or does not exist).")
                             .arg(id)};
        return Done{};
    });
}

Result<QList<PendingChange>> PendingChangeStore::select(const QString &where, const QVariantList &binds,
                                                        const QString &order) const
{
    QList<PendingChange> changes;
    const Status done = m_database.read([&](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        query.prepare(u"SELECT id, created_ms, cluster, selection, changes, os_user, operator, state, message, updated_ms"
                      " FROM pending WHERE "_s
                      + where + u" ORDER BY "_s + order);
        for (int i = 0; i < binds.size(); ++i)
            query.bindValue(i, binds[i]);
        if (!query.exec())
            return ReconfigDatabase::sqlError(tr("Cannot read the pending changes"), query.lastError().text());
        while (query.next()) {
            PendingChange change;
            change.id = query.value(0).toLongLong();
            change.createdMs = query.value(1).toLongLong();
            change.cluster = query.value(2).toString();
            change.selection = selectionFromJson(query.value(3).toString(), change.cluster);
            change.changes = changesFromJson(query.value(4).toString());
            change.osUser = query.value(5).toString();
            change.operatorName = query.value(6).toString();
            change.state = stateFromId(query.value(7).toString());
            change.message = query.value(8).toString();
            change.updatedMs = query.value(9).toLongLong();
            changes.append(std::move(change));
        }
        return Done{};
    });
    if (!done)
        return done.error();
    return changes;
}

} // namespace fleetscope

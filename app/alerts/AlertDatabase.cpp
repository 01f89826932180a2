#include "alerts/AlertDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace fleetscope {

namespace {

constexpr int schemaVersion = 1;

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

AlertDatabase::AlertDatabase(QString path)
    : m_path(std::move(path)), m_connection(QStringLiteral("alerts-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

AlertDatabase::~AlertDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Error AlertDatabase::failure(const QString &what, const QString &detail) const
{
    return Error{QStringLiteral("The alert file %1 %2: %3").arg(m_path, what, detail)};
}

Status AlertDatabase::open()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return failure(QStringLiteral("cannot be created"), QStringLiteral("its folder cannot be made. Check that the data directory is writable"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return failure(QStringLiteral("cannot be opened"), QStringLiteral("Qt's SQLite driver is missing. Install libqt6sql6-sqlite"));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return failure(QStringLiteral("cannot be opened"), db.lastError().text() + QStringLiteral(". Check that the data directory is writable"));
    QSqlQuery q(db);
    // SQLite opens lazily: the first statement is where a file that is no database shows.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failure(QStringLiteral("is not readable"),
                       q.lastError().text() + QStringLiteral(". Move it aside (Fleetscope starts a new one) or restore it from a backup"));
    if (q.value(0).toInt() > schemaVersion)
        return failure(QStringLiteral("was written by a newer Fleetscope"), QStringLiteral("update Fleetscope or move the file aside"));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    static const char *const ddl[] = {
        "CREATE TABLE IF NOT EXISTS alert(id INTEGER PRIMARY KEY, cluster TEXT NOT NULL, node INTEGER NOT NULL,"
        " rule TEXT NOT NULL, severity INTEGER NOT NULL, message TEXT NOT NULL, first_seen INTEGER NOT NULL,"
        " last_seen INTEGER NOT NULL, cleared_at INTEGER, acknowledged_at INTEGER, acknowledged_by TEXT)",
        "CREATE TABLE IF NOT EXISTS thresholds(fleet TEXT PRIMARY KEY, settings TEXT NOT NULL)",
        "PRAGMA user_version=1",
    };
    for (const char *sql : ddl)
        if (!q.exec(QString::fromLatin1(sql)))
            return failure(QStringLiteral("cannot be written"),
                           q.lastError().text() + QStringLiteral(". Check free disk space and that the file is writable"));
    m_open = true;
    return Done{};
}

Result<AlertDatabase::Contents> AlertDatabase::load(qint64 clearedBeforeMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM alert WHERE cleared_at IS NOT NULL AND cleared_at < ?"));
    q.addBindValue(clearedBeforeMs);
    q.exec(); // old records stay if this fails: they are merely loaded once more
    Contents contents;
    if (!q.exec(QStringLiteral("SELECT id, cluster, node, rule, severity, message, first_seen, last_seen, cleared_at,"
                               " acknowledged_at, acknowledged_by FROM alert ORDER BY id")))
        return failure(QStringLiteral("cannot be read"), q.lastError().text());
    while (q.next()) {
        const std::optional<AlertRule> rule = alertRuleFromId(q.value(3).toString());
        if (!rule)
            continue; // a rule of a newer Fleetscope: left in the file, not shown
        Alert alert;
        alert.id = q.value(0).toLongLong();
        alert.key = {q.value(1).toString(), q.value(2).toInt(), *rule};
        alert.severity = Severity(std::clamp(q.value(4).toInt(), 0, 2));
        alert.message = q.value(5).toString();
        alert.firstSeenMs = q.value(6).toLongLong();
        alert.lastSeenMs = q.value(7).toLongLong();
        alert.clearedAtMs = optionalFrom(q.value(8));
        alert.acknowledgedAtMs = optionalFrom(q.value(9));
        alert.acknowledgedBy = q.value(10).toString();
        contents.alerts.append(alert);
    }
    if (!q.exec(QStringLiteral("SELECT fleet, settings FROM thresholds")))
        return failure(QStringLiteral("cannot be read"), q.lastError().text());
    while (q.next())
        contents.thresholds.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    return contents;
}

Status AlertDatabase::save(const QList<Alert> &alerts)
{
    for (const Alert &alert : alerts)
        m_unsaved.insert(alert.id, alert);
    if (!m_open)
        return failure(QStringLiteral("is not open"), QStringLiteral("alerts are kept in memory only"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO alert(id, cluster, node, rule, severity, message, first_seen,"
                             " last_seen, cleared_at, acknowledged_at, acknowledged_by) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    for (const Alert &alert : std::as_const(m_unsaved)) {
        q.addBindValue(alert.id);
        q.addBindValue(alert.key.cluster);
        q.addBindValue(alert.key.nodeId);
        q.addBindValue(alertRuleId(alert.key.rule));
        q.addBindValue(int(alert.severity));
        q.addBindValue(alert.message);
        q.addBindValue(alert.firstSeenMs);
        q.addBindValue(alert.lastSeenMs);
        q.addBindValue(optionalValue(alert.clearedAtMs));
        q.addBindValue(optionalValue(alert.acknowledgedAtMs));
        q.addBindValue(alert.acknowledgedBy);
        if (!q.exec()) {
            const QString detail = q.lastError().text();
            db.rollback();
            return failure(QStringLiteral("cannot be written"),
                           detail + QStringLiteral(". Alerts are kept in memory and written once it works again"));
        }
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return failure(QStringLiteral("cannot be written"),
                       detail + QStringLiteral(". Alerts are kept in memory and written once it works again"));
    }
    m_unsaved.clear();
    return Done{};
}

Status AlertDatabase::saveThresholds(const QString &fleet, const QJsonObject &thresholds)
{
    m_unsavedThresholds.insert(fleet, thresholds);
    if (!m_open)
        return failure(QStringLiteral("is not open"), QStringLiteral("thresholds are kept in memory only"));
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO thresholds(fleet, settings) VALUES(?, ?)"));
    for (auto it = m_unsavedThresholds.cbegin(); it != m_unsavedThresholds.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
        if (!q.exec())
            return failure(QStringLiteral("cannot be written"), q.lastError().text());
    }
    m_unsavedThresholds.clear();
    return Done{};
}

Result<QJsonObject> AlertDatabase::readThresholds(const QString &path, const QString &fleet)
{
    if (!QFileInfo::exists(path))
        return QJsonObject{};
    const QString connection = QStringLiteral("fleetscope-thresholds-%1").arg(quintptr(&path));
    Result<QJsonObject> result = QJsonObject{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            result = Error{QStringLiteral("%1: the alert thresholds cannot be read: %2").arg(path, db.lastError().text())};
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT settings FROM thresholds WHERE fleet = ?"));
            q.addBindValue(fleet);
            if (!q.exec())
                result = Error{QStringLiteral("%1: the alert thresholds cannot be read: %2").arg(path, q.lastError().text())};
            else if (q.next())
                result = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace fleetscope

#include "history/HistorySchema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace fleetscope {

namespace {

Error failure(const QString &path, const QString &what, const QString &detail, const QString &advice)
{
    return Error{QStringLiteral("Metric history %1 (%2): %3. %4").arg(what, path, detail, advice)};
}

const QString kMoveAside = QStringLiteral(
    "Move the file aside (Fleetscope starts a new history) or restore it from a backup");

Result<QSqlDatabase> openConnection(const QString &path, const QString &connectionName, int busyTimeoutMs);

} // namespace

Result<QSqlDatabase> HistorySchema::open(const QString &path, const QString &connectionName, int busyTimeoutMs)
{
    Result<QSqlDatabase> db = openConnection(path, connectionName, busyTimeoutMs);
    if (!db) {
        const Error error = db.error();
        db = error; // drops the handle, so the connection can be removed
        close(connectionName);
    }
    return db;
}

namespace {

Result<QSqlDatabase> openConnection(const QString &path, const QString &connectionName, int busyTimeoutMs)
{
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        return failure(path, QStringLiteral("cannot be created"),
                       QStringLiteral("the folder %1 cannot be made").arg(file.absolutePath()),
                       QStringLiteral("Check that the data directory is writable, or choose another one"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    if (!db.isValid()) {
        return failure(path, QStringLiteral("cannot be opened"), QStringLiteral("Qt's SQLite driver is missing"),
                       QStringLiteral("Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite)"));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open()) {
        return failure(path, QStringLiteral("cannot be opened"), db.lastError().text(),
                       QStringLiteral("Check that the data directory is writable, or choose another one"));
    }

    // SQLite opens lazily: the first statement is where a file that is no database shows.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        return failure(path, QStringLiteral("is not readable as a database"), q.lastError().text(), kMoveAside);
    }
    const int appId = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int fileVersion = q.next() ? q.value(0).toInt() : 0;
    if (appId != 0 && appId != HistorySchema::applicationId) {
        return failure(path, QStringLiteral("belongs to another program"),
                       QStringLiteral("its SQLite application id is %1").arg(appId), kMoveAside);
    }
    if (fileVersion > HistorySchema::version) {
        return failure(path, QStringLiteral("was written by a newer Fleetscope"),
                       QStringLiteral("layout version %1, this one reads %2").arg(fileVersion).arg(HistorySchema::version),
                       QStringLiteral("Update Fleetscope, or move the file aside"));
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return failure(path, QStringLiteral("cannot use write-ahead logging"), q.lastError().text(),
                       QStringLiteral("Put the data directory on a local, writable disk"));
    }
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));

    static const char *const ddl[] = {
        "CREATE TABLE IF NOT EXISTS series(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
        " step_ms INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS journal(seq INTEGER PRIMARY KEY, data BLOB NOT NULL)",
        "CREATE TABLE IF NOT EXISTS chunk(tier INTEGER NOT NULL, start_ms INTEGER NOT NULL,"
        " series INTEGER NOT NULL, width_ms INTEGER NOT NULL, data BLOB NOT NULL,"
        " PRIMARY KEY(tier, start_ms, series)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS meta(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    };
    if (fileVersion < HistorySchema::version) {
        db.transaction();
        for (const char *sql : ddl) {
            if (!q.exec(QString::fromLatin1(sql))) {
                const QString detail = q.lastError().text();
                db.rollback();
                return failure(path, QStringLiteral("cannot be written"), detail,
                               QStringLiteral("Check free disk space and that the file is writable"));
            }
        }
        q.exec(QStringLiteral("PRAGMA application_id=%1").arg(HistorySchema::applicationId));
        q.exec(QStringLiteral("PRAGMA user_version=%1").arg(HistorySchema::version));
        if (!db.commit()) {
            const QString detail = db.lastError().text();
            db.rollback();
            return failure(path, QStringLiteral("cannot be written"), detail,
                           QStringLiteral("Check free disk space and that the file is writable"));
        }
    }
    return db;
}

} // namespace

void HistorySchema::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

std::optional<qint64> HistorySchema::meta(QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status HistorySchema::setMeta(QSqlDatabase &db, const QString &name, qint64 value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO meta(name, value) VALUES(?, ?)"
                             " ON CONFLICT(name) DO UPDATE SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return Error{QStringLiteral("Metric history: cannot record %1: %2").arg(name, q.lastError().text())};
    return Done{};
}

} // namespace fleetscope

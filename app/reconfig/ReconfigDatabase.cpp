#include "reconfig/ReconfigDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace fleetscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReconfigDatabase", text);
}

// Version 1. Values are TEXT as Kafka has them; NULL old/new values are "none" / "delete".
const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS audit ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " time_ms INTEGER NOT NULL,"
    " os_user TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " cluster TEXT NOT NULL,"
    " resource_type INTEGER NOT NULL,"
    " resource_name TEXT NOT NULL,"
    " config_key TEXT NOT NULL,"
    " old_value TEXT,"
    " old_source INTEGER NOT NULL,"
    " old_set_here INTEGER NOT NULL,"
    " new_value TEXT,"
    " dry_run TEXT NOT NULL,"
    " outcome TEXT NOT NULL,"
    " message TEXT NOT NULL,"
    " batch INTEGER NOT NULL,"
    " undo_of INTEGER,"
    " sensitive INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS audit_time ON audit(time_ms)",
    "CREATE INDEX IF NOT EXISTS audit_batch ON audit(batch)",
    // One row per operation (apply, dry run, undo, a pending change applied): the audit rows' batch.
    "CREATE TABLE IF NOT EXISTS batches (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pending ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " created_ms INTEGER NOT NULL,"
    " cluster TEXT NOT NULL,"
    " selection TEXT NOT NULL,"
    " changes TEXT NOT NULL,"
    " os_user TEXT NOT NULL,"
    " operator TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " message TEXT NOT NULL,"
    " updated_ms INTEGER NOT NULL)",
};

} // namespace

ReconfigDatabase::ReconfigDatabase(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("fleetscope-reconfig-%1-").arg(quintptr(this), 0, 16))
{
}

ReconfigDatabase::~ReconfigDatabase()
{
    // Connections of other threads are removed by Qt when their threads end; ours goes now.
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString ReconfigDatabase::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("reconfig.sqlite"));
}

Error ReconfigDatabase::sqlError(const QString &what, const QString &driverText)
{
    return Error{tr("%1: %2").arg(what, driverText)};
}

Result<QSqlDatabase> ReconfigDatabase::connection()
{
    const QString name = m_connectionPrefix + QString::number(quintptr(QThread::currentThreadId()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{tr("Cannot open the audit database %1: %2. Check that its folder is writable.")
                         .arg(m_path, db.lastError().text())};
    QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    return db;
}

Status ReconfigDatabase::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return write([](QSqlDatabase &db) -> Status {
        QSqlQuery query(db);
        for (const char *statement : kSchema)
            if (!query.exec(QLatin1String(statement)))
                return sqlError(tr("Cannot create the audit tables"), query.lastError().text());
        return Done{};
    });
}

Status ReconfigDatabase::write(const std::function<Status(QSqlDatabase &)> &work)
{
    QMutexLocker lock(&m_writeMutex);
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    if (!db.value().transaction())
        return sqlError(tr("Cannot write the audit database %1").arg(m_path), db.value().lastError().text());
    Status done = work(db.value());
    if (!done) {
        db.value().rollback();
        return done;
    }
    if (!db.value().commit())
        return sqlError(tr("Cannot write the audit database %1").arg(m_path), db.value().lastError().text());
    return done;
}

Status ReconfigDatabase::read(const std::function<Status(QSqlDatabase &)> &work)
{
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    return work(db.value());
}

} // namespace fleetscope

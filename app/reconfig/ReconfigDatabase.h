#pragma once

#include "core/Result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace fleetscope {

// The SQLite file of the audit log and the pending queue (reconfig.sqlite next to the history).
// Blocking, and safe from any thread: each thread gets its own connection (Qt's SQL connections
// belong to the thread that made them) and writes are serialised. Never call it on the GUI thread:
// the GUI reaches it through a worker (ReconfigJob, PendingChangeRunner, QtConcurrent).
class ReconfigDatabase final
{
public:
    explicit ReconfigDatabase(QString path);
    ~ReconfigDatabase();
    Q_DISABLE_COPY_MOVE(ReconfigDatabase)

    // QStandardPaths::AppDataLocation/reconfig.sqlite
    static QString defaultPath();

    // Creates the file and its tables if needed. The Error says what failed and what to do.
    Status open();
    const QString &path() const { return m_path; }

    // Runs `work` on this thread's connection inside one transaction (committed when it returns ok).
    Status write(const std::function<Status(QSqlDatabase &)> &work);
    // Runs `work` on this thread's connection, no transaction.
    Status read(const std::function<Status(QSqlDatabase &)> &work);

    // Qt binds a null QString as SQL NULL; NOT NULL text columns get "" instead.
    static QString notNull(const QString &text) { return text.isNull() ? QStringLiteral("") : text; }

    // "what failed: the driver's text", for errors.
    static Error sqlError(const QString &what, const QString &driverText);

private:
    Result<QSqlDatabase> connection();

    QString m_path;
    QString m_connectionPrefix;
    QMutex m_writeMutex;
};

} // namespace fleetscope

#pragma once

#include "alerts/Alert.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fleetscope {

// The alert file: every alert record and the threshold overrides per fleet, in SQLite. Blocking and
// bound to the thread that opens it: AlertStore runs it on a thread of its own. A batch that cannot
// be written (disk full, file gone read-only) is kept and written with the next one.
class AlertDatabase final
{
public:
    struct Contents
    {
        QList<Alert> alerts;                    // by id, oldest first
        QHash<QString, QJsonObject> thresholds; // fleet key -> ThresholdOverrideSet JSON
    };

    explicit AlertDatabase(QString path);
    ~AlertDatabase();
    Q_DISABLE_COPY_MOVE(AlertDatabase)

    // Opens or creates the file; the Error says what failed and what to do. Never deletes a file
    // it cannot read.
    Status open();
    // Every record, after deleting cleared alerts older than clearedBeforeMs.
    Result<Contents> load(qint64 clearedBeforeMs);
    // Inserts or replaces records by id, in one transaction, together with what failed before.
    Status save(const QList<Alert> &alerts);
    Status saveThresholds(const QString &fleet, const QJsonObject &thresholds);

    // For commands: the thresholds saved for one fleet, read without writing anything (no file: none).
    static Result<QJsonObject> readThresholds(const QString &path, const QString &fleet);

    qsizetype unsavedCount() const { return m_unsaved.size(); }

private:
    Error failure(const QString &what, const QString &detail) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QHash<qint64, Alert> m_unsaved;
    QHash<QString, QJsonObject> m_unsavedThresholds;
};

} // namespace fleetscope

#pragma once

#include "core/Result.h"
#include "reconfig/AuditRecord.h"

#include <QByteArray>

namespace fleetscope {

class ReconfigDatabase;

// The record of every attempted configuration change (issue 5): append, browse with a filter,
// export as CSV or JSON. Blocking; call it from worker threads (see ReconfigDatabase).
class AuditLog final
{
public:
    explicit AuditLog(ReconfigDatabase &database);

    // A fresh batch number: one per operation (a plan's apply, a dry run, an undo).
    Result<qint64> newBatch();
    // Appends rows as given (ids are assigned); sensitive values are blanked here whatever the caller did.
    Status append(QList<AuditRecord> records);
    Result<QList<AuditRecord>> query(const AuditFilter &filter) const;

    static QByteArray toCsv(const QList<AuditRecord> &records);
    static QByteArray toJson(const QList<AuditRecord> &records);

    // The login name of the person running Fleetscope ($USER, $USERNAME), "unknown" when unset.
    static QString osUser();
    // What an audit row shows instead of a secret.
    static QString sensitivePlaceholder();

private:
    ReconfigDatabase &m_database;
};

} // namespace fleetscope

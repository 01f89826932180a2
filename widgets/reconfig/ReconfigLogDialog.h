#pragma once

#include "core/Result.h"
#include "reconfig/AuditRecord.h"
#include "reconfig/ReconfigJob.h" // Q_DECLARE_METATYPE(ConfigPlan), before this header's signals use it

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fleetscope {

class AuditTableModel;
class PendingQueueModel;
class ReconfigController;
class ReconfigJob;

// Reconfigure → Pending Changes and Audit Log: the audit browser (filter by cluster, key, outcome and
// text; export CSV or JSON; undo a completed change after a confirmation) and the pending queue
// (cancellable). Every database read and file write runs on a worker.
class ReconfigLogDialog final : public QDialog
{
    Q_OBJECT

public:
    ReconfigLogDialog(ReconfigController &controller, QWidget *parent = nullptr);
    ~ReconfigLogDialog() override;
    Q_DISABLE_COPY_MOVE(ReconfigLogDialog)

    AuditTableModel *auditModel() const { return m_auditModel; }
    PendingQueueModel *pendingModel() const { return m_pendingModel; }
    QTableView *auditTable() const { return m_auditTable; }
    QPushButton *undoButton() const { return m_undo; }
    void setFilter(const AuditFilter &filter);
    // Writes the rows shown to `path` (csv or json) on a worker; exported() says how it went.
    void exportTo(const QString &path, bool json);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void exported(const QString &path, const QString &error); // error empty on success
    // An undo ran: every target with its result; batch = the undo's own audit batch.
    void undone(const fleetscope::ConfigPlan &plan, qint64 batch);

private:
    QWidget *buildAuditTab();
    QWidget *buildPendingTab();
    AuditFilter filter() const;
    void chooseExport(bool json);
    void connectUndoJob();
    void undoSelected();
    void cancelSelectedPending();

    ReconfigController &m_controller;
    ReconfigJob *m_undoJob;
    AuditTableModel *m_auditModel;
    PendingQueueModel *m_pendingModel;
    QComboBox *m_cluster;
    QLineEdit *m_key;
    QComboBox *m_outcome;
    QLineEdit *m_text;
    QTableView *m_auditTable;
    QTableView *m_pendingTable;
    QLabel *m_status;
    QPushButton *m_undo;
    QPushButton *m_cancelPending;
    qint64 m_undoBatch = 0; // the batch whose undo is being planned
};

} // namespace fleetscope

#pragma once

#include "collect/ClusterSnapshot.h"
#include "fleet/Fleet.h"
#include "reconfig/ConfigTarget.h"
#include "reconfig/ReconfigJob.h"
#include "reconfig/RetentionImpact.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QMenu;
class QMenuBar;
class QWidget;

namespace fleetscope {

class PendingChangeRunner;
class ReconfigDatabase;
class ReconfigLogDialog;

// The GUI side of issue 5, owned by MainWindow: the Reconfigure menu and context-menu entries, the
// forms it opens, and what they share: the fleet, the audit/pending database (opened on a worker),
// the newest two snapshots per cluster (for disk estimates) and the read-only rule. Every write goes
// through the core's ReconfigJob: the same planner, validation, applier and audit as `fleetscope set`.
class ReconfigController final : public QObject
{
    Q_OBJECT

public:
    // databasePath: the audit and pending-queue file; empty = ReconfigDatabase::defaultPath().
    explicit ReconfigController(QWidget *window, QString databasePath = {});
    ~ReconfigController() override;
    Q_DISABLE_COPY_MOVE(ReconfigController)

    void setFleet(const Fleet &fleet);
    const Fleet &fleet() const { return m_fleet; }
    // Every snapshot of the collection engine: disk estimates, topic names, the pending queue's trigger.
    void noteSnapshot(const ClusterSnapshot &snapshot);

    // Null until the database is open (or when it could not be opened: databaseError() says why).
    ReconfigDatabase *database() const { return m_databaseOpen ? m_database.get() : nullptr; }
    QString databaseError() const { return m_databaseError; }
    ReconfigJob::Options jobOptions() const { return m_options; }

    // Why writes to this cluster are blocked (fleet file read_only), or empty when they are not.
    QString readOnlyReason(const QString &cluster) const;
    // Why writes are blocked: read-only, or no audit database (a change must never go unrecorded).
    QString writeBlockedReason(const QString &cluster) const;
    // Disables a write control with the reason as its tooltip, when there is one.
    static void blockWrites(QWidget *control, const QString &reason);

    DiskFacts diskFacts(const ConfigTarget &target) const;
    QStringList topicNames(const QString &cluster) const; // from the newest snapshot's partitions

    // The Reconfigure menu, added to the window's menu bar.
    QMenu *createMenu(QMenuBar *bar);
    // Context-menu entries for what is selected: clusters and brokers (tree or table rows).
    void addContextActions(QMenu *menu, const QList<ConfigTarget> &selected);
    // Context-menu entries for one topic (the cluster view's topic table).
    void addTopicActions(QMenu *menu, const QString &cluster, const QString &topic);
    // The topic's replication factor as the newest snapshot has it (0: not known).
    int replicationFactor(const QString &cluster, const QString &topic) const;

public Q_SLOTS:
    QWidget *openSettingsForm(const fleetscope::ConfigTarget &target);
    QWidget *openBulkDialog(const fleetscope::TargetSelection &selection);
    QWidget *openLog();
    // factor 0: plan the topic's current factor + 1 (at most the broker count) to start with.
    QWidget *openReplicationDialog(const QString &cluster, const QString &topic, int factor = 0,
                                   std::optional<qint64> undoOf = std::nullopt);

Q_SIGNALS:
    void databaseReady();
    void auditChanged(); // a change was applied, queued or undone: views re-read

private:
    QString chooseTopic(const QString &cluster, const QString &title);

    QWidget *m_window;
    Fleet m_fleet;
    std::unique_ptr<ReconfigDatabase> m_database;
    bool m_databaseOpen = false;
    QString m_databaseError;
    ReconfigJob::Options m_options;
    std::unique_ptr<PendingChangeRunner> m_pendingRunner;
    QHash<QString, ClusterSnapshot> m_latest;
    QHash<QString, ClusterSnapshot> m_previous;
    QPointer<ReconfigLogDialog> m_log;
};

} // namespace fleetscope

// Unit: the audit log and the pending queue in their SQLite file: rows come back as written
// (filters, newest first), secrets never reach the file, CSV/JSON exports, the queue survives a
// reopen and cancels only queued changes. Writes from a second thread use that thread's connection.
#include "reconfig/AuditLog.h"
#include "reconfig/PendingChangeStore.h"
#include "reconfig/ReconfigDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fleetscope;

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAndFilters();
    void secretsNeverStored();
    void exports();
    void pendingQueueSurvivesReopen();
};

namespace {

AuditRecord record(const QString &cluster, const QString &key, qint64 batch, const QString &outcome)
{
    AuditRecord r;
    r.timeMs = 1'700'000'000'000 + batch;
    r.osUser = QStringLiteral("ops");
    r.cluster = cluster;
    r.resource = ConfigResource::topic(QStringLiteral("orders"));
    r.key = key;
    r.oldValue = QStringLiteral("604800000");
    r.oldSource = ConfigSource::StaticBroker;
    r.newValue = QStringLiteral("172800000");
    r.dryRun = QStringLiteral("passed");
    r.outcome = outcome;
    r.batch = batch;
    return r;
}

} // namespace

void TestAuditLog::roundTripAndFilters()
{
    QTemporaryDir dir;
    ReconfigDatabase database(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(database.open().ok());
    AuditLog audit(database);
    const qint64 first = *audit.newBatch();
    const qint64 second = *audit.newBatch();
    QVERIFY(second > first);
    const Status appended = audit.append({record(QStringLiteral("edge-a"), QStringLiteral("retention.ms"), first, QStringLiteral("applied"))});
    QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.errorMessage()));
    // A second thread writes with its own connection.
    QThread *writer = QThread::create([&] {
        AuditRecord r = record(QStringLiteral("edge-b"), QStringLiteral("segment.ms"), second, QStringLiteral("refused"));
        r.newValue.reset();
        r.undoOf = first;
        QVERIFY(audit.append({r}).ok());
    });
    writer->start();
    QVERIFY(writer->wait(10'000));
    delete writer;

    const QList<AuditRecord> all = *audit.query({});
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].cluster, QStringLiteral("edge-b")); // newest first
    QVERIFY(!all[0].newValue);
    QCOMPARE(all[0].undoOf, std::optional<qint64>(first));
    QCOMPARE(all[1].oldValue, std::optional<QString>(QStringLiteral("604800000")));
    QCOMPARE(all[1].oldSource, ConfigSource::StaticBroker);
    QCOMPARE(all[1].resource, ConfigResource::topic(QStringLiteral("orders")));

    AuditFilter byCluster;
    byCluster.cluster = QStringLiteral("edge-a");
    QCOMPARE(audit.query(byCluster)->size(), 1);
    AuditFilter byOutcome;
    byOutcome.outcome = QStringLiteral("refused");
    QCOMPARE(audit.query(byOutcome)->first().key, QStringLiteral("segment.ms"));
    AuditFilter byBatch;
    byBatch.batch = first;
    QCOMPARE(audit.query(byBatch)->size(), 1);
    AuditFilter byText;
    byText.text = QStringLiteral("ord");
    QCOMPARE(audit.query(byText)->size(), 2);
    AuditFilter byTime;
    byTime.fromMs = 1'700'000'000'000 + second;
    QCOMPARE(audit.query(byTime)->size(), 1);
}

void TestAuditLog::secretsNeverStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    {
        ReconfigDatabase database(path);
        QVERIFY(database.open().ok());
        AuditRecord r = record(QStringLiteral("edge-a"), QStringLiteral("ssl.key.password"), 1, QStringLiteral("applied"));
        r.oldValue = QStringLiteral("hunter2-old");
        r.newValue = QStringLiteral("hunter2-new");
        r.sensitive = true;
        QVERIFY(AuditLog(database).append({r}).ok());
        const AuditRecord back = AuditLog(database).query({})->first();
        QCOMPARE(back.newValue, std::optional<QString>(AuditLog::sensitivePlaceholder()));
        QCOMPARE(back.oldValue, std::optional<QString>(AuditLog::sensitivePlaceholder()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QFile wal(path + QStringLiteral("-wal"));
    if (wal.open(QIODevice::ReadOnly))
        bytes += wal.readAll();
    QVERIFY(!bytes.contains("hunter2"));
}

void TestAuditLog::exports()
{
    AuditRecord r = record(QStringLiteral("edge-a"), QStringLiteral("retention.ms"), 7, QStringLiteral("applied"));
    r.id = 3;
    r.message = QStringLiteral("a \"quoted\", message");
    const QByteArray csv = AuditLog::toCsv({r});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3); // header, row, empty after the last newline
    QVERIFY(lines[0].startsWith("id,time,os_user,operator,cluster,resource,key,old_value"));
    QVERIFY(lines[1].startsWith("3,2023-11-14T22:13:20.007Z,ops,,edge-a,topic orders,retention.ms,604800000,"));
    QVERIFY(lines[1].contains("\"a \"\"quoted\"\", message\""));
    const QJsonArray json = QJsonDocument::fromJson(AuditLog::toJson({r})).array();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json[0].toObject().value(u"key").toString(), QStringLiteral("retention.ms"));
    QCOMPARE(json[0].toObject().value(u"newValue").toString(), QStringLiteral("172800000"));
    QCOMPARE(json[0].toObject().value(u"batch").toInteger(), 7);
    QVERIFY(json[0].toObject().value(u"undoOf").isNull());
}

void TestAuditLog::pendingQueueSurvivesReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    qint64 first = 0;
    {
        ReconfigDatabase database(path);
        QVERIFY(database.open().ok());
        PendingChangeStore store(database);
        PendingChange change;
        change.cluster = QStringLiteral("edge-a");
        change.selection.scope = TargetSelection::Scope::TopicPattern;
        change.selection.name = QStringLiteral("logs-.*");
        change.changes = {{QStringLiteral("retention.ms"), QStringLiteral("2d"), QStringLiteral("172800000")},
                          {QStringLiteral("segment.ms"), QString(), std::nullopt}};
        first = *store.enqueue(change);
        change.cluster = QStringLiteral("edge-b");
        QVERIFY(store.enqueue(change).ok());
    }
    ReconfigDatabase database(path);
    QVERIFY(database.open().ok());
    PendingChangeStore store(database);
    const QList<PendingChange> queued = *store.queued();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued[0].id, first);
    QCOMPARE(queued[0].selection.scope, TargetSelection::Scope::TopicPattern);
    QCOMPARE(queued[0].selection.name, QStringLiteral("logs-.*"));
    QCOMPARE(queued[0].selection.clusters, QStringList{QStringLiteral("edge-a")});
    QCOMPARE(queued[0].changes.size(), 2);
    QCOMPARE(queued[0].changes[0].input, QStringLiteral("2d"));
    QVERIFY(!queued[0].changes[1].value);
    QCOMPARE(store.queued(QStringLiteral("edge-b"))->size(), 1);

    QVERIFY(store.cancel(first).ok());
    QVERIFY(!store.cancel(first).ok()); // only queued changes can be cancelled
    QVERIFY(store.finish(queued[1].id, PendingChange::State::Applied, QStringLiteral("applied")).ok());
    QVERIFY(store.queued()->isEmpty());
    const QList<PendingChange> all = *store.all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].state, PendingChange::State::Applied);
    QCOMPARE(all[1].state, PendingChange::State::Cancelled);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"

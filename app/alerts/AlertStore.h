#pragma once

#include "alerts/Alert.h"
#include "health/ThresholdOverrides.h"
#include "alerts/AlertDatabase.h"
#include "alerts/AlertThresholdSet.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <memory>

namespace fleetscope {

// Every alert record of this and earlier sessions, and the threshold overrides per fleet. The
// records live in memory on the GUI thread; AlertDatabase writes them to SQLite on a thread of its
// own (changes are batched once a second), so no disk wait reaches the window. If the file cannot be
// opened or written, failed() says so and everything stays in memory: no record is dropped.
class AlertStore final : public QObject
{
    Q_OBJECT

public:
    AlertStore(QString path, const Clock &clock, QObject *parent = nullptr);
    ~AlertStore() override; // writes what is pending, then stops the thread
    Q_DISABLE_COPY_MOVE(AlertStore)

    // QStandardPaths::AppDataLocation/alerts.sqlite
    static QString defaultPath();
    static constexpr qint64 keepClearedMs = 90LL * 24 * 3600 * 1000;

    // Opens and reads the file on the store's thread; ready() follows, after failed() if it could not.
    void start();
    bool isReady() const { return m_ready; }
    bool isPersistent() const { return m_persistent; }

    const QList<Alert> &alerts() const { return m_alerts; } // oldest first
    QList<Alert> openAlerts() const;
    const Alert *find(qint64 id) const;

    // Raised alerts become new records (or join the open record of the same key), updates and
    // clearances change theirs.
    void apply(const QList<AlertTransition> &transitions);
    bool acknowledge(qint64 id, const QString &by, qint64 atMs);

    // The thresholds dialog's values for a fleet file (its layer in ThresholdStore).
    ThresholdOverrideSet thresholds(const QString &fleet) const { return m_thresholds.value(fleet); }
    void setThresholds(const QString &fleet, const ThresholdOverrideSet &thresholds);

    // Hands pending changes to the writer and waits for it: shutdown paths and tests.
    Status flushNow();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void changed(const QList<qint64> &ids); // records added or changed

private:
    void finishStart(const QString &error, const AlertDatabase::Contents &contents);
    void flush();
    Alert *record(qint64 id);
    void touched(qint64 id, QList<qint64> &ids);
    void reportFailure(const QString &message);

    const QString m_path;
    const Clock &m_clock;
    QThread m_thread;
    QObject *m_worker;                        // context on m_thread for the database calls
    std::unique_ptr<AlertDatabase> m_database; // used on m_thread only
    QList<Alert> m_alerts;
    QHash<qint64, qsizetype> m_rowOfId;
    QHash<AlertKey, qint64> m_openByKey;
    QHash<QString, ThresholdOverrideSet> m_thresholds;
    QSet<qint64> m_dirty;
    qint64 m_nextId = 1;
    QTimer m_flushTimer;
    QString m_lastFailure;
    bool m_ready = false;
    bool m_persistent = false;
};

} // namespace fleetscope

#include "alerts/AlertStore.h"

#include "alerts/AlertDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace fleetscope {

namespace {
constexpr int flushIntervalMs = 1000;
}

AlertStore::AlertStore(QString path, const Clock &clock, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_clock(clock), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("alert store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    m_flushTimer.setInterval(flushIntervalMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &AlertStore::flush);
}

AlertStore::~AlertStore()
{
    flush();
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [this] { m_database.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString AlertStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("alerts.sqlite"));
}

void AlertStore::start()
{
    const qint64 clearedBefore = m_clock.nowMs() - keepClearedMs;
    QMetaObject::invokeMethod(m_worker, [this, path = m_path, clearedBefore] {
        auto database = std::make_unique<AlertDatabase>(path);
        QString error;
        AlertDatabase::Contents contents;
        if (const Status opened = database->open(); !opened) {
            error = opened.errorMessage();
        } else if (Result<AlertDatabase::Contents> loaded = database->load(clearedBefore); !loaded) {
            error = loaded.errorMessage();
        } else {
            contents = std::move(loaded).value();
            m_database = std::move(database);
        }
        QMetaObject::invokeMethod(this, [this, error, contents] { finishStart(error, contents); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void AlertStore::finishStart(const QString &error, const AlertDatabase::Contents &contents)
{
    m_persistent = error.isEmpty();
    for (const Alert &alert : contents.alerts) {
        m_rowOfId.insert(alert.id, m_alerts.size());
        m_alerts.append(alert);
        if (alert.isActive())
            m_openByKey.insert(alert.key, alert.id);
        m_nextId = std::max(m_nextId, alert.id + 1);
    }
    for (auto it = contents.thresholds.cbegin(); it != contents.thresholds.cend(); ++it)
        m_thresholds.insert(it.key(), ThresholdOverrideSet::fromJson(it.value()));
    if (!error.isEmpty())
        reportFailure(QCoreApplication::translate("AlertStore", "Alerts are kept in memory for this session only: %1").arg(error));
    m_ready = true;
    Q_EMIT ready();
}

QList<Alert> AlertStore::openAlerts() const
{
    QList<Alert> open;
    for (const qint64 id : m_openByKey)
        open.append(m_alerts.at(m_rowOfId.value(id)));
    return open;
}

const Alert *AlertStore::find(qint64 id) const
{
    const auto row = m_rowOfId.constFind(id);
    return row == m_rowOfId.cend() ? nullptr : &m_alerts.at(*row);
}

Alert *AlertStore::record(qint64 id)
{
    const auto row = m_rowOfId.constFind(id);
    return row == m_rowOfId.cend() ? nullptr : &m_alerts[*row];
}

void AlertStore::touched(qint64 id, QList<qint64> &ids)
{
    m_dirty.insert(id);
    if (!ids.contains(id))
        ids.append(id);
}

void AlertStore::apply(const QList<AlertTransition> &transitions)
{
    QList<qint64> ids;
    for (const AlertTransition &transition : transitions) {
        const Alert &incoming = transition.alert;
        Alert *existing = record(m_openByKey.value(incoming.key, 0));
        if (!existing) {
            if (transition.kind == AlertTransition::Kind::Cleared)
                continue; // nothing open to clear
            Alert alert = incoming;
            alert.id = m_nextId++;
            m_rowOfId.insert(alert.id, m_alerts.size());
            m_alerts.append(alert);
            m_openByKey.insert(alert.key, alert.id);
            touched(alert.id, ids);
            continue;
        }
        // The engine knows the condition; the record keeps who acknowledged it and since when.
        existing->severity = incoming.severity;
        existing->message = incoming.message;
        existing->firstSeenMs = std::min(existing->firstSeenMs, incoming.firstSeenMs);
        existing->lastSeenMs = std::max(existing->lastSeenMs, incoming.lastSeenMs);
        if (transition.kind == AlertTransition::Kind::Cleared) {
            existing->clearedAtMs = incoming.clearedAtMs;
            m_openByKey.remove(incoming.key);
        }
        touched(existing->id, ids);
    }
    if (ids.isEmpty())
        return;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    Q_EMIT changed(ids);
}

bool AlertStore::acknowledge(qint64 id, const QString &by, qint64 atMs)
{
    Alert *alert = record(id);
    if (!alert || alert->acknowledgedAtMs)
        return false;
    alert->acknowledgedAtMs = atMs;
    alert->acknowledgedBy = by;
    m_dirty.insert(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
    Q_EMIT changed({id});
    return true;
}

void AlertStore::setThresholds(const QString &fleet, const ThresholdOverrideSet &thresholds)
{
    m_thresholds.insert(fleet, thresholds);
    const QJsonObject json = thresholds.toJson();
    QMetaObject::invokeMethod(m_worker, [this, fleet, json] {
        if (!m_database)
            return;
        if (const Status saved = m_database->saveThresholds(fleet, json); !saved)
            QMetaObject::invokeMethod(this, [this, message = saved.errorMessage()] { reportFailure(message); },
                                      Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void AlertStore::flush()
{
    m_flushTimer.stop();
    if (m_dirty.isEmpty())
        return;
    QList<Alert> batch;
    batch.reserve(m_dirty.size());
    for (const qint64 id : std::as_const(m_dirty))
        batch.append(*find(id));
    m_dirty.clear();
    QMetaObject::invokeMethod(m_worker, [this, batch] {
        if (!m_database)
            return; // memory only: the records are all in m_alerts
        if (const Status saved = m_database->save(batch); !saved)
            QMetaObject::invokeMethod(this, [this, message = saved.errorMessage()] { reportFailure(message); },
                                      Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

Status AlertStore::flushNow()
{
    flush();
    Status result = Done{};
    QMetaObject::invokeMethod(m_worker, [this, &result] {
        if (m_database && m_database->unsavedCount() > 0)
            result = m_database->save({});
    }, Qt::BlockingQueuedConnection);
    return result;
}

void AlertStore::reportFailure(const QString &message)
{
    if (message == m_lastFailure)
        return; // once, not once a second while the disk stays full
    m_lastFailure = message;
    Q_EMIT failed(message);
}

} // namespace fleetscope

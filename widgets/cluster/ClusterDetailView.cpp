#include "cluster/ClusterDetailView.h"

#include "common/StatusIcons.h"
#include "health/ClusterSummary.h"

#include "cluster/ClusterBrokersModel.h"
#include "cluster/ClusterTopicsModel.h"
#include "cluster/ConsumerGroupsModel.h"
#include "format/Formatter.h"
#include "health/NodeReport.h"
#include "overview/FractionBarDelegate.h"
#include "reconfig/TopicRetentionReader.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fleetscope {

namespace {

QSortFilterProxyModel *sortedByRawValue(QAbstractItemModel *source, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(OverviewTableModel::RawValueRole);
    return proxy;
}

void setUpTable(QTableView *view)
{
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(true);
}

// Fixed widths in em: ResizeToContents on live tables costs tens of ms per update.
void setWidths(QHeaderView *header, std::initializer_list<int> ems)
{
    const int em = header->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    int column = 0;
    for (int width : ems)
        header->resizeSection(column++, width * em);
}

} // namespace

ClusterDetailView::ClusterDetailView(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_brokers(new ClusterBrokersModel(this)),
      m_topics(new ClusterTopicsModel(this)),
      m_groups(new ConsumerGroupsModel(this)),
      m_title(new QLabel(this)),
      m_age(new QLabel(this)),
      m_health(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_brokersView(new QTableView(this)),
      m_topicsView(new QTableView(this)),
      m_groupsView(new QTreeView(this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_age->setTextFormat(Qt::PlainText);
    m_age->setObjectName(QStringLiteral("clusterDataAge"));
    m_age->setWordWrap(true);
    m_health->setTextFormat(Qt::PlainText);
    m_health->setObjectName(QStringLiteral("clusterHealth"));
    m_health->setWordWrap(true);

    setUpTable(m_brokersView);
    m_brokersView->setModel(sortedByRawValue(m_brokers, this));
    m_brokersView->sortByColumn(ClusterBrokersModel::NodeColumn, Qt::AscendingOrder);
    const auto clusterThresholds = [this](const QModelIndex &) { return m_thresholds; };
    m_brokersView->setItemDelegateForColumn(
        ClusterBrokersModel::DiskColumn, new FractionBarDelegate(FractionBarDelegate::Measure::Disk, clusterThresholds, this));
    m_brokersView->setItemDelegateForColumn(
        ClusterBrokersModel::HeapColumn, new FractionBarDelegate(FractionBarDelegate::Measure::Heap, clusterThresholds, this));
    setWidths(m_brokersView->horizontalHeader(), {5, 12, 14, 7, 14, 14});

    setUpTable(m_topicsView);
    m_topicsView->setModel(sortedByRawValue(m_topics, this));
    m_topicsView->sortByColumn(ClusterTopicsModel::NameColumn, Qt::AscendingOrder);
    setWidths(m_topicsView->horizontalHeader(), {18, 6, 6, 7, 8});
    m_topicsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_topicsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex row = m_topicsView->indexAt(pos);
        if (!row.isValid())
            return;
        const QString topic = row.siblingAtColumn(ClusterTopicsModel::NameColumn).data().toString();
        Q_EMIT topicMenuRequested(m_cluster, topic, m_topicsView->viewport()->mapToGlobal(pos));
    });

    m_groupsView->setModel(sortedByRawValue(m_groups, this));
    m_groupsView->setSortingEnabled(true);
    m_groupsView->sortByColumn(ConsumerGroupsModel::NameColumn, Qt::AscendingOrder);
    m_groupsView->setAlternatingRowColors(true);
    m_groupsView->setUniformRowHeights(true);
    m_groupsView->setAllColumnsShowFocus(true);
    setWidths(m_groupsView->header(), {18, 7, 7, 9, 9});

    m_tabs->addTab(m_brokersView, tr("&Brokers"));
    m_tabs->addTab(m_topicsView, tr("&Topics"));
    m_tabs->addTab(m_groupsView, tr("Consumer &groups"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title);
    heading->addWidget(m_age, 1);
    layout->addLayout(heading);
    layout->addWidget(m_health);
    layout->addWidget(m_tabs);

    // Ages move on without data: that is how stale data shows that it is stale.
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &ClusterDetailView::refreshAge);
    m_ageTimer.start();
    connect(&m_retentionRead, &QFutureWatcherBase::finished, this, &ClusterDetailView::applyRetentions);
}

void ClusterDetailView::setReports(const QList<NodeReport> &reports)
{
    QList<NodeReport> own;
    for (const NodeReport &report : reports)
        if (report.cluster == m_cluster)
            own.append(report);
    const QList<NodeReport> summary = ClusterSummary::summarize(own);
    if (summary.isEmpty()) {
        m_health->clear();
        return;
    }
    const NodeReport &cluster = summary.first();
    const QString words = severityName(cluster.severity);
    m_health->setText(cluster.reasons.isEmpty() ? words
                                                : tr("%1: %2").arg(words, cluster.reasons.join(QStringLiteral("; "))));
    QPalette palette = m_health->palette();
    palette.setColor(QPalette::WindowText, StatusIcons::colorFor(cluster.severity, QPalette()));
    m_health->setPalette(palette);
}

QString ClusterDetailView::healthText() const
{
    return m_health->text();
}

void ClusterDetailView::setClusterConfig(const ClusterConfig &config)
{
    m_config = config;
}

void ClusterDetailView::readRetentions(const QStringList &topics)
{
    if (!m_config || m_config->name != m_cluster || m_retentionRead.isRunning())
        return;
    constexpr qint64 refreshMs = 5 * 60 * 1000;
    if (topics == m_retentionTopics && m_clock.nowMs() - m_retentionAtMs < refreshMs)
        return;
    m_retentionTopics = topics;
    m_retentionAtMs = m_clock.nowMs();
    m_retentionRead.setFuture(QtConcurrent::run([config = *m_config, topics] {
        return TopicRetentionReader::read(config, topics);
    }));
}

void ClusterDetailView::applyRetentions()
{
    const Result<QHash<QString, qint64>> read = m_retentionRead.result();
    if (!read || !m_config || m_config->name != m_cluster)
        return; // "—" stays, with its tooltip; the next snapshot tries again after the refresh time
    for (auto it = read->cbegin(); it != read->cend(); ++it)
        m_topics->setRetention(it.key(), it.value());
}

void ClusterDetailView::showCluster(const QString &cluster, qint64 pollIntervalMs)
{
    m_pollIntervalMs = pollIntervalMs;
    if (cluster == m_cluster)
        return;
    m_cluster = cluster;
    m_dataAtMs = 0;
    m_polledAtMs = 0;
    m_error.clear();
    m_brokers->setBrokers({});
    m_topics->setSnapshot({});
    m_topics->clearRetentions();
    m_retentionTopics.clear();
    m_retentionAtMs = 0;
    m_groups->setLag({});
    refreshAge();
}

void ClusterDetailView::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
    m_brokersView->viewport()->update();
}

void ClusterDetailView::applySnapshot(const ClusterSnapshot &snapshot)
{
    if (snapshot.cluster != m_cluster)
        return;
    m_polledAtMs = snapshot.sampledAtMs;
    m_error = snapshot.error;
    // Brokers are listed even when the cluster does not answer: each shows as down.
    m_brokers->setBrokers(snapshot.brokers);
    if (snapshot.reachable) {
        m_dataAtMs = snapshot.sampledAtMs;
        m_topics->setSnapshot(snapshot);
        m_groups->setLag(snapshot.lag);
        QStringList topics;
        topics.reserve(snapshot.topics.size());
        for (const TopicMetadata &topic : snapshot.topics)
            topics.append(topic.name);
        readRetentions(topics);
    }
    refreshAge();
}

QString ClusterDetailView::ageText() const
{
    const qint64 now = m_clock.nowMs();
    if (m_polledAtMs == 0)
        return tr("waiting for the first poll");
    if (!m_error.isEmpty()) {
        //: %1: why the cluster did not answer
        return m_dataAtMs > 0 ? tr("unreachable: %1 — the tables show data from %2")
                                    .arg(m_error, Formatter::age(now - m_dataAtMs))
                              : tr("unreachable: %1").arg(m_error);
    }
    if (m_stale)
        return tr("no new data: last seen %1").arg(Formatter::age(now - m_dataAtMs));
    return tr("data from %1").arg(Formatter::age(now - m_dataAtMs));
}

void ClusterDetailView::refreshAge()
{
    m_title->setText(m_cluster);
    const qint64 staleAfter = HealthThresholds{}.staleAfterIntervals * m_pollIntervalMs;
    setStale(m_polledAtMs > 0 && (!m_error.isEmpty() || m_clock.nowMs() - m_dataAtMs > staleAfter));
    m_age->setText(ageText());
}

void ClusterDetailView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_brokersView),
                                    static_cast<QAbstractItemView *>(m_topicsView),
                                    static_cast<QAbstractItemView *>(m_groupsView)}) {
        QPalette palette = this->palette();
        if (stale)
            palette.setColor(QPalette::Text, palette.color(QPalette::Disabled, QPalette::Text));
        view->setPalette(palette);
    }
    QFont font = m_age->font();
    font.setBold(stale);
    m_age->setFont(font);
}

} // namespace fleetscope

#include "health/ReportFilter.h"

#include <algorithm>

namespace fleetscope {

namespace {

bool containsIgnoringCase(const QStringList &words, const QString &value)
{
    return words.contains(value, Qt::CaseInsensitive);
}

// Filter words stay English whatever the language of the window, so a saved filter works everywhere.
QString severityWord(Severity severity)
{
    static const QString words[] = {QStringLiteral("healthy"), QStringLiteral("warning"), QStringLiteral("critical")};
    return words[int(severity)];
}

} // namespace

ReportFilter::ReportFilter(const QString &text)
{
    static const QList<std::pair<QString, Key>> named{
        {QStringLiteral("site"), Key::Site},   {QStringLiteral("cluster"), Key::Cluster},
        {QStringLiteral("node"), Key::Node},   {QStringLiteral("tag"), Key::Tag},
        {QStringLiteral("state"), Key::State}, {QStringLiteral("severity"), Key::Severity},
        {QStringLiteral("health"), Key::Severity}};
    for (QString word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        Term term;
        if (word.size() > 1 && word.startsWith(QLatin1Char('-'))) {
            term.negated = true;
            word.remove(0, 1);
        }
        term.value = word;
        const qsizetype colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString key = word.left(colon).toLower();
            const auto found = std::find_if(named.cbegin(), named.cend(), [&](const auto &n) { return n.first == key; });
            if (found != named.cend()) { // an unknown key is plain text: "10.1.2.3:9092" still finds
                term.key = found->second;
                term.value = word.mid(colon + 1);
            }
        }
        if (!term.value.isEmpty())
            m_terms.append(term);
    }
}

QStringList ReportFilter::keys()
{
    return {QStringLiteral("site:"), QStringLiteral("cluster:"), QStringLiteral("node:"), QStringLiteral("tag:"),
            QStringLiteral("state:"), QStringLiteral("severity:")};
}

QStringList ReportFilter::stateWords(const NodeReport &r)
{
    if (r.sampledAtMs == 0)
        return {QStringLiteral("waiting")};
    QStringList words;
    if (!r.clusterReachable)
        words.append(QStringLiteral("unreachable"));
    else if (r.brokersUp < r.brokerCount || r.link == LinkState::Down)
        words.append(QStringLiteral("down")); // a cluster row: some broker is down
    else if (r.link == LinkState::Up)
        words.append(QStringLiteral("up"));
    else
        words.append(r.link == LinkState::Connecting ? QStringLiteral("connecting") : QStringLiteral("unknown"));
    if (r.stale)
        words.append(QStringLiteral("stale"));
    return words;
}

bool ReportFilter::termMatches(const Term &t, const NodeReport &r, const QStringList &tags)
{
    switch (t.key) {
    case Key::Site:
        return r.site.contains(t.value, Qt::CaseInsensitive);
    case Key::Cluster:
        return r.cluster.contains(t.value, Qt::CaseInsensitive);
    case Key::Node:
        return r.nodeId >= 0 && QString::number(r.nodeId) == t.value;
    case Key::Tag:
        return containsIgnoringCase(tags, t.value);
    case Key::State:
        return containsIgnoringCase(stateWords(r), t.value);
    case Key::Severity:
        return severityWord(r.severity).compare(t.value, Qt::CaseInsensitive) == 0
            || severityName(r.severity).compare(t.value, Qt::CaseInsensitive) == 0;
    case Key::Any:
        break;
    }
    auto in = [&](const QString &field) { return field.contains(t.value, Qt::CaseInsensitive); };
    return in(r.site) || in(r.cluster) || (r.nodeId >= 0 && in(QString::number(r.nodeId)))
        || std::any_of(tags.cbegin(), tags.cend(), in) || in(severityWord(r.severity)) || in(severityName(r.severity))
        || [&] {
               const QStringList states = stateWords(r);
               return std::any_of(states.cbegin(), states.cend(), in);
           }();
}

bool ReportFilter::matches(const NodeReport &report, const QStringList &tags) const
{
    return std::all_of(m_terms.cbegin(), m_terms.cend(),
                       [&](const Term &t) { return termMatches(t, report, tags) != t.negated; });
}

} // namespace fleetscope

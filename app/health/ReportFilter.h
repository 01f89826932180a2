#pragma once

#include "health/NodeReport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetscope {

// The overview's filter box: words that must all match a row. A plain word matches anywhere in the
// site, cluster, node id, tags, state and severity; a term "key:value" matches one field:
//
//   site:munich  cluster:edge  node:2   the name contains the value (node: the id is the value)
//   tag:eu                               the cluster has this tag
//   state:down                           up, down, unreachable, stale, connecting, unknown, waiting
//   severity:critical                    healthy, warning, critical (also health:)
//
// A leading '-' negates a word or term: "-state:up". Case never matters.
class ReportFilter final
{
public:
    ReportFilter() = default;
    explicit ReportFilter(const QString &text);

    bool isEmpty() const { return m_terms.isEmpty(); }
    bool matches(const NodeReport &report, const QStringList &tags) const;

    // The state words a row answers to with state:, e.g. {"down"} or {"unreachable", "stale"}.
    static QStringList stateWords(const NodeReport &report);
    // The keys a term may use, for the filter box's tooltip and tests.
    static QStringList keys();

private:
    enum class Key { Any, Site, Cluster, Node, Tag, State, Severity };
    struct Term
    {
        Key key = Key::Any;
        QString value;
        bool negated = false;
    };
    static bool termMatches(const Term &term, const NodeReport &report, const QStringList &tags);

    QList<Term> m_terms;
};

} // namespace fleetscope

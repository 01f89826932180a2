#pragma once

#include <QList>

namespace fleetscope {

// Brings `rows` to `incoming` in place, both sorted ascending by keyOf(row), so that a model can
// announce exactly what changed: rows whose key is gone are removed, new keys inserted at their
// place, and rows present in both are handed to hooks.update(row, incomingRow), which compares,
// assigns and emits dataChanged only when something differs.
// Hooks: beginRemove(row), endRemove(), beginInsert(row, incomingRow), endInsert(), update(row, incomingRow).
template <typename Row, typename KeyOf, typename Hooks>
void syncSortedRows(QList<Row> &rows, const QList<Row> &incoming, KeyOf keyOf, Hooks &&hooks)
{
    qsizetype at = 0;
    for (const Row &in : incoming) {
        const auto key = keyOf(in);
        while (at < rows.size() && keyOf(rows[at]) < key) {
            hooks.beginRemove(int(at));
            rows.removeAt(at);
            hooks.endRemove();
        }
        if (at < rows.size() && !(key < keyOf(rows[at]))) {
            hooks.update(int(at), in);
        } else {
            hooks.beginInsert(int(at), in);
            rows.insert(at, in);
            hooks.endInsert();
        }
        ++at;
    }
    while (at < rows.size()) {
        hooks.beginRemove(int(rows.size() - 1));
        rows.removeLast();
        hooks.endRemove();
    }
}

} // namespace fleetscope

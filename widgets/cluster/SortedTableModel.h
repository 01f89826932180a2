#pragma once

#include "cluster/SortedRowSync.h"

#include <QAbstractTableModel>

namespace fleetscope {

// A table model whose rows are kept sorted by a key and replaced by a newer list in place: removed,
// inserted and changed rows are announced one by one, so a view keeps its selection and scroll
// position and repaints only the rows that changed.
class SortedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    // same(a, b): true when a row needs no repaint.
    template <typename Row, typename KeyOf, typename Same>
    void syncRows(QList<Row> &rows, const QList<Row> &incoming, KeyOf keyOf, Same same)
    {
        struct Hooks
        {
            SortedTableModel *model;
            QList<Row> &rows;
            Same &same;
            void beginRemove(int row) { model->beginRemoveRows({}, row, row); }
            void endRemove() { model->endRemoveRows(); }
            void beginInsert(int row, const Row &) { model->beginInsertRows({}, row, row); }
            void endInsert() { model->endInsertRows(); }
            void update(int row, const Row &in)
            {
                if (same(rows[row], in))
                    return;
                rows[row] = in;
                Q_EMIT model->dataChanged(model->index(row, 0), model->index(row, model->columnCount() - 1));
            }
        };
        syncSortedRows(rows, incoming, keyOf, Hooks{this, rows, same});
    }
};

} // namespace fleetscope

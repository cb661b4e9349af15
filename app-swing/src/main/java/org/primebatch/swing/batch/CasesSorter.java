package org.primebatch.swing.batch;

import java.util.List;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import org.primebatch.api.ItemOrder;

/**
 * Sorting for the virtual cases table: a click on a header asks the model for that order, and the daemon sorts every
 * case of the batch, so rows are never sorted here and a view row is its model row. Being the table's row sorter, it
 * lets the table header show which column sorts and which way, and toggle it as any sorted table does: ascending
 * first, then descending. The case number ascending is the batch's own order.
 */
final class CasesSorter extends RowSorter<CasesTableModel> {
    private final CasesTableModel model;

    CasesSorter(CasesTableModel model) {
        this.model = model;
    }

    @Override
    public CasesTableModel getModel() {
        return model;
    }

    @Override
    public void toggleSortOrder(int column) {
        if (column < 0 || column >= model.getColumnCount()) {
            return;
        }
        CaseColumn sorted = model.column(column);
        ItemOrder ascending = sorted.order(false);
        if (ascending == null) {
            return;
        }
        ItemOrder current = model.order();
        sort(sorted.sorts(current) && !current.descending() ? ascending.reversed() : ascending);
    }

    @Override
    public List<? extends SortKey> getSortKeys() {
        ItemOrder order = model.order();
        List<CaseColumn> columns = model.visibleColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).sorts(order)) {
                return List.of(new SortKey(i, order.descending() ? SortOrder.DESCENDING : SortOrder.ASCENDING));
            }
        }
        return List.of();
    }

    @Override
    public void setSortKeys(List<? extends SortKey> keys) {
        if (keys == null || keys.isEmpty() || keys.get(0).getSortOrder() == SortOrder.UNSORTED) {
            sort(ItemOrder.SEQ);
            return;
        }
        SortKey key = keys.get(0);
        if (key.getColumn() < 0 || key.getColumn() >= model.getColumnCount()) {
            return;
        }
        ItemOrder order = model.column(key.getColumn()).order(key.getSortOrder() == SortOrder.DESCENDING);
        if (order != null) {
            sort(order);
        }
    }

    /** Sorts by {@code order}: the header shows it at once, the rows as their pages come. */
    void sort(ItemOrder order) {
        if (order.equals(model.order())) {
            return;
        }
        model.setOrder(order);
        fireSortOrderChanged();
    }

    @Override
    public int convertRowIndexToModel(int index) {
        return index;
    }

    @Override
    public int convertRowIndexToView(int index) {
        return index;
    }

    @Override
    public int getViewRowCount() {
        return model.getRowCount();
    }

    @Override
    public int getModelRowCount() {
        return model.getRowCount();
    }

    @Override
    public void modelStructureChanged() {
    }

    /** Tells the table its rows changed wholesale (another filter, another order), so that it sizes itself again. */
    @Override
    public void allRowsChanged() {
        fireRowSorterChanged(null);
    }

    @Override
    public void rowsInserted(int firstRow, int endRow) {
    }

    @Override
    public void rowsDeleted(int firstRow, int endRow) {
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow) {
    }

    @Override
    public void rowsUpdated(int firstRow, int endRow, int column) {
    }
}

package org.primebatch.swing.app;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.function.Consumer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableCellRenderer;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.swing.model.BatchesModel;
import org.primebatch.swing.model.BatchesTableModel;

/**
 * The batches list: newest first, a progress bar per batch, a state filter. The selection follows the batch, not the
 * row, across the updates that reorder or refilter the list.
 */
final class BatchesPanel extends JPanel {
    private static final String ALL = "All states";

    private final BatchesModel batches;
    private final BatchesTableModel tableModel;
    private final JTable table;
    private final Consumer<BatchView> onSelect;
    private long selectedId = -1;
    private boolean restoring;

    BatchesPanel(BatchesModel batches, Consumer<BatchView> onSelect) {
        super(new BorderLayout());
        this.batches = batches;
        this.onSelect = onSelect;
        // listeners run in order: hold the selection events of the table's own update until rowsChanged restores it
        batches.addChangeListener(() -> restoring = true);
        this.tableModel = new BatchesTableModel(batches);
        this.table = new JTable(tableModel);
        table.setName("batches");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.setDefaultRenderer(BatchesTableModel.Progress.class, new ProgressRenderer());
        int[] widths = {130, 100, 60, 80, 150, 60, 70}; // in BatchesTableModel.Column order
        for (int column = 0; column < widths.length; column++) {
            table.getColumnModel().getColumn(column).setPreferredWidth(widths[column]);
        }
        // adjusting events too: a rebuild between mouse press and release must not lose the batch just clicked
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!restoring) {
                selectionChanged();
            }
        });
        batches.addChangeListener(this::rowsChanged); // after the table model's own listener: the rows are new

        JComboBox<Object> filter = new JComboBox<>();
        filter.setName("stateFilter");
        filter.addItem(ALL);
        for (BatchState state : BatchState.values()) {
            filter.addItem(state);
        }
        filter.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                          boolean isSelected, boolean cellHasFocus) {
                Object shown = value instanceof BatchState state ? capitalized(state.word()) : value;
                return super.getListCellRendererComponent(list, shown, index, isSelected, cellHasFocus);
            }
        });
        filter.addActionListener(e -> batches.setFilter(
                filter.getSelectedItem() instanceof BatchState state ? state : null));

        JPanel top = new JPanel(new MigLayout("insets 6 8 6 8", "[][grow]"));
        top.add(new JLabel("Batches"), "");
        top.add(filter, "right");
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    /** The batch selected, or null. */
    BatchView selected() {
        return selectedId < 0 ? null : batches.batch(selectedId).orElse(null);
    }

    /** Selects the batch with {@code id} when it is listed. */
    void select(long id) {
        int row = rowOf(id);
        if (row >= 0) {
            table.getSelectionModel().setSelectionInterval(row, row);
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        }
    }

    /** The row listing the batch, or -1. */
    private int rowOf(long id) {
        for (int row = 0; row < tableModel.getRowCount(); row++) {
            if (tableModel.rowAt(row).id() == id) {
                return row;
            }
        }
        return -1;
    }

    private void selectionChanged() {
        int row = table.getSelectedRow();
        long id = row < 0 ? -1 : tableModel.rowAt(row).id();
        if (id != selectedId) {
            selectedId = id;
            onSelect.accept(selected());
        }
    }

    /** The rows were rebuilt (and the table's selection cleared): select the same batch again, if still listed. */
    private void rowsChanged() {
        try {
            if (selectedId < 0) {
                return;
            }
            int found = rowOf(selectedId);
            if (found >= 0) {
                table.getSelectionModel().setSelectionInterval(found, found);
            } else {
                table.clearSelection();
            }
        } finally {
            restoring = false;
        }
        if (batches.batch(selectedId).isEmpty()) {
            selectedId = -1;
            onSelect.accept(null);
        }
    }

    JTable table() {
        return table;
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Done/failed/total as a bar with its label; the bar turns to the error colour once a case failed. */
    private static final class ProgressRenderer implements TableCellRenderer {
        private final JProgressBar bar = new JProgressBar(0, 100);

        ProgressRenderer() {
            bar.setStringPainted(true);
            bar.setBorderPainted(false);
        }

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean isSelected, boolean hasFocus,
                                                       int row, int column) {
            BatchesTableModel.Progress progress = (BatchesTableModel.Progress) value;
            bar.setValue(progress.percent());
            bar.setString(progress.label());
            bar.setForeground(progress.failed() > 0
                    ? javax.swing.UIManager.getColor("Actions.Red")
                    : javax.swing.UIManager.getColor("ProgressBar.foreground"));
            bar.setBackground(isSelected ? table.getSelectionBackground() : table.getBackground());
            return bar;
        }
    }
}

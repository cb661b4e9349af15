package org.primebatch.swing.submit;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * The cases grid: its header carries a second, editable row with each column's unit, and cells the daemon found
 * fault with are drawn red with the problem as their tooltip.
 */
final class CasesTable extends JTable {
    private final CasesGridModel cases;
    private final JTable unitsRow;
    private final JPanel header = new JPanel(new BorderLayout());

    CasesTable(CasesGridModel cases) {
        super(cases);
        this.cases = cases;
        setName("casesTable");
        setCellSelectionEnabled(true);
        setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        setFillsViewportHeight(true);
        setSurrendersFocusOnKeystroke(true);
        putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        getTableHeader().setReorderingAllowed(false);
        setShowHorizontalLines(true);
        setShowVerticalLines(true);
        setDefaultRenderer(String.class, new ProblemRenderer());

        unitsRow = new JTable(cases.unitsModel(), getColumnModel());
        unitsRow.setName("unitsRow");
        unitsRow.setAutoCreateColumnsFromModel(false);
        unitsRow.setTableHeader(null);
        unitsRow.setRowSelectionAllowed(false);
        unitsRow.setSurrendersFocusOnKeystroke(true);
        unitsRow.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        unitsRow.setToolTipText("The unit of each column's numbers; a cell may give its own, as in 6 m");
        unitsRow.setDefaultRenderer(Object.class, new UnitRenderer());
        unitsRow.setShowVerticalLines(true);
        java.awt.Color headerBackground = javax.swing.UIManager.getColor("TableHeader.background");
        if (headerBackground != null) {
            unitsRow.setBackground(headerBackground);
        }
        unitsRow.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, getGridColor()));
        header.add(getTableHeader(), BorderLayout.NORTH);
        header.add(unitsRow, BorderLayout.SOUTH);
    }

    /** The editable row of units under the column names. */
    JTable unitsRow() {
        return unitsRow;
    }

    /** Ends any edit in the grid or its units row, keeping what was typed. */
    void commitEdits() {
        if (isEditing()) {
            getCellEditor().stopCellEditing();
        }
        if (unitsRow.isEditing()) {
            unitsRow.getCellEditor().stopCellEditing();
        }
    }

    @Override
    public void setRowHeight(int rowHeight) {
        super.setRowHeight(rowHeight);
        if (unitsRow != null) {
            unitsRow.setRowHeight(rowHeight);
        }
    }

    @Override
    protected void configureEnclosingScrollPane() {
        super.configureEnclosingScrollPane();
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, this);
        if (scroll != null && scroll.getViewport().getView() == this) {
            header.add(getTableHeader(), BorderLayout.NORTH);
            scroll.setColumnHeaderView(header);
        }
    }

    private final class ProblemRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            // setting a colour here sets this renderer's default for the next cells too: start from none each time
            setBackground(null);
            setForeground(null);
            JComponent cell = (JComponent) super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            String problem = cases.problem(convertRowIndexToModel(row), convertColumnIndexToModel(column));
            if (problem != null) {
                cell.setBackground(selected ? Colors.PROBLEM_CELL_SELECTED : Colors.PROBLEM_CELL);
                cell.setForeground(table.getForeground());
                cell.setBorder(BorderFactory.createLineBorder(Colors.ERROR, 1));
                cell.setToolTipText(problem);
            } else {
                cell.setToolTipText(null);
            }
            return cell;
        }
    }

    private static final class UnitRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                       int row, int column) {
            JLabel cell = (JLabel) super.getTableCellRendererComponent(table, value, false, focused, row, column);
            boolean label = table.convertColumnIndexToModel(column) == CasesGridModel.CASE;
            cell.setFont(cell.getFont().deriveFont(label ? Font.ITALIC : Font.PLAIN));
            cell.setForeground(label ? Colors.MUTED : table.getForeground());
            if (!label && (value == null || value.toString().isEmpty())) {
                cell.setText("(none)");
                cell.setForeground(Colors.MUTED);
            }
            return cell;
        }
    }
}

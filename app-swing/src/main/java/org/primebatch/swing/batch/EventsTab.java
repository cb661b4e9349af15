package org.primebatch.swing.batch;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import org.primebatch.api.Event;

/** The shown batch's events as they arrive, newest at the bottom; it follows the end while scrolled there. */
final class EventsTab extends JPanel {
    private final EventsTableModel model = new EventsTableModel();
    private final JTable table = new JTable(model);

    EventsTab() {
        super(new BorderLayout());
        setName("eventsTab");
        table.setName("events");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        int[] widths = {170, 130, 60, 90, 500};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getColumnModel().getColumn(2).setMaxWidth(90);
        table.getColumnModel().getColumn(3).setMaxWidth(140);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                           int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focused, row, column);
                String text = value == null ? "" : value.toString();
                setToolTipText(text.isEmpty() ? null : text);
                return this;
            }
        });
        JLabel note = new JLabel("Events received since this client connected to the daemon.");
        note.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
        add(note, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
    }

    void showAll(List<Event> events) {
        model.replaceAll(events);
        scrollToEnd();
    }

    void append(List<Event> events) {
        boolean atEnd = isAtEnd();
        model.append(events);
        if (atEnd) {
            scrollToEnd();
        }
    }

    private boolean isAtEnd() {
        Rectangle visible = table.getVisibleRect();
        return model.getRowCount() == 0 || visible.y + visible.height >= table.getHeight() - table.getRowHeight();
    }

    private void scrollToEnd() {
        int rows = model.getRowCount();
        if (rows > 0) {
            table.scrollRectToVisible(table.getCellRect(rows - 1, 0, true));
        }
    }
}

package org.primebatch.swing.batch;

import java.awt.BorderLayout;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.event.TableModelEvent;
import javax.swing.table.TableColumn;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.ItemState;
import org.primebatch.swing.batch.CaseColumn.Artifacts;

/** The cases of the shown batch: a state filter above the virtual table; a click on an artifact opens it. */
final class CasesTab extends JPanel {
    private final CasesTableModel model;
    private final FileOpener opener;
    private final JTable table;
    private final JComboBox<ItemState> filter = new JComboBox<>();
    private final JLabel rows = new JLabel();

    CasesTab(CasesTableModel model, FileOpener opener) {
        super(new BorderLayout());
        this.model = model;
        this.opener = opener;
        setName("casesTab");

        filter.setName("caseStateFilter");
        filter.addItem(null);
        for (ItemState state : ItemState.values()) {
            filter.addItem(state);
        }
        filter.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                super.getListCellRendererComponent(list, value, index, selected, focused);
                setText(value == null ? "All cases" : capitalised(((ItemState) value).word()));
                return this;
            }
        });
        filter.addActionListener(event -> model.setFilter((ItemState) filter.getSelectedItem()));
        JLabel show = new JLabel("Show:");
        show.setDisplayedMnemonic('w');
        show.setLabelFor(filter);
        rows.setName("caseRowCount");

        JPanel bar = new JPanel(new MigLayout("insets 4 6 4 6", "[][]push[]"));
        bar.add(show);
        bar.add(filter, "wmin 140");
        bar.add(rows);
        add(bar, BorderLayout.NORTH);

        // added before the table's own listener, so it runs after the table has made its new columns
        model.addTableModelListener(event -> {
            if (event.getFirstRow() == TableModelEvent.HEADER_ROW) {
                sizeColumns();
            }
            showRowCount();
        });
        table = new JTable(model) {
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getPreferredSize().width < getParent().getWidth();
            }
        };
        table.setName("cases");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        CaseCellRenderer renderer = new CaseCellRenderer();
        for (Class<?> type : new Class<?>[] {Object.class, Integer.class, String.class}) {
            table.setDefaultRenderer(type, renderer);
        }
        table.getTableHeader().setReorderingAllowed(false);
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                Artifacts artifacts = artifactsAt(event.getPoint());
                if (artifacts != null && event.getButton() == MouseEvent.BUTTON1) {
                    openArtifacts(artifacts, event.getPoint());
                }
            }
        });
        table.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent event) {
                table.setCursor(artifactsAt(event.getPoint()) != null
                        ? Cursor.getPredefinedCursor(Cursor.HAND_CURSOR) : Cursor.getDefaultCursor());
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.setName("casesScroll");
        add(scroll, BorderLayout.CENTER);
        sizeColumns();
        showRowCount();
    }

    JTable table() {
        return table;
    }

    /** Shows every case again, as when another batch is shown. */
    void resetFilter() {
        filter.setSelectedItem(null);
    }

    /** Selects case {@code seq} and scrolls to it, showing every case first (row n is then case n + 1). */
    void selectCase(long seq) {
        resetFilter();
        int row = (int) seq - 1;
        if (row >= 0 && row < table.getRowCount()) {
            table.setRowSelectionInterval(row, row);
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        }
    }

    private Artifacts artifactsAt(Point point) {
        int row = table.rowAtPoint(point);
        int column = table.columnAtPoint(point);
        if (row < 0 || column < 0) {
            return null;
        }
        Object value = table.getValueAt(row, column);
        return value instanceof Artifacts artifacts ? artifacts : null;
    }

    private void openArtifacts(Artifacts artifacts, Point where) {
        if (artifacts.files().size() == 1) {
            opener.open(this, artifacts.files().get(0));
            return;
        }
        JPopupMenu menu = new JPopupMenu();
        menu.setName("artifactsMenu");
        for (Path file : artifacts.files()) {
            JMenuItem item = new JMenuItem("Open " + file.getFileName());
            item.setName("open:" + file.getFileName());
            item.addActionListener(event -> opener.open(this, file));
            menu.add(item);
        }
        menu.show(table, where.x, where.y);
    }

    private void sizeColumns() {
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            int width = switch (model.column(column.getModelIndex()).kind()) {
                case CASE -> 150;
                case STATE -> 92;
                case ATTEMPTS -> 76;
                case INPUT, OUTPUT -> 90;
                case ERROR -> 200;
                case DURATION -> 76;
                case ARTIFACTS -> 200;
            };
            column.setPreferredWidth(width);
        }
    }

    private void showRowCount() {
        int count = model.getRowCount();
        String what = model.filter() == null ? "" : " " + model.filter().word();
        rows.setText(String.format(Locale.ROOT, "%,d%s case%s", count, what, count == 1 ? "" : "s"));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

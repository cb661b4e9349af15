package org.primebatch.swing.batch;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.HierarchyEvent;
import java.awt.event.HierarchyListener;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.event.TableModelEvent;
import javax.swing.table.JTableHeader;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.swing.batch.CaseColumn.Artifacts;
import org.primebatch.swing.batch.CaseColumn.Kind;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Failures;

/**
 * The cases of the shown batch as a results grid: a state filter above the virtual table. A click on a header sorts
 * every case of the batch by that column; a right click on it shows or hides columns and sets the significant figures.
 * Rows are selected as in a spreadsheet and copied (Ctrl+C, or Copy in their menu) with their header as tab-separated
 * text. A click on an artifact opens it.
 */
final class CasesTab extends JPanel {
    private final CasesTableModel model;
    private final FileOpener opener;
    private final GridSettings settings = new GridSettings();
    private final JTable table;
    private final CasesSorter sorter;
    private final JComboBox<ItemState> filter = new JComboBox<>();
    private final JLabel rows = new JLabel();
    private final JLabel copyStatus = new JLabel();
    private final Action copy;
    /** Whether the columns were last sized with rows to measure. */
    private boolean sizedWithRows;
    /** Whether a person dragged a column's border since the batch was shown: then its widths are left alone. */
    private boolean sizedByHand;
    private int viewportWidth;
    private int headerHeight;
    private long shownBatch;
    private int selecting;

    CasesTab(CasesTableModel model, FileOpener opener) {
        super(new BorderLayout());
        this.model = model;
        this.opener = opener;
        setName("casesTab");
        model.setHiddenColumns(settings);

        filter.setName("caseStateFilter");
        filter.addItem(null);
        for (ItemState state : ItemState.values()) {
            filter.addItem(state);
        }
        filter.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
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
        copyStatus.setName("casesCopyStatus");

        JPanel bar = new JPanel(new MigLayout("insets 4 6 4 6", "[][]12[]push[]"));
        bar.add(show);
        bar.add(filter, "wmin 140");
        bar.add(rows);
        bar.add(copyStatus);
        add(bar, BorderLayout.NORTH);

        // added before the table's own listener, so it runs after the table has made its new columns
        model.addTableModelListener(this::modelChanged);
        table = new JTable(model) {
            @Override
            public boolean getScrollableTracksViewportWidth() {
                return getPreferredSize().width < getParent().getWidth();
            }

            @Override
            protected JTableHeader createDefaultTableHeader() {
                return new JTableHeader(columnModel) {
                    /** As tall as the tallest title: the table header measures only the first one's. */
                    @Override
                    public java.awt.Dimension getPreferredSize() {
                        java.awt.Dimension size = super.getPreferredSize();
                        size.height = Math.max(size.height, headerHeight);
                        return size;
                    }

                    @Override
                    public String getToolTipText(MouseEvent event) {
                        int column = columnAtPoint(event.getPoint());
                        if (column < 0) {
                            return null;
                        }
                        CaseColumn pointed = model.column(convertColumnIndexToModel(column));
                        return pointed.description(model.context())
                                + (pointed.order(false) == null ? "" : ". Click to sort, right-click for columns");
                    }
                };
            }
        };
        table.setName("cases");
        sorter = new CasesSorter(model);
        table.setRowSorter(sorter);
        table.setAutoResizeMode(JTable.AUTO_RESIZE_SUBSEQUENT_COLUMNS);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        CaseCellRenderer renderer = new CaseCellRenderer(settings::significantFigures);
        for (Class<?> type : new Class<?>[] {Object.class, Integer.class, String.class}) {
            table.setDefaultRenderer(type, renderer);
        }
        table.getTableHeader().setReorderingAllowed(false);
        table.getTableHeader().setName("casesHeader");

        copy = new AbstractAction("Copy") {
            @Override
            public void actionPerformed(ActionEvent event) {
                copySelection();
            }
        };
        copy.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_C,
                Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        copy.putValue(Action.SHORT_DESCRIPTION, "Copy the selected cases with their header, to paste into a spreadsheet");
        // the table's copy (Ctrl+C, Ctrl+Insert, the Copy key) is this one
        table.getActionMap().put("copy", copy);

        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                Artifacts artifacts = artifactsAt(event.getPoint());
                if (artifacts != null && event.getButton() == MouseEvent.BUTTON1 && event.getModifiersEx() == 0) {
                    openArtifacts(artifacts, event.getPoint());
                }
            }

            @Override
            public void mousePressed(MouseEvent event) {
                rowsMenu(event);
            }

            @Override
            public void mouseReleased(MouseEvent event) {
                rowsMenu(event);
            }
        });
        table.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent event) {
                table.setCursor(artifactsAt(event.getPoint()) != null
                        ? Cursor.getPredefinedCursor(Cursor.HAND_CURSOR) : Cursor.getDefaultCursor());
            }
        });
        table.getTableHeader().addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent event) {
                sizedByHand |= table.getTableHeader().getResizingColumn() != null;
                headerMenu(event);
            }

            @Override
            public void mouseReleased(MouseEvent event) {
                headerMenu(event);
            }
        });
        settings.addChangeListener(preferences -> {
            sizeColumns();
            table.repaint();
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.setName("casesScroll");
        // the columns fit the room there is, until a person sizes them by hand
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent event) {
                int width = scroll.getViewport().getWidth();
                if (width != viewportWidth && !sizedByHand) {
                    viewportWidth = width;
                    sizeColumns();
                }
            }
        });
        add(scroll, BorderLayout.CENTER);
        sizeColumns();
        showRowCount();
    }

    JTable table() {
        return table;
    }

    /** The cases table's settings: significant figures and hidden columns. */
    GridSettings settings() {
        return settings;
    }

    /** Shows every case again, as when another batch is shown. */
    void resetFilter() {
        filter.setSelectedItem(null);
    }

    /**
     * Selects case {@code seq} alone and scrolls to it, loading its page when needed; in a sorted view the daemon says
     * where it is. A case the state filter hides is shown by showing every case.
     */
    void selectCase(long seq) {
        Edt.require();
        int asked = ++selecting;
        Edt.onAnswer(model.rowOf((int) seq), (row, error) -> {
            if (asked != selecting) {
                return;
            }
            if (error != null) {
                copyStatus.setText("Cannot find case " + seq + ": " + Failures.message(Failures.unwrap(error)));
                return;
            }
            if (row < 0 && model.filter() != null) {
                resetFilter();
                selectCase(seq);
                return;
            }
            if (row >= 0) {
                table.getSelectionModel().setSelectionInterval(row, row);
                scrollTo(row);
            }
        });
    }

    /** Scrolls to {@code row}, at once or, while the Cases tab is not shown, once it is and has its size. */
    private void scrollTo(int row) {
        if (table.isShowing()) {
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
            return;
        }
        HierarchyListener[] once = new HierarchyListener[1];
        once[0] = event -> {
            if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && table.isShowing()) {
                table.removeHierarchyListener(once[0]);
                SwingUtilities.invokeLater(() -> {
                    if (row < table.getRowCount()) {
                        table.scrollRectToVisible(table.getCellRect(row, 0, true));
                    }
                });
            }
        };
        table.addHierarchyListener(once[0]);
    }

    /** Copies the selected cases with the header of the columns shown; pages not loaded are fetched first. */
    void copySelection() {
        int[] selected = table.getSelectedRows();
        if (selected.length == 0) {
            copyStatus.setText("Select the cases to copy");
            return;
        }
        for (int i = 0; i < selected.length; i++) {
            selected[i] = table.convertRowIndexToModel(selected[i]);
        }
        List<CaseColumn> columns = model.visibleColumns();
        CaseColumn.Context context = model.context();
        copyStatus.setText(String.format(Locale.ROOT, "Copying %,d case%s…", selected.length, selected.length == 1 ? "" : "s"));
        Edt.onAnswer(model.casesAt(selected, item -> CasesText.line(columns, item, context)), (lines, error) -> {
            if (error != null) {
                Throwable cause = Failures.unwrap(error);
                copyStatus.setText(cause instanceof CancellationException
                        ? "The cases shown changed while copying; copy again" : "Cannot copy: " + Failures.message(cause));
                return;
            }
            StringBuilder text = new StringBuilder(CasesText.header(columns, context));
            lines.forEach(text::append);
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text.toString()), null);
            copyStatus.setText(String.format(Locale.ROOT, "Copied %,d case%s", lines.size(), lines.size() == 1 ? "" : "s"));
        });
    }

    private void modelChanged(TableModelEvent event) {
        if (event.getFirstRow() == TableModelEvent.HEADER_ROW) {
            long batch = model.batch() == null ? 0 : model.batch().id();
            if (batch != shownBatch) {
                shownBatch = batch;
                sizedByHand = false;
            }
            sizeColumns();
            sizedWithRows = model.getRowCount() > 0 && model.loadedCaseAt(0) != null;
            copyStatus.setText("");
        } else if (!sizedWithRows && model.getRowCount() > 0 && model.loadedCaseAt(0) != null) {
            sizeColumns();
            sizedWithRows = true;
        }
        showRowCount();
    }

    private void rowsMenu(MouseEvent event) {
        if (!event.isPopupTrigger()) {
            return;
        }
        int row = table.rowAtPoint(event.getPoint());
        if (row >= 0 && !table.isRowSelected(row)) {
            table.setRowSelectionInterval(row, row);
        }
        JPopupMenu menu = new JPopupMenu();
        menu.setName("casesMenu");
        JMenuItem copyItem = menu.add(copy);
        copyItem.setName("copyCases");
        copyItem.setEnabled(table.getSelectedRowCount() > 0);
        JMenuItem all = new JMenuItem("Select all");
        all.setName("selectAllCases");
        all.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_A, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        all.addActionListener(e -> table.selectAll());
        menu.add(all);
        menu.show(table, event.getX(), event.getY());
    }

    /** Sorting by the column clicked, which columns show, and the significant figures. */
    private void headerMenu(MouseEvent event) {
        if (!event.isPopupTrigger()) {
            return;
        }
        JPopupMenu menu = columnsMenu(table.getTableHeader().columnAtPoint(event.getPoint()));
        menu.show(table.getTableHeader(), event.getX(), event.getY());
    }

    /** The header's menu for column {@code viewColumn} (-1 for none). */
    JPopupMenu columnsMenu(int viewColumn) {
        JPopupMenu menu = new JPopupMenu();
        menu.setName("columnsMenu");
        if (viewColumn >= 0) {
            CaseColumn clicked = model.column(table.convertColumnIndexToModel(viewColumn));
            if (clicked.order(false) != null) {
                menu.add(item("Sort " + clicked.title() + " ascending", "sortAscending",
                        () -> sorter.sort(clicked.order(false))));
                menu.add(item("Sort " + clicked.title() + " descending", "sortDescending",
                        () -> sorter.sort(clicked.order(true))));
            }
            if (!model.order().isSeq()) {
                menu.add(item("Sort by case number", "sortBySeq", () -> sorter.sort(ItemOrder.SEQ)));
            }
            if (clicked.hideable()) {
                menu.add(item("Hide " + clicked.title(), "hideColumn", () -> model.setColumnVisible(clicked.key(), false)));
            }
            menu.addSeparator();
        }
        Kind group = null;
        for (CaseColumn column : model.allColumns()) {
            if (!column.hideable()) {
                continue;
            }
            Kind kind = groupOf(column.kind());
            if (group != null && kind != group) {
                menu.addSeparator();
            }
            group = kind;
            JCheckBoxMenuItem item = new JCheckBoxMenuItem(column.title(), !model.isHidden(column.key()));
            item.setName("column:" + column.key());
            item.addActionListener(e -> model.setColumnVisible(column.key(), item.isSelected()));
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem showAll = item("Show all columns", "showAllColumns", model::showAllColumns);
        showAll.setEnabled(model.allColumns().stream().anyMatch(column -> model.isHidden(column.key())));
        menu.add(showAll);
        JMenu figures = new JMenu("Significant figures");
        figures.setName("significantFigures");
        ButtonGroup buttons = new ButtonGroup();
        for (Action action : settings.significantFigureActions()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(action);
            item.setName(String.valueOf(action.getValue(Action.ACTION_COMMAND_KEY)));
            buttons.add(item);
            figures.add(item);
        }
        menu.add(figures);
        return menu;
    }

    /** Columns are listed in the groups they stand in: the case, the outputs and check, the inputs, the rest. */
    private static Kind groupOf(Kind kind) {
        return switch (kind) {
            case SEQ, CASE, STATE -> Kind.CASE;
            case OUTPUT, CHECK -> Kind.OUTPUT;
            case INPUT -> Kind.INPUT;
            default -> Kind.ERROR;
        };
    }

    private static JMenuItem item(String text, String name, Runnable action) {
        JMenuItem item = new JMenuItem(text);
        item.setName(name);
        item.addActionListener(e -> action.run());
        return item;
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

    /**
     * Each column as wide as its header's title (a value's unit on a second line, with room for the sort arrow) and the
     * loaded cells it shows, within bounds that keep a long error or file name from taking the whole table. When the
     * outputs and the check would not all be in view, the case's name gives up width for them, so that the results
     * show without scrolling.
     */
    private void sizeColumns() {
        if (table == null) {
            return;
        }
        TableCellRenderer header = table.getTableHeader().getDefaultRenderer();
        // the rows in view, or the first ones before the table has a size
        int first = Math.max(0, table.rowAtPoint(table.getVisibleRect().getLocation()));
        int measured = Math.min(model.getRowCount(), first + 100);
        int count = table.getColumnCount();
        int[] widths = new int[count];
        int[] titleWidths = new int[count];
        int resultsEnd = -1;
        int caseColumn = -1;
        int tallest = 0;
        for (int i = 0; i < count; i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            CaseColumn caseColumnOf = model.column(column.getModelIndex());
            column.setHeaderValue(headerText(caseColumnOf));
            java.awt.Dimension title = header.getTableCellRendererComponent(table, column.getHeaderValue(), false, false,
                    -1, i).getPreferredSize();
            titleWidths[i] = title.width + sortArrowWidth();
            tallest = Math.max(tallest, title.height);
            int width = titleWidths[i];
            TableCellRenderer cells = table.getCellRenderer(0, i);
            for (int row = first; row < measured; row++) {
                ItemView item = model.loadedCaseAt(row);
                if (item != null) {
                    Object value = caseColumnOf.valueOf(item, model.context());
                    Component cell = cells.getTableCellRendererComponent(table, value, false, false, row, i);
                    width = Math.max(width, cell.getPreferredSize().width + 2 * table.getIntercellSpacing().width + 4);
                }
            }
            int widest = switch (caseColumnOf.kind()) {
                case ERROR -> 280;
                case ARTIFACTS -> 240;
                case CASE -> 220;
                default -> 200;
            };
            widths[i] = Math.max(36, Math.min(width, Math.max(widest, titleWidths[i])));
            if (caseColumnOf.kind() == Kind.OUTPUT || caseColumnOf.kind() == Kind.CHECK) {
                resultsEnd = i;
            } else if (caseColumnOf.kind() == Kind.CASE) {
                caseColumn = i;
            }
        }
        int viewport = table.getParent() == null ? 0 : table.getParent().getWidth();
        if (viewport > 0 && resultsEnd >= 0 && caseColumn >= 0 && caseColumn < resultsEnd) {
            int needed = 0;
            for (int i = 0; i <= resultsEnd; i++) {
                needed += widths[i];
            }
            if (needed > viewport) {
                int floor = Math.max(titleWidths[caseColumn], 90);
                widths[caseColumn] = Math.max(Math.min(floor, widths[caseColumn]), widths[caseColumn] - (needed - viewport));
            }
        }
        for (int i = 0; i < count; i++) {
            TableColumn column = table.getColumnModel().getColumn(i);
            column.setPreferredWidth(widths[i]);
            column.setWidth(widths[i]);
        }
        headerHeight = tallest;
        table.getTableHeader().resizeAndRepaint();
    }

    /** A value column's header names the value, and its unit on a second line: {@code M_max} over {@code [kN*m]}. */
    static String headerText(CaseColumn column) {
        String unitPart = column.unit() == null ? null : " [" + column.unit() + "]";
        int at = unitPart == null ? -1 : column.title().indexOf(unitPart);
        if (at < 0) {
            return column.title();
        }
        String name = column.title().substring(0, at) + column.title().substring(at + unitPart.length());
        return "<html><center>" + html(name) + "<br>" + html("[" + column.unit() + "]") + "</center></html>";
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Room a header keeps beside its title for the sort arrow. */
    private static int sortArrowWidth() {
        javax.swing.Icon icon = javax.swing.UIManager.getIcon("Table.ascendingSortIcon");
        return (icon == null ? 10 : icon.getIconWidth()) + 6;
    }

    private void showRowCount() {
        int count = model.getRowCount();
        String what = model.filter() == null ? "" : " " + model.filter().word();
        String text = String.format(Locale.ROOT, "%,d%s case%s", count, what, count == 1 ? "" : "s");
        if (!model.order().isSeq()) {
            for (CaseColumn column : model.allColumns()) {
                if (column.sorts(model.order())) {
                    text += ", sorted by " + column.title() + (model.order().descending() ? " descending" : "");
                    break;
                }
            }
        }
        rows.setText(text);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

package org.primebatch.swing.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Rectangle;
import java.awt.event.HierarchyEvent;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Requests;

/**
 * The shown batch's events, newest at the bottom, each as a sentence with the time it happened (the event as the daemon
 * sent it in the tooltip): its stored events a page at a time from the daemon ({@code batch.events}), then the new
 * ones as they arrive. It follows the end while scrolled there.
 */
final class EventsTab extends JPanel {
    static final int PAGE = 1000;
    private static final TypeReference<List<Event>> EVENTS = new TypeReference<>() { };

    private final Requests requests;
    private final StatusLine status;
    private final CaseNames names;
    private final EventsTableModel model;
    private final JTable table;
    private final JLabel summary = new JLabel();
    private final JButton older = new JButton("Load older events");
    private long batchId;
    private boolean loading;
    /** Whether the newest stored page arrived; a page that failed (no daemon) is asked for again. */
    private boolean newestLoaded;
    private boolean olderStored;

    EventsTab(Requests requests, CasePageSource pages, StatusLine status) {
        super(new BorderLayout());
        this.requests = requests;
        this.status = status;
        EventsTableModel[] modelRef = new EventsTableModel[1];
        names = new CaseNames(pages, () -> modelRef[0].namesChanged());
        model = new EventsTableModel(names::nameOf);
        modelRef[0] = model;
        table = new JTable(model);
        setName("eventsTab");
        table.setName("events");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        table.getTableHeader().setReorderingAllowed(false);
        TableColumn time = table.getColumnModel().getColumn(EventsTableModel.TIME_COLUMN);
        time.setPreferredWidth(190);
        time.setMinWidth(190);
        time.setMaxWidth(240);
        table.getColumnModel().getColumn(EventsTableModel.SENTENCE_COLUMN).setPreferredWidth(700);
        table.setDefaultRenderer(Object.class, new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                           int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focused, row, column);
                Event event = model.eventAt(t.convertRowIndexToModel(row));
                setToolTipText(EventSentence.detail(event));
                Color colour = column == EventsTableModel.SENTENCE_COLUMN ? colourOf(event) : null;
                if (!selected) {
                    setForeground(colour != null ? colour : t.getForeground());
                }
                return this;
            }
        });
        summary.setName("eventsSummary");
        older.setName("olderEventsButton");
        older.setToolTipText("Loads the " + PAGE + " events before the first one listed");
        older.addActionListener(event -> loadOlder());
        JPanel bar = new JPanel(new MigLayout("insets 4 8 4 8", "[grow][]"));
        bar.add(summary);
        bar.add(older);
        add(bar, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        addHierarchyListener(event -> {
            if ((event.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0 && isShowing()) {
                loadNewestIfMissing();
            }
        });
        show(null);
    }

    /** Failures in red, successes in green, the rest in the table's colour. */
    private static Color colourOf(Event event) {
        return switch (event.type()) {
            case Event.ITEM_FAILED, Event.ITEM_RETRYING, Event.ENGINE_UNAVAILABLE -> StateColors.FAILED;
            case Event.ITEM_SUCCEEDED -> StateColors.SUCCEEDED;
            case Event.BATCH_PAUSED -> StateColors.PAUSED;
            case Event.BATCH_FINISHED -> finalColour(event.state());
            default -> null;
        };
    }

    private static Color finalColour(String state) {
        for (BatchState known : BatchState.values()) {
            if (known.word().equals(state)) {
                return StateColors.of(known);
            }
        }
        return null;
    }

    /**
     * Shows the events of {@code batch} (null: none): its newest stored page is loaded off the event dispatch thread.
     */
    void show(BatchView batch) {
        Edt.require();
        long id = batch == null ? 0 : batch.id();
        batchId = id;
        names.show(id);
        model.setErrorThreshold(batch == null ? null : batch.spec().errorThreshold());
        loading = false;
        newestLoaded = false;
        olderStored = false;
        model.clear();
        if (id != 0) {
            load(null);
        }
        update();
    }

    /** Events of the shown batch as the connection delivers them. */
    void append(List<Event> events) {
        boolean atEnd = isAtEnd();
        model.append(events);
        if (atEnd) {
            scrollToEnd();
        }
        loadNewestIfMissing();
        update();
    }

    private void loadNewestIfMissing() {
        if (batchId != 0 && !newestLoaded && !loading) {
            load(null);
        }
    }

    private void loadOlder() {
        if (!loading && olderStored) {
            load(model.oldestSeq());
        }
    }

    private void load(Long before) {
        long id = batchId;
        loading = true;
        update();
        var params = Json.object().put("batch", id).put("limit", PAGE);
        if (before != null) {
            params.put("before", before);
        }
        Edt.onAnswer(requests.call(Protocol.BATCH_EVENTS, params, JsonNode.class), (page, error) -> {
            if (id != batchId) {
                return; // another batch is shown meanwhile
            }
            loading = false;
            if (error != null) {
                status.error("Cannot load the batch's events: " + Failures.message(error));
            } else {
                boolean first = before == null;
                boolean atEnd = isAtEnd();
                model.merge(Json.MAPPER.convertValue(page.get("events"), EVENTS));
                newestLoaded = true;
                olderStored = !page.get("next").isNull();
                if (first || atEnd) {
                    scrollToEnd();
                }
            }
            update();
        });
    }

    private void update() {
        int rows = model.getRowCount();
        if (batchId == 0) {
            summary.setText("");
        } else if (loading && rows == 0) {
            summary.setText("Loading the batch's events…");
        } else {
            summary.setText(rows + (rows == 1 ? " event" : " events")
                    + (olderStored ? ", the newest ones; older events are stored" : ""));
        }
        older.setVisible(batchId != 0);
        older.setEnabled(!loading && olderStored && rows < EventsTableModel.CAPACITY);
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

package org.primebatch.swing.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BorderLayout;
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
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Requests;

/**
 * The shown batch's events, newest at the bottom: its stored events a page at a time from the daemon
 * ({@code batch.events}), then the new ones as they arrive. It follows the end while scrolled there.
 */
final class EventsTab extends JPanel {
    static final int PAGE = 1000;
    private static final TypeReference<List<Event>> EVENTS = new TypeReference<>() { };

    private final Requests requests;
    private final StatusLine status;
    private final EventsTableModel model = new EventsTableModel();
    private final JTable table = new JTable(model);
    private final JLabel summary = new JLabel();
    private final JButton older = new JButton("Load older events");
    private long batchId;
    private boolean loading;
    /** Whether the newest stored page arrived; a page that failed (no daemon) is asked for again. */
    private boolean newestLoaded;
    private boolean olderStored;

    EventsTab(Requests requests, StatusLine status) {
        super(new BorderLayout());
        this.requests = requests;
        this.status = status;
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
        show(0);
    }

    /** Shows the events of batch {@code id} (0: none): its newest stored page is loaded off the event dispatch thread. */
    void show(long id) {
        Edt.require();
        batchId = id;
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

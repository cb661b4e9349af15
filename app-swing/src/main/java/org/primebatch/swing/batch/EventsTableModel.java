package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.Event;

/**
 * The events of the shown batch in seq order, each once however often it arrives (stored pages and live events
 * overlap); at most {@link #CAPACITY}, dropping the oldest.
 */
final class EventsTableModel extends AbstractTableModel {
    static final int CAPACITY = 10_000;
    private static final String[] COLUMNS = {"Time", "Event", "Case", "State", "Detail"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final List<Event> events = new ArrayList<>();

    void clear() {
        events.clear();
        fireTableDataChanged();
    }

    /** Adds events as they arrive live, in seq order: usually newer than every row, so only rows are inserted. */
    void append(List<Event> more) {
        if (more.isEmpty()) {
            return;
        }
        if (!events.isEmpty() && more.get(0).seq() <= events.get(events.size() - 1).seq()) {
            merge(more);
            return;
        }
        int first = events.size();
        events.addAll(more);
        fireTableRowsInserted(first, events.size() - 1);
        int excess = events.size() - CAPACITY;
        if (excess > 0) {
            events.subList(0, excess).clear();
            fireTableRowsDeleted(0, excess - 1);
        }
    }

    /** Adds events wherever their seq puts them, such as a stored page that overlaps the rows. */
    void merge(List<Event> more) {
        if (more.isEmpty()) {
            return;
        }
        TreeMap<Long, Event> bySeq = new TreeMap<>();
        events.forEach(event -> bySeq.put(event.seq(), event));
        more.forEach(event -> bySeq.putIfAbsent(event.seq(), event));
        events.clear();
        events.addAll(bySeq.values());
        if (events.size() > CAPACITY) {
            events.subList(0, events.size() - CAPACITY).clear();
        }
        fireTableDataChanged();
    }

    /** The seq of the oldest row, or null when there is none. */
    Long oldestSeq() {
        return events.isEmpty() ? null : events.get(0).seq();
    }

    Event eventAt(int row) {
        return events.get(row);
    }

    @Override
    public int getRowCount() {
        return events.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        Event event = events.get(row);
        return switch (column) {
            case 0 -> event.ts() == null ? "" : TIME.format(event.ts());
            case 1 -> event.type();
            case 2 -> event.item() == null ? "" : event.item().toString();
            case 3 -> event.state() == null ? "" : event.state();
            default -> detail(event.data());
        };
    }

    /** "error: echo asked to fail: x; attempt: 2", the data's fields as a person reads them. */
    static String detail(JsonNode data) {
        if (data == null || data.isNull() || data.isEmpty()) {
            return "";
        }
        if (!data.isObject()) {
            return data.isTextual() ? data.asText() : data.toString();
        }
        StringBuilder text = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> fields = data.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!text.isEmpty()) {
                text.append("; ");
            }
            JsonNode value = field.getValue();
            text.append(field.getKey()).append(": ").append(value.isTextual() ? value.asText() : value.toString());
        }
        return text.toString();
    }
}

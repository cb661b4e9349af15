package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.Event;

/** The events of the shown batch, oldest first, at most {@link BatchEventLog#PER_BATCH}. */
final class EventsTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"Time", "Event", "Case", "State", "Detail"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final List<Event> events = new ArrayList<>();

    void replaceAll(List<Event> all) {
        events.clear();
        events.addAll(all);
        fireTableDataChanged();
    }

    void append(List<Event> more) {
        if (more.isEmpty()) {
            return;
        }
        int first = events.size();
        events.addAll(more);
        fireTableRowsInserted(first, events.size() - 1);
        int excess = events.size() - BatchEventLog.PER_BATCH;
        if (excess > 0) {
            events.subList(0, excess).clear();
            fireTableRowsDeleted(0, excess - 1);
        }
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

package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.Event;

/**
 * The events of the shown batch in seq order, each once however often it arrives (stored pages and live events
 * overlap); at most {@link #CAPACITY}, dropping the oldest. Each reads as a sentence ({@link EventSentence}); a case
 * that succeeded says how long its attempt took when the event of its start is listed too.
 */
final class EventsTableModel extends AbstractTableModel {
    static final int CAPACITY = 10_000;
    static final int TIME_COLUMN = 0;
    static final int SENTENCE_COLUMN = 1;
    private static final String[] COLUMNS = {"Time", "What happened"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final List<Event> events = new ArrayList<>();
    /** How long the attempt ended by an event took, by the event's seq. */
    private final Map<Long, Duration> took = new HashMap<>();
    /** When each case's latest listed attempt started, by case seq. */
    private final Map<Integer, Instant> started = new HashMap<>();
    private final IntFunction<String> caseNames;
    private Double errorThreshold;

    /** Events whose sentences name cases through {@code caseNames} (null where a name is not known). */
    EventsTableModel(IntFunction<String> caseNames) {
        this.caseNames = caseNames;
    }

    EventsTableModel() {
        this(seq -> null);
    }

    /** The shown batch's error threshold, which a pause on errors names; null for none. */
    void setErrorThreshold(Double threshold) {
        errorThreshold = threshold;
    }

    void clear() {
        events.clear();
        took.clear();
        started.clear();
        fireTableDataChanged();
    }

    /** The names of cases became known: the sentences are drawn again. */
    void namesChanged() {
        if (!events.isEmpty()) {
            fireTableRowsUpdated(0, events.size() - 1);
        }
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
        more.forEach(this::timeAttempt);
        fireTableRowsInserted(first, events.size() - 1);
        int excess = events.size() - CAPACITY;
        if (excess > 0) {
            List<Event> dropped = events.subList(0, excess);
            dropped.forEach(event -> took.remove(event.seq()));
            dropped.clear();
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
        took.clear();
        started.clear();
        events.forEach(this::timeAttempt);
        fireTableDataChanged();
    }

    private void timeAttempt(Event event) {
        if (event.item() == null || event.ts() == null) {
            return;
        }
        if (Event.ITEM_STARTED.equals(event.type())) {
            started.put(event.item(), event.ts());
        } else if (Event.ITEM_SUCCEEDED.equals(event.type())) {
            Instant start = started.remove(event.item());
            if (start != null && !start.isAfter(event.ts())) {
                took.put(event.seq(), Duration.between(start, event.ts()));
            }
        } else if (event.isItemFinal() || Event.ITEM_RETRYING.equals(event.type())
                || Event.ITEM_REQUEUED.equals(event.type())) {
            started.remove(event.item());
        }
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
        return column == TIME_COLUMN ? event.ts() == null ? "" : TIME.format(event.ts()) : sentence(event);
    }

    String sentence(Event event) {
        String name = event.item() != null && Event.ITEM_STARTED.equals(event.type()) ? caseNames.apply(event.item()) : null;
        return EventSentence.of(event, new EventSentence.Known(name, took.get(event.seq()), errorThreshold));
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

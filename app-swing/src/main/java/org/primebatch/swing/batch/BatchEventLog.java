package org.primebatch.swing.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.Event;

/**
 * The events this client received, kept by batch so that showing another batch shows what happened to it since the
 * client connected: the newest {@link #PER_BATCH} of each of the {@link #BATCHES} batches heard from last.
 */
final class BatchEventLog {
    static final int PER_BATCH = 5000;
    static final int BATCHES = 50;

    private final Map<Long, Deque<Event>> byBatch = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Deque<Event>> eldest) {
            return size() > BATCHES;
        }
    };

    void add(Event event) {
        if (event.batch() == 0) {
            return;
        }
        Deque<Event> events = byBatch.computeIfAbsent(event.batch(), id -> new ArrayDeque<>());
        if (!events.isEmpty() && events.peekLast().seq() >= event.seq()) {
            return; // replayed after a reconnect
        }
        events.addLast(event);
        if (events.size() > PER_BATCH) {
            events.removeFirst();
        }
    }

    List<Event> of(long batchId) {
        Deque<Event> events = byBatch.get(batchId);
        return events == null ? List.of() : new ArrayList<>(events);
    }
}

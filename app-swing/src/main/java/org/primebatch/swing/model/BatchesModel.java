package org.primebatch.swing.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;

/**
 * The batches the client knows, one per id, newest first, optionally filtered by state. Touched only on the event
 * dispatch thread; every method checks that.
 *
 * <p>Events do not change counts here: a batch's counts come only from the daemon's own views, so an event that
 * arrives after a newer view cannot count a case twice. {@link #apply} says which batches to fetch again instead.
 *
 * <p>A deleted batch stays gone: a view of it fetched before it was deleted can arrive after its deletion, and the
 * daemon never gives a deleted batch's id to another batch.
 */
public final class BatchesModel {
    private static final Comparator<BatchView> NEWEST_FIRST = Comparator
            .comparing(BatchView::created, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(BatchView::id, Comparator.reverseOrder());

    private final Clock clock;
    private final Map<Long, BatchView> byId = new HashMap<>();
    private final Set<Long> deleted = new HashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<BatchRow> rows = List.of();
    private BatchState filter;

    public BatchesModel(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code listener} on the event dispatch thread after every change of the rows. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Replaces every batch, as after loading {@code batch.list}. */
    public void replaceAll(Collection<BatchView> views) {
        Edt.require();
        byId.clear();
        views.stream().filter(view -> !deleted.contains(view.id())).forEach(view -> byId.put(view.id(), view));
        rebuild();
    }

    /** Adds the batch, or replaces the one with its id; a view of a batch known to be deleted is dropped. */
    public void put(BatchView view) {
        Edt.require();
        if (deleted.contains(view.id())) {
            return;
        }
        byId.put(view.id(), view);
        rebuild();
    }

    /** Removes a batch that no longer exists. */
    public void remove(long batchId) {
        Edt.require();
        deleted.add(batchId);
        if (byId.remove(batchId) != null) {
            rebuild();
        }
    }

    /**
     * Applies a run of events: a deleted batch goes at once; every other batch an event names is returned, in order
     * of first mention, to be fetched again with {@code batch.get}.
     */
    public Set<Long> apply(List<Event> events) {
        Edt.require();
        Set<Long> stale = new LinkedHashSet<>();
        boolean removed = false;
        for (Event event : events) {
            if (event.batch() == 0) {
                continue;
            }
            if (Event.BATCH_DELETED.equals(event.type())) {
                deleted.add(event.batch());
                removed |= byId.remove(event.batch()) != null;
                stale.remove(event.batch());
            } else if (!deleted.contains(event.batch())) {
                stale.add(event.batch());
            }
        }
        if (removed) {
            rebuild();
        }
        return stale;
    }

    /** Shows only batches in {@code state}, or every batch when null. */
    public void setFilter(BatchState state) {
        Edt.require();
        filter = state;
        rebuild();
    }

    public BatchState filter() {
        Edt.require();
        return filter;
    }

    /** Recomputes rates and ETAs against the clock. */
    public void refresh() {
        Edt.require();
        rebuild();
    }

    /** The rows shown, newest first. */
    public List<BatchRow> rows() {
        Edt.require();
        return rows;
    }

    /** Every batch, whatever the filter, in no particular order. */
    public Collection<BatchView> all() {
        Edt.require();
        return List.copyOf(byId.values());
    }

    public Optional<BatchView> batch(long batchId) {
        Edt.require();
        return Optional.ofNullable(byId.get(batchId));
    }

    private void rebuild() {
        List<BatchView> shown = new ArrayList<>();
        for (BatchView view : byId.values()) {
            if (filter == null || view.state() == filter) {
                shown.add(view);
            }
        }
        shown.sort(NEWEST_FIRST);
        var now = clock.instant();
        rows = shown.stream().map(view -> BatchRow.of(view, now)).toList();
        listeners.forEach(Runnable::run);
    }
}

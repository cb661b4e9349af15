package org.primebatch.server;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.primebatch.access.Caller;
import org.primebatch.api.Event;
import org.primebatch.store.QueueStore;

/**
 * What of an event a caller may see. Daemon-wide events and the events of the caller's own batches (all of them to an
 * admin) come whole; of another user's batch, the batch's own events come without their {@code data} (so a client can
 * follow the list of everyone's batches) and its cases' events, which carry inputs, outputs and errors, are withheld.
 */
final class EventFilter {
    private static final String NO_OWNER = "";

    private final QueueStore store;
    /** A batch's owner never changes; a deleted batch's is no longer found and stays as it was seen. */
    private final Map<Long, String> owners = new ConcurrentHashMap<>();

    EventFilter(QueueStore store) {
        this.store = store;
    }

    /** The event as {@code caller} may see it, or null when it is withheld. */
    Event shownTo(Caller caller, Event event) {
        if (caller.admin() || event.batch() == 0) {
            return event;
        }
        String owner = owner(event.batch());
        if (caller.name().equals(owner)) {
            return event;
        }
        if (event.item() != null || event.type().startsWith("item.")) {
            return null;
        }
        return new Event(event.seq(), event.ts(), event.type(), event.batch(), null, event.state(), null);
    }

    private String owner(long batch) {
        String known = owners.get(batch);
        if (known != null) {
            return known;
        }
        Optional<String> owner;
        try {
            owner = store.owner(batch);
        } catch (RuntimeException e) {
            return NO_OWNER;
        }
        if (owner.isPresent()) {
            owners.put(batch, owner.get());
        }
        return owner.orElse(NO_OWNER);
    }
}

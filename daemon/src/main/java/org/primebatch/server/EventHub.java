package org.primebatch.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.store.QueueStore;

/**
 * Hands committed events to subscribed sessions. A new subscriber first gets the stored events after its
 * {@code since}, then the live ones; live events that arrive during that replay are held back and sent after it,
 * skipping any the replay already sent, so the stream has no gap and no duplicate.
 */
public final class EventHub implements Consumer<List<Event>> {
    private static final int REPLAY_PAGE = 1000;

    private final QueueStore store;
    private final EventFilter filter;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    public EventHub(QueueStore store) {
        this.store = store;
        this.filter = new EventFilter(store);
    }

    /** What of an event each caller may see; subscribers get only that. */
    EventFilter filter() {
        return filter;
    }

    /** Result of a subscribe: where the replay ended, and whether events the client asked for were already pruned. */
    public record Subscription(long lastSeq, boolean gap) {
    }

    public Subscription subscribe(Session session, long since, Set<String> topics) {
        Subscriber sub = new Subscriber(session, topics, since, filter);
        subscribers.add(sub);
        session.onClose(() -> subscribers.remove(sub));
        boolean gap = false;
        long after = since;
        boolean first = true;
        while (session.isOpen()) {
            List<Event> page = store.events(after, REPLAY_PAGE);
            if (first && !page.isEmpty() && page.get(0).seq() > since + 1 && since > 0) {
                gap = true;
            }
            first = false;
            for (Event e : page) {
                sub.send(e);
                after = e.seq();
            }
            if (page.size() < REPLAY_PAGE) {
                break;
            }
        }
        return new Subscription(sub.finishReplay(), gap);
    }

    @Override
    public void accept(List<Event> events) {
        for (Subscriber sub : subscribers) {
            sub.offer(events);
        }
    }

    /** The lowest seq a connected subscriber has not been sent yet; events from it on must be kept. */
    public long oldestNeeded() {
        return subscribers.stream().mapToLong(s -> s.lastSent + 1).min().orElse(Long.MAX_VALUE);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    private static final class Subscriber {
        private final Session session;
        private final EventFilter filter;
        private final Set<String> topics;
        private final List<Event> heldBack = new ArrayList<>();
        private boolean replaying = true;
        private volatile long lastSent;

        Subscriber(Session session, Set<String> topics, long since, EventFilter filter) {
            this.session = session;
            this.filter = filter;
            this.topics = topics;
            this.lastSent = since;
        }

        synchronized void offer(List<Event> events) {
            if (replaying) {
                heldBack.addAll(events);
            } else {
                events.forEach(this::send);
            }
        }

        synchronized long finishReplay() {
            heldBack.forEach(this::send);
            heldBack.clear();
            replaying = false;
            return lastSent;
        }

        void send(Event event) {
            if (event.seq() <= lastSent) {
                return;
            }
            lastSent = event.seq();
            if (matches(event)) {
                Event shown = filter.shownTo(session.caller(), event);
                if (shown != null) {
                    session.notify(Protocol.EVENT, Json.tree(shown));
                }
            }
        }

        private boolean matches(Event event) {
            return topics.isEmpty() || topics.contains(event.topic()) || topics.contains("batch:" + event.batch());
        }
    }
}
